//! The diary's state in the model: locked, open (with what is on screen),
//! and the notices it shows. Lock and quick exit drop all of it.

use crate::error::ErrorKind;
use een_diary::chain::{Break, Hash};
use een_diary::draft::{DraftError, Item};
use een_diary::entry::EntryKind;
use een_diary::import::ArchiveChain;

use super::events::{CreateProblem, Exported, TransferError};
use super::snapshot::Snapshot;
use een_diary::vault::VaultError;

/// The diary in the model.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum DiaryState {
    /// Not looked at yet.
    #[default]
    Unknown,
    /// The store cannot be read.
    Unavailable(ErrorKind),
    /// No diary yet.
    Absent {
        /// Making the key.
        busy: bool,
        /// What is wrong with the form.
        problem: Option<CreateProblem>,
        /// Creation failed.
        failed: Option<VaultError>,
    },
    /// A diary, locked.
    Locked {
        /// Checking a passphrase.
        busy: bool,
        /// Why the last try failed.
        failed: Option<VaultError>,
    },
    /// Unlocked.
    Open(Box<OpenState>),
    /// Asking whether to erase the diary (from locked or open).
    ConfirmWipe,
    /// Being erased.
    Wiping,
}

/// The unlocked diary's state (lives only until lock or quick exit).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OpenState {
    /// Every record, in order.
    pub items: Vec<Item>,
    /// Where the chain breaks.
    pub breaks: Vec<Break>,
    /// The last record's hash.
    pub head: Hash,
    /// Search text.
    pub search: String,
    /// Kind filter.
    pub kind: Option<EntryKind>,
    /// From (as typed).
    pub from: String,
    /// To (as typed).
    pub to: String,
    /// The opened entry (latest record number).
    pub selected: Option<u64>,
    /// The open form.
    pub editor: Option<Editor>,
    /// Export or import under way, with progress.
    pub transfer: Transfer,
    /// Something to say (saved, or a problem).
    pub notice: Option<Notice>,
    /// Counts form openings.
    pub generation: u64,
    /// Record numbers that a later version replaces.
    pub replaced: std::collections::HashSet<u64>,
    /// How many entries the list shows (more on request).
    pub limit: usize,
}

/// Entries the list shows at first, and more per "show more".
pub const PAGE: usize = 100;

/// The open form.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    /// Kind.
    pub kind: EntryKind,
    /// The version it replaces.
    pub replaces: Option<u64>,
    /// Saving.
    pub busy: bool,
    /// What is wrong.
    pub problem: Option<DraftError>,
    /// Sealing a file: bytes done and total.
    pub progress: Option<(u64, u64)>,
}

/// Export and import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Transfer {
    /// Under way: done and total bytes (total 0: unknown).
    pub running: Option<(u64, u64)>,
    /// A finished export.
    pub done: Option<Exported>,
    /// What went wrong (or was refused before starting).
    pub failed: Option<TransferFailure>,
    /// What the last import added.
    pub imported: Option<ImportSummary>,
}

/// What the last import added, for the message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Records added.
    pub added: usize,
    /// Records already there.
    pub skipped: usize,
    /// The archive's chain.
    pub chain: ArchiveChain,
}

/// Why a transfer did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransferFailure {
    /// Refused before it started (passphrase rules).
    Form(CreateProblem),
    /// Failed.
    Error(TransferError),
}

/// A message in the open diary.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// An entry was saved.
    Saved,
    /// Saving failed; the form is kept.
    SaveFailed(VaultError),
    /// Being set: the key is being made.
    DuressBusy,
    /// The duress passphrase was set.
    DuressSet,
    /// The duress passphrase was refused.
    DuressRefused(CreateProblem),
    /// It is the same as the diary's passphrase.
    DuressSame,
    /// Setting it failed.
    DuressFailed(VaultError),
    /// The passphrase is being changed.
    ChangeBusy,
    /// The passphrase was changed.
    Changed,
    /// The new passphrase was refused.
    ChangeRefused(CreateProblem),
    /// The current passphrase given is not this diary's.
    ChangeWrong,
    /// The new passphrase is the second (duress) passphrase.
    ChangeSame,
    /// Changing it failed; the old passphrase still works.
    ChangeFailed(VaultError),
}

impl OpenState {
    /// What an export of this diary writes out.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            items: self.items.clone(),
            head: self.head,
            breaks: self.breaks.len(),
            replaced: self.replaced.clone(),
        }
    }

    /// A freshly unlocked diary.
    pub fn new(items: Vec<Item>, breaks: Vec<Break>, head: Hash) -> Self {
        let mut open = Self {
            breaks,
            limit: PAGE,
            ..Self::default()
        };
        open.add(items);
        // The chain's head as unlocking found it (an unreadable last record
        // still counts there).
        open.head = head;
        open
    }

    /// Adds records (written, or imported) in order.
    pub fn add(&mut self, items: impl IntoIterator<Item = Item>) {
        for item in items {
            if let Some(old) = item.body.as_ref().and_then(|b| b.replaces) {
                self.replaced.insert(old);
            }
            self.head = item.hash;
            self.items.push(item);
        }
    }

    /// The item with record number `seq` (records are in number order).
    pub fn item(&self, seq: u64) -> Option<&Item> {
        self.items
            .binary_search_by_key(&seq, |i| i.seq)
            .ok()
            .map(|at| &self.items[at])
    }

    /// Whether `seq` has been replaced by a later version.
    pub fn is_replaced(&self, seq: u64) -> bool {
        self.replaced.contains(&seq)
    }

    /// Every version of the entry whose latest record is `seq`, newest first.
    pub fn versions(&self, seq: u64) -> Vec<&Item> {
        let mut out = Vec::new();
        let mut next = self.item(seq);
        while let Some(item) = next {
            out.push(item);
            next = item
                .body
                .as_ref()
                .and_then(|b| b.replaces)
                .and_then(|s| self.item(s))
                // A record can only replace an earlier one: no loops.
                .filter(|older| older.seq < item.seq);
        }
        out
    }
}
