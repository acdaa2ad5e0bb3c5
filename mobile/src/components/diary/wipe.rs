//! Erasing the diary: a deliberate button, then a confirmation that says
//! what is erased and that it cannot be undone. Nothing of the diary is on
//! screen while asking.
use dioxus::prelude::*;
use shared::view::WipeView;

use super::fields::focus_on_mount;

/// The button that asks to erase the diary.
#[component]
pub fn WipeButton(label: String, on_ask: EventHandler<()>) -> Element {
    rsx! {
        div { class: "diary-wipe",
            button {
                r#type: "button",
                class: "diary-wipe-button",
                onclick: move |_| on_ask.call(()),
                "{label}"
            }
        }
    }
}

/// Erase for good, or keep the diary.
#[component]
pub fn ConfirmWipe(
    view: WipeView,
    on_confirm: EventHandler<()>,
    on_cancel: EventHandler<()>,
) -> Element {
    rsx! {
        section {
            class: "diary-confirm-wipe",
            role: "alertdialog",
            aria_labelledby: "diary-wipe-text",
            p {
                id: "diary-wipe-text",
                class: "diary-warning",
                tabindex: "-1",
                onmounted: focus_on_mount,
                "{view.text}"
            }
            div { class: "diary-actions",
                button {
                    r#type: "button",
                    class: "diary-wipe-confirm",
                    onclick: move |_| on_confirm.call(()),
                    "{view.confirm_label}"
                }
                button {
                    r#type: "button",
                    class: "search diary-wipe-cancel",
                    onclick: move |_| on_cancel.call(()),
                    "{view.cancel_label}"
                }
            }
        }
    }
}
