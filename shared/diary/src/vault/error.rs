//! Why the diary could not be opened or written ([`VaultError`]).
use een_store::StoreError;

/// Why the diary could not be opened or written.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum VaultError {
    /// Wrong passphrase; the next try is possible after `wait`.
    #[error("wrong passphrase")]
    WrongPassphrase {
        /// How long until the next try.
        wait: std::time::Duration,
    },
    /// Too soon after failed tries; nothing was checked.
    #[error("too soon")]
    TooSoon {
        /// How long until the next try.
        wait: std::time::Duration,
    },
    /// There is already a diary (create) or none (unlock).
    #[error("diary exists or is missing")]
    State,
    /// Damaged key or storage.
    #[error("damaged: {0}")]
    Damaged(String),
    /// The stored key asks for more memory than this device's budget
    /// ([`crate::budget`]); nothing was derived and no failed try counted.
    #[error("the key asks for too much work (2^{required})")]
    TooMuchWork {
        /// The work factor (log2 N) it asks for.
        required: u8,
    },
}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        Self::Damaged(e.to_string())
    }
}
