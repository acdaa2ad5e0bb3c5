//! The key-value interface the runtime stores through, with one adapter per
//! platform: sled on native platforms, the browser's `localStorage` on the
//! web, and memory where neither is available (and in tests).
//!
//! So far only preferences are stored here, as JSON. The encrypted diary will
//! get its own keyspace behind the same interface.
use thiserror::Error;

mod memory;
#[cfg(not(target_arch = "wasm32"))]
mod sled_store;
#[cfg(target_arch = "wasm32")]
mod web_storage;

pub use memory::MemoryStore;
#[cfg(not(target_arch = "wasm32"))]
pub use sled_store::SledStore;
#[cfg(target_arch = "wasm32")]
pub use web_storage::WebStorage;

use crate::error::ErrorKind;

/// A failure of a storage adapter.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The storage could not be opened, read or written.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
}

impl StoreError {
    /// What the model is told.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Unavailable(_) => ErrorKind::StoreUnavailable,
        }
    }
}

/// The smallest storage the core needs: bytes by key.
pub trait KvStore {
    /// The value under `key`, if any.
    ///
    /// # Errors
    /// When the storage cannot be read.
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;

    /// Stores `value` under `key`, durably, before returning.
    ///
    /// # Errors
    /// When the storage cannot be written.
    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError>;

    /// Every key starting with `prefix`, with its value, in key order.
    ///
    /// # Errors
    /// When the storage cannot be read.
    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError>;

    /// Removes `key` (nothing happens when it is absent), durably.
    ///
    /// # Errors
    /// When the storage cannot be written.
    fn delete(&self, key: &str) -> Result<(), StoreError>;

    /// Resolves once every earlier write is durable. Stores that write
    /// synchronously (sled, memory) are always flushed; the browser's
    /// IndexedDB store confirms its transactions here.
    fn flushed(&self) -> futures::future::LocalBoxFuture<'static, Result<(), StoreError>> {
        Box::pin(futures::future::ready(Ok(())))
    }
}

/// Opens the best store for this platform. Never fails: when the platform
/// store cannot be opened the app keeps working in memory and says so.
pub fn open(data_dir: Option<&std::path::Path>) -> (Box<dyn KvStore>, Option<ErrorKind>) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(dir) = data_dir {
        return match SledStore::open(dir) {
            Ok(store) => (Box::new(store), None),
            Err(e) => (Box::new(MemoryStore::default()), Some(e.kind())),
        };
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = data_dir;
        if let Some(store) = WebStorage::open() {
            return (Box::new(store), None);
        }
    }
    (Box::new(MemoryStore::default()), None)
}
