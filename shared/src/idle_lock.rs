//! When the open diary locks by itself. The shell reports what it sees of
//! the user and the app ([`UseSign`]); this decides. The idle time is the
//! one chosen in Settings (`settings.rs`, `auto_lock`).
//!
//! - Left alone for the idle time: lock.
//! - The app hidden (another app, the home screen, a locked phone): lock at
//!   once, unless a file picker or the camera is open, which hides the app
//!   on phones while the user is still there. The idle time still runs then.
//! - The page or window going away: lock.
use std::time::Duration;

use serde::Deserialize;

/// What the shell saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "sign", rename_all = "lowercase")]
pub enum UseSign {
    /// No use (touch, key, scroll, input) for `ms` milliseconds.
    Idle {
        /// Milliseconds since the last use.
        ms: u64,
    },
    /// The app was hidden; `picking`: a file picker or the camera was open.
    Hidden {
        /// A file picker or the camera was open when it was hidden.
        picking: bool,
    },
    /// The page or window is going away.
    Left,
}

/// Whether `sign` locks a diary that locks after `idle` without use.
#[must_use]
pub fn locks(sign: UseSign, idle: Duration) -> bool {
    match sign {
        UseSign::Idle { ms } => Duration::from_millis(ms) >= idle,
        UseSign::Hidden { picking } => !picking,
        UseSign::Left => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO_MINUTES: Duration = Duration::from_secs(120);

    #[test]
    fn idle_for_the_chosen_time_locks_and_not_before() {
        assert!(!locks(UseSign::Idle { ms: 119_999 }, TWO_MINUTES));
        assert!(locks(UseSign::Idle { ms: 120_000 }, TWO_MINUTES));
        assert!(locks(UseSign::Idle { ms: u64::MAX }, TWO_MINUTES));
        assert!(!locks(
            UseSign::Idle { ms: 299_000 },
            Duration::from_secs(300)
        ));
    }

    #[test]
    fn hiding_locks_unless_a_picker_is_open() {
        assert!(locks(UseSign::Hidden { picking: false }, TWO_MINUTES));
        assert!(!locks(UseSign::Hidden { picking: true }, TWO_MINUTES));
    }

    #[test]
    fn leaving_locks() {
        assert!(locks(UseSign::Left, TWO_MINUTES));
    }

    #[test]
    fn signs_read_from_the_shells_words() {
        let read = |s: &str| serde_json::from_str::<UseSign>(s).ok();
        assert_eq!(
            read(r#"{"sign":"idle","ms":5}"#),
            Some(UseSign::Idle { ms: 5 })
        );
        assert_eq!(
            read(r#"{"sign":"hidden","picking":true}"#),
            Some(UseSign::Hidden { picking: true })
        );
        assert_eq!(read(r#"{"sign":"left"}"#), Some(UseSign::Left));
        assert_eq!(read(r#"{"sign":"idle","ms":-1}"#), None);
        assert_eq!(read(r#"{"sign":"gone"}"#), None);
        assert_eq!(read("true"), None);
    }
}
