//! The smallest storage the core needs: bytes by key, and its one error.
use thiserror::Error;

/// The key of the user's preferences (JSON). The one key the web store moves
/// from `localStorage` to `IndexedDB` when it first opens.
pub const SETTINGS_KEY: &str = "settings";

/// A failure of a storage adapter.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The storage could not be opened, read or written.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
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
