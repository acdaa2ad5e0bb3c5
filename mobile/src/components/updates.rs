//! The consent question for content updates, and the updates block of
//! Settings. The screens turn the callbacks into the core's events.
use dioxus::prelude::*;
use shared::view::{ConsentView, UpdatesView};

/// The question, with its two answers for `on_answer`.
#[component]
pub fn UpdateConsent(view: ConsentView, on_answer: EventHandler<bool>) -> Element {
    rsx! {
        div { class: "notice consent",
            p { "{view.question}" }
            div { class: "share",
                button { class: "search", onclick: move |_| on_answer.call(true), "{view.yes}" }
                button { class: "use-location", onclick: move |_| on_answer.call(false), "{view.no}" }
            }
        }
    }
}

/// Settings: state, toggle, check now, what happened, and the date of the
/// information. `on_consent` gets a yes or no (the question or the toggle),
/// `on_check` a request to check now.
#[component]
pub fn UpdateSettings(
    view: UpdatesView,
    on_consent: EventHandler<bool>,
    on_check: EventHandler<()>,
) -> Element {
    rsx! {
        section { class: "updates",
            if view.available {
                h2 { "{view.title}" }
                if let Some(ask) = view.ask.clone() {
                    UpdateConsent { view: ask, on_answer: on_consent }
                }
                if let Some(state) = &view.state {
                    p { "{state}" }
                }
                div { class: "share",
                    if let Some((label, to)) = view.toggle.clone() {
                        button { class: "use-location", onclick: move |_| on_consent.call(to), "{label}" }
                    }
                    if let Some(label) = &view.check_now {
                        button { class: "search", onclick: move |_| on_check.call(()), "{label}" }
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
