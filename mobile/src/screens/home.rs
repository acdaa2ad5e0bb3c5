//! Start: calling 0800-0188 is the largest thing on the screen, the chat is
//! beside it and 112 right under them (all three in the first screen height
//! of a small phone), then on the first run the explanation of quick exit,
//! then what the CSG does and why the first week matters.
use dioxus::prelude::*;
use shared::view::{ConsentView, ExitInfoView, HomeView};
use shared::Event;

use super::exit_info::FirstRunCard;
use crate::bridge::{use_app, use_dispatch};
use crate::components::{ActionLink, NavLink, UpdateConsent};
use crate::place::Place;

/// The start screen.
#[component]
pub fn Home() -> Element {
    let core = use_dispatch();
    let Some(Start {
        home,
        show_exit_intro,
        exit_info,
        ask,
    }) = use_app(|a| Start {
        home: a.home.clone(),
        show_exit_intro: a.show_exit_intro,
        exit_info: a.exit_info.clone(),
        ask: a.updates.ask.clone(),
    })
    else {
        return rsx! {};
    };
    rsx! {
        h1 { "{home.title}" }
        div { class: "primary-actions",
            ActionLink { action: home.call, big: true }
            ActionLink { action: home.chat }
        }
        div { class: "danger", ActionLink { action: home.danger } }
        if show_exit_intro {
            FirstRunCard { view: exit_info }
        }
        p { "{home.about}" }
        p { class: "seven-days", "{home.seven_days}" }
        p { "{home.for_others}" }
        if let Some(ask) = ask {
            UpdateConsent {
                view: ask,
                on_answer: move |yes| core.send(Event::UpdateConsent(yes)),
            }
        }
        h2 { "{home.info_title}" }
        ul { class: "sections info-links",
            for link in home.info_links {
                li { key: "{link.id}",
                    NavLink {
                        to: Place::Info(link.id.clone()),
                        class: "section-link",
                        span { class: "section-title", "{link.title}" }
                        span { class: "section-text", "{link.description}" }
                    }
                }
            }
        }
        ul { class: "sections",
            for s in home.sections {
                li { key: "{s.title}",
                    NavLink { to: Place::Screen(s.screen), class: "section-link",
                        span { class: "section-title", "{s.title}" }
                        span { class: "section-text", "{s.description}" }
                    }
                }
            }
        }
    }
}

/// What the start screen shows.
#[derive(Clone, PartialEq)]
struct Start {
    home: HomeView,
    show_exit_intro: bool,
    exit_info: ExitInfoView,
    ask: Option<ConsentView>,
}
