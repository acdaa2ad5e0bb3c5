//! Presentational pieces. They take display-ready values and callbacks and
//! know nothing of the core's events.
mod action_link;
pub mod diary;
mod location;
mod map;
mod nav_link;
mod qr;
mod quick_exit;
mod read_aloud;
mod safety_settings;
mod share;
mod updates;

pub use action_link::ActionLink;
pub use location::LocationCard;
pub use map::Map;
pub use nav_link::NavLink;
pub use qr::QrCode;
pub use quick_exit::ExitLink;
pub use read_aloud::ReadAloud;
pub use safety_settings::{AutoLockSettings, DisguiseSettings};
pub use share::ShareLink;
pub use updates::{UpdateConsent, UpdateSettings};
