//! Why an archive could not be written or read ([`ArchiveError`]), one
//! case for each thing the person can be told.
use std::io;

/// Why an archive could not be written or read. Each case is one thing the
/// person can be told.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArchiveError {
    /// The passphrase does not open this archive. (A damaged passphrase
    /// stanza looks the same: age cannot tell the two apart.)
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The identity given does not open this archive: it is encrypted to
    /// other public keys.
    #[error("this key does not open the archive")]
    WrongKey,
    /// The archive is encrypted to a public key, not with a passphrase.
    #[error("the archive is encrypted to a key, not with a passphrase")]
    NeedsKey,
    /// The archive is encrypted with a passphrase, not to a public key.
    #[error("the archive is encrypted with a passphrase, not to a key")]
    NeedsPassphrase,
    /// The input is not an age file at all.
    #[error("not an age-encrypted file")]
    NotAgeFile,
    /// The input is a readable age file, but its content is not a diary
    /// archive (not a tar, or a tar without `entries.json`).
    #[error("not a diary archive")]
    NotAnArchive,
    /// The archive is truncated or corrupt (header, ciphertext or tar).
    #[error("the archive is damaged or incomplete")]
    Damaged,
    /// The archive asks for more passphrase work than this device's budget
    /// ([`crate::budget`]); nothing was derived.
    #[error("the archive asks for too much work (2^{required})")]
    TooMuchWork {
        /// The work factor (log2 N) the archive asks for.
        required: u8,
    },
    /// An export was asked for a work factor outside `1..=MAX_WORK_FACTOR`.
    #[error("work factor {0} is out of range")]
    BadWorkFactor(u8),
    /// The public key to export to is not an `age1...` X25519 key.
    #[error("not an age public key")]
    BadRecipient,
    /// The identity to import with is not an `AGE-SECRET-KEY-1...` key.
    #[error("not an age secret key")]
    BadIdentity,
    /// `entries.json` is over
    /// [`MAX_ENTRIES_JSON`](crate::archive::MAX_ENTRIES_JSON), or a file is
    /// over the 8 GiB that a ustar entry can hold.
    #[error("too large")]
    TooLarge,
    /// An evidence file's reader gave more or fewer bytes than its size.
    #[error("file {0} changed while it was exported")]
    SizeMismatch(String),
    /// Encryption failed (should not happen).
    #[error("encryption failed")]
    Encrypt,
    /// Reading the input, writing the output or the `on_file` callback failed.
    #[error("i/o error: {0}")]
    Io(String),
}

/// An [`ArchiveError::Io`] from an I/O error.
#[allow(clippy::needless_pass_by_value)] // used with map_err
pub(super) fn io_error(e: io::Error) -> ArchiveError {
    ArchiveError::Io(e.to_string())
}
