//! The one room for the device. Every operation that reaches the phone or
//! computer outside the web view happens here, and nowhere else in `mobile`:
//! dialling a number, opening a web page outside the app, picking a file or
//! taking a photo, asking for the position, reading the device's languages
//! and folders, and handing a finished export to the user.
//!
//! The core decides *what* (which number, which address, which file); this
//! module only performs it, one file per platform:
//!
//! | platform | file | how |
//! |---|---|---|
//! | web | `web.rs` | the browser: links are followed by the browser itself |
//! | desktop | `desktop.rs` | the system's handler (`xdg-open` on Linux, through `robius-open`) |
//! | Android | `android.rs` | `robius-open` (an `Intent` through JNI) and `mobile/android/MainActivity.kt` |
//! | iOS | `ios.rs` | `robius-open` (`UIApplication.openURL`) and `WKWebView`'s own picker |
//!
//! Why the native builds need this: Dioxus's native interpreter cancels
//! every click on a link and asks `webbrowser` to open it, and webbrowser
//! 1.2.6 opens only http(s) on Android and iOS, so `tel:` did nothing.
//! Links stay real `<a href>` elements (the web, screen readers, long-press);
//! on native builds their click handler prevents the default and calls
//! [`follow`] instead.
mod outbound;
mod picker;
#[cfg(not(target_arch = "wasm32"))]
mod robius;
mod script;

#[cfg(target_os = "android")]
#[path = "android.rs"]
mod imp;
#[cfg(all(
    not(target_arch = "wasm32"),
    not(target_os = "android"),
    not(target_os = "ios")
))]
#[path = "desktop.rs"]
mod imp;
#[cfg(target_os = "ios")]
#[path = "ios.rs"]
mod imp;
#[cfg(target_arch = "wasm32")]
#[path = "web.rs"]
mod imp;

pub use imp::{data_dir, export_dir, hand_over, languages, CAN_HAND_OVER, FOLLOWS_LINKS};
pub use outbound::{outbound, DeviceError, Outbound};
pub use picker::FilePicker;
pub use script::{copy_text, forget_picked, position, share_text, Handed};

/// Performs what a call or chat link asks for (`tel:` digits or an https
/// address), outside the app. An error means nothing was opened: the caller
/// tells the user at once.
pub async fn follow(href: &str) -> Result<(), DeviceError> {
    match outbound(href)? {
        Outbound::Dial(digits) => imp::open_uri(&format!("tel:{digits}")).await,
        Outbound::Web(url) => imp::open_uri(&url).await,
    }
}
