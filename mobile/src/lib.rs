//! # Eén Entree shell
//!
//! A thin Dioxus renderer over the core in `shared`: it sends the user's
//! intents to the core and shows the view models the core hands back. It never
//! touches storage, crypto, network or formatting; `tests/tests/boundaries.rs`
//! fails if this crate depends on the crates that do.
//!
//! Read in this order: [`App`] (the root and the quick-exit cover), `bridge`
//! (the one place that runs the core), `route` (screens by address), then
//! `screens/` and `components/`.
#![forbid(unsafe_code)]

mod app;
mod bridge;
mod components;
mod device;
mod files;
mod js;
mod keys;
mod place;
mod platform;
mod route;
mod screens;

pub use app::{App, Root, RootProps};
pub use route::Route;

/// Launches the app with the renderer chosen by the build's feature
/// (`web`, `desktop` or `mobile`).
pub fn launch() {
    #[cfg(feature = "desktop")]
    dioxus::LaunchBuilder::new()
        .with_cfg(dioxus::desktop::Config::default().with_navigation_handler(stays_in_app))
        .launch(App);
    #[cfg(all(feature = "mobile", not(feature = "desktop")))]
    dioxus::LaunchBuilder::new()
        .with_cfg(dioxus::mobile::Config::default().with_navigation_handler(stays_in_app))
        .launch(App);
    #[cfg(not(any(feature = "desktop", feature = "mobile")))]
    dioxus::launch(App);
}

/// The web view never leaves the app's own page. Dioxus itself serves the
/// app (`dioxus://`) and hands http(s) and mailto to the system before this
/// is asked; anything else (a `tel:`, `sms:` or `intent:` that slipped past
/// the device room) would replace the app with an error page on a phone, so
/// it is refused. Frames the app makes itself (`about:blank`, `blob:`) stay.
#[cfg(any(feature = "desktop", feature = "mobile"))]
fn stays_in_app(url: &str) -> bool {
    url.starts_with("about:") || url.starts_with("blob:")
}
