//! The message shown at once when the device could not open a call or chat
//! link: what happened, and the number (or address) large, to use by hand.
use dioxus::prelude::*;
use shared::view::ContactFailedView;

/// The message, above the screen's content; `on_close` when it was read.
#[component]
pub fn ContactFailed(view: ContactFailedView, on_close: EventHandler<()>) -> Element {
    let is_number = view.href.starts_with("tel:");
    rsx! {
        div { class: "contact-failed", role: "alert",
            p { "{view.text}" }
            if is_number {
                // Still a link: long-press copies it, a screen reader reads it.
                p { class: "contact-failed-number",
                    a { href: "{view.href}", dir: "ltr", "{view.shown}" }
                }
            } else {
                p { class: "contact-failed-address", dir: "ltr", "{view.shown}" }
            }
            button {
                r#type: "button",
                class: "use-location",
                onmounted: move |e: MountedEvent| async move {
                    let _ = e.set_focus(true).await;
                },
                onclick: move |_| on_close.call(()),
                "{view.close_label}"
            }
        }
    }
}
