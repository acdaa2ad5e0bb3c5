//! The neutral screen after a quick exit on desktop and phones: a working
//! calculator with nothing of the app on it.
use dioxus::prelude::*;
use shared::view::NeutralView;
use shared::Event;

use crate::bridge::use_dispatch;

/// The calculator.
#[component]
pub fn Neutral(view: NeutralView) -> Element {
    let core = use_dispatch();
    rsx! {
        div { class: "neutral",
            h1 { class: "neutral-title", "{view.title}" }
            output { class: "calc-display", aria_live: "polite", "{view.display}" }
            div { class: "calc-keys",
                for (r , row) in view.rows.into_iter().enumerate() {
                    for (c , k) in row.into_iter().enumerate() {
                        button {
                            key: "{r}-{c}",
                            class: "calc-key",
                            onclick: move |_| core.send(Event::Calculator(k.key)),
                            "{k.symbol}"
                        }
                    }
                }
                button {
                    class: "calc-key calc-clear",
                    onclick: move |_| core.send(Event::Calculator(view.clear.key)),
                    "{view.clear.symbol}"
                }
            }
        }
    }
}
