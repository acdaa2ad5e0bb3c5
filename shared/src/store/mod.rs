//! The key-value interface the runtime stores through, with one adapter per
//! platform: sled on native platforms, the browser's `localStorage` on the
//! web, and memory where neither is available (and in tests).
//!
//! Preferences are stored here as JSON, and the encrypted diary under
//! `diary/` (see `diary::vault`).
use thiserror::Error;

#[cfg(target_arch = "wasm32")]
mod idb;
mod memory;
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

/// `Send + Sync` on native platforms, where the runtime hands the store to a
/// worker thread (slow key derivation, large exports); nothing on the web,
/// which has one thread.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSendSync: Send + Sync {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + Sync + ?Sized> MaybeSendSync for T {}
/// `Send + Sync` on native platforms; nothing on the web.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSendSync {}
#[cfg(target_arch = "wasm32")]
impl<T: ?Sized> MaybeSendSync for T {}

/// The smallest storage the core needs: bytes by key.
pub trait KvStore: MaybeSendSync {
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

    /// Every key starting with `prefix`, in key order, without reading the
    /// values into memory (the diary's evidence pieces are 1 MiB each).
    ///
    /// # Errors
    /// When the storage cannot be read.
    fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, StoreError>;

    /// Removes `key` (nothing happens when it is absent), durably.
    ///
    /// # Errors
    /// When the storage cannot be written.
    fn delete(&self, key: &str) -> Result<(), StoreError>;

    /// Rewrites the store's files so that nothing deleted or overwritten is
    /// left in them (sled keeps old versions in its log until it cleans a
    /// segment): the live keys are copied into a fresh database and the old
    /// files removed. Used after the diary is erased. Stores without files
    /// of their own (memory) or whose files the app does not control (the
    /// browser's) do nothing here.
    ///
    /// # Errors
    /// When the new files cannot be written; the old store then stays in use.
    fn compact(&self) -> Result<(), StoreError> {
        Ok(())
    }

    /// Resolves once every earlier write is durable. Stores that write
    /// synchronously (sled, memory) are always flushed; the browser's
    /// `IndexedDB` store confirms its transactions here.
    fn flushed(&self) -> futures::future::LocalBoxFuture<'static, Result<(), StoreError>> {
        Box::pin(futures::future::ready(Ok(())))
    }
}

/// Whether any file under `dir` holds `needle` (tests: what a forensic copy
/// of the files would find).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn found_in_files(dir: &std::path::Path, needle: &[u8]) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        if p.is_dir() {
            found_in_files(&p, needle)
        } else {
            std::fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
        }
    })
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

/// Opens the best store for this platform, waiting for stores that open
/// asynchronously. On the web that is `IndexedDB` ([`IdbStore`], which holds
/// binary values such as the encrypted diary); when the browser refuses it,
/// `localStorage` ([`WebStorage`], text only: settings persist, binary
/// writes fail when made), and else memory, which is reported. Elsewhere
/// this is [`open`]. Never fails.
///
/// On the web, a write is on disk only once [`KvStore::flushed`] resolved
/// `Ok` (see the `idb` module).
// Native stores open synchronously; the function is async for the web.
#[cfg_attr(not(target_arch = "wasm32"), allow(clippy::unused_async))]
pub async fn open_async(
    data_dir: Option<&std::path::Path>,
) -> (Box<dyn KvStore>, Option<ErrorKind>) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = data_dir;
        match IdbStore::open().await {
            Ok(store) => (Box::new(store), None),
            Err(e) => match WebStorage::open() {
                Some(store) => (Box::new(store), None),
                None => (Box::new(MemoryStore::default()), Some(e.kind())),
            },
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    open(data_dir)
}
