//! The safety onboarding: what quick exit does and what it does not erase,
//! and what else can show that someone looks for help (the app on the phone,
//! the store's history, backups) with the advice to use a safer device.
//! Shown on the first run as a card under the call button and 112 (closed
//! with "Understood"), and any time as a screen of its own, from Start.
use dioxus::prelude::*;
use shared::view::ExitInfoView;
use shared::Event;

use crate::bridge::{use_app, use_dispatch};

/// The explanation as a screen of its own.
#[component]
pub fn ExitInfo() -> Element {
    let Some((view, first_run)) = use_app(|a| (a.exit_info.clone(), a.show_exit_intro)) else {
        return rsx! {};
    };
    // On the first run the card under the call button is this page itself.
    rsx! { ExitInfoBody { view, first_run } }
}

/// The first run's card: the whole explanation, after the way to call (never
/// before it), closed for good with its button. The two lists are open and
/// fold on a tap.
#[component]
pub fn FirstRunCard(view: ExitInfoView) -> Element {
    let core = use_dispatch();
    rsx! {
        section { class: "exit-info first-run", aria_labelledby: "first-run-title",
            h2 { id: "first-run-title", "{view.title}" }
            for p in view.how {
                p { key: "{p}", "{p}" }
            }
            details { open: true,
                summary { "{view.not_erased_title}" }
                ul {
                    for item in view.not_erased {
                        li { key: "{item}", "{item}" }
                    }
                }
            }
            details { open: true,
                summary { "{view.safety_title}" }
                ul { class: "safety",
                    for item in view.safety {
                        li { key: "{item}", "{item}" }
                    }
                }
            }
            button { class: "confirm", onclick: move |_| core.send(Event::ExitInfoSeen), "{view.confirm_label}" }
        }
    }
}

/// The explanation as a page.
#[component]
fn ExitInfoBody(view: ExitInfoView, first_run: bool) -> Element {
    let core = use_dispatch();
    rsx! {
        section { class: "exit-info",
            h1 { "{view.title}" }
            for p in view.how {
                p { key: "{p}", "{p}" }
            }
            h2 { "{view.not_erased_title}" }
            ul {
                for item in view.not_erased {
                    li { key: "{item}", "{item}" }
                }
            }
            h2 { "{view.safety_title}" }
            ul { class: "safety",
                for item in view.safety {
                    li { key: "{item}", "{item}" }
                }
            }
            if first_run {
                button { class: "confirm", onclick: move |_| core.send(Event::ExitInfoSeen), "{view.confirm_label}" }
            }
        }
    }
}
