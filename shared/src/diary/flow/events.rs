//! What goes in and out of the diary's state machine: the events the
//! screens and the runtime send, and the effects it asks the runtime for.
use std::sync::Arc;

use crate::error::ErrorKind;
use crate::files::PickedFile;
use crate::i18n::Texts;

use super::snapshot::Snapshot;
use een_diary::chain::{Break, Hash};
use een_diary::draft::{Body, Draft, Item};
use een_diary::entry::EntryKind;
use een_diary::import::ArchiveChain;
use een_diary::secret::Passphrase;

use een_diary::vault::VaultError;

/// Who an archive is for.
#[derive(Clone, Debug, PartialEq)]
pub enum ArchiveTo {
    /// Protected with a passphrase (typed twice).
    Passphrase {
        /// The passphrase.
        passphrase: Passphrase,
        /// Typed again.
        repeat: Passphrase,
    },
    /// For someone's age public key (`age1…`).
    Recipient(String),
}

/// What the user does in the diary, and what the runtime reports.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum DiaryEvent {
    /// The diary screen opened: find out whether there is a diary.
    Check,
    /// Make a new diary.
    Create {
        /// The passphrase.
        passphrase: Passphrase,
        /// Typed again.
        repeat: Passphrase,
        /// "I understand it cannot be recovered" was ticked.
        understood: bool,
    },
    /// Unlock with a passphrase.
    Unlock(Passphrase),
    /// Lock now.
    Lock,
    /// Open an empty form of a kind.
    New(EntryKind),
    /// Open the form for a new version of an entry (by its latest record).
    Edit(u64),
    /// Close the form without saving.
    CancelEdit,
    /// Save the open form.
    Save(Draft),
    /// Save a picked file as evidence, with a note.
    Attach {
        /// What it shows.
        note: String,
        /// The file.
        file: PickedFile,
    },
    /// Open an entry (or close it: `None`).
    OpenEntry(Option<u64>),
    /// Search text.
    Search(String),
    /// Only one kind (or all: `None`).
    FilterKind(Option<EntryKind>),
    /// From this day (`YYYY-MM-DD`, or empty).
    FilterFrom(String),
    /// Until this day (`YYYY-MM-DD`, or empty).
    FilterTo(String),
    /// Clear search and filters.
    ClearFilters,
    /// Show more entries in the list.
    ShowMore,
    /// Make the printable report.
    ExportReport,
    /// Make an encrypted archive.
    ExportArchive(ArchiveTo),
    /// Import an archive into this diary.
    Import {
        /// The archive.
        file: PickedFile,
        /// Its passphrase.
        passphrase: Passphrase,
    },
    /// Forget the finished export (and its bytes).
    DismissExport,
    /// Set (or replace) the duress passphrase: it opens a separate, empty diary.
    SetDuress {
        /// The duress passphrase.
        passphrase: Passphrase,
        /// Typed again.
        repeat: Passphrase,
    },
    /// Runtime: the duress passphrase was set.
    DuressSet(Result<(), VaultError>),
    /// Change this diary's passphrase (the current one is asked, so that
    /// someone with the open phone cannot lock the user out).
    ChangePassphrase {
        /// The passphrase in use.
        current: Passphrase,
        /// The new one.
        new: Passphrase,
        /// Typed again.
        repeat: Passphrase,
    },
    /// Runtime: the passphrase was changed, or why not.
    PassphraseChanged(Result<(), VaultError>),
    /// "Erase diary" was pressed: ask for confirmation.
    AskWipe,
    /// Not now.
    CancelWipe,
    /// Erase for good: the key first, then everything else.
    ConfirmWipe,
    /// Runtime: the diary was erased.
    Wiped(Result<(), VaultError>),
    /// Runtime: whether there is a diary.
    Status(Result<bool, ErrorKind>),
    /// Runtime: the diary was created or unlocked.
    Opened(Result<OpenedDiary, VaultError>),
    /// Runtime: a record was saved.
    Saved(Result<Item, VaultError>),
    /// Runtime: a long job's progress (bytes).
    Progress {
        /// Done.
        done: u64,
        /// Total.
        total: u64,
    },
    /// Runtime: an export finished.
    Exported(Result<Exported, TransferError>),
    /// Runtime: an import finished; its records were added.
    Imported(Result<ImportDone, TransferError>),
}

/// What an import added, and what it found.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDone {
    /// The records added, in order.
    pub items: Vec<Item>,
    /// Records of the archive that the diary already held: not added again.
    pub skipped: usize,
    /// The archive's own chain.
    pub chain: ArchiveChain,
}

/// The diary as unlocking found it.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedDiary {
    /// Every readable record, in order.
    pub items: Vec<Item>,
    /// Where the chain breaks.
    pub breaks: Vec<Break>,
    /// The last record's hash.
    pub head: Hash,
}

/// A finished export.
#[derive(Clone, Debug, PartialEq)]
pub enum Exported {
    /// The bytes, for the browser to download.
    Bytes {
        /// File name.
        file_name: String,
        /// Media type.
        mime: String,
        /// The file.
        data: Arc<[u8]>,
    },
    /// Written to a file on the device.
    File(std::path::PathBuf),
}

impl From<een_diary::format::FormatError> for TransferError {
    fn from(e: een_diary::format::FormatError) -> Self {
        match e {
            een_diary::format::FormatError::NotAnArchive => Self::NotAnArchive,
            een_diary::format::FormatError::Damaged => Self::Damaged,
        }
    }
}

/// Why an export or import failed. Nothing in the diary changed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransferError {
    /// The archive's passphrase is wrong.
    WrongPassphrase,
    /// Not an archive of this app (or for a key we do not have).
    NotAnArchive,
    /// The archive is damaged or cut short.
    Damaged,
    /// The public key is not an age public key.
    BadRecipient,
    /// The archive is too large.
    TooLarge,
    /// The archive's passphrase asks for more memory than this device's
    /// budget allows ([`een_diary::budget`]); nothing was derived.
    TooMuchWork {
        /// The work factor (log2 N) it asks for.
        required: u8,
    },
    /// The diary is locked.
    Locked,
    /// Reading or writing failed.
    Io(String),
}

/// What the diary asks the runtime to do.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum DiaryEffect {
    /// Whether a diary exists: answers [`DiaryEvent::Status`].
    Status,
    /// Make the key and the diary: answers [`DiaryEvent::Opened`].
    Create(Passphrase),
    /// Unlock: answers [`DiaryEvent::Opened`].
    Unlock(Passphrase),
    /// Drop the key.
    Lock,
    /// Seal and store a record (the runtime sets its time): answers [`DiaryEvent::Saved`].
    Append(Body),
    /// Seal a file, then its evidence record: answers [`DiaryEvent::Saved`].
    StoreFile {
        /// The note.
        note: String,
        /// The file.
        file: PickedFile,
    },
    /// Write an export: answers [`DiaryEvent::Exported`].
    Export(Box<ExportJob>),
    /// Import an archive: answers [`DiaryEvent::Imported`].
    Import {
        /// The archive.
        file: PickedFile,
        /// Its passphrase.
        passphrase: Passphrase,
    },
    /// Drop the key and erase the diary: answers [`DiaryEvent::Wiped`].
    Wipe,
    /// Wrap a duress diary's key: answers [`DiaryEvent::DuressSet`].
    SetDuress(Passphrase),
    /// Wrap this diary's key with a new passphrase: answers
    /// [`DiaryEvent::PassphraseChanged`].
    ChangePassphrase {
        /// The passphrase in use.
        current: Passphrase,
        /// The new one.
        new: Passphrase,
    },
}

/// What to export, as the state machine decides it. The runtime writes the
/// report, `entries.json` and the files from it (`crate::diary::report`),
/// off the update path.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportJob {
    /// File name (without folder).
    pub file_name: String,
    /// The records to export, as the open diary holds them.
    pub diary: Snapshot,
    /// `Some`: an encrypted archive (with `entries.json` and the files) for
    /// this; `None`: the printable report alone.
    pub archive: Option<ArchiveTo>,
    /// The user's language for the report; the state machine leaves it
    /// empty and `crate::diary::export::update` adds it (the runtime
    /// refuses a job without it).
    pub texts: Option<Texts>,
}

/// Why the diary cannot be used at the moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateProblem {
    /// Shorter than [`MIN_PASSPHRASE`].
    TooShort,
    /// The two do not match.
    Mismatch,
    /// "I understand" not ticked.
    NotUnderstood,
}
