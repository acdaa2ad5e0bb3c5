//! Device operations that every web view offers the same way (browser,
//! `WebKitGTK`, Android's `WebView`, `WKWebView`): the position, sharing or
//! copying a link, and the picked files that the phones' own pickers put in
//! the page. Each answer goes back to the caller; nothing is kept. The
//! scripts themselves are functions of `src/js/page.js` (`crate::js`): the
//! web's Content-Security-Policy allows no eval.
use serde_json::{json, Value};
use shared::model::PositionError;

use crate::js::{self, Script};

/// Asks the web view for the position, once, after the user tapped "use my
/// location". Coarse accuracy is enough; the answer goes to the core and is
/// not kept anywhere else. Android: wry's `RustWebChromeClient` asks for the
/// location permission (coarse; fine only up to Android 11, where a coarse
/// grant alone is refused: see `mobile/android/AndroidManifest.xml`).
pub async fn position() -> Result<(f64, f64), PositionError> {
    match js::call::<Value>(Script::Position, &json!({})).await {
        Some(Value::Array(v)) => match (
            v.first().and_then(Value::as_f64),
            v.get(1).and_then(Value::as_f64),
        ) {
            (Some(lat), Some(lon)) => Ok((lat, lon)),
            _ => Err(PositionError::Unavailable),
        },
        Some(Value::String(s)) if s == "denied" => Err(PositionError::Denied),
        _ => Err(PositionError::Unavailable),
    }
}

/// What became of a share or copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    /// The share sheet took it.
    Shared,
    /// It is on the clipboard.
    Copied,
    /// The user closed the share sheet, or nothing could take it.
    NotDone,
}

impl Handed {
    fn from_answer(answer: Option<&str>) -> Self {
        match answer {
            Some("shared") => Self::Shared,
            Some("copied") => Self::Copied,
            _ => Self::NotDone,
        }
    }
}

/// Shares a link through the platform's share sheet: the browser's
/// `navigator.share`, or on Android the app's own bridge (Android's `WebView`
/// has no `navigator.share`); otherwise copies it.
pub async fn share_text(text: &str) -> Handed {
    let answer = js::call::<String>(Script::Share, &json!({ "url": text })).await;
    Handed::from_answer(answer.as_deref())
}

/// Copies a link to the clipboard.
pub async fn copy_text(text: &str) -> Handed {
    let answer = js::call::<String>(Script::Copy, &json!({ "url": text })).await;
    Handed::from_answer(answer.as_deref())
}

/// Forgets the files the phones' pickers handed to the page (quick exit).
pub fn forget_picked() {
    js::run(Script::ForgetPicked, &json!({}));
}

#[cfg(test)]
mod tests {
    use super::Handed;

    #[test]
    fn only_the_scripts_own_words_count_as_done() {
        assert_eq!(Handed::from_answer(Some("shared")), Handed::Shared);
        assert_eq!(Handed::from_answer(Some("copied")), Handed::Copied);
        for other in [Some("cancelled"), Some("failed"), Some("Copied"), None] {
            assert_eq!(Handed::from_answer(other), Handed::NotDone);
        }
    }
}
