//! The page's JavaScript, by name: every script is a function of
//! `js/page.js`, never a string evaluated at run time.
//!
//! On the web the file is a module of the build (wasm-bindgen), so the
//! Content-Security-Policy needs neither `'unsafe-eval'` (which Dioxus's
//! `document::eval` needs: it runs `new Function`) nor any inline script of
//! the app's own. In the apps' web views, which have no such policy, the
//! same file is evaluated through `document::eval` with one call of its `run`.
use futures::{Stream, StreamExt as _};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A script of `js/page.js`; its name there is [`Script::name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// `{url}`: replace the page in the history with `url`.
    Leave,
    /// `{title}` (null: the page's own).
    Title,
    /// `{lang, dir}` on the root element.
    Lang,
    /// Draw nothing while the page is hidden.
    HideWhenAway,
    /// Register the service worker.
    RegisterWorker,
    /// Show the app's page in place of the pre-rendered one, in one step.
    TakeOver,
    /// A new screen: to its top, the keyboard at its heading.
    ToTop,
    /// Keep `--top-h` equal to the header's height.
    TrackHeader,
    /// Sends `[is_shift, shift_held, time]` for each key release.
    ShiftKeys,
    /// Stop reading aloud.
    StopSpeech,
    /// `{lang}`: whether a voice exists.
    HasVoice,
    /// `{text, lang}`: read aloud.
    Speak,
    /// `{url}`: share sheet or clipboard; answers what happened.
    Share,
    /// `{url}`: to the clipboard; answers what happened.
    Copy,
    /// Print the page.
    Print,
    /// `{url}`: print the document at `url` from a sandboxed frame.
    PrintFrame,
    /// `{limit, id}`: reports idle time, hiding and leaving while the diary
    /// is open (`shared::idle_lock::UseSign`).
    AutoLock,
    /// `{id}`: stop that auto-lock listener.
    AutoLockStop,
    /// Forget the files the phones' pickers put in the page.
    ForgetPicked,
    /// The device's position: `[lat, lon]`, `"denied"` or `"unavailable"`.
    Position,
}

impl Script {
    /// The function's name in `js/page.js`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Leave => "leave",
            Self::Title => "title",
            Self::Lang => "lang",
            Self::HideWhenAway => "hideWhenAway",
            Self::RegisterWorker => "registerWorker",
            Self::TakeOver => "takeOver",
            Self::ToTop => "toTop",
            Self::TrackHeader => "trackHeader",
            Self::ShiftKeys => "shiftKeys",
            Self::StopSpeech => "stopSpeech",
            Self::HasVoice => "hasVoice",
            Self::Speak => "speak",
            Self::Share => "share",
            Self::Copy => "copy",
            Self::Print => "print",
            Self::PrintFrame => "printFrame",
            Self::AutoLock => "autoLock",
            Self::AutoLockStop => "autoLockStop",
            Self::ForgetPicked => "forgetPicked",
            Self::Position => "position",
        }
    }
}

/// Runs `script` with `args` and does not wait for it.
pub fn run(script: Script, args: &Value) {
    // It has started already; its answer is not needed.
    drop(imp::start(script, args, None));
}

/// Runs `script` with `args`; its answer, or `None` if it failed or did not fit `T`.
pub async fn call<T: DeserializeOwned>(script: Script, args: &Value) -> Option<T> {
    let answer = imp::start(script, args, None).await?;
    serde_json::from_value(answer).ok()
}

/// Runs `script` with `args`; every value it sends (those that fit `T`),
/// for as long as the stream is kept.
pub fn listen<T: DeserializeOwned + 'static>(
    script: Script,
    args: &Value,
) -> impl Stream<Item = T> {
    let (tx, rx) = futures::channel::mpsc::unbounded::<Value>();
    let running = imp::start(script, args, Some(tx));
    // The script's handle lives as long as the stream.
    let keep = futures::stream::once(async move {
        let _ = running.await;
        None
    });
    futures::stream::select(rx.map(Some), keep)
        .filter_map(|v| async move { v.and_then(|v| serde_json::from_value(v).ok()) })
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use futures::channel::mpsc::UnboundedSender;
    use serde_json::Value;
    use wasm_bindgen::prelude::*;

    use super::Script;

    #[wasm_bindgen(module = "/src/js/page.js")]
    extern "C" {
        /// An async function: it starts at once and always returns a promise.
        fn run(name: &str, args: JsValue, send: &JsValue) -> js_sys::Promise;
    }

    fn to_js(v: &Value) -> JsValue {
        serde_json::to_string(v)
            .ok()
            .and_then(|s| js_sys::JSON::parse(&s).ok())
            .unwrap_or(JsValue::NULL)
    }

    fn from_js(v: &JsValue) -> Option<Value> {
        let text: String = js_sys::JSON::stringify(v).ok()?.into();
        serde_json::from_str(&text).ok()
    }

    /// Starts the script at once (before the future is polled) and answers
    /// with what it returns.
    pub fn start(
        script: Script,
        args: &Value,
        sends: Option<UnboundedSender<Value>>,
    ) -> impl std::future::Future<Output = Option<Value>> {
        let listening = sends.is_some();
        let send = Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
            if let (Some(tx), Some(v)) = (&sends, from_js(&v)) {
                let _ = tx.unbounded_send(v);
            }
        });
        let args = to_js(args);
        let running = wasm_bindgen_futures::JsFuture::from(run(script.name(), args, send.as_ref()));
        async move {
            let answer = running.await;
            if listening {
                // A listener may send long after its script has returned
                // (its event handlers): `send` lives as long as the stream.
                std::future::pending::<()>().await;
            }
            drop(send);
            from_js(&answer.ok()?)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use dioxus::prelude::document;
    use futures::channel::mpsc::UnboundedSender;
    use serde_json::Value;

    use super::Script;

    const PAGE_JS: &str = include_str!("js/page.js");

    /// The file without its `export` line, then one call of `run`.
    fn program(script: Script, args: &Value) -> String {
        let body = PAGE_JS.replace("export { run };", "");
        let name = script.name();
        format!("{body}\nreturn await run({name:?}, {args}, (v) => dioxus.send(v));")
    }

    pub fn start(
        script: Script,
        args: &Value,
        sends: Option<UnboundedSender<Value>>,
    ) -> impl std::future::Future<Output = Option<Value>> {
        let mut eval = document::eval(&program(script, args));
        async move {
            if let Some(tx) = sends {
                while let Ok(v) = eval.recv::<Value>().await {
                    if tx.unbounded_send(v).is_err() {
                        break;
                    }
                }
                None
            } else {
                eval.join::<Value>().await.ok()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Script;

    const ALL: [Script; 20] = [
        Script::Leave,
        Script::Title,
        Script::Lang,
        Script::HideWhenAway,
        Script::RegisterWorker,
        Script::TakeOver,
        Script::ToTop,
        Script::TrackHeader,
        Script::ShiftKeys,
        Script::StopSpeech,
        Script::HasVoice,
        Script::Speak,
        Script::Share,
        Script::Copy,
        Script::Print,
        Script::PrintFrame,
        Script::AutoLock,
        Script::AutoLockStop,
        Script::ForgetPicked,
        Script::Position,
    ];

    #[test]
    fn every_script_is_a_function_of_page_js() {
        let page = include_str!("js/page.js");
        for s in ALL {
            let name = s.name();
            assert!(
                page.contains(&format!("\n  {name}("))
                    || page.contains(&format!("\n  async {name}(")),
                "{name} is not in js/page.js"
            );
        }
        assert_eq!(page.matches("export ").count(), 1, "one export line");
        assert!(page.contains("export { run };"));
    }
}
