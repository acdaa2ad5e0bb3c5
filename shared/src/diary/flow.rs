//! The diary's part of the pure core: its state in the model, the events
//! the screens and the runtime send, the effects it asks for, and `update`.
//!
//! The key never enters the model: the runtime holds it between unlock and
//! lock. The model holds what is on screen (decrypted entries, while
//! unlocked); quick exit and lock drop it.
use std::sync::Arc;

use chrono::NaiveDate;

use crate::error::ErrorKind;
use crate::files::PickedFile;
use een_diary::chain::{Break, Hash};
use een_diary::draft::{Body, Draft, DraftError, Item};
use een_diary::entry::EntryKind;
use een_diary::import::ArchiveChain;
use een_diary::secret::Passphrase;

use een_diary::vault::VaultError;

/// Shortest passphrase accepted for a diary or an archive.
pub const MIN_PASSPHRASE: usize = 8;

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
    /// Today, on the device (for "not in the future").
    pub today: NaiveDate,
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

/// What an export needs, made by the pure core.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportJob {
    /// File name (without folder).
    pub file_name: String,
    /// The printable report.
    pub report_html: String,
    /// `Some`: an encrypted archive with `entries.json` and the files.
    pub archive: Option<ArchiveJob>,
}

/// The archive part of an export.
#[derive(Clone, Debug, PartialEq)]
pub struct ArchiveJob {
    /// Protection.
    pub to: ArchiveTo,
    /// Every record, as JSON.
    pub entries_json: String,
    /// The evidence files: blob id, file name in the archive, size.
    pub files: Vec<(String, String, u64)>,
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
    /// Today, on the device.
    pub today: Option<NaiveDate>,
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

fn change_passphrase(
    open: &mut OpenState,
    current: Passphrase,
    new: Passphrase,
    repeat: &Passphrase,
) -> Vec<DiaryEffect> {
    if open.notice == Some(Notice::ChangeBusy) {
        return vec![];
    }
    if let Some(problem) = passphrase_problem(&new, repeat) {
        open.notice = Some(Notice::ChangeRefused(problem));
        return vec![];
    }
    open.notice = Some(Notice::ChangeBusy);
    vec![DiaryEffect::ChangePassphrase { current, new }]
}

fn passphrase_problem(p: &Passphrase, repeat: &Passphrase) -> Option<CreateProblem> {
    if p.chars() < MIN_PASSPHRASE || p.is_blank() {
        Some(CreateProblem::TooShort)
    } else if p != repeat {
        Some(CreateProblem::Mismatch)
    } else {
        None
    }
}

impl OpenState {
    /// A freshly unlocked diary.
    pub fn new(items: Vec<Item>, breaks: Vec<Break>, head: Hash, today: NaiveDate) -> Self {
        let mut open = Self {
            breaks,
            today: Some(today),
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

/// Applies a diary event.
#[allow(clippy::too_many_lines)] // one short arm per event
pub fn update(state: &mut DiaryState, event: DiaryEvent) -> Vec<DiaryEffect> {
    use DiaryEvent as E;
    match event {
        E::Check => match state {
            DiaryState::Open(_) => vec![],
            _ => vec![DiaryEffect::Status],
        },
        E::Status(Ok(true)) => {
            if !matches!(state, DiaryState::Open(_) | DiaryState::Locked { .. }) {
                *state = DiaryState::Locked {
                    busy: false,
                    failed: None,
                };
            }
            vec![]
        }
        E::Status(Ok(false)) => {
            *state = DiaryState::Absent {
                busy: false,
                problem: None,
                failed: None,
            };
            vec![]
        }
        E::Status(Err(kind)) => {
            *state = DiaryState::Unavailable(kind);
            vec![]
        }
        E::Create {
            passphrase,
            repeat,
            understood,
        } => {
            let DiaryState::Absent {
                busy: false,
                problem,
                failed,
            } = state
            else {
                return vec![];
            };
            *failed = None;
            *problem = passphrase_problem(&passphrase, &repeat)
                .or((!understood).then_some(CreateProblem::NotUnderstood));
            if problem.is_some() {
                return vec![];
            }
            *state = DiaryState::Absent {
                busy: true,
                problem: None,
                failed: None,
            };
            vec![DiaryEffect::Create(passphrase)]
        }
        E::Unlock(passphrase) => {
            let DiaryState::Locked { busy: false, .. } = state else {
                return vec![];
            };
            *state = DiaryState::Locked {
                busy: true,
                failed: None,
            };
            vec![DiaryEffect::Unlock(passphrase)]
        }
        E::Opened(Ok(opened)) => {
            // Only a diary being created or unlocked opens (not a late answer after lock).
            let waiting = matches!(
                state,
                DiaryState::Absent { busy: true, .. } | DiaryState::Locked { busy: true, .. }
            );
            if !waiting {
                return vec![DiaryEffect::Lock];
            }
            *state = DiaryState::Open(Box::new(OpenState::new(
                opened.items,
                opened.breaks,
                opened.head,
                opened.today,
            )));
            vec![]
        }
        E::Opened(Err(e)) => {
            match state {
                DiaryState::Absent { busy, failed, .. } | DiaryState::Locked { busy, failed } => {
                    *busy = false;
                    *failed = Some(e);
                }
                _ => {}
            }
            vec![]
        }
        E::AskWipe => {
            if matches!(
                state,
                DiaryState::Open(_) | DiaryState::Locked { busy: false, .. }
            ) {
                // Nothing of the diary stays on screen or in memory while asking.
                *state = DiaryState::ConfirmWipe;
                return vec![DiaryEffect::Lock];
            }
            vec![]
        }
        E::CancelWipe => {
            if *state == DiaryState::ConfirmWipe {
                // The key was dropped when asking from an open diary: unlock again.
                *state = DiaryState::Locked {
                    busy: false,
                    failed: None,
                };
            }
            vec![DiaryEffect::Lock]
        }
        E::ConfirmWipe => {
            if *state != DiaryState::ConfirmWipe {
                return vec![];
            }
            *state = DiaryState::Wiping;
            vec![DiaryEffect::Wipe]
        }
        E::Wiped(result) => {
            *state = match result {
                Ok(()) => DiaryState::Absent {
                    busy: false,
                    problem: None,
                    failed: None,
                },
                Err(_) => DiaryState::Unavailable(ErrorKind::StoreUnavailable),
            };
            vec![]
        }
        E::Lock => {
            if matches!(state, DiaryState::Open(_)) {
                *state = DiaryState::Locked {
                    busy: false,
                    failed: None,
                };
            }
            vec![DiaryEffect::Lock]
        }
        other => match state {
            DiaryState::Open(open) => update_open(open, other),
            _ => vec![],
        },
    }
}

#[allow(clippy::too_many_lines)] // one short arm per event
fn update_open(open: &mut OpenState, event: DiaryEvent) -> Vec<DiaryEffect> {
    use DiaryEvent as E;
    match event {
        E::New(kind) => {
            open.generation += 1;
            open.notice = None;
            open.selected = None;
            open.editor = Some(Editor {
                kind,
                replaces: None,
                busy: false,
                problem: None,
                progress: None,
            });
        }
        E::Edit(seq) => {
            if let Some(kind) = open
                .item(seq)
                .and_then(|i| i.body.as_ref())
                .map(|b| b.entry.kind())
            {
                open.generation += 1;
                open.notice = None;
                open.editor = Some(Editor {
                    kind,
                    replaces: Some(seq),
                    busy: false,
                    problem: None,
                    progress: None,
                });
            }
        }
        E::CancelEdit => open.editor = None,
        E::Save(draft) => return save(open, &draft),
        E::Attach { note, file } => {
            let Some(editor) = open.editor.as_mut().filter(|e| !e.busy) else {
                return vec![];
            };
            if note.chars().count() > een_diary::entry::MAX_TEXT {
                editor.problem = Some(DraftError::Entry(een_diary::entry::EntryError::TooLong));
                return vec![];
            }
            editor.busy = true;
            editor.problem = None;
            editor.progress = Some((0, file.size));
            return vec![DiaryEffect::StoreFile { note, file }];
        }
        E::Saved(Ok(item)) => {
            open.selected = Some(item.seq);
            open.add([item]);
            open.editor = None;
            open.notice = Some(Notice::Saved);
        }
        E::Saved(Err(e)) => {
            if let Some(editor) = open.editor.as_mut() {
                editor.busy = false;
                editor.progress = None;
            }
            open.notice = Some(Notice::SaveFailed(e));
        }
        E::OpenEntry(seq) => {
            open.selected = seq;
            open.editor = None;
            open.notice = None;
        }
        E::ShowMore => open.limit += PAGE,
        E::Search(text) => open.search = text.chars().take(200).collect(),
        E::FilterKind(kind) => open.kind = kind,
        E::FilterFrom(day) => open.from = day.chars().take(10).collect(),
        E::FilterTo(day) => open.to = day.chars().take(10).collect(),
        E::ClearFilters => {
            open.search.clear();
            open.kind = None;
            open.from.clear();
            open.to.clear();
        }
        E::Progress { done, total } => {
            if let Some(editor) = open.editor.as_mut().filter(|e| e.progress.is_some()) {
                editor.progress = Some((done, total));
            } else if open.transfer.running.is_some() {
                open.transfer.running = Some((done, total));
            }
        }
        E::ExportReport | E::ExportArchive(_) | E::Import { .. } => {
            return start_transfer(open, event)
        }
        E::DismissExport => open.transfer = Transfer::default(),
        E::SetDuress { passphrase, repeat } => {
            if open.notice == Some(Notice::DuressBusy) {
                return vec![];
            }
            if let Some(problem) = passphrase_problem(&passphrase, &repeat) {
                open.notice = Some(Notice::DuressRefused(problem));
                return vec![];
            }
            open.notice = Some(Notice::DuressBusy);
            return vec![DiaryEffect::SetDuress(passphrase)];
        }
        E::DuressSet(result) => {
            open.notice = Some(match result {
                Ok(()) => Notice::DuressSet,
                Err(VaultError::State) => Notice::DuressSame,
                Err(e) => Notice::DuressFailed(e),
            });
        }
        E::ChangePassphrase {
            current,
            new,
            repeat,
        } => return change_passphrase(open, current, new, &repeat),
        E::PassphraseChanged(result) => {
            open.notice = Some(match result {
                Ok(()) => Notice::Changed,
                Err(VaultError::WrongPassphrase { .. }) => Notice::ChangeWrong,
                Err(VaultError::State) => Notice::ChangeSame,
                Err(e) => Notice::ChangeFailed(e),
            });
        }
        // A late answer (the diary was locked and opened again meanwhile)
        // belongs to no transfer on screen.
        E::Exported(_) | E::Imported(_) if open.transfer.running.is_none() => {}
        E::Exported(result) => {
            open.transfer.running = None;
            match result {
                Ok(done) => open.transfer.done = Some(done),
                Err(e) => open.transfer.failed = Some(TransferFailure::Error(e)),
            }
        }
        E::Imported(result) => {
            open.transfer.running = None;
            match result {
                Ok(done) => {
                    open.transfer.imported = Some(ImportSummary {
                        added: done.items.len(),
                        skipped: done.skipped,
                        chain: done.chain,
                    });
                    open.add(done.items);
                }
                Err(e) => open.transfer.failed = Some(TransferFailure::Error(e)),
            }
        }
        _ => {}
    }
    vec![]
}

fn save(open: &mut OpenState, draft: &Draft) -> Vec<DiaryEffect> {
    let Some(editor) = open.editor.as_mut().filter(|e| !e.busy) else {
        return vec![];
    };
    let previous = editor
        .replaces
        .and_then(|s| open.items.iter().find(|i| i.seq == s))
        .and_then(|i| i.body.as_ref())
        .map(|b| &b.entry);
    let today = open.today.unwrap_or(NaiveDate::MAX);
    match draft.to_entry(today, previous) {
        Ok(entry) => {
            editor.busy = true;
            editor.problem = None;
            vec![DiaryEffect::Append(Body::new(entry, editor.replaces))]
        }
        Err(problem) => {
            editor.problem = Some(problem);
            vec![]
        }
    }
}

fn start_transfer(open: &mut OpenState, event: DiaryEvent) -> Vec<DiaryEffect> {
    if open.transfer.running.is_some() {
        return vec![];
    }
    open.transfer = Transfer::default();
    let effect = match event {
        DiaryEvent::Import { file, passphrase } => DiaryEffect::Import { file, passphrase },
        DiaryEvent::ExportReport => DiaryEffect::Export(Box::new(ExportJob {
            file_name: String::new(),
            report_html: String::new(),
            archive: None,
        })),
        DiaryEvent::ExportArchive(to) => {
            if let ArchiveTo::Passphrase { passphrase, repeat } = &to {
                if let Some(problem) = passphrase_problem(passphrase, repeat) {
                    open.transfer.failed = Some(TransferFailure::Form(problem));
                    return vec![];
                }
            }
            DiaryEffect::Export(Box::new(ExportJob {
                file_name: String::new(),
                report_html: String::new(),
                archive: Some(ArchiveJob {
                    to,
                    entries_json: String::new(),
                    files: Vec::new(),
                }),
            }))
        }
        _ => return vec![],
    };
    open.transfer.running = Some((0, 0));
    vec![effect]
}
