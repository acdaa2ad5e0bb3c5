//! Opening the diary and its keys: create, unlock, the duress passphrase,
//! a passphrase change (scrypt on the worker thread; on the web prepared in
//! a Web Worker first).

use futures::StreamExt;

use super::{blob_of, durable, ev, items, offload, DiaryWork, Work};
use crate::diary::flow::{DiaryEvent, OpenedDiary};
use een_diary::import::{self};
use een_diary::kdf::{self, Need};
use een_diary::secret::Passphrase;
use een_diary::vault::{self, VaultError};

impl DiaryWork {
    pub(super) fn create(&self, passphrase: Passphrase) -> Work {
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

    pub(super) fn unlock(&self, passphrase: Passphrase) -> Work {
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

    /// Wraps a new duress key (one scrypt), after checking that the
    /// passphrase is not the diary's (one more), on the worker thread.
    pub(super) fn set_duress(&self, passphrase: Passphrase) -> Work {
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
            // The rule (not the diary's own passphrase; no check in the
            // duress diary) is een-diary's: vault::new_duress_key.
            let made = offload(move || {
                kdf::with_prepared(prepared, || {
                    vault::new_duress_key(ring.as_deref(), real, secret, work_factor)
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
    pub(super) fn change_passphrase(&self, current: Passphrase, new: Passphrase) -> Work {
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
}
