//! # Eén Entree core
//!
//! Everything the app *does* lives here; the Dioxus crate `mobile` only renders
//! what this crate hands it and forwards what the user does.
//!
//! ## Where to start
//! - [`app`]: the [`Event`]s a user or the runtime can cause, and the pure
//!   [`update`](app::update) that turns them into a new [`Model`] plus [`Effect`]s.
//! - [`view`]: the pure projection from a [`Model`] to a display-ready
//!   [`ViewModel`] (every string already localised).
//! - [`Core`]: the loop the shell runs; it performs effects through [`runtime`]
//!   and calls back with each new [`ViewModel`].
//! - Data with sources: [`helplines`]. Safety rules: [`quick_exit`].
//!
//! Nothing here reads the clock, the disk or the network except [`runtime`]
//! and its adapters in [`store`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod app;
pub mod calculator;
pub mod campaign;
mod campaign_flow;
pub mod content;
mod core;
pub mod diary;
pub mod disguise;
pub mod error;
pub mod event;
pub mod files;
pub mod helplines;
pub mod i18n;
pub mod idle_lock;
pub mod info;
pub mod locator;
pub mod model;
pub mod quick_exit;
pub mod runtime;
pub mod screen;
pub mod settings;
pub mod time;
pub mod update;
pub mod view;

/// Passphrases, never printed (the crate `een-diary`).
pub use een_diary::secret;
/// The key-value store (the crate `een-store`).
pub use een_store as store;

pub use crate::app::{update, Effect, Event};
pub use crate::core::Core;
pub use crate::model::{CoreConfig, Model, Platform};
pub use crate::view::ViewModel;
