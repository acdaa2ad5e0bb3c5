//! The key-value interface the runtime stores through, with one adapter per
//! platform: sled on native platforms, the browser's `localStorage` on the
//! web, and memory where neither is available (and in tests).
//!
//! Preferences are stored here as JSON, and the encrypted diary under
//! `diary/` (see the `een-diary` crate's `vault`).
//!
//! A crate of its own, below everything that stores: it knows nothing of the
//! app, the diary or the model.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(not(target_arch = "wasm32"))]
mod forensic;
#[cfg(target_arch = "wasm32")]
mod idb;
mod kv;
mod memory;
mod open;
#[cfg(not(target_arch = "wasm32"))]
mod sled_store;
#[cfg(target_arch = "wasm32")]
mod web_storage;

#[cfg(target_arch = "wasm32")]
pub use idb::IdbStore;
pub use memory::MemoryStore;
#[cfg(not(target_arch = "wasm32"))]
pub use sled_store::SledStore;
#[cfg(target_arch = "wasm32")]
pub use web_storage::WebStorage;

#[cfg(not(target_arch = "wasm32"))]
pub use forensic::found_in_files;
pub use kv::{KvStore, MaybeSendSync, StoreError, SETTINGS_KEY};
pub use open::{open, open_async};
