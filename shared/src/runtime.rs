//! Performs the core's [`Effect`]s against the platform and turns each result
//! into the [`Event`] that reports it. The only place that does I/O.
use std::path::PathBuf;
use std::sync::Arc;

use futures::future::LocalBoxFuture;
use futures::stream::LocalBoxStream;

use crate::content::{SharedContent, BUNDLED_VERSION};
use crate::diary::work::{DiaryWork, Work};
use crate::error::ErrorKind;
use crate::event::{Effect, Event};
use crate::model::CoreConfig;
use crate::settings::Settings;
use crate::time::Now;
use crate::update::fetch::{fetch, Timeouts};
use crate::update::{bundle, UpdateError, UpdateSource};
use een_store::KvStore;

/// The key the preferences are stored under.
pub use een_store::SETTINGS_KEY;

/// What performing an effect gave.
#[allow(clippy::large_enum_variant)] // short-lived, one per effect
pub enum Performed {
    /// Done at once, maybe with an event to handle next.
    Now(Option<Event>),
    /// Under way: the future yields the event when it is done. The core keeps
    /// handling other events meanwhile (quick exit never waits for a download).
    Later(LocalBoxFuture<'static, Event>),
    /// Under way, with events along the way (progress), then the result.
    Stream(LocalBoxStream<'static, Event>),
}

/// Owns the platform adapters.
pub struct Runtime {
    store: Arc<dyn KvStore>,
    diary: DiaryWork,
    open_error: Option<ErrorKind>,
    data_dir: Option<PathBuf>,
    update: Option<UpdateSource>,
    timeouts: Timeouts,
    /// The web version's own site, where its other locales are.
    origin: Option<String>,
}

impl Runtime {
    /// Opens the adapters for the platform described by `config`.
    pub fn new(config: &CoreConfig) -> Self {
        let (store, open_error) = een_store::open(config.data_dir.as_deref());
        Self::over(store, open_error.as_ref().map(ErrorKind::from)).updates_from(config)
    }

    /// Opens the adapters, waiting for the platform store where opening it
    /// takes time (the browser's `IndexedDB`).
    pub async fn open(config: &CoreConfig) -> Self {
        let (store, open_error) = een_store::open_async(config.data_dir.as_deref()).await;
        Self::over(store, open_error.as_ref().map(ErrorKind::from)).updates_from(config)
    }

    fn over(store: Box<dyn KvStore>, open_error: Option<ErrorKind>) -> Self {
        let store: Arc<dyn KvStore> = Arc::from(store);
        Self {
            diary: DiaryWork::new(store.clone(), None),
            store,
            open_error,
            data_dir: None,
            update: None,
            timeouts: Timeouts::default(),
            origin: None,
        }
    }

    /// A runtime over a given store, without updates (tests, and platforms
    /// that bring their own store).
    pub fn with_store(store: Box<dyn KvStore>) -> Self {
        Self::over(store, None)
    }

    /// The diary's runtime (tests lower its work factor).
    pub fn diary_mut(&mut self) -> &mut DiaryWork {
        &mut self.diary
    }

    /// Takes the update source, timeouts, data and export folders from `config`.
    #[must_use]
    pub fn updates_from(mut self, config: &CoreConfig) -> Self {
        self.diary = DiaryWork::new(self.store.clone(), config.export_dir.clone());
        self.data_dir.clone_from(&config.data_dir);
        self.update.clone_from(&config.update);
        self.timeouts = config.update_timeouts;
        if config.platform == crate::model::Platform::Web {
            self.origin.clone_from(&config.public_url);
        }
        self
    }

    /// Performs one effect, asked for at `now` (the loop's reading of the
    /// clock for the event that caused it).
    pub fn perform(&mut self, effect: Effect, now: Now) -> Performed {
        Performed::Now(Some(match effect {
            Effect::Diary(effect) => {
                return match self.diary.perform(effect, now) {
                    Work::Now(event) => Performed::Now(event.map(Event::Diary)),
                    Work::Later(stream) => Performed::Stream(stream),
                }
            }
            Effect::LoadSettings => Event::SettingsLoaded(self.load_settings()),
            Effect::SaveSettings(settings) => Event::SettingsSaved(
                self.store
                    .put(SETTINGS_KEY, &settings.to_bytes())
                    .map_err(|e| ErrorKind::from(&e)),
            ),
            Effect::LoadInstalledContent => Event::InstalledContent(self.installed_content(now)),
            Effect::ApplyUpdate { fetched, installed } => Event::UpdateApplied(self.apply(
                &fetched.bundle,
                &fetched.signature,
                installed,
                now,
            )),
            Effect::LoadLocale(tag) => {
                let Some(origin) = self.origin.clone() else {
                    return Performed::Now(Some(Event::LocaleLoaded {
                        tag,
                        result: Err(crate::i18n::LocaleError::Unavailable),
                    }));
                };
                return Performed::Later(Box::pin(async move {
                    let result = crate::i18n::fetch::fetch_locale(&origin, &tag).await;
                    Event::LocaleLoaded { tag, result }
                }));
            }
            Effect::FetchUpdate => {
                let Some(source) = self.update.clone() else {
                    return Performed::Now(Some(Event::UpdateFetched(Err(
                        UpdateError::Unreachable,
                    ))));
                };
                let timeouts = self.timeouts;
                return Performed::Later(Box::pin(async move {
                    Event::UpdateFetched(fetch(&source.url, timeouts).await)
                }));
            }
        }))
    }

    /// A stored update that still verifies and is newer than the bundled content.
    fn installed_content(&self, now: Now) -> Option<SharedContent> {
        let (dir, source) = (self.data_dir.as_deref()?, self.update.as_ref()?);
        let (bytes, signature) = crate::update::store::load(dir)?;
        let content = bundle::verify(
            &bytes,
            &signature,
            &source.public_key,
            BUNDLED_VERSION,
            now.utc,
        )
        .ok()?;
        Some(SharedContent::new(content))
    }

    fn apply(
        &self,
        bytes: &[u8],
        signature: &str,
        installed: u64,
        now: Now,
    ) -> Result<SharedContent, UpdateError> {
        let source = self.update.as_ref().ok_or(UpdateError::WrongKey)?;
        let content = bundle::verify(bytes, signature, &source.public_key, installed, now.utc)?;
        if let Some(dir) = &self.data_dir {
            crate::update::store::save(dir, bytes, signature)?;
        }
        Ok(SharedContent::new(content))
    }

    fn load_settings(&mut self) -> Result<Settings, ErrorKind> {
        if let Some(kind) = self.open_error.take() {
            return Err(kind);
        }
        match self.store.get(SETTINGS_KEY) {
            Ok(None) => Ok(Settings::default()),
            Ok(Some(bytes)) => Settings::from_bytes(&bytes).map_err(|_| ErrorKind::StoreCorrupt),
            Err(e) => Err(ErrorKind::from(&e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::test_now;

    impl Performed {
        fn event(self) -> Option<Event> {
            match self {
                Performed::Now(e) => e,
                Performed::Later(_) | Performed::Stream(_) => {
                    panic!("expected an immediate result")
                }
            }
        }
    }
    use een_store::MemoryStore;

    #[test]
    fn saved_settings_load_back() {
        let mut rt = Runtime::with_store(Box::new(MemoryStore::default()));
        let s = Settings {
            language: Some("en".into()),
            exit_info_seen: true,
            ..Settings::default()
        };
        assert_eq!(
            rt.perform(Effect::SaveSettings(s.clone()), test_now())
                .event(),
            Some(Event::SettingsSaved(Ok(())))
        );
        assert_eq!(
            rt.perform(Effect::LoadSettings, test_now()).event(),
            Some(Event::SettingsLoaded(Ok(s)))
        );
    }

    #[test]
    fn nothing_saved_yet_gives_defaults() {
        let mut rt = Runtime::with_store(Box::new(MemoryStore::default()));
        assert_eq!(
            rt.perform(Effect::LoadSettings, test_now()).event(),
            Some(Event::SettingsLoaded(Ok(Settings::default())))
        );
    }

    #[test]
    fn corrupt_settings_are_reported_not_fatal() {
        let store = MemoryStore::default();
        store.put(SETTINGS_KEY, b"{{{{").unwrap();
        let mut rt = Runtime::with_store(Box::new(store));
        assert_eq!(
            rt.perform(Effect::LoadSettings, test_now()).event(),
            Some(Event::SettingsLoaded(Err(ErrorKind::StoreCorrupt)))
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_store_that_cannot_open_is_reported_and_memory_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, b"x").unwrap();
        let mut rt = Runtime::new(&CoreConfig {
            data_dir: Some(file.clone()),
            ..CoreConfig::default()
        });
        assert_eq!(
            rt.perform(Effect::LoadSettings, test_now()).event(),
            Some(Event::SettingsLoaded(Err(ErrorKind::StoreUnavailable)))
        );
        // The app still works: saving goes to memory.
        assert_eq!(
            rt.perform(Effect::SaveSettings(Settings::default()), test_now())
                .event(),
            Some(Event::SettingsSaved(Ok(())))
        );
    }
}
