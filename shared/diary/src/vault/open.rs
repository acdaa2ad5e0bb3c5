//! Opening and closing the diary as a whole: whether there is one, creating
//! it, unlocking it (the key ring read first, the slow part on a worker:
//! both slots tried, then every segment and record of that diary read and
//! its chain checked), and wiping it.
use age::secrecy::SecretString;
use chrono::{DateTime, Utc};

use crate::chain::{self, Hash, GENESIS};
use crate::crypto::DiaryKey;
use crate::vault::error::{Damage, VaultError};
use crate::vault::fails::{note_failure, note_success};
use crate::vault::records::{parse, split_segment, Opened, Record, RECORDS, SEGMENTS};
use crate::vault::ring::{new_ring, prepare_ring, slots, unwrap_ring, KEY};
use crate::vault::session::{space_of, Session};
use een_store::KvStore;

/// The key ring, read before the slow part of unlocking (which runs on a
/// worker thread and reads that diary's records there).
pub struct Sealed {
    pub(super) ring: Vec<u8>,
}

impl Sealed {
    /// The key ring's two wrapped keys.
    pub fn slots(&self) -> [Option<&[u8]>; 2] {
        slots(&self.ring)
    }
}

/// Whether this store has a diary.
///
/// # Errors
/// When the store cannot be read.
pub fn exists(store: &dyn KvStore) -> Result<bool, VaultError> {
    Ok(store.get(KEY)?.is_some())
}

/// Stores a key ring made by [`new_ring`] as the diary's.
///
/// # Errors
/// [`VaultError::State`] when there already is a diary.
pub fn install(store: &dyn KvStore, key: DiaryKey, ring: &[u8]) -> Result<Session, VaultError> {
    if exists(store)? {
        return Err(VaultError::State);
    }
    store.put(KEY, ring)?;
    Ok(Session::new(key, 0))
}

/// Creates a new diary with `passphrase`.
///
/// # Errors
/// [`VaultError::State`] when there already is one.
pub fn create(
    store: &dyn KvStore,
    passphrase: SecretString,
    work_factor: u8,
) -> Result<Session, VaultError> {
    if exists(store)? {
        return Err(VaultError::State);
    }
    let (key, ring) = new_ring(passphrase, work_factor)?;
    install(store, key, &ring)
}

/// Reads what unlocking needs, unless the delay after failed tries is still running.
///
/// # Errors
/// [`VaultError::TooSoon`], [`VaultError::State`] when there is no diary.
pub fn prepare(store: &dyn KvStore, now: DateTime<Utc>) -> Result<Sealed, VaultError> {
    Ok(Sealed {
        ring: prepare_ring(store, now)?,
    })
}

/// The slow part of unlocking: two scrypts (see [`unwrap_ring`]), then
/// every segment and record of that diary is read, opened and the chain
/// checked. Reads only that diary's keys (`diary/<space>/`): never the
/// evidence pieces, nor the other diary's records. Writes nothing.
///
/// # Errors
/// [`VaultError::WrongPassphrase`] (with no wait: see [`note_failure`]),
/// [`VaultError::TooMuchWork`], or [`VaultError::Damaged`] when the stored
/// key is damaged or the store cannot be read.
#[allow(clippy::needless_pass_by_value)] // moved to a worker thread whole
pub fn open(
    store: &dyn KvStore,
    sealed: Sealed,
    passphrase: SecretString,
) -> Result<(Session, Opened), VaultError> {
    let (key, slot) = unwrap_ring(&sealed.ring, &passphrase)?;
    let space = space_of(&key);
    let stored = store.scan(&space)?;
    let segments_at = format!("{space}{SEGMENTS}");
    let records_at = format!("{space}{RECORDS}");
    let segments = stored.iter().filter(|(k, _)| k.starts_with(&segments_at));
    let records = stored.iter().filter(|(k, _)| k.starts_with(&records_at));
    // In stored order: each segment (or a gap when it cannot be read), then
    // the single records not yet in a segment.
    let mut items: Vec<Option<Vec<u8>>> = Vec::new();
    let mut covered: Option<u64> = None;
    for (_, sealed) in segments {
        match key.open(sealed).ok().and_then(|p| split_segment(&p)) {
            Some(plaintexts) => {
                for p in plaintexts {
                    if let Some(r) = parse(&p) {
                        covered = covered.max(Some(r.seq));
                    }
                    items.push(Some(p));
                }
            }
            None => items.push(None),
        }
    }
    let mut loose = Vec::new();
    for (name, sealed) in records {
        let seq = name
            .strip_prefix(&records_at)
            .and_then(|h| u64::from_str_radix(h, 16).ok());
        // A record already in a segment (the app stopped between sealing
        // the segment and removing the single copies): the segment counts.
        if seq.is_some_and(|s| covered.is_some_and(|c| s <= c)) {
            continue;
        }
        let plaintext = key.open(sealed).ok();
        if let (Some(seq), Some(p)) = (seq, &plaintext) {
            loose.push((seq, p.clone()));
        }
        items.push(plaintext);
    }
    let breaks = chain::verify(items.iter().map(Option::as_deref));
    let head = items
        .iter()
        .rev()
        .flatten()
        .next()
        .map_or(GENESIS, |p| chain::hash(p));
    let (records, hashes): (Vec<Record>, Vec<Hash>) = items
        .iter()
        .flatten()
        .filter_map(|p| parse(p).map(|r| (r, chain::hash(p))))
        .unzip();
    let next_seq = records.iter().map(|r| r.seq + 1).max().unwrap_or(0);
    Ok((
        Session {
            key,
            slot,
            space,
            last_hash: head,
            next_seq,
            loose,
        },
        Opened {
            records,
            hashes,
            breaks,
            head,
        },
    ))
}

/// Opens the diary in one call: [`prepare`], [`open`], then the failure count.
///
/// # Errors
/// As [`prepare`] and [`open`]; a wrong passphrase carries the grown delay.
pub fn unlock(
    store: &dyn KvStore,
    passphrase: SecretString,
    now: DateTime<Utc>,
) -> Result<(Session, Opened), VaultError> {
    match open(store, prepare(store, now)?, passphrase) {
        Ok(opened) => {
            note_success(store)?;
            Ok(opened)
        }
        Err(VaultError::WrongPassphrase { .. }) => Err(note_failure(store, now)?),
        Err(e) => Err(e),
    }
}

/// Makes the diary unrecoverable at once and removes it: the wrapped key is
/// overwritten and removed first (without it no record can be decrypted,
/// whatever copies of the records remain), then every record, segment,
/// sealed file and the failure count (by key: no value is read); then the
/// store rewrites its files ([`KvStore::compact`]), so that the old key
/// ring's bytes are no longer in them (sled keeps overwritten values in its
/// log until then).
///
/// # Errors
/// When the store cannot be written; the key is gone before anything else
/// is touched, so a failure later still leaves nothing readable.
pub fn wipe(store: &dyn KvStore) -> Result<(), VaultError> {
    if let Some(wrapped) = store.get(KEY)? {
        let mut noise = vec![0u8; wrapped.len()];
        getrandom::getrandom(&mut noise).map_err(|_| VaultError::Damaged(Damage::Random))?;
        store.put(KEY, &noise)?;
        store.delete(KEY)?;
    }
    for key in store.scan_keys("diary/")? {
        store.delete(&key)?;
    }
    store.compact()?;
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::chain::Break;
    use crate::vault::fails::FAILS;
    use crate::vault::records::SEGMENT;
    use crate::vault::ring::{new_key, set_duress, SLOT};
    use crate::vault::testing::*;
    use een_store::{MemoryStore, SledStore, StoreError};

    #[test]
    fn records_left_beside_their_segment_count_once() {
        let store = MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        let sp = d.space().to_string();
        let mut copies = Vec::new();
        for i in 0..SEGMENT {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
            if i < 3 {
                copies.push(store.scan(&format!("{sp}{RECORDS}")).unwrap()[i].clone());
            }
        }
        // As if the app stopped after sealing the segment, before the removals.
        for (k, v) in copies {
            store.put(&k, &v).unwrap();
        }
        let (_, opened) = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(opened.records.len(), SEGMENT);
        assert!(opened.breaks.is_empty());
    }

    #[test]
    fn nothing_readable_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = SledStore::open(dir.path()).unwrap();
            let mut d = create(&store, pass("p"), WORK).unwrap();
            for i in 0..300 {
                d.append(
                    &store,
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

    pub(crate) fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
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
    fn after_a_wipe_the_old_key_ring_is_not_in_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        d.append(&store, "entry".into(), t0()).unwrap();
        let (_, duress) = new_key(pass("forced"), WORK).unwrap();
        set_duress(&store, &d, &duress).unwrap();
        drop(d);
        store.put("settings", b"kept").unwrap();
        let ring = store.get(KEY).unwrap().unwrap();
        // 64 bytes from inside each slot (the wrapped keys, not the padding).
        let needles = [&ring[40..104], &ring[SLOT + 40..SLOT + 104]];
        let found = |n: &[u8]| een_store::found_in_files(dir.path(), n);
        assert!(needles.iter().all(|n| found(n)), "the test can fail");
        wipe(&store).unwrap();
        for n in needles {
            assert!(!found(n), "old key ring bytes left in the files");
        }
        assert_eq!(
            store.get("settings").unwrap().as_deref(),
            Some(&b"kept"[..])
        );
        assert!(!exists(&store).unwrap());
        drop(store);
        let store = SledStore::open(dir.path()).unwrap();
        assert_eq!(
            store.get("settings").unwrap().as_deref(),
            Some(&b"kept"[..])
        );
    }

    #[test]
    fn unlock_reads_only_that_diarys_keys() {
        struct Counting(MemoryStore, std::sync::Mutex<Vec<String>>);
        impl KvStore for Counting {
            fn get(&self, k: &str) -> Result<Option<Vec<u8>>, StoreError> {
                self.1.lock().unwrap().push(k.to_string());
                self.0.get(k)
            }
            fn put(&self, k: &str, v: &[u8]) -> Result<(), StoreError> {
                self.0.put(k, v)
            }
            fn scan(&self, p: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
                self.1.lock().unwrap().push(format!("scan {p}"));
                self.0.scan(p)
            }
            fn scan_keys(&self, p: &str) -> Result<Vec<String>, StoreError> {
                self.0.scan_keys(p)
            }
            fn delete(&self, k: &str) -> Result<(), StoreError> {
                self.0.delete(k)
            }
        }
        let store = Counting(MemoryStore::default(), std::sync::Mutex::default());
        let mut d = create(&store, pass("p"), WORK).unwrap();
        d.append(&store, "entry".into(), t0()).unwrap();
        let space = d.space().to_string();
        crate::blob::write(&store, d.key(), &mut vec![7u8; 3_000_000].as_slice()).unwrap();
        drop(d);
        store.1.lock().unwrap().clear();
        let (_, opened) = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(opened.records.len(), 1);
        let reads = store.1.lock().unwrap().clone();
        assert_eq!(
            reads,
            [
                KEY.to_string(),
                FAILS.into(),
                format!("scan {space}"),
                FAILS.into()
            ]
        );
    }

    #[test]
    fn a_damaged_or_moved_record_is_reported_and_the_rest_stay_readable() {
        let store = MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        let sp = d.space().to_string();
        for i in 0..4 {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
        }
        drop(d);
        let k = |i: u64| format!("{sp}{RECORDS}{i:016x}");
        let mut damaged = store.get(&k(1)).unwrap().unwrap();
        let at = damaged.len() - 3;
        damaged[at] ^= 0xff;
        store.put(&k(1), &damaged).unwrap();
        let (_, d) = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(d.breaks, vec![Break::Unreadable(1)]);
        assert_eq!(d.records.len(), 3, "the other records are still read");
        // Swap two records: the chain shows it.
        let (a, b) = (
            store.get(&k(2)).unwrap().unwrap(),
            store.get(&k(3)).unwrap().unwrap(),
        );
        store.put(&k(2), &b).unwrap();
        store.put(&k(3), &a).unwrap();
        let (_, d) = unlock(&store, pass("p"), t0()).unwrap();
        assert!(d.breaks.iter().any(|b| matches!(b, Break::Mismatch(_))));
    }

    #[test]
    fn a_damaged_segment_is_reported_and_later_records_stay_readable() {
        let store = MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        let sp = d.space().to_string();
        for i in 0..=SEGMENT * 2 {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
        }
        drop(d);
        let (first, mut bytes) = store.scan(&format!("{sp}{SEGMENTS}")).unwrap().remove(0);
        let at = bytes.len() / 2;
        bytes[at] ^= 1;
        store.put(&first, &bytes).unwrap();
        let (_, d) = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(d.breaks, vec![Break::Unreadable(0)]);
        assert_eq!(d.records.len(), SEGMENT + 1);
        // Removing a whole segment breaks the chain too.
        store.delete(&first).unwrap();
        let (_, d) = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(d.breaks, vec![Break::Mismatch(0)]);
    }

    #[test]
    fn damage_anywhere_never_panics_and_never_hides_the_other_records() {
        let store = MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        let sp = d.space().to_string();
        for i in 0..SEGMENT + 3 {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
        }
        drop(d);
        let keys: Vec<(String, Vec<u8>)> = store.scan("diary/").unwrap();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for (key, value) in &keys {
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let mut damaged = value.clone();
                let at = usize::try_from(seed % damaged.len() as u64).unwrap();
                damaged[at] ^= 1 << (seed % 8);
                if seed % 5 == 0 {
                    damaged.truncate(at);
                }
                store.put(key, &damaged).unwrap();
                // Never a panic: an error, or the diary with the damage reported.
                if let Ok((_, opened)) = unlock(&store, pass("p"), t0()) {
                    if key.starts_with(&format!("{sp}{RECORDS}"))
                        || key.starts_with(&format!("{sp}{SEGMENTS}"))
                    {
                        let lost = SEGMENT + 3 - opened.records.len();
                        let whole = if key.starts_with(&format!("{sp}{SEGMENTS}")) {
                            SEGMENT
                        } else {
                            1
                        };
                        assert!(lost <= whole, "{key}: {lost} records lost");
                    }
                }
                store.put(key, value).unwrap();
            }
        }
        // And the real thing still opens whole.
        let (_, opened) = unlock(&store, pass("p"), t0()).unwrap();
        assert_eq!(opened.records.len(), SEGMENT + 3);
        assert!(opened.breaks.is_empty());
    }

    #[test]
    fn a_wiped_diary_cannot_be_opened_and_nothing_is_left() {
        let store = MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        let sp = d.space().to_string();
        for i in 0..SEGMENT + 2 {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
        }
        let blob = crate::blob::write(&store, d.key(), &mut &b"photo"[..]).unwrap();
        drop(d);
        let wrapped = store.get(KEY).unwrap().unwrap();
        let old_records = store.scan(&format!("{sp}{RECORDS}")).unwrap();
        wipe(&store).unwrap();
        assert!(
            store.scan("diary/").unwrap().is_empty(),
            "everything removed"
        );
        assert!(!exists(&store).unwrap());
        assert!(matches!(
            unlock(&store, pass("p"), t0()),
            Err(VaultError::State)
        ));
        assert!(crate::blob::stored_bytes(&store).unwrap() == 0, "{blob:?}");
        // A new diary with the same passphrase cannot read copies of old records.
        let fresh = create(&store, pass("p"), WORK).unwrap();
        assert_ne!(store.get(KEY).unwrap().unwrap(), wrapped);
        for (_, sealed) in old_records {
            assert!(fresh.key().open(&sealed).is_err());
        }
    }
}
