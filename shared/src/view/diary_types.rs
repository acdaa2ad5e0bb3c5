//! The diary's view model types: what the diary screens show, all text
//! already in words. Built by [`super::diary`].
use std::sync::Arc;

pub use een_diary::entry::EntryKind;

/// The diary screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DiaryView {
    /// Heading.
    pub title: String,
    /// One honest line: the chain shows changes, it is not forensic proof.
    pub honesty: String,
    /// What to show.
    pub state: DiaryStateView,
    /// While unlocked: lock after this many seconds without use (the shell
    /// keeps the timer; it also locks when the app is hidden).
    pub auto_lock_seconds: Option<u32>,
}

/// The diary's state.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum DiaryStateView {
    /// Checking whether there is a diary.
    #[default]
    Loading,
    /// The store cannot be used.
    Unavailable {
        /// Why, in words.
        message: String,
    },
    /// No diary yet: choose a passphrase.
    Create(CreateView),
    /// A diary exists and is locked.
    Locked(UnlockView),
    /// Unlocked.
    Open(Box<OpenView>),
    /// Erase the diary? (Reached from the locked or the open diary.)
    ConfirmWipe(WipeView),
    /// Being erased.
    Wiping {
        /// In words.
        text: String,
    },
}

/// Erasing the diary: a deliberate action with a confirmation.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct WipeView {
    /// What it does and that it cannot be undone.
    pub text: String,
    /// Button: erase for good.
    pub confirm_label: String,
    /// Button: keep the diary.
    pub cancel_label: String,
}

/// Choosing the passphrase of a new diary.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CreateView {
    /// What the diary is and where it is kept.
    pub intro: String,
    /// Label of the passphrase field.
    pub passphrase_label: String,
    /// Label of the repeat field.
    pub repeat_label: String,
    /// How long it must be, and advice.
    pub hint: String,
    /// The passphrase cannot be recovered: shown before anything is saved.
    pub warning: String,
    /// Label of the "I understand" checkbox (required).
    pub understood_label: String,
    /// The button.
    pub submit: String,
    /// The key is being made (takes a moment): disable the form.
    pub busy: bool,
    /// Shown while busy.
    pub busy_text: String,
    /// What is wrong, if anything.
    pub error: Option<String>,
}

/// Unlocking.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UnlockView {
    /// One line.
    pub intro: String,
    /// Label of the passphrase field.
    pub passphrase_label: String,
    /// The button.
    pub submit: String,
    /// Being checked: disable the form.
    pub busy: bool,
    /// Shown while busy.
    pub busy_text: String,
    /// Wrong passphrase, wait, damage: in words.
    pub error: Option<String>,
    /// Import is also possible here (e.g. a new phone): see [`TransferView`].
    pub forgot: String,
    /// Button: erase the diary (asks first); works without the passphrase.
    pub wipe_label: String,
}

/// The unlocked diary.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OpenView {
    /// The lock button.
    pub lock_label: String,
    /// Whether the chain is intact, in words.
    pub chain: ChainView,
    /// Heading and buttons for new entries, one per kind.
    pub new_title: String,
    /// One per kind: send `Event::DiaryNew(kind)`.
    pub new_entries: Vec<KindOption>,
    /// Search and filters.
    pub filter: FilterView,
    /// The entries shown (latest version of each), newest first.
    pub entries: Vec<EntryCardView>,
    /// "12 of 40 entries", or the empty text.
    pub count_text: String,
    /// "Show more": send `DiaryEvent::ShowMore` (when the list is cut short).
    pub more_label: Option<String>,
    /// The check-in chart, when there are check-ins among the entries shown.
    pub chart: Option<ChartView>,
    /// The form being filled in, if any.
    pub editor: Option<EditorView>,
    /// The entry opened, if any.
    pub detail: Option<DetailView>,
    /// Export and import.
    pub transfer: TransferView,
    /// "Saved", or a problem, in words.
    pub notice: Option<String>,
    /// Button: erase the diary (asks first).
    pub wipe_label: String,
    /// The duress passphrase form.
    pub duress: DuressView,
    /// The form that changes the passphrase.
    pub change: ChangeView,
}

/// Changing the diary's passphrase: the current one, then the new one twice.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChangeView {
    /// Heading.
    pub title: String,
    /// What it does (and that it cannot be undone).
    pub text: String,
    /// Label of the current passphrase.
    pub current_label: String,
    /// Label of the new passphrase.
    pub new_label: String,
    /// Label of the repeat field.
    pub repeat_label: String,
    /// Button (`DiaryEvent::ChangePassphrase`).
    pub save_label: String,
    /// Being changed: disable the form.
    pub busy: bool,
}

/// Setting a duress passphrase: it opens a separate, empty diary, for when
/// someone forces the user to open the app.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DuressView {
    /// Heading.
    pub title: String,
    /// What it does.
    pub text: String,
    /// Label of the passphrase field.
    pub passphrase_label: String,
    /// Label of the repeat field.
    pub repeat_label: String,
    /// Button (`DiaryEvent::SetDuress`).
    pub save_label: String,
    /// Being set: disable the form.
    pub busy: bool,
}

/// The chain check's result.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChainView {
    /// Intact.
    pub ok: bool,
    /// In words.
    pub text: String,
}

/// A kind with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct KindOption {
    /// The kind; `None` in the filter means "all kinds".
    pub kind: Option<EntryKind>,
    /// In words.
    pub label: String,
    /// Chosen (filter).
    pub selected: bool,
}

/// Search and filters (inside the unlocked diary only; nothing is stored).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FilterView {
    /// Label of the search field.
    pub search_label: String,
    /// What is typed.
    pub search: String,
    /// Label of the kind choice.
    pub kind_label: String,
    /// "All" and each kind: send `Event::DiaryFilterKind`.
    pub kinds: Vec<KindOption>,
    /// Label of the "from" date field.
    pub from_label: String,
    /// `YYYY-MM-DD` or empty.
    pub from: String,
    /// Label of the "to" date field.
    pub to_label: String,
    /// `YYYY-MM-DD` or empty.
    pub to: String,
    /// Clear all filters.
    pub clear_label: String,
}

/// One entry in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryCardView {
    /// Record number of its latest version: send with `Event::DiaryOpenEntry`.
    pub seq: u64,
    /// Kind.
    pub kind: EntryKind,
    /// Kind in words.
    pub kind_label: String,
    /// A short title (first words, the place, the platform, the file name).
    pub title: String,
    /// When it happened or was written, in words.
    pub when: String,
    /// "Edited (3 versions)", when it was edited.
    pub versions: Option<String>,
}

/// A label and a value.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldView {
    /// Label.
    pub label: String,
    /// Value (may be several lines).
    pub value: String,
}

/// An opened entry with all its versions.
#[derive(Clone, Debug, PartialEq)]
pub struct DetailView {
    /// Record number of the latest version.
    pub seq: u64,
    /// Kind.
    pub kind: EntryKind,
    /// Heading.
    pub title: String,
    /// The latest version's fields.
    pub fields: Vec<FieldView>,
    /// "Written on … (set by the device, cannot be changed)".
    pub written: String,
    /// Heading of the version history.
    pub history_title: String,
    /// Earlier versions, newest first, each with its own fields.
    pub history: Vec<VersionView>,
    /// Button: edit (saves a new version, keeps this one).
    pub edit_label: String,
    /// Button: close.
    pub close_label: String,
    /// The takedown pointer, for online abuse.
    pub help_link: Option<LinkView>,
}

/// An earlier version.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionView {
    /// "Version 2, written on …".
    pub label: String,
    /// Its fields.
    pub fields: Vec<FieldView>,
}

/// A link.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkView {
    /// Text before the link.
    pub text: String,
    /// Link text.
    pub label: String,
    /// Address (https).
    pub href: String,
}

/// The form for a new entry or a new version.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorView {
    /// Kind.
    pub kind: EntryKind,
    /// Heading.
    pub title: String,
    /// Record number of the version it replaces (an edit).
    pub replaces: Option<u64>,
    /// The fields.
    pub form: FormView,
    /// Save.
    pub save_label: String,
    /// Cancel.
    pub cancel_label: String,
    /// Saving: disable the form.
    pub busy: bool,
    /// What is wrong, in words.
    pub error: Option<String>,
    /// Bumped on every open, so the shell resets its fields.
    pub generation: u64,
}

/// The fields of one kind of form, with labels and starting values.
#[derive(Clone, Debug, PartialEq)]
pub enum FormView {
    /// The incident form.
    Incident(IncidentForm),
    /// The check-in form.
    Symptoms(SymptomsForm),
    /// Picking a file (new) or changing its note (edit).
    Evidence(EvidenceForm),
    /// The online-abuse form.
    OnlineAbuse(OnlineAbuseForm),
}

/// A text field.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TextField {
    /// Label.
    pub label: String,
    /// Starting value.
    pub value: String,
    /// Many lines.
    pub multiline: bool,
}

/// A choice among a few options.
#[derive(Clone, Debug, PartialEq)]
pub struct PrecisionOption {
    /// Which.
    pub precision: een_diary::draft::Precision,
    /// In words.
    pub label: String,
    /// Chosen at the start.
    pub selected: bool,
}

/// The incident form.
#[derive(Clone, Debug, PartialEq)]
pub struct IncidentForm {
    /// Label of "when".
    pub when_label: String,
    /// Exact, approximately, unknown.
    pub precisions: Vec<PrecisionOption>,
    /// Date (input type date).
    pub date: TextField,
    /// Time (input type time).
    pub time: TextField,
    /// Approximately, in words.
    pub words: TextField,
    /// Where.
    pub place: TextField,
    /// What happened.
    pub what: TextField,
    /// People involved.
    pub people: TextField,
    /// Witnesses.
    pub witnesses: TextField,
}

/// One 0-10 scale.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleField {
    /// [`een_diary::entry::Symptom::id`].
    pub id: &'static str,
    /// Label.
    pub label: String,
    /// What 0 means.
    pub low: String,
    /// What 10 means.
    pub high: String,
    /// Starting value (`None`: not answered).
    pub value: Option<u8>,
}

/// The check-in form.
#[derive(Clone, Debug, PartialEq)]
pub struct SymptomsForm {
    /// The five scales.
    pub scales: Vec<ScaleField>,
    /// "Not answered" for a scale.
    pub skip_label: String,
    /// A note.
    pub note: TextField,
}

/// The evidence form.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceForm {
    /// Label of the file picker (absent when editing: the file stays).
    pub file_label: Option<String>,
    /// Label of the camera picker on phones (absent when editing).
    pub camera_label: Option<String>,
    /// Where the file goes: sealed in the diary, never in the gallery.
    pub file_note: String,
    /// What it shows.
    pub note: TextField,
    /// Sealing a large file: progress text.
    pub progress: Option<String>,
}

/// The online-abuse form.
#[derive(Clone, Debug, PartialEq)]
pub struct OnlineAbuseForm {
    /// Platform.
    pub platform: TextField,
    /// Accounts.
    pub accounts: TextField,
    /// Links, one per line.
    pub urls: TextField,
    /// What was shared.
    pub what: TextField,
    /// Screenshots are saved as evidence entries: this says how.
    pub screenshots_note: String,
    /// Where to ask for removal (Helpwanted).
    pub help_link: LinkView,
}

/// The check-in chart: SVG drawn by the shell from these numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    /// Heading.
    pub title: String,
    /// A text summary for screen readers.
    pub summary: String,
    /// View box width.
    pub width: u32,
    /// View box height.
    pub height: u32,
    /// One line per scale.
    pub series: Vec<SeriesView>,
    /// Date labels along the bottom: x and text.
    pub x_labels: Vec<(f32, String)>,
    /// 0, 5, 10 along the side: y and text.
    pub y_labels: Vec<(f32, String)>,
}

/// One scale over time.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesView {
    /// `sleep`, `anxiety`, … (CSS class).
    pub id: &'static str,
    /// In words (legend).
    pub label: String,
    /// SVG `points` of the polyline.
    pub points: String,
    /// The dots: x, y.
    pub dots: Vec<(f32, f32)>,
}

/// Export and import.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TransferView {
    /// Heading.
    pub title: String,
    /// An exported file leaves the protected store: said before export.
    pub warning: String,
    /// Button: printable report.
    pub report_label: String,
    /// Heading of the encrypted archive.
    pub archive_title: String,
    /// Label: protect with a passphrase.
    pub to_passphrase_label: String,
    /// Label: protect for someone's age public key.
    pub to_recipient_label: String,
    /// Label of the public key field.
    pub recipient_label: String,
    /// Label of the passphrase fields (archive).
    pub archive_passphrase_label: String,
    /// Label of the repeat field.
    pub archive_repeat_label: String,
    /// Button: make the archive.
    pub archive_label: String,
    /// Heading of import.
    pub import_title: String,
    /// What import does (adds to this diary; nothing is removed).
    pub import_text: String,
    /// Label of the file picker.
    pub import_file_label: String,
    /// Label of the archive's passphrase.
    pub import_passphrase_label: String,
    /// Button: import.
    pub import_label: String,
    /// Under way: "Encrypting… 40 %".
    pub progress: Option<ProgressView>,
    /// The finished export.
    pub result: Option<ExportResult>,
    /// What went wrong, or the import's result, in words.
    pub message: Option<String>,
    /// Button: done (forget the exported file).
    pub done_label: String,
}

/// Progress of a long job.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressView {
    /// 0-100.
    pub percent: u8,
    /// In words.
    pub text: String,
}

/// A finished export.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportResult {
    /// Web: offer the bytes as a download.
    Download {
        /// File name.
        file_name: String,
        /// Media type.
        mime: String,
        /// The file.
        data: Arc<[u8]>,
        /// Link text.
        label: String,
        /// For the report: a print button's label.
        print_label: Option<String>,
    },
    /// Desktop and phones: written to a file.
    Saved {
        /// Where, in words; or, where the device hands the file over, that
        /// it is ready.
        text: String,
        /// The file.
        path: std::path::PathBuf,
        /// Its media type.
        mime: String,
        /// Where the device hands it over (Android's share sheet): the
        /// button's label.
        share_label: Option<String>,
        /// What to say when handing it over did not work.
        share_failed: String,
    },
}
