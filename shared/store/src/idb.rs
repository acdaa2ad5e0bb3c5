//! The web store for binary data: the browser's `IndexedDB`.
//!
//! One database, [`DB_NAME`], with one object store, [`STORE_NAME`]: string
//! keys (out of line), values kept as `Uint8Array`.
//!
//! [`KvStore`] is synchronous and `IndexedDB` is not, so [`IdbStore::open`]
//! reads the whole database into memory once, and from then on:
//!
//! - `get` and `scan` read the in-memory copy;
//! - `put` and `delete` change the in-memory copy at once and start one
//!   `IndexedDB` `readwrite` transaction for the change (requested with
//!   `durability: "strict"` where the browser supports it). Transactions on
//!   the same object store run in the order they were started, so the
//!   database goes through the same sequence of states as the copy;
//! - [`KvStore::flushed`] resolves once every transaction started before the
//!   call has completed.
//!
//! # What "saved" means on the web
//!
//! A `put` that returned `Ok` is visible to this tab at once but is *not yet
//! on disk*. It is on disk when a later `flushed()` resolved `Ok`: only then
//! may the app tell the user an entry is saved. When a transaction fails
//! (quota exceeded, the browser closed the database, the disk failed) the
//! in-memory copy still holds the change, but it was not stored; the failure
//! is reported by a `flushed()` future that was waiting for that transaction,
//! or, when none was, by the next `flushed()` call, once. A write whose
//! transaction never completes (the tab is closed first) is lost.
//!
//! Browsers may still evict an origin's storage under storage pressure (and
//! Safari clears it after some days without a visit unless the site is
//! installed) unless `navigator.storage.persist()` was granted; this store
//! does not ask for that.
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use futures::channel::oneshot;
use futures::future::LocalBoxFuture;
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
    IdbVersionChangeEvent,
};

use crate::kv::{KvStore, StoreError};

/// The database's name on the origin.
pub const DB_NAME: &str = "een-entree";
/// The one object store in it.
pub const STORE_NAME: &str = "kv";
/// Schema version; raise it (and extend the upgrade) when the layout changes.
const DB_VERSION: u32 = 1;

/// `IndexedDB`, with an in-memory copy that answers reads.
pub struct IdbStore {
    db: IdbDatabase,
    map: RefCell<BTreeMap<String, Vec<u8>>>,
    pending: Rc<RefCell<Pending>>,
    /// `{durability: "strict"}`, passed to every write transaction.
    strict: Object,
}

/// The write transactions not yet completed, and who waits for them.
#[derive(Default)]
struct Pending {
    /// The id the next transaction gets; ids only grow.
    next_id: u64,
    /// Ids of transactions started but not yet completed or aborted.
    open: BTreeSet<u64>,
    /// Failures no `flushed()` was waiting for: told to the next call.
    unreported: Option<String>,
    waiters: Vec<Waiter>,
}

/// One `flushed()` call that is waiting.
struct Waiter {
    /// Waits for every transaction with a smaller id.
    before: u64,
    /// The first failure among those transactions.
    failure: Option<String>,
    done: oneshot::Sender<Result<(), StoreError>>,
}

fn unavailable(what: impl Into<String>) -> StoreError {
    StoreError::Unavailable(what.into())
}

fn js_err(e: &JsValue) -> StoreError {
    match e.dyn_ref::<DomException>() {
        Some(dom) => unavailable(format!("{}: {}", dom.name(), dom.message())),
        None => unavailable(format!("{e:?}")),
    }
}

fn describe(error: Option<DomException>, fallback: &str) -> String {
    error.map_or_else(
        || fallback.to_string(),
        |dom| format!("{}: {}", dom.name(), dom.message()),
    )
}

/// A promise that resolves on the transaction's `complete` event and rejects
/// on its `abort` event (a failed request aborts its transaction, so `error`
/// needs no handler of its own). The handlers are the promise's own
/// functions, so no Rust closure has to be kept alive.
fn settled(tx: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise)
}

/// A promise for an `IndexedDB` request: `success` or `error`.
fn requested(request: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise)
}

/// Creates the object store when the database is new (or older).
fn upgrade(request: &IdbOpenDbRequest) -> Result<(), JsValue> {
    let db: IdbDatabase = request.result()?.dyn_into()?;
    if !db.object_store_names().contains(STORE_NAME) {
        db.create_object_store(STORE_NAME)?;
    }
    Ok(())
}

impl IdbStore {
    /// Opens (or creates) the database and reads it into memory. Settings
    /// that an older version kept in `localStorage` are moved over.
    ///
    /// # Errors
    /// When the browser offers no `IndexedDB` (some private modes, sandboxed
    /// frames) or the database cannot be opened or read.
    pub async fn open() -> Result<Self, StoreError> {
        let factory = web_sys::window()
            .ok_or_else(|| unavailable("no window"))?
            .indexed_db()
            .map_err(|e| js_err(&e))?
            .ok_or_else(|| unavailable("IndexedDB is not available"))?;
        let request = factory
            .open_with_u32(DB_NAME, DB_VERSION)
            .map_err(|e| js_err(&e))?;
        let on_upgrade = {
            let request = request.clone();
            // Returning Err throws, which aborts the upgrade and fails the open.
            Closure::<dyn FnMut(IdbVersionChangeEvent) -> Result<(), JsValue>>::new(
                move |_: IdbVersionChangeEvent| upgrade(&request),
            )
        };
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let opened = requested(&request).await;
        request.set_onupgradeneeded(None);
        drop(on_upgrade);
        if opened.is_err() {
            return Err(unavailable(describe(
                request.error().ok().flatten(),
                "IndexedDB could not be opened",
            )));
        }
        let db: IdbDatabase = request
            .result()
            .and_then(JsCast::dyn_into)
            .map_err(|e| js_err(&e))?;

        let map = load(&db).await?;
        let strict = Object::new();
        Reflect::set(&strict, &"durability".into(), &"strict".into()).map_err(|e| js_err(&e))?;
        let store = Self {
            db,
            map: RefCell::new(map),
            pending: Rc::default(),
            strict,
        };
        store.migrate_settings().await;
        Ok(store)
    }

    /// Moves the settings from `localStorage` (where [`crate::web_storage::WebStorage`]
    /// kept them) when this database has none yet. The old copy is removed
    /// only once the new one is on disk; a failure leaves it for next time.
    async fn migrate_settings(&self) {
        let key = crate::kv::SETTINGS_KEY;
        if self.map.borrow().contains_key(key) {
            return;
        }
        let Some(old) = crate::web_storage::WebStorage::open() else {
            return;
        };
        let Ok(Some(value)) = old.get(key) else {
            return;
        };
        if self.put(key, &value).is_ok() && self.flushed().await.is_ok() {
            let _ = old.delete(key);
        }
    }

    /// Starts one write transaction, runs `op` in it and tracks it.
    fn write(
        &self,
        op: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
    ) -> Result<(), StoreError> {
        let tx = self.begin().map_err(|e| js_err(&e))?;
        let result = tx.object_store(STORE_NAME).and_then(|store| op(&store));
        if let Err(e) = result {
            let _ = tx.abort();
            return Err(js_err(&e));
        }
        self.track(tx);
        Ok(())
    }

    /// `db.transaction("kv", "readwrite", {durability: "strict"})`. The
    /// options argument is called through `Reflect` because web-sys gates it
    /// behind its unstable APIs; browsers without it ignore it.
    fn begin(&self) -> Result<IdbTransaction, JsValue> {
        let transaction: Function = Reflect::get(&self.db, &"transaction".into())?.dyn_into()?;
        let mode = JsValue::from(IdbTransactionMode::Readwrite);
        transaction
            .call3(&self.db, &STORE_NAME.into(), &mode, &self.strict)?
            .dyn_into()
    }

    /// Registers `tx` as open until its `complete` or `abort` event.
    fn track(&self, tx: IdbTransaction) {
        let id = {
            let mut pending = self.pending.borrow_mut();
            let id = pending.next_id;
            pending.next_id += 1;
            pending.open.insert(id);
            id
        };
        let done = settled(&tx);
        let pending = Rc::clone(&self.pending);
        wasm_bindgen_futures::spawn_local(async move {
            let result = done
                .await
                .map(|_| ())
                .map_err(|_| describe(tx.error(), "the write was aborted"));
            settle(&pending, id, result);
        });
    }
}

/// Records the end of transaction `id` and wakes the waiters it completes.
fn settle(pending: &RefCell<Pending>, id: u64, result: Result<(), String>) {
    let finished: Vec<Waiter> = {
        let mut p = pending.borrow_mut();
        p.open.remove(&id);
        if let Err(message) = result {
            let mut told = false;
            for waiter in p.waiters.iter_mut().filter(|w| w.before > id) {
                waiter.failure.get_or_insert_with(|| message.clone());
                told = true;
            }
            if !told {
                p.unreported.get_or_insert(message);
            }
        }
        let first_open = p.open.first().copied().unwrap_or(u64::MAX);
        let (finished, waiting) = std::mem::take(&mut p.waiters)
            .into_iter()
            .partition(|w| w.before <= first_open);
        p.waiters = waiting;
        finished
    };
    for waiter in finished {
        let _ = waiter
            .done
            .send(waiter.failure.map_or(Ok(()), |m| Err(unavailable(m))));
    }
}

/// Every key and value in the database, read in one transaction.
async fn load(db: &IdbDatabase) -> Result<BTreeMap<String, Vec<u8>>, StoreError> {
    let tx = db
        .transaction_with_str(STORE_NAME)
        .map_err(|e| js_err(&e))?;
    let store = tx.object_store(STORE_NAME).map_err(|e| js_err(&e))?;
    let keys = store.get_all_keys().map_err(|e| js_err(&e))?;
    let values = store.get_all().map_err(|e| js_err(&e))?;
    if settled(&tx).await.is_err() {
        return Err(unavailable(describe(
            tx.error(),
            "IndexedDB could not be read",
        )));
    }
    let keys: Array = keys.result().map_err(|e| js_err(&e))?.unchecked_into();
    let values: Array = values.result().map_err(|e| js_err(&e))?.unchecked_into();
    // Both lists are in key order, one entry per record.
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| Some((key.as_string()?, bytes(&value)?)))
        .collect())
}

/// The bytes of a stored value (a `Uint8Array`; an `ArrayBuffer` is taken too).
fn bytes(value: &JsValue) -> Option<Vec<u8>> {
    if value.is_instance_of::<Uint8Array>() || value.is_instance_of::<js_sys::ArrayBuffer>() {
        Some(Uint8Array::new(value).to_vec())
    } else {
        None
    }
}

impl KvStore for IdbStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.write(|store| store.put_with_key(&Uint8Array::from(value), &key.into()))?;
        self.map
            .borrow_mut()
            .insert(key.to_string(), value.to_vec());
        Ok(())
    }

    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .map
            .borrow()
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }

    fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .map
            .borrow()
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, _)| k.clone())
            .collect())
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.write(|store| store.delete(&key.into()))?;
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn flushed(&self) -> LocalBoxFuture<'static, Result<(), StoreError>> {
        let mut p = self.pending.borrow_mut();
        let failure = p.unreported.take();
        if p.open.is_empty() {
            return Box::pin(futures::future::ready(
                failure.map_or(Ok(()), |m| Err(unavailable(m))),
            ));
        }
        let (done, wait) = oneshot::channel();
        let before = p.next_id;
        p.waiters.push(Waiter {
            before,
            failure,
            done,
        });
        Box::pin(async move {
            wait.await
                .unwrap_or_else(|_| Err(unavailable("the store was closed")))
        })
    }
}
