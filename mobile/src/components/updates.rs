//! The consent question for content updates, and the updates block of Settings.
use dioxus::prelude::*;
use shared::view::{ConsentView, UpdatesView};
use shared::Event;

use crate::bridge::use_dispatch;

/// The question, with its two answers.
#[component]
pub fn UpdateConsent(view: ConsentView) -> Element {
    let core = use_dispatch();
    rsx! {
        div { class: "notice consent",
            p { "{view.question}" }
            div { class: "share",
                button { class: "search", onclick: move |_| core.send(Event::UpdateConsent(true)), "{view.yes}" }
                button { class: "use-location", onclick: move |_| core.send(Event::UpdateConsent(false)), "{view.no}" }
            }
        }
    }
}

/// Settings: state, toggle, check now, what happened, and the date of the information.
#[component]
pub fn UpdateSettings(view: UpdatesView) -> Element {
    let core = use_dispatch();
    rsx! {
        section { class: "updates",
            if view.available {
                h2 { "{view.title}" }
                if let Some(ask) = view.ask.clone() {
                    UpdateConsent { view: ask }
                }
                if let Some(state) = &view.state {
                    p { "{state}" }
                }
                div { class: "share",
                    if let Some((label, to)) = view.toggle.clone() {
                        button { class: "use-location", onclick: move |_| core.send(Event::UpdateConsent(to)), "{label}" }
                    }
                    if let Some(label) = &view.check_now {
                        button { class: "search", onclick: move |_| core.send(Event::CheckForUpdates), "{label}" }
                    }
                }
                if let Some(status) = &view.status {
                    p { class: "hint update-status", role: "status", "{status}" }
                }
            }
            p { class: "hint content-date", "{view.content_date}" }
        }
    }
}
