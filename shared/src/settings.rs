//! The user's preferences: the only state that survives a restart so far.
//!
//! Nothing in here is sensitive (no content, no history): a language code,
//! whether the quick-exit explanation was read, the update consent, the
//! auto-lock time and, in disguise mode, a salted hash of the code. It is stored as JSON by the
//! runtime; the diary will have its own encrypted store.
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};

/// Preferences the user chose. Unknown fields are ignored, and a missing or
/// unreadable field takes its default while the others are kept, so an
/// older or newer app version (or one damaged field) never fails to start
/// and never drops the disguise with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language the user picked, as a BCP 47 tag; `None` follows the device.
    #[serde(deserialize_with = "lenient")]
    pub language: Option<String>,
    /// Whether the user has seen (and closed) the quick-exit explanation.
    #[serde(deserialize_with = "lenient")]
    pub exit_info_seen: bool,
    /// Whether the app may check for updated information; `None`: not asked yet.
    #[serde(deserialize_with = "lenient")]
    pub update_checks: Option<bool>,
    /// Disguise mode: open as a calculator; the code opens the app.
    #[serde(deserialize_with = "lenient")]
    pub disguise: Option<crate::disguise::DisguiseCode>,
    /// Minutes without use after which the diary locks; `None`: the default.
    #[serde(deserialize_with = "lenient")]
    pub auto_lock_minutes: Option<u8>,
}

/// Largest stored settings read at all (they are under 1 KB).
pub const MAX_SETTINGS_BYTES: usize = 64 * 1024;

/// Why stored settings could not be read; the app starts with defaults and
/// says so (`err-store-corrupt`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsError {
    /// Larger than [`MAX_SETTINGS_BYTES`]: not written by this app.
    #[error("settings too large")]
    TooLarge,
    /// Not a JSON object.
    #[error("settings unreadable: {0}")]
    Malformed(#[from] serde_json::Error),
}

/// One field: any JSON value is accepted; one of the wrong shape is its default.
fn lenient<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let value = serde_json::Value::deserialize(d)?;
    Ok(T::deserialize(value).unwrap_or_default())
}

/// Minutes the user can choose for the diary's auto-lock.
pub const AUTO_LOCK_CHOICES: [u8; 4] = [1, 2, 5, 10];
/// The default.
pub const AUTO_LOCK_DEFAULT: u8 = 2;

impl Settings {
    /// The diary's auto-lock, in minutes.
    pub fn auto_lock(&self) -> u8 {
        self.auto_lock_minutes
            .filter(|m| AUTO_LOCK_CHOICES.contains(m))
            .unwrap_or(AUTO_LOCK_DEFAULT)
    }
}

impl Settings {
    /// Reads settings from stored bytes.
    ///
    /// # Errors
    /// [`SettingsError::TooLarge`] past [`MAX_SETTINGS_BYTES`];
    /// [`SettingsError::Malformed`] when the bytes are not a JSON object.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, SettingsError> {
        if bytes.len() > MAX_SETTINGS_BYTES {
            return Err(SettingsError::TooLarge);
        }
        Ok(serde_json::from_slice(bytes)?)
    }

    /// The bytes to store.
    ///
    /// # Panics
    /// Never: the struct has only strings and booleans.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("settings always serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_bytes() {
        let s = Settings {
            language: Some("en".into()),
            exit_info_seen: true,
            ..Settings::default()
        };
        assert_eq!(Settings::from_bytes(&s.to_bytes()).unwrap(), s);
    }

    #[test]
    fn unknown_and_missing_fields_do_not_fail() {
        let s = Settings::from_bytes(br#"{"future_field": 3}"#).unwrap();
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(Settings::from_bytes(b"\xff\x00not json").is_err());
    }

    #[test]
    fn deep_nesting_and_oversize_are_errors_not_a_crash() {
        // serde_json stops at 128 levels: no stack overflow.
        let deep = format!(
            "{{\"language\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(Settings::from_bytes(deep.as_bytes()).is_err());
        let big = format!("{{\"language\": \"{}\"}}", "x".repeat(MAX_SETTINGS_BYTES));
        assert!(matches!(
            Settings::from_bytes(big.as_bytes()),
            Err(SettingsError::TooLarge)
        ));
    }

    /// Settings as a user could have them: every field set.
    fn full() -> Settings {
        Settings {
            language: Some("ar".into()),
            exit_info_seen: true,
            update_checks: Some(false),
            disguise: Some(crate::disguise::DisguiseCode::new("4711").unwrap()),
            auto_lock_minutes: Some(5),
        }
    }

    const FIELDS: [&str; 5] = [
        "language",
        "exit_info_seen",
        "update_checks",
        "disguise",
        "auto_lock_minutes",
    ];

    /// JSON values of every shape, some of them far too large for the field.
    fn hostile_value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::{json, Value};
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("JSON has no NaN", |f| f.is_finite())
                .prop_map(Value::from),
            "\\PC{0,40}".prop_map(Value::from),
            Just(json!("\u{202e}\u{0301}\u{0000}\u{feff}")),
            (1usize..8).prop_map(|k| Value::from("x".repeat(k * 1000))),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                prop::collection::btree_map("[a-z_]{0,8}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A store whose contents the test can still read after the core owns it.
    struct Shared(std::sync::Arc<een_store::MemoryStore>);

    impl een_store::KvStore for Shared {
        fn get(&self, key: &str) -> Result<Option<Vec<u8>>, een_store::StoreError> {
            self.0.get(key)
        }
        fn put(&self, key: &str, value: &[u8]) -> Result<(), een_store::StoreError> {
            self.0.put(key, value)
        }
        fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, een_store::StoreError> {
            self.0.scan(prefix)
        }
        fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, een_store::StoreError> {
            self.0.scan_keys(prefix)
        }
        fn delete(&self, key: &str) -> Result<(), een_store::StoreError> {
            self.0.delete(key)
        }
    }

    use een_store::KvStore as _;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
            if let Ok(s) = Settings::from_bytes(&bytes) {
                prop_assert!(AUTO_LOCK_CHOICES.contains(&s.auto_lock()));
                prop_assert_eq!(Settings::from_bytes(&s.to_bytes()).ok(), Some(s));
            }
        }

        /// Truncated, bit-flipped or repeated stored settings: read or
        /// refused, never a panic; whatever is read is usable.
        #[test]
        fn damaged_settings_never_panic(at in any::<prop::sample::Index>(), bit in 0u8..8, how in 0u8..3) {
            let good = full().to_bytes();
            let at = at.index(good.len());
            let damaged = match how {
                0 => good[..at].to_vec(),
                1 => {
                    let mut d = good.clone();
                    d[at] ^= 1 << bit;
                    d
                }
                _ => [&good[..at], &good[at..], &good[at..]].concat(),
            };
            if let Ok(s) = Settings::from_bytes(&damaged) {
                prop_assert!(AUTO_LOCK_CHOICES.contains(&s.auto_lock()));
            }
        }

        /// One field of the wrong shape (a future version's, a damaged one)
        /// takes its default; every other field, the disguise above all, is kept.
        #[test]
        fn one_bad_field_keeps_all_the_others(field in prop::sample::select(&FIELDS[..]), value in hostile_value()) {
            let good = full();
            let mut json = serde_json::to_value(&good).unwrap();
            json[field] = value;
            let read = Settings::from_bytes(&serde_json::to_vec(&json).unwrap())
                .expect("a JSON object is always read");
            let (mut a, mut b) = (
                serde_json::to_value(&read).unwrap(),
                serde_json::to_value(&good).unwrap(),
            );
            a.as_object_mut().unwrap().remove(field);
            b.as_object_mut().unwrap().remove(field);
            prop_assert_eq!(a, b, "only {} may change", field);
        }

        /// Hostile stored bytes through the whole app: it starts (with the
        /// "could not be read" notice if nothing was readable), and the
        /// stored bytes are not touched by starting.
        #[test]
        fn the_app_starts_on_any_stored_settings_and_leaves_them(bytes in prop::collection::vec(any::<u8>(), 0..300), json in any::<bool>()) {
            let bytes = if json {
                let mut v = full().to_bytes();
                v.extend_from_slice(&bytes);
                v
            } else {
                bytes
            };
            let store = std::sync::Arc::new(een_store::MemoryStore::default());
            store.put(crate::runtime::SETTINGS_KEY, &bytes).unwrap();
            let config = crate::model::CoreConfig::default();
            let runtime = crate::runtime::Runtime::with_store(Box::new(Shared(store.clone())));
            let mut core = crate::Core::with_runtime(config, runtime);
            let vm = core.handle(crate::app::Event::Start);
            let readable = Settings::from_bytes(&bytes).is_ok();
            match &vm.phase {
                crate::view::PhaseView::Ready(app) => {
                    prop_assert_eq!(app.notice.is_some(), !readable);
                }
                _ => prop_assert!(readable, "a disguise only from readable settings"),
            }
            prop_assert_eq!(store.get(crate::runtime::SETTINGS_KEY).unwrap(), Some(bytes));
        }
    }
}
