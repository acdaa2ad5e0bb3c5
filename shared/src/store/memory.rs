//! An in-memory store: for tests, and where the platform offers no storage.
use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{KvStore, StoreError};

/// Keeps values until the app closes.
#[derive(Default)]
pub struct MemoryStore(RefCell<BTreeMap<String, Vec<u8>>>);

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.0.borrow().get(key).cloned())
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.0.borrow_mut().insert(key.to_string(), value.to_vec());
        Ok(())
    }

    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .0
            .borrow()
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key);
        Ok(())
    }
}
