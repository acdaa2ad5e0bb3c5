//! An unlocked diary ([`Session`]): its key and where its chain stands;
//! records appended one by one or many in one step, and sealed again in
//! segments every [`SEGMENT`] records.
use chrono::{DateTime, Utc};

use crate::chain::{self, Hash, GENESIS};
use crate::crypto::DiaryKey;
use crate::vault::error::{Damage, VaultError};
use crate::vault::records::{join_segment, Record, RECORDS, SEGMENT, SEGMENTS};
use een_store::KvStore;

/// An unlocked diary: the key and where the chain stands. Dropping it drops
/// the key: the diary is locked.
pub struct Session {
    pub(super) key: DiaryKey,
    /// Which slot opened it (0: the diary, 1: the duress diary).
    pub(super) slot: usize,
    /// `diary/<space>/`.
    pub(super) space: String,
    pub(super) last_hash: Hash,
    pub(super) next_seq: u64,
    /// Sealed plaintexts of records not yet in a segment, with their numbers.
    pub(super) loose: Vec<(u64, Vec<u8>)>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Session(..)")
    }
}

/// The key space of a diary: from its public key, so it reveals nothing.
pub(super) fn space_of(key: &DiaryKey) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("een-entree space {}", key.recipient()).as_bytes());
    format!("diary/{}/", crate::hex::hex(&digest[..4]))
}

impl Session {
    pub(super) fn new(key: DiaryKey, slot: usize) -> Self {
        Self {
            space: space_of(&key),
            key,
            slot,
            last_hash: GENESIS,
            next_seq: 0,
            loose: Vec::new(),
        }
    }

    /// Where this diary's records are (`diary/<space>/`).
    pub fn space(&self) -> &str {
        &self.space
    }

    /// Appends a record written `now`. Confirmed once it returns (one put);
    /// every [`SEGMENT`] records a segment is sealed too.
    ///
    /// # Errors
    /// When sealing or storing fails; nothing is half-written.
    pub fn append(
        &mut self,
        store: &dyn KvStore,
        body: String,
        now: DateTime<Utc>,
    ) -> Result<Record, VaultError> {
        let seq = self.next_seq;
        let record = Record { seq, at: now, body };
        let json =
            serde_json::to_vec(&record).map_err(|_| VaultError::Damaged(Damage::Encoding))?;
        let plaintext = chain::link(&self.last_hash, &json);
        let sealed = self
            .key
            .seal(&plaintext)
            .map_err(|_| VaultError::Damaged(Damage::Sealing))?;
        store.put(&format!("{}{RECORDS}{seq:016x}", self.space), &sealed)?;
        self.last_hash = chain::hash(&plaintext);
        self.next_seq += 1;
        self.loose.push((seq, plaintext));
        if self.loose.len() >= SEGMENT {
            // The record is saved either way; a failed compaction is retried
            // with the next record.
            let _ = self.compact(store);
        }
        Ok(record)
    }

    /// Appends `bodies` as new records written `now`, committed in one step:
    /// they are sealed, together with the records not yet in a segment, as
    /// one segment, stored with one put. Until that put returns nothing of
    /// them is stored; after it, all are. (The single copies of the earlier
    /// loose records are removed afterwards; a stop in between leaves
    /// duplicates, which unlocking ignores.)
    ///
    /// # Errors
    /// When sealing or storing fails; then nothing was added.
    pub fn append_all(
        &mut self,
        store: &dyn KvStore,
        bodies: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<Vec<(Record, Hash)>, VaultError> {
        if bodies.is_empty() {
            return Ok(Vec::new());
        }
        let mut last_hash = self.last_hash;
        let mut seq = self.next_seq;
        let mut batch = self.loose.clone();
        let mut records = Vec::with_capacity(bodies.len());
        for body in bodies {
            let record = Record { seq, at: now, body };
            let json =
                serde_json::to_vec(&record).map_err(|_| VaultError::Damaged(Damage::Encoding))?;
            let plaintext = chain::link(&last_hash, &json);
            last_hash = chain::hash(&plaintext);
            batch.push((seq, plaintext));
            records.push((record, last_hash));
            seq += 1;
        }
        let first = batch.first().map_or(self.next_seq, |&(s, _)| s);
        let sealed = self
            .key
            .seal(&join_segment(&batch))
            .map_err(|_| VaultError::Damaged(Damage::Sealing))?;
        store.put(&format!("{}{SEGMENTS}{first:016x}", self.space), &sealed)?;
        // Committed.
        self.last_hash = last_hash;
        self.next_seq = seq;
        for (old, _) in std::mem::take(&mut self.loose) {
            let _ = store.delete(&format!("{}{RECORDS}{old:016x}", self.space));
        }
        Ok(records)
    }

    /// The number the next record gets.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// The SHA-256 of the last record.
    pub fn head(&self) -> Hash {
        self.last_hash
    }

    /// The diary's key, for sealing files.
    pub fn key(&self) -> &DiaryKey {
        &self.key
    }

    fn compact(&mut self, store: &dyn KvStore) -> Result<(), VaultError> {
        let Some(&(first, _)) = self.loose.first() else {
            return Ok(());
        };
        let sealed = self
            .key
            .seal(&join_segment(&self.loose))
            .map_err(|_| VaultError::Damaged(Damage::Sealing))?;
        store.put(&format!("{}{SEGMENTS}{first:016x}", self.space), &sealed)?;
        for (seq, _) in self.loose.drain(..) {
            store.delete(&format!("{}{RECORDS}{seq:016x}", self.space))?;
        }
        Ok(())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::vault::open::{create, unlock};
    use crate::vault::testing::*;
    use chrono::Duration;
    use een_store::{MemoryStore, SledStore};

    #[test]
    fn records_survive_reopening_and_the_chain_verifies() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = SledStore::open(dir.path()).unwrap();
            let mut d = create(&store, pass("lang en geheim"), WORK).unwrap();
            for i in 0..5 {
                d.append(&store, format!("entry {i}"), t0() + Duration::minutes(i))
                    .unwrap();
            }
        }
        let store = SledStore::open(dir.path()).unwrap();
        let (_, d) = unlock(&store, pass("lang en geheim"), t0()).unwrap();
        assert_eq!(d.records.len(), 5);
        assert_eq!(d.records[3].body, "entry 3");
        assert!(d.breaks.is_empty());
        assert!(matches!(
            create(&store, pass("x"), WORK),
            Err(VaultError::State)
        ));
    }

    #[test]
    fn segments_hold_the_same_records_and_the_chain_runs_through_them() {
        let store = MemoryStore::default();
        let mut d = create(&store, pass("p"), WORK).unwrap();
        let sp = d.space().to_string();
        let n = SEGMENT * 2 + 10;
        for i in 0..n {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
        }
        assert_eq!(store.scan(&format!("{sp}{SEGMENTS}")).unwrap().len(), 2);
        assert_eq!(store.scan(&format!("{sp}{RECORDS}")).unwrap().len(), 10);
        let head = d.head();
        drop(d);
        let (mut d, opened) = unlock(&store, pass("p"), t0()).unwrap();
        assert!(opened.breaks.is_empty());
        assert_eq!(opened.head, head);
        let bodies: Vec<String> = opened.records.iter().map(|r| r.body.clone()).collect();
        assert_eq!(
            bodies,
            (0..n).map(|i| format!("entry {i}")).collect::<Vec<_>>()
        );
        // Writing goes on where it stopped, across the next segment.
        for i in n..n + SEGMENT {
            d.append(&store, format!("entry {i}"), t0()).unwrap();
        }
        let (_, opened) = unlock(&store, pass("p"), t0()).unwrap();
        assert!(opened.breaks.is_empty());
        assert_eq!(opened.records.len(), n + SEGMENT);
        assert_eq!(opened.records.last().unwrap().seq, (n + SEGMENT - 1) as u64);
    }
}
