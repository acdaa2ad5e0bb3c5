//! The diary on top of the key-value store: the wrapped key, sealed records
//! under keys that reveal only their order, and a persisted delay after
//! failed passphrases.
//!
//! Keys: `diary/key` (the wrapped identity), `diary/fails` (count and time of
//! failed unlocks, so the delay survives restarts), `diary/r/<16 hex digits>`
//! (record number). Everything about an entry (its time, kind, size, text)
//! is inside the sealed record.
use age::secrecy::SecretString;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::chain::{self, Break, Hash, GENESIS};
use super::crypto::{CryptoError, DiaryKey};
use crate::store::{KvStore, StoreError};

const KEY: &str = "diary/key";
const FAILS: &str = "diary/fails";
const RECORDS: &str = "diary/r/";

/// Why the diary could not be opened or written.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum VaultError {
    /// Wrong passphrase; the next try is possible after `wait`.
    #[error("wrong passphrase")]
    WrongPassphrase {
        /// How long until the next try.
        wait: std::time::Duration,
    },
    /// Too soon after failed tries; nothing was checked.
    #[error("too soon")]
    TooSoon {
        /// How long until the next try.
        wait: std::time::Duration,
    },
    /// There is already a diary (create) or none (unlock).
    #[error("diary exists or is missing")]
    State,
    /// Damaged key or storage.
    #[error("damaged: {0}")]
    Damaged(String),
}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        Self::Damaged(e.to_string())
    }
}

#[derive(Serialize, Deserialize, Default)]
struct Fails {
    count: u32,
    last: Option<DateTime<Utc>>,
}

/// The wait after `count` failed tries: none for the first two, then
/// doubling from one second, at most five minutes.
pub fn delay_after(count: u32) -> Duration {
    if count < 3 {
        Duration::zero()
    } else {
        Duration::seconds(1_i64 << (count - 3).min(9)).min(Duration::minutes(5))
    }
}

/// One decrypted record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Its number (order of writing).
    pub seq: u64,
    /// When it was written, by the system clock; not editable.
    pub at: DateTime<Utc>,
    /// The entry (JSON of an entry kind), opaque here.
    pub body: String,
}

/// An unlocked diary. Dropping it drops the key: the diary is locked.
pub struct Unlocked<'s> {
    store: &'s dyn KvStore,
    key: DiaryKey,
    /// The records that could be read, in order.
    pub records: Vec<Record>,
    /// Where the chain breaks (empty: intact).
    pub breaks: Vec<Break>,
    last_hash: Hash,
}

/// Whether this store has a diary.
///
/// # Errors
/// When the store cannot be read.
pub fn exists(store: &dyn KvStore) -> Result<bool, VaultError> {
    Ok(store.get(KEY)?.is_some())
}

/// Creates a new diary with `passphrase`.
///
/// # Errors
/// [`VaultError::State`] when there already is one.
pub fn create(
    store: &dyn KvStore,
    passphrase: SecretString,
    work_factor: u8,
) -> Result<Unlocked<'_>, VaultError> {
    if exists(store)? {
        return Err(VaultError::State);
    }
    let (key, wrapped) = DiaryKey::create(passphrase, work_factor)
        .map_err(|e| VaultError::Damaged(e.to_string()))?;
    store.put(KEY, &wrapped)?;
    Ok(Unlocked {
        store,
        key,
        records: Vec::new(),
        breaks: Vec::new(),
        last_hash: GENESIS,
    })
}

/// Opens the diary: one scrypt, then every record is read and the chain checked.
///
/// # Errors
/// [`VaultError::TooSoon`] during the delay after failed tries;
/// [`VaultError::WrongPassphrase`] (the delay grows, and is stored);
/// [`VaultError::State`] when there is no diary.
pub fn unlock(
    store: &dyn KvStore,
    passphrase: SecretString,
    now: DateTime<Utc>,
) -> Result<Unlocked<'_>, VaultError> {
    let wrapped = store.get(KEY)?.ok_or(VaultError::State)?;
    let mut fails: Fails = store
        .get(FAILS)?
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let ready_at = fails
        .last
        .map_or(now, |last| last + delay_after(fails.count));
    if now < ready_at {
        return Err(VaultError::TooSoon {
            wait: (ready_at - now).to_std().unwrap_or_default(),
        });
    }
    let key = match DiaryKey::unlock(&wrapped, passphrase) {
        Ok(key) => key,
        Err(CryptoError::WrongPassphrase) => {
            fails.count += 1;
            fails.last = Some(now);
            store.put(FAILS, &serde_json::to_vec(&fails).unwrap_or_default())?;
            return Err(VaultError::WrongPassphrase {
                wait: delay_after(fails.count).to_std().unwrap_or_default(),
            });
        }
        Err(e) => return Err(VaultError::Damaged(e.to_string())),
    };
    if fails.count > 0 {
        store.put(
            FAILS,
            &serde_json::to_vec(&Fails::default()).unwrap_or_default(),
        )?;
    }
    let sealed = store.scan(RECORDS)?;
    let opened: Vec<Option<Vec<u8>>> = sealed.iter().map(|(_, c)| key.open(c).ok()).collect();
    let breaks = chain::verify(opened.iter().map(Option::as_deref));
    let last_hash = opened
        .iter()
        .rev()
        .flatten()
        .next()
        .map_or(GENESIS, |p| chain::hash(p));
    let records = opened
        .iter()
        .flatten()
        .filter_map(|p| {
            chain::unlink(p).and_then(|(_, body)| serde_json::from_slice::<Record>(body).ok())
        })
        .collect();
    Ok(Unlocked {
        store,
        key,
        records,
        breaks,
        last_hash,
    })
}

impl Unlocked<'_> {
    /// Appends a record written now; returns its number. Confirmed once it returns.
    ///
    /// # Errors
    /// When sealing or storing fails; nothing is half-written (one put).
    pub fn append(&mut self, body: String, now: DateTime<Utc>) -> Result<u64, VaultError> {
        let seq = self.records.last().map_or(0, |r| r.seq + 1);
        let record = Record { seq, at: now, body };
        let json = serde_json::to_vec(&record).map_err(|e| VaultError::Damaged(e.to_string()))?;
        let plaintext = chain::link(&self.last_hash, &json);
        let sealed = self
            .key
            .seal(&plaintext)
            .map_err(|e| VaultError::Damaged(e.to_string()))?;
        self.store.put(&format!("{RECORDS}{seq:016x}"), &sealed)?;
        self.last_hash = chain::hash(&plaintext);
        self.records.push(record);
        Ok(seq)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::store::SledStore;

    const WORK: u8 = 10;

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    fn t0() -> DateTime<Utc> {
        "2026-11-29T10:00:00Z".parse().unwrap()
    }

    #[test]
    fn records_survive_reopening_and_the_chain_verifies() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = SledStore::open(dir.path()).unwrap();
            let mut d = create(&store, pass("lang en geheim"), WORK).unwrap();
            for i in 0..5 {
                d.append(format!("entry {i}"), t0() + Duration::minutes(i))
                    .unwrap();
            }
        }
        let store = SledStore::open(dir.path()).unwrap();
        let d = unlock(&store, pass("lang en geheim"), t0()).unwrap();
        assert_eq!(d.records.len(), 5);
        assert_eq!(d.records[3].body, "entry 3");
        assert!(d.breaks.is_empty());
        assert!(matches!(
            create(&store, pass("x"), WORK),
            Err(VaultError::State)
        ));
    }

    #[test]
    fn nothing_readable_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = SledStore::open(dir.path()).unwrap();
            let mut d = create(&store, pass("p"), WORK).unwrap();
            for i in 0..20 {
                d.append(
                    format!("MARKER-c0ffee entry {i}: he was at the station"),
                    t0(),
                )
                .unwrap();
            }
        }
        let mut hits = 0;
        for entry in walk(dir.path()) {
            let bytes = std::fs::read(&entry).unwrap();
            for needle in [&b"MARKER-c0ffee"[..], b"station", b"2026-11-29"] {
                hits += bytes.windows(needle.len()).filter(|w| *w == needle).count();
            }
        }
        assert_eq!(hits, 0, "plaintext found on disk");
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = vec![];
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn wrong_passphrases_grow_a_delay_that_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        drop(create(&store, pass("right"), WORK).unwrap());
        for i in 0..3 {
            let r = unlock(&store, pass("wrong"), t0() + Duration::seconds(i));
            assert!(matches!(r, Err(VaultError::WrongPassphrase { .. })), "{i}");
        }
        drop(store);
        let store = SledStore::open(dir.path()).unwrap();
        // Third failure at t0+2s: one second to wait, even with the right passphrase.
        let r = unlock(&store, pass("right"), t0() + Duration::milliseconds(2500));
        assert!(matches!(r, Err(VaultError::TooSoon { .. })));
        assert!(unlock(&store, pass("right"), t0() + Duration::seconds(4)).is_ok());
        assert_eq!(delay_after(2), Duration::zero());
        assert_eq!(delay_after(4), Duration::seconds(2));
        assert_eq!(delay_after(40), Duration::minutes(5));
    }

    #[test]
    fn a_damaged_or_moved_record_is_reported_and_the_rest_stay_readable() {
        let store = crate::store::MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        for i in 0..4 {
            d.append(format!("entry {i}"), t0()).unwrap();
        }
        drop(d);
        let k = |i: u64| format!("{RECORDS}{i:016x}");
        let mut damaged = store.get(&k(1)).unwrap().unwrap();
        let at = damaged.len() - 3;
        damaged[at] ^= 0xff;
        store.put(&k(1), &damaged).unwrap();
        let d = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(d.breaks, vec![Break::Unreadable(1)]);
        assert_eq!(d.records.len(), 3, "the other records are still read");
        drop(d);
        // Swap two records: the chain shows it.
        let (a, b) = (
            store.get(&k(2)).unwrap().unwrap(),
            store.get(&k(3)).unwrap().unwrap(),
        );
        store.put(&k(2), &b).unwrap();
        store.put(&k(3), &a).unwrap();
        let d = unlock(&store, pass("p"), t0()).unwrap();
        assert!(d.breaks.iter().any(|b| matches!(b, Break::Mismatch(_))));
    }
}
