//! The diary on top of the key-value store: the wrapped key, sealed records
//! under keys that reveal only their order, and a persisted delay after
//! failed passphrases.
//!
//! Keys:
//! - `diary/key`: the key ring: two slots of the same padded size, each an
//!   age file wrapping an identity with a passphrase (scrypt). Slot 0 is the
//!   diary; slot 1 is the optional duress diary, or, when there is none, a
//!   decoy wrapped with a random passphrase. The two cases look the same.
//! - `diary/fails`: count and time of failed unlocks, so the delay survives
//!   restarts;
//! - `diary/<space>/r/<16 hex digits>`: one record, by number, as written;
//! - `diary/<space>/s/<16 hex digits>`: a segment, by its first record's number.
//!
//! `<space>` is 8 hex digits derived from the diary's public key, so the
//! names of the two diaries' records say nothing about which is which.
//!
//! Every record is sealed on its own when it is written (one put: confirmed
//! when it returns). Every [`SEGMENT`] records, the last ones are sealed again
//! together as one segment and their single copies removed. Opening a
//! segment costs one X25519 agreement instead of one per record, which is
//! what keeps unlock + list of 10,000 entries near one scrypt. Segments and
//! records are both age ciphertexts to the diary's identity, and both carry
//! the chain: a segment holds the records' sealed plaintexts unchanged.
//!
//! Everything about an entry (its time, kind, size, text) is inside the
//! ciphertext.
use age::secrecy::SecretString;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::chain::{self, Break, Hash, GENESIS};
use crate::crypto::{CryptoError, DiaryKey};
use een_store::{KvStore, StoreError};

/// Where the key ring (the wrapped identities) is stored.
pub const KEY: &str = "diary/key";
const FAILS: &str = "diary/fails";
const RECORDS: &str = "r/";
const SEGMENTS: &str = "s/";
/// Bytes per key slot (an age scrypt file of an identity is about 300).
const SLOT: usize = 512;

/// Records per segment.
pub const SEGMENT: usize = 256;

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
    /// The stored key asks for more memory than this device's budget
    /// ([`crate::budget`]); nothing was derived and no failed try counted.
    #[error("the key asks for too much work (2^{required})")]
    TooMuchWork {
        /// The work factor (log2 N) it asks for.
        required: u8,
    },
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
    /// The entry (JSON), opaque here.
    pub body: String,
}

/// What unlocking found: the readable records in order and where the chain breaks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    /// The records that could be read, in order.
    pub records: Vec<Record>,
    /// Each record's SHA-256 (same order).
    pub hashes: Vec<Hash>,
    /// Where the chain breaks (empty: intact).
    pub breaks: Vec<Break>,
    /// The SHA-256 of the last record: what an export shows to check against.
    pub head: Hash,
}

/// An unlocked diary: the key and where the chain stands. Dropping it drops
/// the key: the diary is locked.
pub struct Session {
    key: DiaryKey,
    /// Which slot opened it (0: the diary, 1: the duress diary).
    slot: usize,
    /// `diary/<space>/`.
    space: String,
    last_hash: Hash,
    next_seq: u64,
    /// Sealed plaintexts of records not yet in a segment, with their numbers.
    loose: Vec<(u64, Vec<u8>)>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Session(..)")
    }
}

/// The key ring, read before the slow part of unlocking (which runs on a
/// worker thread and reads that diary's records there).
pub struct Sealed {
    ring: Vec<u8>,
}

impl Sealed {
    /// The key ring's two wrapped keys.
    pub fn slots(&self) -> [Option<&[u8]>; 2] {
        slots(&self.ring)
    }
}

/// The key space of a diary: from its public key, so it reveals nothing.
fn space_of(key: &DiaryKey) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("een-entree space {}", key.recipient()).as_bytes());
    format!("diary/{}/", crate::hex::hex(&digest[..4]))
}

/// Pads one wrapped key to [`SLOT`] bytes (2-byte length first).
fn slot_bytes(wrapped: &[u8]) -> Result<Vec<u8>, VaultError> {
    let len = u16::try_from(wrapped.len())
        .ok()
        .filter(|&l| usize::from(l) + 2 <= SLOT)
        .ok_or_else(|| VaultError::Damaged("key too large".into()))?;
    let mut out = Vec::with_capacity(SLOT);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(wrapped);
    let mut pad = vec![0u8; SLOT - out.len()];
    getrandom::getrandom(&mut pad).map_err(|e| VaultError::Damaged(e.to_string()))?;
    out.extend_from_slice(&pad);
    Ok(out)
}

/// The wrapped key in slot `i` of a key ring.
/// The two wrapped keys of a key ring (for the web's key derivation).
pub fn slots(ring: &[u8]) -> [Option<&[u8]>; 2] {
    [slot(ring, 0), slot(ring, 1)]
}

fn slot(ring: &[u8], i: usize) -> Option<&[u8]> {
    let s = ring.get(i * SLOT..(i + 1) * SLOT)?;
    let len = usize::from(u16::from_be_bytes([s[0], s[1]]));
    s.get(2..2 + len)
}

/// Whether `passphrase` opens slot 0 of the stored key ring (one scrypt):
/// a duress passphrase must differ from the diary's.
///
/// # Errors
/// When the store cannot be read.
pub fn opens_diary(store: &dyn KvStore, passphrase: &SecretString) -> Result<bool, VaultError> {
    let ring = store.get(KEY)?.ok_or(VaultError::State)?;
    Ok(slot(&ring, 0).is_some_and(|w| DiaryKey::unlock(w, passphrase.clone()).is_ok()))
}

/// Whether this session is the diary (slot 0) rather than the duress diary.
pub fn is_real(session: &Session) -> bool {
    session.slot == 0
}

/// A decoy slot: a real wrapped key that no passphrase opens (a random key
/// where a derived one would be; see [`DiaryKey::decoy`]).
fn decoy(work_factor: u8) -> Result<Vec<u8>, VaultError> {
    DiaryKey::decoy(work_factor).map_err(|e| VaultError::Damaged(e.to_string()))
}

/// Whether this store has a diary.
///
/// # Errors
/// When the store cannot be read.
pub fn exists(store: &dyn KvStore) -> Result<bool, VaultError> {
    Ok(store.get(KEY)?.is_some())
}

/// A new key for `passphrase` and its wrapped form (one scrypt). Touches no store.
///
/// # Errors
/// [`VaultError::Damaged`] if age cannot encrypt.
pub fn new_key(
    passphrase: SecretString,
    work_factor: u8,
) -> Result<(DiaryKey, Vec<u8>), VaultError> {
    DiaryKey::create(passphrase, work_factor).map_err(|e| VaultError::Damaged(e.to_string()))
}

/// A new diary's key and key ring: its key in slot 0 and a decoy in slot 1
/// (one scrypt). Touches no store.
///
/// # Errors
/// [`VaultError::Damaged`] if age cannot encrypt.
pub fn new_ring(
    passphrase: SecretString,
    work_factor: u8,
) -> Result<(DiaryKey, Vec<u8>), VaultError> {
    let (key, wrapped) = new_key(passphrase, work_factor)?;
    let mut ring = slot_bytes(&wrapped)?;
    ring.extend(slot_bytes(&decoy(work_factor)?)?);
    Ok((key, ring))
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

/// Puts a new duress diary (wrapped by [`new_key`]) in slot 1, replacing the
/// decoy or an earlier duress diary, when `session` is the real diary. In the
/// duress diary itself this changes nothing and reports success, so it
/// behaves like the real one.
///
/// # Errors
/// When the store cannot be read or written.
pub fn set_duress(
    store: &dyn KvStore,
    session: &Session,
    wrapped: &[u8],
) -> Result<(), VaultError> {
    if session.slot != 0 {
        return Ok(());
    }
    let ring = store.get(KEY)?.ok_or(VaultError::State)?;
    store.put(KEY, &with_slot(&ring, 1, wrapped)?)?;
    Ok(())
}

/// What a passphrase change works on, read from the store: the key ring,
/// which slot this session opened, and a copy of its key (for a worker).
/// A wrong current passphrase counts as a failed try, as when unlocking
/// ([`note_failure`]), so the form cannot be used to guess it quickly.
///
/// # Errors
/// [`VaultError::TooSoon`] while the delay after failed tries runs; when the
/// store cannot be read or there is no diary.
pub fn change_start(
    store: &dyn KvStore,
    session: &Session,
    now: DateTime<Utc>,
) -> Result<(Vec<u8>, usize, DiaryKey), VaultError> {
    let ring = prepare_ring(store, now)?;
    Ok((ring, session.slot, session.key.clone()))
}

/// Which slots a passphrase change reads: the session's own (the current
/// passphrase must open it) and, in the diary, the other (the new one must
/// not open it). For the web's key derivation.
pub fn change_slots(ring: &[u8], own: usize) -> (Option<&[u8]>, Option<&[u8]>) {
    (slot(ring, own), (own == 0).then(|| slot(ring, 1)).flatten())
}

/// The key ring with slot `own` (holding `key`) wrapped with `new` instead
/// of `current`: one scrypt to check `current`, one to wrap, and in the
/// diary one more to check that `new` is not the duress passphrase (which
/// would make the diary unreachable). In the duress diary that check is
/// skipped, so that the answer tells nothing about the real diary. Touches
/// no store; the records stay as they are.
///
/// # Errors
/// [`VaultError::WrongPassphrase`] when `current` is not this diary's,
/// [`VaultError::State`] when `new` opens the other slot, or
/// [`VaultError::Damaged`].
pub fn changed_ring(
    ring: &[u8],
    own: usize,
    key: &DiaryKey,
    current: &SecretString,
    new: SecretString,
    work_factor: u8,
) -> Result<Vec<u8>, VaultError> {
    let (mine, other) = change_slots(ring, own);
    let mine = mine.ok_or_else(|| VaultError::Damaged("key ring".into()))?;
    match DiaryKey::unlock(mine, current.clone()) {
        Ok(opened) if opened.recipient() == key.recipient() => {}
        Ok(_) => return Err(VaultError::Damaged("key ring".into())),
        Err(CryptoError::WrongPassphrase) => {
            return Err(VaultError::WrongPassphrase {
                wait: std::time::Duration::ZERO,
            })
        }
        Err(CryptoError::TooMuchWork { required }) => {
            return Err(VaultError::TooMuchWork { required })
        }
        Err(e) => return Err(VaultError::Damaged(e.to_string())),
    }
    if other.is_some_and(|w| DiaryKey::unlock(w, new.clone()).is_ok()) {
        return Err(VaultError::State);
    }
    let wrapped = key
        .wrap(new, work_factor)
        .map_err(|e| VaultError::Damaged(e.to_string()))?;
    with_slot(ring, own, &wrapped)
}

/// `ring` with slot `i` holding `wrapped` (padded) and the other slot as it was.
fn with_slot(ring: &[u8], i: usize, wrapped: &[u8]) -> Result<Vec<u8>, VaultError> {
    let mut next = ring.get(..2 * SLOT).ok_or(VaultError::State)?.to_vec();
    next.splice(i * SLOT..(i + 1) * SLOT, slot_bytes(wrapped)?);
    Ok(next)
}

/// Stores a key ring made by [`changed_ring`] from `before`, unless the
/// stored one changed meanwhile (then nothing is written).
///
/// # Errors
/// [`VaultError::Damaged`] when the ring changed meanwhile (another change
/// of the key ring finished first), or a store error.
pub fn store_changed_ring(
    store: &dyn KvStore,
    before: &[u8],
    next: &[u8],
) -> Result<(), VaultError> {
    if store.get(KEY)?.as_deref() != Some(before) {
        return Err(VaultError::Damaged("the key ring changed meanwhile".into()));
    }
    store.put(KEY, next)?;
    Ok(())
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

/// The failure count; anything unreadable counts as none (so deleting or
/// damaging `diary/fails` resets the delay: SECURITY.md says so).
fn load_fails(store: &dyn KvStore) -> Result<Fails, VaultError> {
    Ok(store
        .get(FAILS)?
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default())
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

/// How long to wait before the next try, given the stored failures: at
/// most the delay itself, whatever the clock did. A last failure "in the
/// future" (it was recorded while the clock was ahead) counts as now.
fn wait_for(fails: &Fails, now: DateTime<Utc>) -> Duration {
    let delay = delay_after(fails.count);
    let since = fails
        .last
        .map_or(delay, |last| (now - last).max(Duration::zero()));
    (delay - since).clamp(Duration::zero(), delay)
}

/// The key ring, unless the delay after failed tries is still running.
fn prepare_ring(store: &dyn KvStore, now: DateTime<Utc>) -> Result<Vec<u8>, VaultError> {
    let ring = store.get(KEY)?.ok_or(VaultError::State)?;
    let mut fails = load_fails(store)?;
    if fails.last.is_some_and(|last| last > now) {
        // The clock went back since the last failure: the delay runs from
        // now, once, instead of until the clock catches up.
        fails.last = Some(now);
        store.put(FAILS, &serde_json::to_vec(&fails).unwrap_or_default())?;
    }
    let wait = wait_for(&fails, now);
    if wait > Duration::zero() {
        return Err(VaultError::TooSoon {
            wait: wait.to_std().unwrap_or_default(),
        });
    }
    Ok(ring)
}

/// Tries the passphrase on both slots, always: two scrypts whether it opens
/// the diary, the duress diary or nothing, so the time an unlock takes does
/// not tell which it opened. A slot asking for more than this device's
/// budget is not tried.
fn unwrap_ring(ring: &[u8], passphrase: &SecretString) -> Result<(DiaryKey, usize), VaultError> {
    let mut damaged = None;
    let mut too_much = None;
    let mut found = None;
    for i in 0..2 {
        let Some(wrapped) = slot(ring, i) else {
            damaged = Some(VaultError::Damaged("key ring".into()));
            continue;
        };
        match DiaryKey::unlock(wrapped, passphrase.clone()) {
            Ok(key) => {
                if found.is_none() {
                    found = Some((key, i));
                }
            }
            Err(CryptoError::WrongPassphrase) => {}
            Err(CryptoError::TooMuchWork { required }) => {
                too_much = Some(VaultError::TooMuchWork { required });
            }
            Err(e) => damaged = Some(VaultError::Damaged(e.to_string())),
        }
    }
    if let Some(found) = found {
        return Ok(found);
    }
    Err(too_much.or(damaged).unwrap_or(VaultError::WrongPassphrase {
        wait: std::time::Duration::ZERO,
    }))
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

/// Counts a wrong passphrase; returns the error with the wait it causes.
///
/// # Errors
/// When the store cannot be written.
pub fn note_failure(store: &dyn KvStore, now: DateTime<Utc>) -> Result<VaultError, VaultError> {
    let mut fails = load_fails(store)?;
    fails.count = fails.count.saturating_add(1);
    fails.last = Some(now);
    store.put(FAILS, &serde_json::to_vec(&fails).unwrap_or_default())?;
    Ok(VaultError::WrongPassphrase {
        wait: delay_after(fails.count).to_std().unwrap_or_default(),
    })
}

/// Forgets failed tries after a successful unlock.
///
/// # Errors
/// When the store cannot be written.
pub fn note_success(store: &dyn KvStore) -> Result<(), VaultError> {
    if load_fails(store)?.count > 0 {
        store.put(
            FAILS,
            &serde_json::to_vec(&Fails::default()).unwrap_or_default(),
        )?;
    }
    Ok(())
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
        getrandom::getrandom(&mut noise).map_err(|e| VaultError::Damaged(e.to_string()))?;
        store.put(KEY, &noise)?;
        store.delete(KEY)?;
    }
    for key in store.scan_keys("diary/")? {
        store.delete(&key)?;
    }
    store.compact()?;
    Ok(())
}

fn parse(plaintext: &[u8]) -> Option<Record> {
    chain::unlink(plaintext).and_then(|(_, body)| serde_json::from_slice(body).ok())
}

/// A segment's plaintext: each record's sealed plaintext, prefixed by its
/// length as 4 bytes (big-endian).
fn join_segment(plaintexts: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (_, p) in plaintexts {
        let len = u32::try_from(p.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(p);
    }
    out
}

fn split_segment(mut bytes: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let len = usize::try_from(u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?)).ok()?;
        let end = len.checked_add(4)?;
        out.push(bytes.get(4..end)?.to_vec());
        bytes = bytes.get(end..)?;
    }
    Some(out)
}

impl Session {
    fn new(key: DiaryKey, slot: usize) -> Self {
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
        let json = serde_json::to_vec(&record).map_err(|e| VaultError::Damaged(e.to_string()))?;
        let plaintext = chain::link(&self.last_hash, &json);
        let sealed = self
            .key
            .seal(&plaintext)
            .map_err(|e| VaultError::Damaged(e.to_string()))?;
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
                serde_json::to_vec(&record).map_err(|e| VaultError::Damaged(e.to_string()))?;
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
            .map_err(|e| VaultError::Damaged(e.to_string()))?;
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
            .map_err(|e| VaultError::Damaged(e.to_string()))?;
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
    use een_store::{MemoryStore, SledStore};

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
    fn the_delay_is_never_longer_than_itself_whatever_the_clock_did() {
        let store = MemoryStore::default();
        drop(create(&store, pass("right"), WORK).unwrap());
        // Failures recorded while the clock was a year ahead.
        let ahead = t0() + Duration::days(365);
        for i in 0..5 {
            let _ = unlock(&store, pass("wrong"), ahead + Duration::seconds(i));
        }
        // The clock is put right: the wait is at most the delay itself.
        match unlock(&store, pass("right"), t0()) {
            Err(VaultError::TooSoon { wait }) => {
                assert!(wait <= delay_after(5).to_std().unwrap(), "{wait:?}");
            }
            other => panic!("expected a short wait, got {other:?}"),
        }
        assert!(unlock(&store, pass("right"), t0() + delay_after(5)).is_ok());
        // Damaged or removed, the failure count resets.
        for i in 0..5 {
            let _ = unlock(&store, pass("wrong"), t0() + Duration::seconds(i));
        }
        store.put(FAILS, b"{not json").unwrap();
        assert!(unlock(&store, pass("right"), t0() + Duration::seconds(5)).is_ok());
        store
            .put(FAILS, br#"{"count":4294967295,"last":null}"#)
            .unwrap();
        assert!(matches!(
            unlock(&store, pass("wrong"), t0()),
            Err(VaultError::WrongPassphrase { .. })
        ));
    }

    /// `wrapped` with its scrypt stanza asking for `log_n` instead.
    fn asking(wrapped: &[u8], log_n: u8) -> Vec<u8> {
        let text = String::from_utf8_lossy(wrapped).into_owned();
        let line = text.lines().nth(1).unwrap().to_string();
        let mut parts: Vec<&str> = line.split(' ').collect();
        let n = log_n.to_string();
        *parts.last_mut().unwrap() = &n;
        text.replacen(&line, &parts.join(" "), 1).into_bytes()
    }

    #[test]
    fn a_key_ring_over_the_budget_is_refused_with_its_own_error_and_counts_no_try() {
        let store = MemoryStore::default();
        let (_, wrapped) = new_key(pass("right"), WORK).unwrap();
        let hostile = asking(&wrapped, super::super::budget::max_work_factor() + 1);
        let mut ring = slot_bytes(&hostile).unwrap();
        ring.extend(slot_bytes(&decoy(WORK).unwrap()).unwrap());
        store.put(KEY, &ring).unwrap();
        for _ in 0..4 {
            assert_eq!(
                unlock(&store, pass("right"), t0()).unwrap_err(),
                VaultError::TooMuchWork {
                    required: super::super::budget::max_work_factor() + 1
                }
            );
        }
        assert_eq!(store.get(FAILS).unwrap(), None, "no failed try counted");
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
        super::super::blob::write(&store, d.key(), &mut vec![7u8; 3_000_000].as_slice()).unwrap();
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
        let blob = super::super::blob::write(&store, d.key(), &mut &b"photo"[..]).unwrap();
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
        assert!(
            super::super::blob::stored_bytes(&store).unwrap() == 0,
            "{blob:?}"
        );
        // A new diary with the same passphrase cannot read copies of old records.
        let fresh = create(&store, pass("p"), WORK).unwrap();
        assert_ne!(store.get(KEY).unwrap().unwrap(), wrapped);
        for (_, sealed) in old_records {
            assert!(fresh.key().open(&sealed).is_err());
        }
    }

    #[test]
    fn a_duress_passphrase_opens_a_separate_empty_diary_and_the_real_one_stays() {
        let store = MemoryStore::default();
        let mut real = create(&store, pass("the real one"), WORK).unwrap();
        for i in 0..3 {
            real.append(&store, format!("real {i}"), t0()).unwrap();
        }
        let (_, wrapped) = new_key(pass("under pressure"), WORK).unwrap();
        set_duress(&store, &real, &wrapped).unwrap();
        drop(real);
        let (mut duress, opened) = unlock(&store, pass("under pressure"), t0()).unwrap();
        assert!(opened.records.is_empty(), "the duress diary starts empty");
        duress.append(&store, "harmless".into(), t0()).unwrap();
        // In the duress diary, "setting a second passphrase" changes nothing.
        let ring = store.get(KEY).unwrap();
        let (_, other) = new_key(pass("another"), WORK).unwrap();
        set_duress(&store, &duress, &other).unwrap();
        assert_eq!(store.get(KEY).unwrap(), ring);
        drop(duress);
        let (_, opened) = unlock(&store, pass("the real one"), t0()).unwrap();
        let bodies: Vec<&str> = opened.records.iter().map(|r| r.body.as_str()).collect();
        assert_eq!(bodies, ["real 0", "real 1", "real 2"]);
        assert!(opened.breaks.is_empty());
        let (_, opened) = unlock(&store, pass("under pressure"), t0()).unwrap();
        assert_eq!(opened.records.len(), 1);
        assert!(matches!(
            unlock(&store, pass("neither"), t0()),
            Err(VaultError::WrongPassphrase { .. })
        ));
    }

    /// Key names with hex digits masked, and value sizes: what someone with
    /// a copy of the storage sees.
    fn shape(store: &MemoryStore) -> Vec<(String, usize)> {
        store
            .scan("")
            .unwrap()
            .into_iter()
            .map(|(k, v)| {
                let masked = k
                    .split('/')
                    .map(|part| {
                        if part.len() == 8 && part.chars().all(|c| c.is_ascii_hexdigit()) {
                            "SPACE".to_string()
                        } else {
                            part.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                (masked, v.len())
            })
            .collect()
    }

    #[test]
    fn with_or_without_a_duress_diary_the_store_looks_the_same() {
        let build = |with_duress: bool| {
            let store = MemoryStore::default();
            let mut d = create(&store, pass("the real one"), WORK).unwrap();
            for i in 0..5 {
                d.append(&store, format!("entry {i}"), t0()).unwrap();
            }
            if with_duress {
                let (_, wrapped) = new_key(pass("under pressure"), WORK).unwrap();
                set_duress(&store, &d, &wrapped).unwrap();
            }
            shape(&store)
        };
        let (plain, duress) = (build(false), build(true));
        let names = |s: &[(String, usize)]| s.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(names(&plain), names(&duress), "same set of keys");
        for ((k, a), (_, b)) in plain.iter().zip(&duress) {
            if k == KEY {
                assert_eq!(a, b, "the key ring has a fixed size");
            } else {
                // Records differ only by age's random header grease.
                assert!(a.abs_diff(*b) < 300, "{k}: {a} vs {b}");
            }
        }
    }
}
