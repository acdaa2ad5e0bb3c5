//! Secrets as the UI hands them in: a passphrase is a `SecretString` from
//! the moment it reaches the core. It never shows in `Debug`, and is
//! zeroised when dropped.
use age::secrecy::{ExposeSecret, SecretString};

/// A passphrase typed by the user.
#[derive(Clone)]
pub struct Passphrase(SecretString);

impl Passphrase {
    /// Takes the typed text.
    pub fn new(text: String) -> Self {
        Self(SecretString::from(text))
    }

    /// The secret, for the crypto.
    pub fn secret(&self) -> SecretString {
        self.0.clone()
    }

    /// Length in characters (for the "too short" rule).
    pub fn chars(&self) -> usize {
        self.0.expose_secret().chars().count()
    }

    /// Whether it is all white space.
    pub fn is_blank(&self) -> bool {
        self.0.expose_secret().trim().is_empty()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_never_shows_in_debug() {
        let p = Passphrase::new("hunter2 correct horse".into());
        assert_eq!(format!("{p:?}"), "Passphrase(..)");
        assert_eq!(p.chars(), 21);
        assert_eq!(p, Passphrase::new("hunter2 correct horse".into()));
    }
}
