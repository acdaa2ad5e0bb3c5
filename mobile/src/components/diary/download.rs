//! A finished export in a browser: a download link over a `blob:` address
//! and, for the report, a print button. The address is revoked when the
//! link goes (dismissed, locked, quick exit), so the bytes can be freed.
use std::sync::Arc;

use dioxus::prelude::*;
use serde_json::json;

use super::fields::focus_on_mount;
use crate::files::{object_url, revoke_object_url};
use crate::js::{self, Script};

/// The download link (and print button) for exported bytes.
#[component]
pub fn DownloadLink(
    file_name: String,
    mime: String,
    data: Arc<[u8]>,
    label: String,
    print_label: Option<String>,
) -> Element {
    let url = use_hook(|| object_url(&data, &mime));
    let forget = url.clone();
    use_drop(move || {
        if let Some(url) = &forget {
            revoke_object_url(url);
        }
    });
    let Some(url) = url else {
        return rsx! {};
    };
    let print = {
        let url = url.clone();
        // From a hidden, sandboxed frame inside this component (no scripts
        // of the report run; it goes away with the link).
        move |_| js::run(Script::PrintFrame, &json!({ "url": url }))
    };
    rsx! {
        div { class: "diary-download",
            a {
                class: "action diary-download-link",
                // The file is ready: bring it into view and to the keyboard.
                onmounted: focus_on_mount,
                href: "{url}",
                download: "{file_name}",
                "data-mime": "{mime}",
                span { class: "action-label", "{label}" }
            }
            if let Some(print_label) = print_label {
                button {
                    r#type: "button",
                    class: "use-location diary-print",
                    onclick: print,
                    "{print_label}"
                }
                div {
                    id: "diary-print-host",
                    class: "print-host",
                    aria_hidden: "true",
                }
            }
        }
    }
}
