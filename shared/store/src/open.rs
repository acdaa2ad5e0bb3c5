//! Opening the best store for this platform: never fails; when the
//! platform's store cannot be opened the app keeps working in memory, and
//! the caller is told why.
#[cfg(target_arch = "wasm32")]
use crate::idb::IdbStore;
use crate::kv::{KvStore, StoreError};
use crate::memory::MemoryStore;
#[cfg(not(target_arch = "wasm32"))]
use crate::sled_store::SledStore;
#[cfg(target_arch = "wasm32")]
use crate::web_storage::WebStorage;

/// Opens the best store for this platform. Never fails: when the platform
/// store cannot be opened the app keeps working in memory and says so.
pub fn open(data_dir: Option<&std::path::Path>) -> (Box<dyn KvStore>, Option<StoreError>) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(dir) = data_dir {
        return match SledStore::open(dir) {
            Ok(store) => (Box::new(store), None),
            Err(e) => (Box::new(MemoryStore::default()), Some(e)),
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
) -> (Box<dyn KvStore>, Option<StoreError>) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = data_dir;
        match IdbStore::open().await {
            Ok(store) => (Box::new(store), None),
            Err(e) => match WebStorage::open() {
                Some(store) => (Box::new(store), None),
                None => (Box::new(MemoryStore::default()), Some(e)),
            },
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    open(data_dir)
}
