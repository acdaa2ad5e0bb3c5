//! The native store: a sled database in the app's private data folder.
use std::path::Path;

use super::{KvStore, StoreError};

/// A sled database; every write is flushed before it is reported as done.
pub struct SledStore {
    db: sled::Db,
}

impl SledStore {
    /// Opens (or creates) the database in `dir`.
    ///
    /// # Errors
    /// When the folder cannot be created or the database cannot be opened
    /// (for instance because another copy of the app holds it).
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        // sled lets go of its file lock from a background thread after the
        // last handle is dropped, so opening right after closing (a quick
        // restart) can find it still held for a moment: wait up to a second.
        let mut tries = 0;
        loop {
            match sled::open(dir.join("store")) {
                Ok(db) => return Ok(Self { db }),
                // sled reports the held lock as an `Other` I/O error with this text.
                Err(sled::Error::Io(e))
                    if e.to_string().contains("could not acquire lock") && tries < 20 =>
                {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(e) => return Err(StoreError::Unavailable(e.to_string())),
            }
        }
    }
}

impl KvStore for SledStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.db
            .get(key)
            .map(|v| v.map(|iv| iv.to_vec()))
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.db
            .insert(key, value)
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        self.db
            .flush()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok(())
    }

    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.db
            .scan_prefix(prefix)
            .map(|item| {
                let (k, v) = item.map_err(|e| StoreError::Unavailable(e.to_string()))?;
                Ok((String::from_utf8_lossy(&k).into_owned(), v.to_vec()))
            })
            .collect()
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.db
            .remove(key)
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        self.db
            .flush()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok(())
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
        let later = std::thread::spawn(move || SledStore::open(&path).map(|_| ()));
        std::thread::sleep(std::time::Duration::from_millis(200));
        drop(first);
        assert!(
            later.join().unwrap().is_ok(),
            "opened once the lock was free"
        );
    }
}
