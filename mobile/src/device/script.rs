//! Device operations that every web view offers the same way (browser,
//! `WebKitGTK`, Android's `WebView`, `WKWebView`): the position, sharing or
//! copying a link, and the picked files that the phones' own pickers put in
//! the page. Each answer goes back to the caller; nothing is kept.
use dioxus::prelude::document;
use serde_json::Value;
use shared::model::PositionError;

/// Asks the web view for the position, once, after the user tapped "use my
/// location". Coarse accuracy is enough; the answer goes to the core and is
/// not kept anywhere else. Android: wry's `RustWebChromeClient` asks for the
/// location permission (coarse; fine only up to Android 11, where a coarse
/// grant alone is refused: see `mobile/android/AndroidManifest.xml`).
pub async fn position() -> Result<(f64, f64), PositionError> {
    const ASK: &str = r#"
        if (!navigator.geolocation) { return "unavailable"; }
        return await new Promise((done) => navigator.geolocation.getCurrentPosition(
            (p) => done([p.coords.latitude, p.coords.longitude]),
            (e) => done(e.code === 1 ? "denied" : "unavailable"),
            { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 }));
    "#;
    match document::eval(ASK).join::<Value>().await {
        Ok(Value::Array(v)) => match (
            v.first().and_then(Value::as_f64),
            v.get(1).and_then(Value::as_f64),
        ) {
            (Some(lat), Some(lon)) => Ok((lat, lon)),
            _ => Err(PositionError::Unavailable),
        },
        Ok(Value::String(s)) if s == "denied" => Err(PositionError::Denied),
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

/// Shares a link through the platform's share sheet: the browser's
/// `navigator.share`, or on Android the app's own bridge (Android's `WebView`
/// has no `navigator.share`); otherwise copies it.
pub async fn share_text(text: &str) -> Handed {
    const SHARE: &str = r#"
        if (window.EenEntreeDevice && EenEntreeDevice.shareText) {
            return EenEntreeDevice.shareText(text) === "ok" ? "shared" : "failed";
        }
        if (navigator.share) {
            try { await navigator.share({ url: text }); return "shared"; } catch (e) { return "cancelled"; }
        }
        try { await navigator.clipboard.writeText(text); return "copied"; } catch (e) { return "failed"; }
    "#;
    run_with_text(SHARE, text).await
}

/// Copies a link to the clipboard.
pub async fn copy_text(text: &str) -> Handed {
    const COPY: &str = r#"
        try { await navigator.clipboard.writeText(text); return "copied"; } catch (e) { return "failed"; }
    "#;
    run_with_text(COPY, text).await
}

async fn run_with_text(script: &str, text: &str) -> Handed {
    let encoded = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    match document::eval(&format!("const text = {encoded};\n{script}"))
        .join::<String>()
        .await
        .as_deref()
    {
        Ok("shared") => Handed::Shared,
        Ok("copied") => Handed::Copied,
        _ => Handed::NotDone,
    }
}

/// Forgets the files the phones' pickers handed to the page (quick exit).
pub fn forget_picked() {
    document::eval("window.__eePicked = {};");
}
