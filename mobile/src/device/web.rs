//! The browser: it follows call and chat links itself (`tel:` goes to the
//! phone's dialler, https to a new tab), its own picker hands over files
//! that `crate::files` reads in pieces, exports are downloads, and the
//! languages are `navigator.languages`.
use std::path::PathBuf;

use super::outbound::DeviceError;

/// The browser follows links itself: nothing to take over.
pub const FOLLOWS_LINKS: bool = false;
/// The camera is the browser's picker (`capture`).
pub const CAMERA_BUTTON: bool = false;
/// Exports are downloads (`ExportResult::Download`), not files.
pub const CAN_HAND_OVER: bool = false;

/// Never called on the web ([`FOLLOWS_LINKS`] is false): the browser
/// follows the link.
#[allow(clippy::unused_async)]
pub async fn open_uri(_uri: &str) -> Result<(), DeviceError> {
    Err(DeviceError::NoHandler)
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

/// The browser's languages, in the user's order.
pub fn languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The web store is the browser's own storage.
pub fn data_dir() -> Option<PathBuf> {
    None
}

/// Exports are downloads.
pub fn export_dir() -> Option<PathBuf> {
    None
}
