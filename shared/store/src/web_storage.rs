//! The web store: the browser's `localStorage`. It holds text only, which is
//! enough for the preferences (JSON) stored so far.
use crate::kv::{KvStore, StoreError};

/// Prefix that keeps our keys apart from anything else on the origin.
const PREFIX: &str = "ee.";

/// `window.localStorage`.
pub struct WebStorage(web_sys::Storage);

impl WebStorage {
    /// `None` when the browser blocks storage (private mode in some browsers).
    pub fn open() -> Option<Self> {
        web_sys::window()?.local_storage().ok().flatten().map(Self)
    }
}

fn js_err(e: &wasm_bindgen::JsValue) -> StoreError {
    StoreError::Unavailable(format!("{e:?}"))
}

impl KvStore for WebStorage {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.0
            .get_item(&format!("{PREFIX}{key}"))
            .map(|v| v.map(String::into_bytes))
            .map_err(|e| js_err(&e))
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let text =
            std::str::from_utf8(value).map_err(|e| StoreError::Unavailable(e.to_string()))?;
        self.0
            .set_item(&format!("{PREFIX}{key}"), text)
            .map_err(|e| js_err(&e))
    }

    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let full = format!("{PREFIX}{prefix}");
        let len = self.0.length().map_err(|e| js_err(&e))?;
        let mut out = Vec::new();
        for i in 0..len {
            if let Some(key) = self.0.key(i).map_err(|e| js_err(&e))? {
                if let Some(stripped) = key.strip_prefix(PREFIX).filter(|_| key.starts_with(&full))
                {
                    if let Some(value) = self.0.get_item(&key).map_err(|e| js_err(&e))? {
                        out.push((stripped.to_string(), value.into_bytes()));
                    }
                }
            }
        }
        out.sort();
        Ok(out)
    }

    fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let full = format!("{PREFIX}{prefix}");
        let len = self.0.length().map_err(|e| js_err(&e))?;
        let mut out = Vec::new();
        for i in 0..len {
            if let Some(key) = self.0.key(i).map_err(|e| js_err(&e))? {
                if key.starts_with(&full) {
                    if let Some(stripped) = key.strip_prefix(PREFIX) {
                        out.push(stripped.to_string());
                    }
                }
            }
        }
        out.sort();
        Ok(out)
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.0
            .remove_item(&format!("{PREFIX}{key}"))
            .map_err(|e| js_err(&e))
    }
}
