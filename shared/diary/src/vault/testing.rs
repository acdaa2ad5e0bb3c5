//! What the vault's tests share: a work factor, a passphrase, a time.
//! Declared under `#[cfg(test)]`.
use age::secrecy::SecretString;
use chrono::{DateTime, Utc};

pub(super) const WORK: u8 = 10;

pub(super) fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

pub(super) fn t0() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}
