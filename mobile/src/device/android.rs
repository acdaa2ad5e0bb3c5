//! Android. Dialling and web pages go through `robius-open`: an `Intent`
//! (`ACTION_DIAL` for `tel:`, which needs no permission and only opens the
//! dialler with the number; `ACTION_VIEW` for https) started from the
//! activity over JNI, with the `JavaVM` and activity that tao hands to
//! `ndk-context` at start. An `ActivityNotFoundException` (no dialler, as on
//! a tablet without telephony) comes back as [`DeviceError::NoHandler`].
//!
//! The rest needs the app's own activity (`mobile/android/MainActivity.kt`,
//! copied verbatim by dx), which Rust reaches through a small
//! `@JavascriptInterface` object, `window.EenEntreeDevice`, added before the
//! page loads:
//! - `takePhoto()`: the camera writes into the app's private cache through
//!   the app's own content provider (no `FileProvider` resource needed); the
//!   photo is read from there in pieces and deleted once read;
//! - `shareFile(path, mime)`: the share sheet for an export (which the user
//!   can send to Files, Drive, or a trusted person); exports are written to
//!   the private cache (`EEN_ENTREE_EXPORT_DIR`), emptied at every start;
//! - `shareText(text)`: the share sheet for a link (`WebView` has no
//!   `navigator.share`).
//!
//! The activity also sets, before the Rust app starts, the private data
//! folder (`EEN_ENTREE_DATA_DIR`), the export folder and the device's
//! languages (`EEN_ENTREE_LANGUAGES`, from `LocaleList.getDefault()`), and
//! pads the page by the system bars and the camera cutout.
use std::path::PathBuf;

use dioxus::prelude::document;
use futures::StreamExt as _;
use shared::files::{FileSource, PickedFile};

use super::outbound::DeviceError;

/// Native builds take over call and chat links from the interpreter.
pub const FOLLOWS_LINKS: bool = true;
/// The camera is the app's bridge, not wry's capture (see `picker.rs`).
pub const CAMERA_BUTTON: bool = true;
/// Exports are offered through the share sheet.
pub const CAN_HAND_OVER: bool = true;

/// Opens `uri` with an intent: `ACTION_DIAL` for `tel:`, else `ACTION_VIEW`.
#[allow(clippy::unused_async)]
pub async fn open_uri(uri: &str) -> Result<(), DeviceError> {
    let action = if uri.starts_with("tel:") {
        "ACTION_DIAL"
    } else {
        "ACTION_VIEW"
    };
    robius_open::Uri::new(uri)
        .action(action)
        .open()
        .map_err(super::robius::error)
}

/// Asks the activity to take a photo; `None` if there is no camera app, the
/// user cancelled, or the bridge is missing.
pub async fn take_photo() -> Option<PickedFile> {
    const TAKE: &str = r#"
        return await new Promise((done) => {
            window.__eeCaptured = (r) => { window.__eeCaptured = null; done(r); };
            const started = window.EenEntreeDevice ? EenEntreeDevice.takePhoto() : "unavailable";
            if (started !== "started") { window.__eeCaptured = null; done({ error: started }); }
        });
    "#;
    #[derive(serde::Deserialize)]
    struct Captured {
        path: Option<String>,
        name: Option<String>,
    }
    let captured = document::eval(TAKE).join::<Captured>().await.ok()?;
    let path = PathBuf::from(captured.path?);
    let size = std::fs::metadata(&path).ok()?.len();
    Some(PickedFile {
        name: captured.name.unwrap_or_else(|| "photo.jpg".into()),
        size,
        mime: Some("image/jpeg".into()),
        source: FileSource::stream(read_then_delete(path).boxed_local()),
    })
}

/// The photo's bytes in pieces of 1 MiB; the file is deleted when the
/// stream ends or is dropped (read or not), so the plaintext photo does not
/// stay in the cache. A photo left by a crash is removed at the next start
/// (`MainActivity.kt`).
fn read_then_delete(path: PathBuf) -> impl futures::Stream<Item = Result<Vec<u8>, String>> {
    use std::io::Read as _;
    struct Open {
        file: Option<std::fs::File>,
        path: PathBuf,
    }
    impl Drop for Open {
        fn drop(&mut self) {
            self.file = None;
            let _ = std::fs::remove_file(&self.path);
        }
    }
    let state = Open {
        file: std::fs::File::open(&path).ok(),
        path,
    };
    futures::stream::unfold(state, |mut open| async move {
        let file = open.file.as_mut()?;
        let mut piece = vec![0; 1 << 20];
        match file.read(&mut piece) {
            Ok(0) => None,
            Ok(n) => {
                piece.truncate(n);
                Some((Ok(piece), open))
            }
            Err(e) => {
                open.file = None;
                Some((Err(e.to_string()), open))
            }
        }
    })
}

/// Offers the finished export through the share sheet.
pub async fn hand_over(path: PathBuf, mime: String) -> Result<(), DeviceError> {
    const SHARE: &str = r#"
        return window.EenEntreeDevice ? EenEntreeDevice.shareFile(path, mime) : "unavailable";
    "#;
    let path = serde_json::to_string(&path.to_string_lossy()).map_err(|_| DeviceError::Failed)?;
    let mime = serde_json::to_string(&mime).map_err(|_| DeviceError::Failed)?;
    match document::eval(&format!(
        "const path = {path};\nconst mime = {mime};\n{SHARE}"
    ))
    .join::<String>()
    .await
    .as_deref()
    {
        Ok("ok") => Ok(()),
        Ok("unavailable") => Err(DeviceError::NoHandler),
        _ => Err(DeviceError::Failed),
    }
}

/// The device's languages as the activity found them
/// (`LocaleList.getDefault().toLanguageTags()`: `nl-NL,en-GB`), as they
/// are; the core reads the list (`shared::i18n::device`).
pub fn languages() -> Vec<String> {
    std::env::var("EEN_ENTREE_LANGUAGES").into_iter().collect()
}

/// The app's private files folder, set by the activity; without it the
/// core keeps everything in memory (and Settings says so).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("EEN_ENTREE_DATA_DIR").map(PathBuf::from)
}

/// The app's private cache folder for exports, set by the activity; the
/// share sheet hands a file from there to the app the user chooses.
pub fn export_dir() -> Option<PathBuf> {
    std::env::var_os("EEN_ENTREE_EXPORT_DIR").map(PathBuf::from)
}
