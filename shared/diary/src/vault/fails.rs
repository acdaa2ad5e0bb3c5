//! The delay after wrong passphrases: the count and time of failed tries
//! in `diary/fails`, so that the delay survives restarts, and the wait it
//! causes, never longer than itself whatever the clock did.
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::vault::error::VaultError;
use een_store::KvStore;

pub(super) const FAILS: &str = "diary/fails";

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

/// The failure count; anything unreadable counts as none (so deleting or
/// damaging `diary/fails` resets the delay: SECURITY.md says so).
fn load_fails(store: &dyn KvStore) -> Result<Fails, VaultError> {
    Ok(store
        .get(FAILS)?
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default())
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

/// Whether another try may be made `now`, given the stored failures.
///
/// # Errors
/// [`VaultError::TooSoon`] while the delay after failed tries runs; a
/// store error.
pub(super) fn check_due(store: &dyn KvStore, now: DateTime<Utc>) -> Result<(), VaultError> {
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
    Ok(())
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::vault::open::{create, unlock};
    use crate::vault::testing::*;
    use een_store::{MemoryStore, SledStore};

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
}
