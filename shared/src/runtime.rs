//! Performs the core's [`Effect`]s against the platform and turns each result
//! into the [`Event`] that reports it. The only place that does I/O.
use crate::app::{Effect, Event};
use crate::error::ErrorKind;
use crate::settings::Settings;
use crate::store::{self, KvStore};

/// The key the preferences are stored under.
pub const SETTINGS_KEY: &str = "settings";

/// Owns the platform adapters.
pub struct Runtime {
    store: Box<dyn KvStore>,
    open_error: Option<ErrorKind>,
}

impl Runtime {
    /// Opens the adapters for `data_dir` (see [`store::open`]).
    pub fn new(data_dir: Option<&std::path::Path>) -> Self {
        let (store, open_error) = store::open(data_dir);
        Self { store, open_error }
    }

    /// A runtime over a given store (tests, and platforms that bring their own).
    pub fn with_store(store: Box<dyn KvStore>) -> Self {
        Self {
            store,
            open_error: None,
        }
    }

    /// Performs one effect and returns the event that reports its result.
    pub fn perform(&mut self, effect: Effect) -> Option<Event> {
        match effect {
            Effect::LoadSettings => Some(Event::SettingsLoaded(self.load_settings())),
            Effect::SaveSettings(settings) => Some(Event::SettingsSaved(
                self.store
                    .put(SETTINGS_KEY, &settings.to_bytes())
                    .map_err(|e| e.kind()),
            )),
        }
    }

    fn load_settings(&mut self) -> Result<Settings, ErrorKind> {
        if let Some(kind) = self.open_error.take() {
            return Err(kind);
        }
        match self.store.get(SETTINGS_KEY) {
            Ok(None) => Ok(Settings::default()),
            Ok(Some(bytes)) => Settings::from_bytes(&bytes).map_err(|_| ErrorKind::StoreCorrupt),
            Err(e) => Err(e.kind()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn saved_settings_load_back() {
        let mut rt = Runtime::with_store(Box::new(MemoryStore::default()));
        let s = Settings {
            language: Some("en".into()),
            exit_info_seen: true,
        };
        assert_eq!(
            rt.perform(Effect::SaveSettings(s.clone())),
            Some(Event::SettingsSaved(Ok(())))
        );
        assert_eq!(
            rt.perform(Effect::LoadSettings),
            Some(Event::SettingsLoaded(Ok(s)))
        );
    }

    #[test]
    fn nothing_saved_yet_gives_defaults() {
        let mut rt = Runtime::with_store(Box::new(MemoryStore::default()));
        assert_eq!(
            rt.perform(Effect::LoadSettings),
            Some(Event::SettingsLoaded(Ok(Settings::default())))
        );
    }

    #[test]
    fn corrupt_settings_are_reported_not_fatal() {
        let store = MemoryStore::default();
        store.put(SETTINGS_KEY, b"{{{{").unwrap();
        let mut rt = Runtime::with_store(Box::new(store));
        assert_eq!(
            rt.perform(Effect::LoadSettings),
            Some(Event::SettingsLoaded(Err(ErrorKind::StoreCorrupt)))
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_store_that_cannot_open_is_reported_and_memory_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, b"x").unwrap();
        let mut rt = Runtime::new(Some(&file));
        assert_eq!(
            rt.perform(Effect::LoadSettings),
            Some(Event::SettingsLoaded(Err(ErrorKind::StoreUnavailable)))
        );
        // The app still works: saving goes to memory.
        assert_eq!(
            rt.perform(Effect::SaveSettings(Settings::default())),
            Some(Event::SettingsSaved(Ok(())))
        );
    }
}
