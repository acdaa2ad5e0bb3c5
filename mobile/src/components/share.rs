//! Sharing a link: the platform's share sheet where there is one,
//! otherwise copying to the clipboard (both in `crate::device`).
use dioxus::prelude::*;

use crate::device::{copy_text, share_text, Handed};

/// Share and copy buttons for `url`.
#[component]
pub fn ShareLink(
    url: String,
    share_label: String,
    copy_label: String,
    copied_label: String,
) -> Element {
    let mut copied = use_signal(|| false);
    let (u1, u2) = (url.clone(), url);
    rsx! {
        div { class: "share",
            button {
                class: "search",
                onclick: move |_| {
                    let url = u1.clone();
                    spawn(async move { copied.set(share_text(&url).await == Handed::Copied) });
                },
                "{share_label}"
            }
            button {
                class: "use-location",
                onclick: move |_| {
                    let url = u2.clone();
                    spawn(async move { copied.set(copy_text(&url).await == Handed::Copied) });
                },
                "{copy_label}"
            }
            if copied() {
                p { class: "hint", role: "status", "{copied_label}" }
            }
        }
    }
}
