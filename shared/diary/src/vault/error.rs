//! Why the diary could not be opened or written ([`VaultError`]), and, when
//! something is damaged or failed, what it was ([`Damage`]): a name, never
//! the text of an underlying error, so nothing of a file or a platform
//! message travels into the model.
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
    /// Damaged key or storage, or a step that failed: what it was.
    #[error("damaged: {0}")]
    Damaged(Damage),
    /// The stored key asks for more memory than this device's budget
    /// ([`crate::budget`]); nothing was derived and no failed try counted.
    #[error("the key asks for too much work (2^{required})")]
    TooMuchWork {
        /// The work factor (log2 N) it asks for.
        required: u8,
    },
}

/// What was damaged, or which step failed, in a [`VaultError::Damaged`].
/// The person is told the same for each ("the diary is damaged or could not
/// be written"); the kind is for tests, logs on a developer's machine and
/// reports, and carries no text of the error behind it.
#[derive(Debug, thiserror::Error, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Damage {
    /// The store could not be read or written.
    #[error("the store could not be read or written")]
    Store,
    /// The key ring: a slot missing or too large, or a wrapped key that
    /// does not open as this diary's key.
    #[error("the key ring")]
    KeyRing,
    /// The key ring changed while a change of passphrase was under way
    /// (another change finished first); nothing was written.
    #[error("the key ring changed meanwhile")]
    RingChanged,
    /// age could not seal (encrypt) a record, a segment, a file or a key.
    #[error("sealing failed")]
    Sealing,
    /// Sealed data does not open: damaged, missing, or not sealed to this
    /// diary.
    #[error("sealed data does not open")]
    Unreadable,
    /// The platform gave no randomness.
    #[error("no randomness")]
    Random,
    /// A record could not be written as JSON.
    #[error("a record could not be encoded")]
    Encoding,
    /// Reading a file being added (a picked file, its stream) failed.
    #[error("reading a file failed")]
    Io,
    /// An entry broke its rules when it was about to be saved.
    #[error("an entry broke its rules")]
    Entry,
}

impl From<StoreError> for VaultError {
    fn from(_: StoreError) -> Self {
        Self::Damaged(Damage::Store)
    }
}
