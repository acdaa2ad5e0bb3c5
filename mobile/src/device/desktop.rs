//! The desktop (Linux, macOS, Windows; a development build, and the one
//! where the native click path can be exercised here, under Xvfb): links go
//! to the system's own handler through `robius-open` (`xdg-open` on Linux,
//! `NSWorkspace` on macOS, `start` on Windows), never to the web browser
//! for a `tel:` link as Dioxus's default does. Files come from Dioxus's own
//! dialog; exports are written to the Downloads folder.
use std::path::PathBuf;

use super::outbound::DeviceError;

/// Native builds take over call and chat links from the interpreter.
pub const FOLLOWS_LINKS: bool = true;
/// The camera is the ordinary picker here.
pub const CAMERA_BUTTON: bool = false;
/// Exports stay where they were written (the Downloads folder).
pub const CAN_HAND_OVER: bool = false;

/// Opens `uri` with the system's handler; resolves when the handler has
/// answered (on Linux: when `xdg-open` exits).
pub async fn open_uri(uri: &str) -> Result<(), DeviceError> {
    super::robius::open_and_wait(uri).await
}

/// Never called: [`CAMERA_BUTTON`] is false.
#[allow(clippy::unused_async)]
pub async fn take_photo() -> Option<shared::files::PickedFile> {
    None
}

/// Never called: [`CAN_HAND_OVER`] is false (the saved file's place is
/// shown).
#[allow(clippy::unused_async)]
pub async fn hand_over(_path: PathBuf, _mime: String) -> Result<(), DeviceError> {
    Err(DeviceError::NoHandler)
}

/// The POSIX locale variables as they are, e.g. `LANGUAGE=en_GB:nl` or
/// `LANG=nl_NL.UTF-8`, most preferred first; the core reads them
/// (`shared::i18n::device`).
pub fn languages() -> Vec<String> {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .collect()
}

/// `EEN_ENTREE_DATA_DIR`, else the XDG data folder.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("EEN_ENTREE_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|d| d.join("een-entree"))
}

/// `EEN_ENTREE_EXPORT_DIR`, else the Downloads folder.
pub fn export_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("EEN_ENTREE_EXPORT_DIR") {
        return Some(PathBuf::from(dir));
    }
    std::env::var_os("XDG_DOWNLOAD_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Downloads")))
}
