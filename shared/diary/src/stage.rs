//! Sealed files written before the record that names them is committed (a
//! picked file, the files of an archive being imported), so that a stop or
//! a failure half-way never leaves files that no record names.
//!
//! Before the first piece is stored, a marker `diary/t/<random id>` is put:
//! the files' id prefix, sealed to the diary's key (so the marker says
//! nothing, not even which diary it belongs to). Every staged file's id
//! starts with that prefix. Once the records are stored the marker is
//! removed ([`Stage::commit`]); on failure the files and the marker are
//! ([`Stage::abandon`]). After a stop in between, the next unlock of that
//! diary removes the staged files that none of its records names, and the
//! marker ([`recover`]).
use crate::blob;
use crate::crypto::DiaryKey;
use crate::vault::error::{Damage, VaultError};
use een_store::KvStore;

const STAGED: &str = "diary/t/";

/// Files being staged.
#[derive(Debug)]
pub struct Stage {
    marker: String,
    prefix: String,
}

impl Stage {
    /// Puts the marker for a new set of staged files.
    ///
    /// # Errors
    /// When there is no randomness or the store cannot be written.
    pub fn begin(store: &dyn KvStore, key: &DiaryKey) -> Result<Self, VaultError> {
        let prefix = blob::new_id()?;
        let marker = format!("{STAGED}{}", blob::new_id()?);
        let sealed = key
            .seal(prefix.as_bytes())
            .map_err(|_| VaultError::Damaged(Damage::Sealing))?;
        store.put(&marker, &sealed)?;
        Ok(Self { marker, prefix })
    }

    /// The id of the `n`th staged file.
    pub fn blob_id(&self, n: u32) -> String {
        format!("{}{n:08x}", self.prefix)
    }

    /// Removes the staged files for which `keep` is false.
    ///
    /// # Errors
    /// When the store cannot be written.
    pub fn keep_only(
        &self,
        store: &dyn KvStore,
        keep: &dyn Fn(&str) -> bool,
    ) -> Result<(), VaultError> {
        remove_unnamed(store, &self.prefix, keep)
    }

    /// The records naming the files are stored: forgets the marker.
    ///
    /// # Errors
    /// When the store cannot be written (the next unlock then removes it).
    pub fn commit(self, store: &dyn KvStore) -> Result<(), VaultError> {
        store.delete(&self.marker)?;
        Ok(())
    }

    /// Removes every staged file and the marker.
    ///
    /// # Errors
    /// When the store cannot be written (the next unlock then finishes it).
    pub fn abandon(self, store: &dyn KvStore) -> Result<(), VaultError> {
        remove_unnamed(store, &self.prefix, &|_| false)?;
        store.delete(&self.marker)?;
        Ok(())
    }
}

fn remove_unnamed(
    store: &dyn KvStore,
    prefix: &str,
    keep: &dyn Fn(&str) -> bool,
) -> Result<(), VaultError> {
    for id in blob::ids_with_prefix(store, prefix)? {
        if !keep(&id) {
            blob::remove(store, &id)?;
        }
    }
    Ok(())
}

/// After an unlock with `key`: finishes the stages that a stop interrupted,
/// removing their files that no record names (`named`) and their markers.
/// Markers of the other diary do not open with `key` and are left alone.
/// Returns how many stages were finished.
///
/// # Errors
/// When the store cannot be read or written.
pub fn recover(
    store: &dyn KvStore,
    key: &DiaryKey,
    named: &dyn Fn(&str) -> bool,
) -> Result<usize, VaultError> {
    let mut finished = 0;
    for (marker, sealed) in store.scan(STAGED)? {
        let Some(prefix) = key
            .open(&sealed)
            .ok()
            .and_then(|p| String::from_utf8(p).ok())
            .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_hexdigit()))
        else {
            continue;
        };
        remove_unnamed(store, &prefix, named)?;
        store.delete(&marker)?;
        finished += 1;
    }
    Ok(finished)
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::SecretString;
    use een_store::MemoryStore;

    fn key() -> DiaryKey {
        DiaryKey::create(SecretString::from("p".to_string()), 10)
            .unwrap()
            .0
    }

    #[test]
    fn an_interrupted_stage_is_finished_by_its_own_diary_only() {
        let store = MemoryStore::default();
        let (mine, other) = (key(), key());
        let stage = Stage::begin(&store, &mine).unwrap();
        let named = blob::write_with_id(&store, &mine, stage.blob_id(0), &mut &b"a"[..]).unwrap();
        let orphan = blob::write_with_id(&store, &mine, stage.blob_id(1), &mut &b"b"[..]).unwrap();
        let unrelated = blob::write(&store, &mine, &mut &b"c"[..]).unwrap();
        // The app stops here: a marker and two staged files are left.
        drop(stage);
        assert_eq!(recover(&store, &other, &|_| false).unwrap(), 0);
        assert_eq!(blob::ids_with_prefix(&store, "").unwrap().len(), 3);
        let keep = named.id.clone();
        assert_eq!(recover(&store, &mine, &move |id| id == keep).unwrap(), 1);
        let left = blob::ids_with_prefix(&store, "").unwrap();
        assert!(left.contains(&named.id) && left.contains(&unrelated.id));
        assert!(!left.contains(&orphan.id), "the orphan is removed");
        assert!(store.scan_keys(STAGED).unwrap().is_empty());
    }

    #[test]
    fn abandon_removes_everything_staged_and_commit_keeps_it() {
        let store = MemoryStore::default();
        let k = key();
        let stage = Stage::begin(&store, &k).unwrap();
        blob::write_with_id(&store, &k, stage.blob_id(0), &mut [1u8; 5000].as_slice()).unwrap();
        stage.abandon(&store).unwrap();
        assert!(store.scan_keys("diary/").unwrap().is_empty());
        let stage = Stage::begin(&store, &k).unwrap();
        let b = blob::write_with_id(&store, &k, stage.blob_id(0), &mut &b"x"[..]).unwrap();
        stage.commit(&store).unwrap();
        assert_eq!(blob::ids_with_prefix(&store, "").unwrap(), [b.id]);
        assert!(store.scan_keys(STAGED).unwrap().is_empty());
    }
}
