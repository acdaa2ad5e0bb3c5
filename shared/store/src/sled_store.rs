//! The native store: a sled database in the app's private data folder.
//!
//! The database lives in a folder of the data folder: `store` at first,
//! `store-<n>` after the store was rewritten ([`KvStore::compact`]); the
//! file `store-current` names the one in use (written atomically). A rewrite
//! copies the live keys into a new folder, points `store-current` at it and
//! removes the old folder, so that nothing deleted is left in sled's log.
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

use crate::kv::{KvStore, StoreError};

/// sled's page cache: its default (1 GiB) is more than a phone can spare,
/// and the diary's evidence pieces would fill it.
const CACHE_BYTES: u64 = 16 * 1024 * 1024;
/// The file naming the folder in use.
const CURRENT: &str = "store-current";
/// The first folder's name (and the only one before any rewrite).
const FIRST: &str = "store";

/// A sled database; every write is flushed before it is reported as done.
pub struct SledStore {
    dir: PathBuf,
    /// `None` only for a moment inside [`KvStore::compact`].
    db: RwLock<Option<(String, sled::Db)>>,
}

fn unavailable(e: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

/// Opens the database folder `path`, waiting for a lock being let go.
fn open_db(path: &Path) -> Result<sled::Db, StoreError> {
    open_db_telling(path, &mut |_| {})
}

/// [`open_db`], calling `on_wait` before each wait for the lock (tests
/// learn that the lock was found held).
fn open_db_telling(path: &Path, on_wait: &mut dyn FnMut(u32)) -> Result<sled::Db, StoreError> {
    // sled lets go of its file lock from a background thread after the
    // last handle is dropped, so opening right after closing (a quick
    // restart) can find it still held for a moment: wait up to a second.
    let mut tries = 0;
    loop {
        match sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .open()
        {
            Ok(db) => return Ok(db),
            // sled reports the held lock as an `Other` I/O error with this text.
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock") && tries < 20 =>
            {
                tries += 1;
                on_wait(tries);
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => return Err(unavailable(e)),
        }
    }
}

/// Whether `name` is one of this store's folders.
fn is_store_folder(name: &str) -> bool {
    name == FIRST
        || name
            .strip_prefix("store-")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Removes the store folders other than `keep` (left by a rewrite that
/// stopped half-way, or the one it replaced).
fn remove_others(dir: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != keep && is_store_folder(&name) && entry.path().is_dir() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

impl SledStore {
    /// Opens (or creates) the database in `dir`.
    ///
    /// # Errors
    /// When the folder cannot be created or the database cannot be opened
    /// (for instance because another copy of the app holds it).
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let current = std::fs::read_to_string(dir.join(CURRENT))
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| is_store_folder(s))
            .unwrap_or_else(|| FIRST.to_string());
        let db = open_db(&dir.join(&current))?;
        remove_others(dir, &current);
        Ok(Self {
            dir: dir.to_path_buf(),
            db: RwLock::new(Some((current, db))),
        })
    }

    fn db(&self) -> Result<DbGuard<'_>, StoreError> {
        let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
        if guard.is_none() {
            return Err(unavailable("the store is being rewritten"));
        }
        Ok(DbGuard(guard))
    }

    /// The folder in use (tests).
    pub fn folder(&self) -> Option<PathBuf> {
        let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
        guard.as_ref().map(|(name, _)| self.dir.join(name))
    }
}

struct DbGuard<'a>(RwLockReadGuard<'a, Option<(String, sled::Db)>>);

impl std::ops::Deref for DbGuard<'_> {
    type Target = sled::Db;
    fn deref(&self) -> &sled::Db {
        // Checked when the guard was made; the write lock is not held meanwhile.
        match self.0.as_ref() {
            Some((_, db)) => db,
            None => unreachable!("checked in SledStore::db"),
        }
    }
}

impl KvStore for SledStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.db()?
            .get(key)
            .map(|v| v.map(|iv| iv.to_vec()))
            .map_err(unavailable)
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let db = self.db()?;
        db.insert(key, value).map_err(unavailable)?;
        db.flush().map_err(unavailable)?;
        Ok(())
    }

    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.db()?
            .scan_prefix(prefix)
            .map(|item| {
                let (k, v) = item.map_err(unavailable)?;
                Ok((String::from_utf8_lossy(&k).into_owned(), v.to_vec()))
            })
            .collect()
    }

    fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.db()?
            .scan_prefix(prefix)
            .keys()
            .map(|k| Ok(String::from_utf8_lossy(&k.map_err(unavailable)?).into_owned()))
            .collect()
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        let db = self.db()?;
        db.remove(key).map_err(unavailable)?;
        db.flush().map_err(unavailable)?;
        Ok(())
    }

    fn compact(&self) -> Result<(), StoreError> {
        let mut slot = self.db.write().unwrap_or_else(PoisonError::into_inner);
        let Some((name, old)) = slot.take() else {
            return Err(unavailable("the store is being rewritten"));
        };
        let n = name
            .strip_prefix("store-")
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0);
        let next = format!("store-{}", n + 1);
        let copied = (|| {
            let path = self.dir.join(&next);
            if path.exists() {
                std::fs::remove_dir_all(&path).map_err(unavailable)?;
            }
            let fresh = open_db(&path)?;
            for item in old.iter() {
                let (k, v) = item.map_err(unavailable)?;
                fresh.insert(k, v).map_err(unavailable)?;
            }
            fresh.flush().map_err(unavailable)?;
            // Point at the new folder: a temporary file renamed over the old one.
            let tmp = self.dir.join(format!("{CURRENT}.tmp"));
            std::fs::write(&tmp, next.as_bytes()).map_err(unavailable)?;
            std::fs::File::open(&tmp)
                .and_then(|f| f.sync_all())
                .map_err(unavailable)?;
            std::fs::rename(&tmp, self.dir.join(CURRENT)).map_err(unavailable)?;
            Ok(fresh)
        })();
        match copied {
            Ok(fresh) => {
                let _ = old.flush();
                drop(old);
                *slot = Some((next.clone(), fresh));
                drop(slot);
                remove_others(&self.dir, &next);
                Ok(())
            }
            Err(e) => {
                *slot = Some((name, old));
                drop(slot);
                let _ = std::fs::remove_dir_all(self.dir.join(&next));
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let s = SledStore::open(dir.path()).unwrap();
            s.put("k", b"v").unwrap();
        }
        let s = SledStore::open(dir.path()).unwrap();
        assert_eq!(s.get("k").unwrap().as_deref(), Some(&b"v"[..]));
        assert_eq!(s.get("missing").unwrap(), None);
    }

    #[test]
    fn an_unusable_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"x").unwrap();
        assert!(SledStore::open(&file).is_err());
    }

    #[test]
    fn reopening_waits_for_a_lock_that_is_being_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = SledStore::open(dir.path()).unwrap();
        let path = dir.path().to_path_buf();
        let (waiting, waits) = std::sync::mpsc::channel();
        let later = std::thread::spawn(move || {
            open_db_telling(&path.join(FIRST), &mut |n| {
                let _ = waiting.send(n);
            })
            .map(|_| ())
        });
        // Let go only once the second open has found the lock held.
        assert_eq!(waits.recv().unwrap(), 1, "the lock was found held");
        drop(first);
        assert!(
            later.join().unwrap().is_ok(),
            "opened once the lock was free"
        );
    }

    fn found_in_files(dir: &Path, needle: &[u8]) -> bool {
        crate::forensic::found_in_files(dir, needle)
    }

    #[test]
    fn compacting_leaves_no_deleted_bytes_in_the_files_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let gone = b"DELETED-0123456789abcdef-DELETED".repeat(4);
        {
            let s = SledStore::open(dir.path()).unwrap();
            s.put("keep", b"KEPT-VALUE").unwrap();
            s.put("gone", &gone).unwrap();
            s.put("gone", b"overwritten").unwrap();
            s.delete("gone").unwrap();
            // sled keeps the old bytes in its log: what this test is about.
            assert!(found_in_files(dir.path(), &gone), "the test can fail");
            s.compact().unwrap();
            assert!(!found_in_files(dir.path(), &gone), "old bytes left");
            assert_eq!(s.get("keep").unwrap().as_deref(), Some(&b"KEPT-VALUE"[..]));
            s.put("after", b"1").unwrap();
            s.compact().unwrap();
        }
        let s = SledStore::open(dir.path()).unwrap();
        assert_eq!(s.get("keep").unwrap().as_deref(), Some(&b"KEPT-VALUE"[..]));
        assert_eq!(s.get("after").unwrap().as_deref(), Some(&b"1"[..]));
        assert_eq!(s.get("gone").unwrap(), None);
        let folders: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| is_store_folder(n))
            .collect();
        assert_eq!(folders, ["store-2"], "only the folder in use is left");
    }

    #[test]
    fn keys_are_scanned_without_values() {
        let dir = tempfile::tempdir().unwrap();
        let s = SledStore::open(dir.path()).unwrap();
        s.put("a/1", b"x").unwrap();
        s.put("a/2", b"y").unwrap();
        s.put("b/1", b"z").unwrap();
        assert_eq!(s.scan_keys("a/").unwrap(), ["a/1", "a/2"]);
    }
}
