//! The key ring: two slots of the same padded size, each a wrapped
//! identity (the diary; the duress diary or a decoy), and what changes it:
//! a new diary's ring, the duress passphrase, a change of passphrase. Trying
//! a passphrase on the ring always tries both slots.
use age::secrecy::SecretString;
use chrono::{DateTime, Utc};

use crate::crypto::{CryptoError, DiaryKey};
use crate::vault::error::{Damage, VaultError};
use crate::vault::fails::check_due;
use crate::vault::session::Session;
use een_store::KvStore;

/// Where the key ring (the wrapped identities) is stored.
pub const KEY: &str = "diary/key";

/// Bytes per key slot (an age scrypt file of an identity is about 300).
pub(super) const SLOT: usize = 512;

/// Pads one wrapped key to [`SLOT`] bytes (2-byte length first).
pub(super) fn slot_bytes(wrapped: &[u8]) -> Result<Vec<u8>, VaultError> {
    let len = u16::try_from(wrapped.len())
        .ok()
        .filter(|&l| usize::from(l) + 2 <= SLOT)
        .ok_or(VaultError::Damaged(Damage::KeyRing))?;
    let mut out = Vec::with_capacity(SLOT);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(wrapped);
    let mut pad = vec![0u8; SLOT - out.len()];
    getrandom::getrandom(&mut pad).map_err(|_| VaultError::Damaged(Damage::Random))?;
    out.extend_from_slice(&pad);
    Ok(out)
}

/// The two wrapped keys of a key ring (for the web's key derivation).
pub fn slots(ring: &[u8]) -> [Option<&[u8]>; 2] {
    [slot(ring, 0), slot(ring, 1)]
}

/// The wrapped key in slot `i` of a key ring.
pub(super) fn slot(ring: &[u8], i: usize) -> Option<&[u8]> {
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
    Ok(opens_slot_0(&ring, passphrase))
}

/// Whether `passphrase` opens slot 0 of `ring` (one scrypt).
fn opens_slot_0(ring: &[u8], passphrase: &SecretString) -> bool {
    slot(ring, 0).is_some_and(|w| DiaryKey::unlock(w, passphrase.clone()).is_ok())
}

/// Whether this session is the diary (slot 0) rather than the duress diary.
pub fn is_real(session: &Session) -> bool {
    session.slot == 0
}

/// A decoy slot: a real wrapped key that no passphrase opens (a random key
/// where a derived one would be; see [`DiaryKey::decoy`]).
pub(super) fn decoy(work_factor: u8) -> Result<Vec<u8>, VaultError> {
    DiaryKey::decoy(work_factor).map_err(|_| VaultError::Damaged(Damage::Sealing))
}

/// A new key for `passphrase` and its wrapped form (one scrypt). Touches no store.
///
/// # Errors
/// [`VaultError::Damaged`] if age cannot encrypt.
pub fn new_key(
    passphrase: SecretString,
    work_factor: u8,
) -> Result<(DiaryKey, Vec<u8>), VaultError> {
    DiaryKey::create(passphrase, work_factor).map_err(|_| VaultError::Damaged(Damage::Sealing))
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

/// A new duress diary's wrapped key for `passphrase` (one scrypt), for
/// [`set_duress`]. In the diary (`real`) it first checks that `passphrase`
/// does not open the diary itself (one more scrypt): that would make the
/// diary unreachable. `ring` is the stored key ring as read before (`None`
/// when there was none to read: nothing to check against). In the duress
/// diary the check is skipped: nothing changes there ([`set_duress`]), and
/// the answer tells nothing about the real diary. Touches no store.
///
/// # Errors
/// [`VaultError::State`] when `passphrase` is the diary's own;
/// [`VaultError::Damaged`] if age cannot encrypt.
pub fn new_duress_key(
    ring: Option<&[u8]>,
    real: bool,
    passphrase: SecretString,
    work_factor: u8,
) -> Result<Vec<u8>, VaultError> {
    if real && ring.is_some_and(|r| opens_slot_0(r, &passphrase)) {
        return Err(VaultError::State);
    }
    new_key(passphrase, work_factor).map(|(_, wrapped)| wrapped)
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
/// ([`note_failure`](crate::vault::note_failure)), so the form cannot be
/// used to guess it quickly.
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
    let mine = mine.ok_or(VaultError::Damaged(Damage::KeyRing))?;
    match DiaryKey::unlock(mine, current.clone()) {
        Ok(opened) if opened.recipient() == key.recipient() => {}
        Err(CryptoError::WrongPassphrase) => {
            return Err(VaultError::WrongPassphrase {
                wait: std::time::Duration::ZERO,
            })
        }
        Err(CryptoError::TooMuchWork { required }) => {
            return Err(VaultError::TooMuchWork { required })
        }
        // Another diary's key, or a wrapped key that does not open.
        Ok(_) | Err(_) => return Err(VaultError::Damaged(Damage::KeyRing)),
    }
    if other.is_some_and(|w| DiaryKey::unlock(w, new.clone()).is_ok()) {
        return Err(VaultError::State);
    }
    let wrapped = key
        .wrap(new, work_factor)
        .map_err(|_| VaultError::Damaged(Damage::Sealing))?;
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
        return Err(VaultError::Damaged(Damage::RingChanged));
    }
    store.put(KEY, next)?;
    Ok(())
}

/// The key ring, unless the delay after failed tries is still running.
pub(super) fn prepare_ring(store: &dyn KvStore, now: DateTime<Utc>) -> Result<Vec<u8>, VaultError> {
    let ring = store.get(KEY)?.ok_or(VaultError::State)?;
    check_due(store, now)?;
    Ok(ring)
}

/// Tries the passphrase on both slots, always: two scrypts whether it opens
/// the diary, the duress diary or nothing, so the time an unlock takes does
/// not tell which it opened. A slot asking for more than this device's
/// budget is not tried.
pub(super) fn unwrap_ring(
    ring: &[u8],
    passphrase: &SecretString,
) -> Result<(DiaryKey, usize), VaultError> {
    let mut damaged = None;
    let mut too_much = None;
    let mut found = None;
    for i in 0..2 {
        let Some(wrapped) = slot(ring, i) else {
            damaged = Some(VaultError::Damaged(Damage::KeyRing));
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
            Err(_) => damaged = Some(VaultError::Damaged(Damage::KeyRing)),
        }
    }
    if let Some(found) = found {
        return Ok(found);
    }
    Err(too_much.or(damaged).unwrap_or(VaultError::WrongPassphrase {
        wait: std::time::Duration::ZERO,
    }))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::vault::fails::FAILS;
    use crate::vault::open::{create, unlock};
    use crate::vault::testing::*;
    use een_store::MemoryStore;

    #[test]
    fn a_change_over_a_ring_that_changed_meanwhile_writes_nothing_and_names_why() {
        let store = MemoryStore::default();
        let d = create(&store, pass("old"), WORK).unwrap();
        let (ring, own, key) = change_start(&store, &d, t0()).unwrap();
        let next = changed_ring(&ring, own, &key, &pass("old"), pass("new"), WORK).unwrap();
        let (_, duress) = new_key(pass("forced"), WORK).unwrap();
        set_duress(&store, &d, &duress).unwrap();
        let stored = store.get(KEY).unwrap();
        let err = store_changed_ring(&store, &ring, &next).unwrap_err();
        assert_eq!(err, VaultError::Damaged(Damage::RingChanged));
        assert_eq!(err.to_string(), "damaged: the key ring changed meanwhile");
        assert_eq!(store.get(KEY).unwrap(), stored, "nothing written");
        assert_eq!(
            changed_ring(&ring[..SLOT], 1, &key, &pass("old"), pass("new"), WORK).unwrap_err(),
            VaultError::Damaged(Damage::KeyRing),
            "a slot missing"
        );
    }

    #[test]
    fn a_duress_passphrase_must_not_be_the_diarys_and_the_duress_diary_does_not_check() {
        let store = MemoryStore::default();
        let real = create(&store, pass("the real one"), WORK).unwrap();
        let ring = store.get(KEY).unwrap();
        // The diary's own passphrase is refused, before anything is made.
        assert_eq!(
            new_duress_key(ring.as_deref(), true, pass("the real one"), WORK),
            Err(VaultError::State)
        );
        // Another one is accepted: its wrapped key opens with it.
        let wrapped = new_duress_key(ring.as_deref(), true, pass("under pressure"), WORK).unwrap();
        assert!(DiaryKey::unlock(&wrapped, pass("under pressure")).is_ok());
        set_duress(&store, &real, &wrapped).unwrap();
        let (duress, _) = unlock(&store, pass("under pressure"), t0()).unwrap();
        assert!(!is_real(&duress));
        // In the duress diary the check is skipped: even the real passphrase
        // gives a key (which set_duress then ignores), so the answer tells
        // nothing about the real diary.
        let ring = store.get(KEY).unwrap();
        let same = new_duress_key(ring.as_deref(), false, pass("the real one"), WORK).unwrap();
        set_duress(&store, &duress, &same).unwrap();
        assert_eq!(store.get(KEY).unwrap(), ring, "nothing changed");
        // Without a ring to check against there is nothing to refuse.
        assert!(new_duress_key(None, true, pass("the real one"), WORK).is_ok());
        assert!(opens_diary(&store, &pass("the real one")).unwrap());
        assert!(!opens_diary(&store, &pass("under pressure")).unwrap());
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
        let hostile = asking(&wrapped, crate::budget::max_work_factor() + 1);
        let mut ring = slot_bytes(&hostile).unwrap();
        ring.extend(slot_bytes(&decoy(WORK).unwrap()).unwrap());
        store.put(KEY, &ring).unwrap();
        for _ in 0..4 {
            assert_eq!(
                unlock(&store, pass("right"), t0()).unwrap_err(),
                VaultError::TooMuchWork {
                    required: crate::budget::max_work_factor() + 1
                }
            );
        }
        assert_eq!(store.get(FAILS).unwrap(), None, "no failed try counted");
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
