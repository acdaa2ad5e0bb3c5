//! "Read this page aloud" with the platform's speech synthesis (the Web
//! Speech API, in the browser and in the app's web view). Shown only when a
//! voice for the page's language exists; speaks the text the core prepared.
use dioxus::prelude::*;
use serde_json::json;

use crate::js::{self, Script};

/// The control. `text` is what is read, `lang` the page's language tag.
#[component]
pub fn ReadAloud(text: String, lang: String, start: String, stop: String) -> Element {
    let mut available = use_signal(|| false);
    let mut speaking = use_signal(|| false);
    let lang_key = lang.clone();
    use_effect(use_reactive!(|lang_key| {
        spawn(async move {
            let primary = lang_key
                .split('-')
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let voice = js::call::<bool>(Script::HasVoice, &json!({ "lang": primary })).await;
            available.set(voice.unwrap_or(false));
        });
    }));
    if !available() {
        return rsx! {};
    }
    rsx! {
        if speaking() {
            button {
                class: "read-aloud",
                onclick: move |_| {
                    js::run(Script::StopSpeech, &json!({}));
                    speaking.set(false);
                },
                "{stop}"
            }
        } else {
            button {
                class: "read-aloud",
                onclick: move |_| {
                    js::run(Script::Speak, &json!({ "text": text, "lang": lang }));
                    speaking.set(true);
                },
                "{start}"
            }
        }
    }
}
