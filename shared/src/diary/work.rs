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
use futures::channel::mpsc;
use futures::future::LocalBoxFuture;
use futures::stream::LocalBoxStream;
use futures::{FutureExt, StreamExt};

use super::flow::{
    ArchiveTo, DiaryEffect, DiaryEvent, ExportJob, Exported, ImportDone, OpenedDiary, TransferError,
};
use crate::event::Event;
use crate::files::{FileSource, PickedFile};
use crate::time::Now;
use een_diary::archive::{self, ArchiveError, ExportFile, ExportInput, Protect, Unprotect};
use een_diary::blob::{self, BlobRef, BlobWriter};
use een_diary::budget;
use een_diary::crypto::{DiaryKey, WORK_FACTOR};
use een_diary::draft::{Body, Item};
use een_diary::entry::Entry;
use een_diary::format::{parse_entries, ExportedDiary};
use een_diary::import::{self, Known};
use een_diary::kdf::{self, Need};
use een_diary::secret::Passphrase;
use een_diary::stage::Stage;
use een_diary::vault::{self, Record, Session, VaultError};
use een_store::KvStore;

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
            DiaryEffect::Import { file, passphrase } => self.import(file, passphrase),
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

    fn create(&self, passphrase: Passphrase) -> Work {
        let (store, session, epoch) =
            (self.store.clone(), self.session.clone(), self.epoch.clone());
        let started = epoch.get();
        let work_factor = self.work_factor;
        let job = async move {
            let secret = passphrase.secret();
            let prepared = kdf::prepare(&secret, &[Need::Wrap(work_factor)]).await;
            let made = offload(move || {
                kdf::with_prepared(prepared, || vault::new_ring(secret, work_factor))
            })
            .await;
            let result =
                made.and_then(|(key, wrapped)| vault::install(store.as_ref(), key, &wrapped));
            let result = durable(store.as_ref(), result).await.map(|new| {
                if epoch.get() == started {
                    *session.borrow_mut() = Some(new);
                }
                OpenedDiary {
                    items: Vec::new(),
                    breaks: Vec::new(),
                    head: een_diary::chain::GENESIS,
                }
            });
            ev(DiaryEvent::Opened(result))
        };
        Work::Later(futures::stream::once(job).boxed_local())
    }

    fn unlock(&self, passphrase: Passphrase) -> Work {
        let now = self.now.utc;
        let sealed = match vault::prepare(self.store.as_ref(), now) {
            Ok(sealed) => sealed,
            Err(e) => return Work::Now(Some(DiaryEvent::Opened(Err(e)))),
        };
        let (store, session, epoch, known) = (
            self.store.clone(),
            self.session.clone(),
            self.epoch.clone(),
            self.known.clone(),
        );
        let started = epoch.get();
        let job = async move {
            let secret = passphrase.secret();
            let prepared = kdf::prepare_unlock(&secret, sealed.slots()).await;
            let worker_store = store.clone();
            let opened = offload(move || {
                kdf::with_prepared(prepared, || {
                    vault::open(worker_store.as_ref(), sealed, secret)
                })
            })
            .await;
            let result = match opened {
                Ok((new, opened)) => {
                    let _ = vault::note_success(store.as_ref());
                    let items = items(&opened.records, &opened.hashes);
                    if epoch.get() == started {
                        // Files staged when the app stopped half-way: kept
                        // only if a record names them.
                        let named: std::collections::HashSet<&str> =
                            items.iter().filter_map(blob_of).collect();
                        let _ = een_diary::stage::recover(store.as_ref(), new.key(), &|id| {
                            named.contains(id)
                        });
                        *known.borrow_mut() = import::known_of(&items);
                        *session.borrow_mut() = Some(new);
                    }
                    Ok(OpenedDiary {
                        items,
                        breaks: opened.breaks,
                        head: opened.head,
                    })
                }
                Err(VaultError::WrongPassphrase { .. }) => {
                    Err(vault::note_failure(store.as_ref(), now).unwrap_or_else(|e| e))
                }
                Err(e) => Err(e),
            };
            ev(DiaryEvent::Opened(result))
        };
        Work::Later(futures::stream::once(job).boxed_local())
    }

    fn append(&self, body: &Body) -> Work {
        let saved = append_now(self.store.as_ref(), &self.session, body, self.now);
        if let Ok(item) = &saved {
            remember(&self.known, item);
        }
        let store = self.store.clone();
        let job = async move { ev(DiaryEvent::Saved(durable(store.as_ref(), saved).await)) };
        Work::Later(futures::stream::once(job).boxed_local())
    }

    /// Wraps a new duress key (one scrypt), after checking that the
    /// passphrase is not the diary's (one more), on the worker thread.
    fn set_duress(&self, passphrase: Passphrase) -> Work {
        let real = match self.session.borrow().as_ref() {
            Some(session) => vault::is_real(session),
            None => return Work::Now(Some(DiaryEvent::DuressSet(Err(VaultError::State)))),
        };
        let (store, session) = (self.store.clone(), self.session.clone());
        let work_factor = self.work_factor;
        let ring = self.store.get(vault::KEY).ok().flatten();
        let job = async move {
            let secret = passphrase.secret();
            let check = ring
                .as_deref()
                .and_then(|r| vault::slots(r)[0])
                .and_then(kdf::Params::of)
                .filter(|_| real);
            let needs: Vec<Need> = check
                .map(Need::Unwrap)
                .into_iter()
                .chain([Need::Wrap(work_factor)])
                .collect();
            let prepared = kdf::prepare(&secret, &needs).await;
            let made = offload(move || {
                kdf::with_prepared(prepared, || {
                    let copy = een_store::MemoryStore::default();
                    if let Some(ring) = ring {
                        let _ = copy.put(vault::KEY, &ring);
                    }
                    // In the duress diary the check is skipped: nothing changes there.
                    if real && vault::opens_diary(&copy, &secret).unwrap_or(false) {
                        return Err(VaultError::State);
                    }
                    vault::new_key(secret, work_factor).map(|(_, wrapped)| wrapped)
                })
            })
            .await;
            let result = match made {
                Ok(wrapped) => {
                    let set = match session.borrow().as_ref() {
                        Some(s) => vault::set_duress(store.as_ref(), s, &wrapped),
                        None => Err(VaultError::State),
                    };
                    durable(store.as_ref(), set).await
                }
                Err(e) => Err(e),
            };
            ev(DiaryEvent::DuressSet(result))
        };
        Work::Later(futures::stream::once(job).boxed_local())
    }

    /// Wraps the key with a new passphrase after checking the current one
    /// (two or three scrypts, see [`vault::changed_ring`]) on the worker
    /// thread; on the web the keys are derived in a worker first.
    fn change_passphrase(&self, current: Passphrase, new: Passphrase) -> Work {
        let now = self.now;
        let started = match self.session.borrow().as_ref() {
            Some(session) => vault::change_start(self.store.as_ref(), session, self.now.utc),
            None => Err(VaultError::State),
        };
        let (ring, own, key) = match started {
            Ok(started) => started,
            Err(e) => return Work::Now(Some(DiaryEvent::PassphraseChanged(Err(e)))),
        };
        let store = self.store.clone();
        let work_factor = self.work_factor;
        let job = async move {
            let (current, new) = (current.secret(), new.secret());
            let (mine, other) = vault::change_slots(&ring, own);
            let unwrap = |w: Option<&[u8]>| w.and_then(kdf::Params::of).map(Need::Unwrap);
            let for_current: Vec<Need> = unwrap(mine).into_iter().collect();
            let for_new: Vec<Need> = unwrap(other)
                .into_iter()
                .chain([Need::Wrap(work_factor)])
                .collect();
            let prepared = match (
                kdf::prepare(&current, &for_current).await,
                kdf::prepare(&new, &for_new).await,
            ) {
                (Some(mut a), Some(b)) => {
                    a.extend(b);
                    Some(a)
                }
                _ => None,
            };
            let before = ring.clone();
            let next = offload(move || {
                kdf::with_prepared(prepared, || {
                    vault::changed_ring(&ring, own, &key, &current, new, work_factor)
                })
            })
            .await;
            let result = match next {
                Ok(next) => vault::store_changed_ring(store.as_ref(), &before, &next)
                    .and_then(|()| vault::note_success(store.as_ref())),
                Err(VaultError::WrongPassphrase { .. }) => {
                    Err(vault::note_failure(store.as_ref(), now.utc).unwrap_or_else(|e| e))
                }
                Err(e) => Err(e),
            };
            ev(DiaryEvent::PassphraseChanged(
                durable(store.as_ref(), result).await,
            ))
        };
        Work::Later(futures::stream::once(job).boxed_local())
    }

    fn key(&self) -> Option<DiaryKey> {
        self.session.borrow().as_ref().map(|s| s.key().clone())
    }

    /// Seals a picked file as a staged file, then appends its record, if
    /// the diary it started in is still the open one (else the file is
    /// removed and nothing is said: the diary on screen is another).
    fn store_file(&self, note: String, file: PickedFile) -> Work {
        let now = self.now;
        let (Some(key), Some(started)) = (self.key(), self.started()) else {
            return Work::Now(Some(DiaryEvent::Saved(Err(VaultError::State))));
        };
        let (store, session, known) =
            (self.store.clone(), self.session.clone(), self.known.clone());
        let (tx, rx) = mpsc::unbounded();
        let job = async move {
            let stage = match Stage::begin(store.as_ref(), &key) {
                Ok(stage) => stage,
                Err(e) => return Some(ev(DiaryEvent::Saved(Err(e)))),
            };
            let sealed = seal_pieces(store.as_ref(), &key, &stage.blob_id(0), &file, &tx).await;
            drop(key);
            if !started.holds(&session) {
                let _ = stage.abandon(store.as_ref());
                return None;
            }
            let saved = sealed.and_then(|blob| {
                let entry = Entry::Evidence {
                    name: een_diary::entry::short_text(&file.name),
                    size: blob.size,
                    mime: file.mime.as_deref().and_then(een_diary::entry::media_type),
                    blob: blob.id.clone(),
                    note,
                };
                entry
                    .validate()
                    .map_err(|e| VaultError::Damaged(e.to_string()))
                    .and_then(|()| {
                        append_now(store.as_ref(), &session, &Body::new(entry, None), now)
                    })
            });
            match &saved {
                Ok(item) => {
                    let _ = stage.commit(store.as_ref());
                    remember(&known, item);
                }
                Err(_) => {
                    let _ = stage.abandon(store.as_ref());
                }
            }
            Some(ev(DiaryEvent::Saved(durable(store.as_ref(), saved).await)))
        };
        let job = futures::stream::once(job).filter_map(futures::future::ready);
        Work::Later(futures::stream::select(rx, job).boxed_local())
    }

    fn export(&self, job: ExportJob) -> Work {
        let now = self.now;
        let Some(key) = self.key() else {
            return Work::Now(Some(DiaryEvent::Exported(Err(TransferError::Locked))));
        };
        let store = self.store.clone();
        let dir = self.export_dir.clone();
        let (tx, rx) = mpsc::unbounded::<(u64, u64)>();
        let done = async move {
            // The web derives the archive passphrase's key in a worker first.
            let prepared = match job.archive.as_ref().map(|a| &a.to) {
                Some(ArchiveTo::Passphrase { passphrase, .. }) => {
                    kdf::prepare(&passphrase.secret(), &[Need::Wrap(WORK_FACTOR)]).await
                }
                _ => None,
            };
            let work = offload(move || {
                let result = kdf::with_prepared(prepared, || {
                    write_export(store.as_ref(), &key, &job, dir.as_deref(), &tx, now)
                });
                drop(key);
                result
            });
            ev(DiaryEvent::Exported(work.await))
        };
        let progress = rx.map(|(done, total)| ev(DiaryEvent::Progress { done, total }));
        Work::Later(futures::stream::select(progress, futures::stream::once(done)).boxed_local())
    }

    /// Reads the archive on the worker thread, its files staged, then
    /// commits its new records in one step if the diary it started in is
    /// still the open one (else removes what it staged and says nothing).
    fn import(&self, file: PickedFile, passphrase: Passphrase) -> Work {
        let now = self.now;
        let (Some(key), Some(started)) = (self.key(), self.started()) else {
            return Work::Now(Some(DiaryEvent::Imported(Err(TransferError::Locked))));
        };
        let (store, session, known) =
            (self.store.clone(), self.session.clone(), self.known.clone());
        let job = async move {
            let input = match read_source(&file).await {
                Ok(input) => input,
                Err(e) => return Some(ev(DiaryEvent::Imported(Err(e)))),
            };
            let params = match &input {
                Input::Bytes(bytes) => kdf::Params::of(bytes),
                Input::Path(_) => None,
            };
            // Refused before anything is derived (on the web the worker
            // would otherwise take that memory first).
            if let Some(required) = params.map(|p| p.log_n).filter(|&n| !budget::fits(n)) {
                return Some(ev(DiaryEvent::Imported(Err(TransferError::TooMuchWork {
                    required,
                }))));
            }
            let prepared = match params {
                Some(params) => kdf::prepare(&passphrase.secret(), &[Need::Unwrap(params)]).await,
                None => None,
            };
            let worker_store = store.clone();
            let read = offload(move || {
                kdf::with_prepared(prepared, || {
                    read_archive(worker_store.as_ref(), &key, input, &passphrase)
                })
            })
            .await;
            let (doc, files, stage) = match read {
                Ok(read) => read,
                Err(e) => return Some(ev(DiaryEvent::Imported(Err(e)))),
            };
            if !started.holds(&session) {
                let _ = stage.abandon(store.as_ref());
                return None;
            }
            let result = commit_import(store.as_ref(), &session, &known, &doc, &files, stage, now);
            let result = match result {
                Ok(done) => store
                    .flushed()
                    .await
                    .map(|()| done)
                    .map_err(|e| TransferError::Io(e.to_string())),
                Err(e) => Err(e),
            };
            Some(ev(DiaryEvent::Imported(result)))
        };
        Work::Later(
            futures::stream::once(job)
                .filter_map(futures::future::ready)
                .boxed_local(),
        )
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
    let json = serde_json::to_string(body).map_err(|e| VaultError::Damaged(e.to_string()))?;
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

/// Seals a picked file, piece by piece, sending progress.
async fn seal_pieces(
    store: &dyn KvStore,
    key: &DiaryKey,
    id: &str,
    file: &PickedFile,
    progress: &mpsc::UnboundedSender<Event>,
) -> Result<BlobRef, VaultError> {
    let mut writer = BlobWriter::start(store, key, id)?;
    let mut done = 0u64;
    let report = |done: u64| {
        let _ = progress.unbounded_send(ev(DiaryEvent::Progress {
            done,
            total: file.size.max(done),
        }));
    };
    match &file.source {
        FileSource::Path(path) => {
            use std::io::Read;
            let mut f =
                std::fs::File::open(path).map_err(|e| VaultError::Damaged(e.to_string()))?;
            let mut buf = vec![0u8; 1 << 20];
            loop {
                let n = f
                    .read(&mut buf)
                    .map_err(|e| VaultError::Damaged(e.to_string()))?;
                if n == 0 {
                    break;
                }
                writer.write(&buf[..n])?;
                done += n as u64;
                report(done);
                yield_now().await;
            }
        }
        FileSource::Stream(cell) => {
            let mut stream = cell.borrow_mut().take().ok_or(VaultError::State)?;
            while let Some(piece) = stream.next().await {
                let piece = piece.map_err(VaultError::Damaged)?;
                writer.write(&piece)?;
                done += piece.len() as u64;
                report(done);
            }
        }
    }
    writer.finish()
}

/// The archive to import, as bytes or a path.
enum Input {
    Bytes(Vec<u8>),
    Path(PathBuf),
}

/// Largest archive read into memory on the web.
const MAX_IMPORT: u64 = 1 << 30;

async fn read_source(file: &PickedFile) -> Result<Input, TransferError> {
    match &file.source {
        FileSource::Path(p) => Ok(Input::Path(p.clone())),
        FileSource::Stream(cell) => {
            let mut stream = cell
                .borrow_mut()
                .take()
                .ok_or_else(|| TransferError::Io("read twice".into()))?;
            let mut bytes = Vec::new();
            let mut checked = false;
            while let Some(piece) = stream.next().await {
                bytes.extend(piece.map_err(TransferError::Io)?);
                if bytes.len() as u64 > MAX_IMPORT {
                    return Err(TransferError::TooLarge);
                }
                // The header is at the start: a passphrase asking for more
                // than the budget is refused before the rest is read.
                if !checked && bytes.len() >= HEADER_PEEK {
                    checked = true;
                    over_budget(&bytes)?;
                }
            }
            over_budget(&bytes)?;
            Ok(Input::Bytes(bytes))
        }
    }
}

/// Bytes enough to hold an age header's first stanza.
const HEADER_PEEK: usize = 256;

/// [`TransferError::TooMuchWork`] when the age file starting `bytes` has a
/// passphrase stanza above this device's budget.
fn over_budget(bytes: &[u8]) -> Result<(), TransferError> {
    match kdf::Params::of(bytes) {
        Some(p) if !budget::fits(p.log_n) => Err(TransferError::TooMuchWork { required: p.log_n }),
        _ => Ok(()),
    }
}

fn transfer_error(e: ArchiveError) -> TransferError {
    match e {
        ArchiveError::WrongPassphrase => TransferError::WrongPassphrase,
        ArchiveError::NotAgeFile
        | ArchiveError::NotAnArchive
        | ArchiveError::NeedsKey
        | ArchiveError::WrongKey => TransferError::NotAnArchive,
        ArchiveError::BadRecipient => TransferError::BadRecipient,
        ArchiveError::TooMuchWork { required } => TransferError::TooMuchWork { required },
        ArchiveError::TooLarge => TransferError::TooLarge,
        ArchiveError::Io(s) => TransferError::Io(s),
        _ => TransferError::Damaged,
    }
}

/// What reading an archive gave: `entries.json`, the file map, and the
/// stage holding the files.
type Read = (ExportedDiary, Vec<(String, BlobRef)>, Stage);

/// Reads an archive: seals its files into the store as staged files (see
/// [`een_diary::stage`]; all removed again if anything fails) and returns
/// `entries.json` with the file map.
fn read_archive(
    store: &dyn KvStore,
    key: &DiaryKey,
    input: Input,
    passphrase: &Passphrase,
) -> Result<Read, TransferError> {
    let stage = Stage::begin(store, key).map_err(|e| TransferError::Io(e.to_string()))?;
    let mut stored: Vec<(String, BlobRef)> = Vec::new();
    let mut n = 0u32;
    let mut on_file = |name: &str, _size: u64, reader: &mut dyn std::io::Read| {
        let id = stage.blob_id(n);
        n = n.saturating_add(1);
        let blob = blob::write_with_id(store, key, id, reader)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        stored.push((name.trim_start_matches("files/").to_string(), blob));
        Ok(())
    };
    let unprotect = Unprotect::Passphrase(passphrase.secret());
    let read = match input {
        Input::Bytes(bytes) => archive::import(bytes.as_slice(), unprotect, &mut on_file),
        Input::Path(path) => match std::fs::File::open(&path) {
            Ok(f) => archive::import(std::io::BufReader::new(f), unprotect, &mut on_file),
            Err(e) => Err(ArchiveError::Io(e.to_string())),
        },
    };
    let result = read
        .map_err(transfer_error)
        .and_then(|imported| Ok(parse_entries(&imported.entries_json)?));
    match result {
        Ok(doc) => Ok((doc, stored, stage)),
        Err(e) => {
            let _ = stage.abandon(store);
            Err(e)
        }
    }
}

/// Adds the archive's new records to this diary in one step (see
/// [`Session::append_all`]): each keeps its first time, number and hash as
/// its origin; edits point to the new numbers; records the diary already
/// holds are not added again; staged files that no new record names are
/// removed. On failure nothing is added and every staged file is removed.
fn commit_import(
    store: &dyn KvStore,
    session: &RefCell<Option<Session>>,
    known: &RefCell<Known>,
    doc: &ExportedDiary,
    files: &[(String, BlobRef)],
    stage: Stage,
    now: Now,
) -> Result<ImportDone, TransferError> {
    let chain = import::check_chain(doc);
    let mut guard = session.borrow_mut();
    let Some(session) = guard.as_mut() else {
        let _ = stage.abandon(store);
        return Err(TransferError::Locked);
    };
    let plan = import::plan(doc, files, &known.borrow(), session.next_seq());
    let bodies: Result<Vec<String>, _> = plan.bodies.iter().map(serde_json::to_string).collect();
    let added = match (
        stage.keep_only(store, &|id| plan.named.contains(id)),
        bodies,
    ) {
        (Ok(()), Ok(bodies)) => session.append_all(store, bodies, now.utc),
        (Err(e), _) => Err(e),
        (_, Err(e)) => Err(VaultError::Damaged(e.to_string())),
    };
    let added = match added {
        Ok(added) => added,
        Err(e) => {
            let _ = stage.abandon(store);
            return Err(TransferError::Io(e.to_string()));
        }
    };
    let _ = stage.commit(store);
    let items: Vec<Item> = added
        .iter()
        .map(|(record, hash)| item(record, *hash))
        .collect();
    let mut known = known.borrow_mut();
    for (id, item) in plan.identities.iter().zip(&items) {
        known.insert(*id, item.seq);
    }
    Ok(ImportDone {
        items,
        skipped: plan.skipped,
        chain,
    })
}

fn protect(to: &ArchiveTo) -> Protect {
    match to {
        ArchiveTo::Passphrase { passphrase, .. } => Protect::Passphrase(passphrase.secret()),
        ArchiveTo::Recipient(key) => Protect::Recipient(key.trim().to_string()),
    }
}

/// Writes the report or the archive; on native into `dir`, on the web into memory.
fn write_export(
    store: &dyn KvStore,
    key: &DiaryKey,
    job: &ExportJob,
    dir: Option<&std::path::Path>,
    progress: &mpsc::UnboundedSender<(u64, u64)>,
    now: Now,
) -> Result<Exported, TransferError> {
    let io = |e: std::io::Error| TransferError::Io(e.to_string());
    let Some(archive_job) = &job.archive else {
        return match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(io)?;
                let path = dir.join(&job.file_name);
                std::fs::write(&path, job.report_html.as_bytes()).map_err(io)?;
                Ok(Exported::File(path))
            }
            None => Ok(Exported::Bytes {
                file_name: job.file_name.clone(),
                mime: "text/html;charset=utf-8".into(),
                data: Arc::from(job.report_html.as_bytes()),
            }),
        };
    };
    let mut readers = Vec::new();
    for (id, name, size) in &archive_job.files {
        let blob = BlobRef {
            id: id.clone(),
            size: *size,
        };
        let reader = blob::read(store, key, &blob).map_err(|_| TransferError::Damaged)?;
        readers.push(ExportFile {
            name: name.clone(),
            size: *size,
            reader: Box::new(reader),
        });
    }
    let input = ExportInput {
        exported_at: now.utc,
        report_html: job.report_html.as_bytes(),
        entries_json: archive_job.entries_json.as_bytes(),
        files: readers,
    };
    let mut on_progress = |p: archive::Progress| {
        let _ = progress.unbounded_send((p.done, p.total));
    };
    let to = protect(&archive_job.to);
    let Some(dir) = dir else {
        let bytes = archive::export(Vec::new(), to, WORK_FACTOR, input, &mut on_progress)
            .map_err(transfer_error)?;
        return Ok(Exported::Bytes {
            file_name: job.file_name.clone(),
            mime: "application/octet-stream".into(),
            data: Arc::from(bytes),
        });
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let path = dir.join(&job.file_name);
    let file = std::fs::File::create(&path).map_err(io)?;
    let written = archive::export(
        std::io::BufWriter::new(file),
        to,
        WORK_FACTOR,
        input,
        &mut on_progress,
    );
    match written {
        Ok(mut w) => {
            use std::io::Write;
            w.flush().map_err(io)?;
            Ok(Exported::File(path))
        }
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            Err(transfer_error(e))
        }
    }
}
