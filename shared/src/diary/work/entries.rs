//! Writing entries: a record appended at the event's time, and an evidence
//! file sealed in pieces before its record is stored.

use futures::channel::mpsc;
use futures::StreamExt;

use super::{append_now, durable, ev, remember, yield_now, DiaryWork, Work};
use crate::diary::flow::DiaryEvent;
use crate::event::Event;
use crate::files::{Bytes, PickedFile};
use een_diary::blob::{BlobRef, BlobWriter};
use een_diary::crypto::DiaryKey;
use een_diary::draft::Body;
use een_diary::entry::Entry;
use een_diary::stage::Stage;
use een_diary::vault::{Damage, VaultError};
use een_store::KvStore;

impl DiaryWork {
    pub(super) fn append(&self, body: &Body) -> Work {
        let saved = append_now(self.store.as_ref(), &self.session, body, self.now);
        if let Ok(item) = &saved {
            remember(&self.known, item);
        }
        let store = self.store.clone();
        let job = async move { ev(DiaryEvent::Saved(durable(store.as_ref(), saved).await)) };
        Work::Later(futures::stream::once(job).boxed_local())
    }

    /// Seals a picked file as a staged file, then appends its record, if
    /// the diary it started in is still the open one (else the file is
    /// removed and nothing is said: the diary on screen is another).
    pub(super) fn store_file(&self, note: String, file: PickedFile) -> Work {
        let now = self.now;
        let (Some(key), Some(started)) = (self.key(), self.started()) else {
            return Work::Now(Some(DiaryEvent::Saved(Err(VaultError::State))));
        };
        // Taken now: a lock before the job runs must not find it on the shelf.
        let Some(bytes) = file.open() else {
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
            let sealed =
                seal_pieces(store.as_ref(), &key, &stage.blob_id(0), &file, bytes, &tx).await;
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
                    .map_err(|_| VaultError::Damaged(Damage::Entry))
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
}

/// Seals a picked file, piece by piece, sending progress.
async fn seal_pieces(
    store: &dyn KvStore,
    key: &DiaryKey,
    id: &str,
    file: &PickedFile,
    bytes: Bytes,
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
    match bytes {
        Bytes::Path(path) => {
            use std::io::Read;
            let mut f = std::fs::File::open(path).map_err(|_| VaultError::Damaged(Damage::Io))?;
            let mut buf = vec![0u8; 1 << 20];
            loop {
                let n = f
                    .read(&mut buf)
                    .map_err(|_| VaultError::Damaged(Damage::Io))?;
                if n == 0 {
                    break;
                }
                writer.write(&buf[..n])?;
                done += n as u64;
                report(done);
                yield_now().await;
            }
        }
        Bytes::Stream(mut stream) => {
            while let Some(piece) = stream.next().await {
                let piece = piece.map_err(|_| VaultError::Damaged(Damage::Io))?;
                writer.write(&piece)?;
                done += piece.len() as u64;
                report(done);
            }
        }
    }
    writer.finish()
}
