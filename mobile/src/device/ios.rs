//! iOS. Dialling and web pages go through `robius-open`
//! (`UIApplication.openURL` on the main thread; iOS asks the user to confirm
//! a call, and its answer comes back through the completion handler). Files
//! and photos come from `WKWebView`'s own picker (the camera needs
//! `NSCameraUsageDescription`, set in `Dioxus.toml`). Exports are written to
//! the app's Documents folder, which the Files app shows because of
//! `UIFileSharingEnabled` and `LSSupportsOpeningDocumentsInPlace`. The
//! device's languages come from the system (`sys-locale`:
//! `CFLocaleCopyPreferredLanguages`). None of this could be run here: no
//! Xcode (see `mobile/PHONE-CHECKS.md`).
use std::path::PathBuf;

use super::outbound::DeviceError;

/// Native builds take over call and chat links from the interpreter.
pub const FOLLOWS_LINKS: bool = true;
/// `WKWebView`'s picker opens the camera itself (`capture`).
pub const CAMERA_BUTTON: bool = false;
/// Exports stay in Documents, shown by the Files app.
pub const CAN_HAND_OVER: bool = false;

/// Opens `uri` through `UIApplication`; resolves with iOS's answer.
pub async fn open_uri(uri: &str) -> Result<(), DeviceError> {
    super::robius::open_and_wait(uri).await
}

/// Never called: [`CAMERA_BUTTON`] is false.
#[allow(clippy::unused_async)]
pub async fn take_photo() -> Option<shared::files::PickedFile> {
    None
}

/// Never called: [`CAN_HAND_OVER`] is false.
#[allow(clippy::unused_async)]
pub async fn hand_over(_path: PathBuf, _mime: String) -> Result<(), DeviceError> {
    Err(DeviceError::NoHandler)
}

/// The user's preferred languages, in order.
pub fn languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The app's Application Support folder (not shown in Files, not in
/// iCloud Drive).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join("Library/Application Support/een-entree"))
}

/// The app's Documents folder, shown by the Files app.
pub fn export_dir() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Documents"))
}
