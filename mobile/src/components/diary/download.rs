//! A finished export in a browser: a download link over a `blob:` address
//! and, for the report, a print button. The address is revoked when the
//! link goes (dismissed, locked, quick exit), so the bytes can be freed.
use std::sync::Arc;

use dioxus::prelude::*;

use super::fields::focus_on_mount;
use crate::files::{object_url, revoke_object_url};

/// Prints the report from a hidden, sandboxed frame inside this component
/// (no scripts of the report run; it goes away with the link).
const PRINT: &str = r#"
    const host = document.getElementById("diary-print-host");
    if (host) {
        host.replaceChildren();
        const frame = document.createElement("iframe");
        frame.setAttribute("sandbox", "allow-same-origin allow-modals");
        frame.setAttribute("tabindex", "-1");
        frame.addEventListener("load", () => {
            try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) {}
        }, { once: true });
        frame.src = url;
        host.appendChild(frame);
    }
"#;

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
        move |_| {
            let encoded = serde_json::to_string(&url).unwrap_or_default();
            document::eval(&format!("const url = {encoded};\n{PRINT}"));
        }
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
