//! The diary's side of the runtime: performs [`DiaryEffect`]s against the
//! store. It holds the key between unlock and lock; nothing else does.
//!
//! Slow work (scrypt when creating or unlocking, exports, imports) runs on
//! a worker thread on native platforms, so quick exit and typing never wait
//! for it. The web has one thread: there it runs in place.
use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use chrono::{Local, Utc};
use futures::future::LocalBoxFuture;
use futures::stream::LocalBoxStream;
use futures::{FutureExt, StreamExt};

use crate::diary::flow::{DiaryEffect, DiaryEvent};
use crate::event::Event;
use crate::time::Now;
use een_diary::crypto::{DiaryKey, WORK_FACTOR};
use een_diary::draft::{Body, Item};
use een_diary::entry::Entry;
use een_diary::import::{self, Known};
use een_diary::vault::{self, Damage, Record, Session, VaultError};
use een_store::KvStore;

mod entries;
mod keys;
mod transfer;

/// What performing a diary effect gave.
#[allow(clippy::large_enum_variant)] // short-lived, one per effect
pub enum Work {
    /// Done.
    Now(Option<DiaryEvent>),
    /// Under way: events (progress, then the result).
    Later(LocalBoxStream<'static, Event>),
}

/// The diary's runtime state.
pub struct DiaryWork {
    store: Arc<dyn KvStore>,
    session: Rc<RefCell<Option<Session>>>,
    /// Bumped by every lock, so a late unlock cannot bring the key back,
    /// and a late import or file lands in no diary.
    epoch: Rc<Cell<u64>>,
    /// The identities of the open diary's records (see [`import`]).
    known: Rc<RefCell<Known>>,
    work_factor: u8,
    export_dir: Option<PathBuf>,
    /// When the effect being performed was asked for (the loop's reading
    /// of the clock for its event): records and archives are dated with it.
    now: Now,
}

fn local(at: chrono::DateTime<Utc>) -> chrono::NaiveDateTime {
    at.with_timezone(&Local).naive_local()
}

fn item(record: &Record, hash: een_diary::chain::Hash) -> Item {
    Item::from_record(record, hash, local(record.at))
}

/// Items for many records: the time zone is asked once per hour of
/// records (offsets change only on the hour), not once per record.
fn items(records: &[Record], hashes: &[een_diary::chain::Hash]) -> Vec<Item> {
    use chrono::Offset;
    let mut cache: Option<(i64, chrono::FixedOffset)> = None;
    records
        .iter()
        .zip(hashes)
        .map(|(r, h)| {
            let hour = r.at.timestamp().div_euclid(3600);
            let offset = match cache {
                Some((h, o)) if h == hour => o,
                _ => {
                    let o = r.at.with_timezone(&Local).offset().fix();
                    cache = Some((hour, o));
                    o
                }
            };
            Item::from_record(r, *h, r.at.with_timezone(&offset).naive_local())
        })
        .collect()
}

fn ev(e: DiaryEvent) -> Event {
    Event::Diary(e)
}

/// What a job that finishes later started with: the epoch and the key. It
/// may store what it made only while both are still those of the open
/// diary; otherwise it removes what it staged and appends nothing.
struct Started {
    epoch: Rc<Cell<u64>>,
    at: u64,
    recipient: String,
}

impl Started {
    /// Whether the diary the job started in is still the open one.
    fn holds(&self, session: &RefCell<Option<Session>>) -> bool {
        self.epoch.get() == self.at
            && session
                .borrow()
                .as_ref()
                .is_some_and(|s| s.key().recipient() == self.recipient)
    }
}

/// Runs `f` away from the event loop: a worker thread on native platforms.
#[cfg(not(target_arch = "wasm32"))]
fn offload<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> LocalBoxFuture<'static, T> {
    let (tx, rx) = futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    async move { rx.await.expect("the worker thread does not panic") }.boxed_local()
}

/// The web has one thread: runs `f` in place.
#[cfg(target_arch = "wasm32")]
fn offload<T: 'static>(f: impl FnOnce() -> T + 'static) -> LocalBoxFuture<'static, T> {
    async move { f() }.boxed_local()
}

/// Gives other tasks (quick exit, typing) a turn between pieces of work.
async fn yield_now() {
    let mut yielded = false;
    futures::future::poll_fn(|cx| {
        if yielded {
            std::task::Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
    .await;
}

impl DiaryWork {
    /// Over `store`, exporting into `export_dir` (web: `None`, exports are downloads).
    pub fn new(store: Arc<dyn KvStore>, export_dir: Option<PathBuf>) -> Self {
        Self {
            store,
            session: Rc::new(RefCell::new(None)),
            epoch: Rc::new(Cell::new(0)),
            known: Rc::new(RefCell::new(Known::new())),
            work_factor: WORK_FACTOR,
            export_dir,
            now: Now::at(chrono::DateTime::UNIX_EPOCH, 0),
        }
    }

    /// A lower scrypt work factor for new diaries (tests only: real diaries
    /// use [`WORK_FACTOR`]).
    pub fn set_work_factor(&mut self, work_factor: u8) {
        self.work_factor = work_factor;
    }

    /// Whether a key is held (tests).
    pub fn is_unlocked(&self) -> bool {
        self.session.borrow().is_some()
    }

    /// Performs one diary effect, asked for at `now`.
    pub fn perform(&mut self, effect: DiaryEffect, now: Now) -> Work {
        self.now = now;
        match effect {
            DiaryEffect::Status => Work::Now(Some(DiaryEvent::Status(
                vault::exists(self.store.as_ref())
                    .map_err(|_| crate::error::ErrorKind::StoreUnavailable),
            ))),
            DiaryEffect::Lock => {
                self.lock();
                Work::Now(None)
            }
            DiaryEffect::Create(passphrase) => self.create(passphrase),
            DiaryEffect::Unlock(passphrase) => self.unlock(passphrase),
            DiaryEffect::Append(body) => self.append(&body),
            DiaryEffect::StoreFile { note, file } => self.store_file(note, file),
            DiaryEffect::Export(job) => self.export(*job),
            DiaryEffect::Import { file, passphrase } => self.import(&file, passphrase),
            DiaryEffect::SetDuress(passphrase) => self.set_duress(passphrase),
            DiaryEffect::ChangePassphrase { current, new } => self.change_passphrase(current, new),
            DiaryEffect::Wipe => {
                self.lock();
                let store = self.store.clone();
                let result = vault::wipe(store.as_ref());
                let job =
                    async move { ev(DiaryEvent::Wiped(durable(store.as_ref(), result).await)) };
                Work::Later(futures::stream::once(job).boxed_local())
            }
        }
    }

    fn lock(&self) {
        // Files picked but not yet sealed go with the key (an unsent
        // Android photo is deleted then).
        crate::files::clear();
        self.session.borrow_mut().take();
        self.known.borrow_mut().clear();
        self.epoch.set(self.epoch.get() + 1);
    }

    /// What a job starting now must still find when it finishes.
    fn started(&self) -> Option<Started> {
        let recipient = self.session.borrow().as_ref()?.key().recipient();
        Some(Started {
            epoch: self.epoch.clone(),
            at: self.epoch.get(),
            recipient,
        })
    }

    fn key(&self) -> Option<DiaryKey> {
        self.session.borrow().as_ref().map(|s| s.key().clone())
    }
}

/// `result`, once the store confirms that what it wrote is durable
/// (immediately on native stores; after the transaction on the web).
async fn durable<T>(store: &dyn KvStore, result: Result<T, VaultError>) -> Result<T, VaultError> {
    let value = result?;
    store.flushed().await.map_err(VaultError::from)?;
    Ok(value)
}

fn append_now(
    store: &dyn KvStore,
    session: &RefCell<Option<Session>>,
    body: &Body,
    now: Now,
) -> Result<Item, VaultError> {
    let mut guard = session.borrow_mut();
    let session = guard.as_mut().ok_or(VaultError::State)?;
    let json = serde_json::to_string(body).map_err(|_| VaultError::Damaged(Damage::Encoding))?;
    let record = session.append(store, json, now.utc)?;
    Ok(item(&record, session.head()))
}

/// Notes a record's identity (see [`import`]).
fn remember(known: &RefCell<Known>, item: &Item) {
    known.borrow_mut().insert(import::identity(item), item.seq);
}

/// The sealed file an item names, if any.
fn blob_of(item: &Item) -> Option<&str> {
    match item.body.as_ref().map(|b| &b.entry) {
        Some(Entry::Evidence { blob, .. }) if !blob.is_empty() => Some(blob.as_str()),
        _ => None,
    }
}
