//! Sharing a link: the platform's share sheet where there is one
//! (`navigator.share`), otherwise copying to the clipboard.
use dioxus::prelude::*;
use serde_json::json;

use crate::js::{self, Script};

/// Share and copy buttons for `url`.
#[component]
pub fn ShareLink(
    url: String,
    share_label: String,
    copy_label: String,
    copied_label: String,
) -> Element {
    let mut copied = use_signal(|| false);
    let run = move |script: Script, url: String| {
        spawn(async move {
            let result = js::call::<String>(script, &json!({ "url": url })).await;
            copied.set(result.as_deref() == Some("copied"));
        });
    };
    let (u1, u2) = (url.clone(), url);
    rsx! {
        div { class: "share",
            button { class: "search", onclick: move |_| run(Script::Share, u1.clone()), "{share_label}" }
            button { class: "use-location", onclick: move |_| run(Script::Copy, u2.clone()), "{copy_label}" }
            if copied() {
                p { class: "hint", role: "status", "{copied_label}" }
            }
        }
    }
}
