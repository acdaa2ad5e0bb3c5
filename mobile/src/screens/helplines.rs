//! All helplines: what each is for, one tap to call or chat (each number and
//! chat with its own hours),
//! and the honest note that calls show in the call log.
use dioxus::prelude::*;

use crate::bridge::use_app;
use crate::components::ActionLink;

/// The helplines screen.
#[component]
pub fn Helplines() -> Element {
    let Some(v) = use_app(|a| a.helplines.clone()) else {
        return rsx! {};
    };
    rsx! {
        h1 { "{v.title}" }
        p { class: "notice call-log", "{v.call_log_notice}" }
        ul { class: "helplines",
            for h in v.items {
                li { key: "{h.id}", class: "helpline", id: "helpline-{h.id}",
                    h2 { "{h.name}" }
                    p { "{h.purpose}" }
                    div { class: "actions",
                        for a in h.actions {
                            ActionLink { key: "{a.href}", action: a }
                        }
                    }
                    if let Some(note) = h.unverified_note {
                        p { class: "unverified", "{note}" }
                    }
                }
            }
        }
    }
}
