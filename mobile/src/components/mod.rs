//! Pieces of UI. They take display-ready values and callbacks, and the
//! screens turn the callbacks into the core's events; so each renders on its
//! own from a fixture view model (`mobile/tests/components.rs`). One reaches
//! the device itself: `ActionLink` calls or opens a chat through
//! `crate::device` and tells the core at once when the device could not do
//! it (`ContactFailed` shows that answer).
mod action_link;
mod contact_failed;
pub mod diary;
mod location;
mod map;
mod nav_link;
mod qr;
mod quick_exit;
mod read_aloud;
mod safety_settings;
mod share;
#[cfg(test)]
mod tests;
mod updates;

pub use action_link::ActionLink;
pub use contact_failed::ContactFailed;
pub use location::LocationCard;
pub use map::Map;
pub use nav_link::NavLink;
pub use qr::QrCode;
pub use quick_exit::{ExitLink, QuickExit};
pub use read_aloud::ReadAloud;
pub use safety_settings::{AutoLockSettings, DisguiseSettings};
pub use share::ShareLink;
pub use updates::{UpdateConsent, UpdateSettings};
