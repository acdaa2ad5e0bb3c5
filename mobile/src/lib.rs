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
mod files;
mod js;
mod keys;
mod platform;
mod route;
mod screens;

pub use app::{App, Root, RootProps};
pub use route::Route;

/// Launches the app with the renderer chosen by the build's feature
/// (`web`, `desktop` or `mobile`).
pub fn launch() {
    dioxus::launch(App);
}
