//! "Read this page aloud" with the platform's speech synthesis (the Web
//! Speech API, in the browser and in the app's web view). Shown only when a
//! voice for the page's language exists; speaks the text the core prepared.
use dioxus::prelude::*;

/// Resolves to true when a voice for `lang` exists (voices load late in some
/// browsers, so wait for `voiceschanged` for a moment).
const HAS_VOICE: &str = r#"
    if (!("speechSynthesis" in window)) { return false; }
    const match = () => speechSynthesis.getVoices().some((v) => (v.lang || "").toLowerCase().startsWith(lang));
    if (match()) { return true; }
    await new Promise((done) => {
        speechSynthesis.addEventListener("voiceschanged", done, { once: true });
        setTimeout(done, 1500);
    });
    return match();
"#;

const SPEAK: &str = r#"
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    const voice = speechSynthesis.getVoices().find((v) => (v.lang || "").toLowerCase().startsWith(lang));
    if (voice) { u.voice = voice; }
    speechSynthesis.speak(u);
"#;

/// `const lang = "…";` (and more) as a JS prelude: values are JSON-encoded,
/// so no text can break out of its string.
fn prelude(values: &[(&str, &str)]) -> String {
    use std::fmt::Write as _;
    values.iter().fold(String::new(), |mut js, (name, value)| {
        let encoded = serde_json::to_string(value).unwrap_or_else(|_| "\"\"".into());
        let _ = writeln!(js, "const {name} = {encoded};");
        js
    })
}

/// Stops any reading; also called by quick exit.
pub const STOP_SPEECH: &str = r#"if ("speechSynthesis" in window) { speechSynthesis.cancel(); }"#;

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
            let probe = document::eval(&(prelude(&[("lang", &primary)]) + HAS_VOICE));
            available.set(probe.join::<bool>().await.unwrap_or(false));
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
                    document::eval(STOP_SPEECH);
                    speaking.set(false);
                },
                "{stop}"
            }
        } else {
            button {
                class: "read-aloud",
                onclick: move |_| {
                    document::eval(&(prelude(&[("text", &text), ("lang", &lang)]) + SPEAK));
                    speaking.set(true);
                },
                "{start}"
            }
        }
    }
}
