//! Exports and imports: archives written and read on the worker thread,
//! what an import adds, and the limits on what a stranger can hand in.
use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Arc;

use futures::channel::mpsc;
use futures::StreamExt;

use super::{ev, item, offload, DiaryWork, Work};
use crate::diary::flow::{ArchiveTo, DiaryEvent, ExportJob, Exported, ImportDone, TransferError};
use crate::diary::report;
use crate::files::{Bytes, PickedFile};
use crate::time::Now;
use een_diary::archive::{self, ArchiveError, ExportFile, ExportInput, Protect, Unprotect};
use een_diary::blob::{self, BlobRef};
use een_diary::budget;
use een_diary::crypto::{DiaryKey, WORK_FACTOR};
use een_diary::draft::Item;
use een_diary::format::{parse_entries, ExportedDiary};
use een_diary::import::{self, Known};
use een_diary::kdf::{self, Need};
use een_diary::secret::Passphrase;
use een_diary::stage::Stage;
use een_diary::vault::{Damage, Session, VaultError};
use een_store::KvStore;

impl DiaryWork {
    pub(super) fn export(&self, job: ExportJob) -> Work {
        let now = self.now;
        let Some(key) = self.key() else {
            return Work::Now(Some(DiaryEvent::Exported(Err(TransferError::Locked))));
        };
        let Some(job) = Output::of(job) else {
            return Work::Now(Some(DiaryEvent::Exported(Err(TransferError::Io(
                "export without its language".into(),
            )))));
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
    pub(super) fn import(&self, file: &PickedFile, passphrase: Passphrase) -> Work {
        let now = self.now;
        let (Some(key), Some(started)) = (self.key(), self.started()) else {
            return Work::Now(Some(DiaryEvent::Imported(Err(TransferError::Locked))));
        };
        let (store, session, known) =
            (self.store.clone(), self.session.clone(), self.known.clone());
        // Taken now: a lock before the job runs must not find it on the shelf.
        let bytes = file.open();
        let job = async move {
            let input = match read_source(bytes).await {
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

/// The archive to import, as bytes or a path.
enum Input {
    Bytes(Vec<u8>),
    Path(PathBuf),
}

/// Largest archive read into memory on the web.
const MAX_IMPORT: u64 = 1 << 30;

async fn read_source(bytes: Option<Bytes>) -> Result<Input, TransferError> {
    match bytes.ok_or_else(|| TransferError::Io("read twice".into()))? {
        Bytes::Path(p) => Ok(Input::Path(p)),
        Bytes::Stream(mut stream) => {
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
    let bodies = plan.records_json();
    let added = match (
        stage.keep_only(store, &|id| plan.named.contains(id)),
        bodies,
    ) {
        (Ok(()), Ok(bodies)) => session.append_all(store, bodies, now.utc),
        (Err(e), _) => Err(e),
        (_, Err(_)) => Err(VaultError::Damaged(Damage::Encoding)),
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
    plan.remember(&mut known.borrow_mut(), items.iter().map(|i| i.seq));
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

/// An export in words: the report, and for an archive `entries.json` and
/// the evidence files, made from the job before the worker thread starts
/// (the texts live on this thread).
struct Output {
    file_name: String,
    report_html: String,
    archive: Option<ArchiveOutput>,
}

struct ArchiveOutput {
    to: ArchiveTo,
    entries_json: String,
    /// Blob id, name in the archive, size.
    files: Vec<(String, String, u64)>,
}

impl Output {
    /// `None` when the job lacks the user's language.
    fn of(job: ExportJob) -> Option<Self> {
        let texts = job.texts.as_ref()?;
        Some(Self {
            report_html: report::report(&job.diary, texts),
            archive: job.archive.map(|to| ArchiveOutput {
                to,
                entries_json: report::entries_json(&job.diary),
                files: report::files(&job.diary),
            }),
            file_name: job.file_name,
        })
    }
}

/// Writes the report or the archive; on native into `dir`, on the web into memory.
fn write_export(
    store: &dyn KvStore,
    key: &DiaryKey,
    job: &Output,
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
