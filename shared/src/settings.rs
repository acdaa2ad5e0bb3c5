//! The user's preferences: the only state that survives a restart so far.
//!
//! Nothing in here is sensitive (no content, no history): a language code,
//! whether the quick-exit explanation was read, the update consent, the
//! auto-lock time and, in disguise mode, a salted hash of the code. It is stored as JSON by the
//! runtime; the diary will have its own encrypted store.
use serde::{Deserialize, Serialize};

/// Preferences the user chose. Unknown fields are ignored and missing ones take
/// their default, so an older or newer app version never fails to start.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language the user picked, as a BCP 47 tag; `None` follows the device.
    pub language: Option<String>,
    /// Whether the user has seen (and closed) the quick-exit explanation.
    pub exit_info_seen: bool,
    /// Whether the app may check for updated information; `None`: not asked yet.
    pub update_checks: Option<bool>,
    /// Disguise mode: open as a calculator; the code opens the app.
    pub disguise: Option<crate::disguise::DisguiseCode>,
    /// Minutes without use after which the diary locks; `None`: the default.
    pub auto_lock_minutes: Option<u8>,
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
    /// Returns the JSON error when the bytes are not valid settings.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(bytes)
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
}
