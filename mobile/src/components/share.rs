//! Sharing a link: the platform's share sheet where there is one
//! (`navigator.share`), otherwise copying to the clipboard.
use dioxus::prelude::*;

const SHARE: &str = r#"
    if (navigator.share) {
        try { await navigator.share({ url }); return "shared"; } catch (e) { return "cancelled"; }
    }
    try { await navigator.clipboard.writeText(url); return "copied"; } catch (e) { return "failed"; }
"#;
const COPY: &str = r#"
    try { await navigator.clipboard.writeText(url); return "copied"; } catch (e) { return "failed"; }
"#;

/// Share and copy buttons for `url`.
#[component]
pub fn ShareLink(
    url: String,
    share_label: String,
    copy_label: String,
    copied_label: String,
) -> Element {
    let mut copied = use_signal(|| false);
    let run = move |script: &'static str, url: String| {
        spawn(async move {
            let encoded = serde_json::to_string(&url).unwrap_or_default();
            let result = document::eval(&format!("const url = {encoded};\n{script}"))
                .join::<String>()
                .await;
            copied.set(matches!(result.as_deref(), Ok("copied")));
        });
    };
    let (u1, u2) = (url.clone(), url);
    rsx! {
        div { class: "share",
            button { class: "search", onclick: move |_| run(SHARE, u1.clone()), "{share_label}" }
            button { class: "use-location", onclick: move |_| run(COPY, u2.clone()), "{copy_label}" }
            if copied() {
                p { class: "hint", role: "status", "{copied_label}" }
            }
        }
    }
}
