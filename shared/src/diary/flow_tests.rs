//! Unit tests of the diary's pure state machine ([`super::flow::update`]):
//! each event from the states where it matters, every error path, and that
//! lock and quick exit leave nothing of the diary in the model.
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use super::chain::{Break, Hash, GENESIS};
use super::draft::{Body, Draft, DraftError, Item, Precision};
use super::entry::{Entry, EntryError, When, MAX_TEXT};
use super::flow::{
    ArchiveTo, CreateProblem, DiaryEffect, DiaryEvent, DiaryState, Editor, ExportJob, Exported,
    ImportDone, ImportSummary, Notice, OpenState, OpenedDiary, Snapshot, Transfer, TransferError,
    TransferFailure, PAGE,
};
use super::vault::{Damage, Record, VaultError};
use crate::error::ErrorKind;
use crate::files::{FileSource, PickedFile};
use crate::time::Now;
use een_diary::entry::EntryKind;
use een_diary::import::ArchiveChain;
use een_diary::secret::Passphrase;
use std::collections::HashSet;

// --- Values ---------------------------------------------------------------

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text.to_string())
}

fn good() -> Passphrase {
    pass("a long passphrase")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn noon() -> NaiveDateTime {
    today().and_hms_opt(12, 0, 0).unwrap()
}

/// The time every event is handled at: noon on [`today`], in Amsterdam.
fn now() -> Now {
    Now::at((noon() - chrono::Duration::hours(1)).and_utc(), 60)
}

/// The state machine, at [`now`].
fn update(state: &mut DiaryState, event: DiaryEvent) -> Vec<DiaryEffect> {
    super::flow::update(state, event, now())
}

fn hash_of(seq: u64) -> Hash {
    [u8::try_from(seq + 1).unwrap(); 32]
}

pub(super) fn incident(what: &str) -> Entry {
    Entry::Incident {
        when: When::Unknown,
        place: String::new(),
        what: what.into(),
        people: String::new(),
        witnesses: String::new(),
    }
}

pub(super) fn evidence(note: &str) -> Entry {
    Entry::Evidence {
        name: "photo.jpg".into(),
        size: 3,
        mime: Some("image/jpeg".into()),
        blob: "b10b".into(),
        note: note.into(),
    }
}

/// A record as unlocking or saving hands it over.
pub(super) fn item(seq: u64, body: Option<Body>) -> Item {
    let record = Record {
        seq,
        at: noon().and_utc(),
        body: body.map_or_else(|| "not json".into(), |b| serde_json::to_string(&b).unwrap()),
    };
    Item::from_record(&record, hash_of(seq), noon())
}

pub(super) fn entry_item(seq: u64, entry: Entry) -> Item {
    item(seq, Some(Body::new(entry, None)))
}

fn file(name: &str, size: u64) -> PickedFile {
    PickedFile {
        name: name.into(),
        size,
        mime: None,
        source: FileSource::Path(PathBuf::from(format!("/picked/{name}"))),
    }
}

fn incident_draft(precision: Precision, date: &str, what: &str) -> Draft {
    Draft::Incident {
        precision,
        date: date.into(),
        time: String::new(),
        words: String::new(),
        place: String::new(),
        what: what.into(),
        people: String::new(),
        witnesses: String::new(),
    }
}

fn opened(items: Vec<Item>) -> OpenedDiary {
    let head = items.last().map_or(GENESIS, |i| i.hash);
    OpenedDiary {
        items,
        breaks: Vec::new(),
        head,
    }
}

/// The report of [`open_diary`] at [`now`], as the state machine asks for it
/// (written out by hand, so that a snapshot that loses records fails).
fn report() -> ExportJob {
    ExportJob {
        file_name: "diary-report-2026-11-29.html".into(),
        diary: Snapshot {
            items: vec![
                entry_item(0, incident("first")),
                entry_item(1, evidence("old")),
            ],
            head: hash_of(1),
            breaks: 0,
            replaced: HashSet::new(),
        },
        archive: None,
        texts: None,
    }
}

// --- States ---------------------------------------------------------------

fn absent() -> DiaryState {
    DiaryState::Absent {
        busy: false,
        problem: None,
        failed: None,
    }
}

fn creating() -> DiaryState {
    DiaryState::Absent {
        busy: true,
        problem: None,
        failed: None,
    }
}

fn locked() -> DiaryState {
    DiaryState::Locked {
        busy: false,
        failed: None,
    }
}

fn unlocking() -> DiaryState {
    DiaryState::Locked {
        busy: true,
        failed: None,
    }
}

/// An open diary with an incident (0) and an evidence entry (1).
fn open_diary() -> DiaryState {
    let items = vec![
        entry_item(0, incident("first")),
        entry_item(1, evidence("old")),
    ];
    DiaryState::Open(Box::new(OpenState::new(items, Vec::new(), hash_of(1))))
}

/// An open diary with the form of `kind` open.
fn editing(kind: EntryKind) -> DiaryState {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::New(kind));
    state
}

/// An open diary with an export or import under way.
fn transferring() -> DiaryState {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::ExportReport);
    state
}

/// An open diary holding everything sensitive the model can hold.
fn full_of_secrets() -> DiaryState {
    let mut state = editing(EntryKind::Incident);
    let open = open_mut(&mut state);
    open.search = "his name".into();
    open.from = "2026-01-01".into();
    open.to = "2026-11-29".into();
    open.kind = Some(EntryKind::Incident);
    open.selected = Some(0);
    open.notice = Some(Notice::Saved);
    open.transfer.done = Some(Exported::Bytes {
        file_name: "diary.tar.age".into(),
        mime: "application/octet-stream".into(),
        data: Arc::from(&b"secret archive"[..]),
    });
    state
}

fn open_ref(state: &DiaryState) -> &OpenState {
    match state {
        DiaryState::Open(open) => open,
        other => panic!("not open: {other:?}"),
    }
}

fn open_mut(state: &mut DiaryState) -> &mut OpenState {
    match state {
        DiaryState::Open(open) => open,
        other => panic!("not open: {other:?}"),
    }
}

fn editor(state: &DiaryState) -> &Editor {
    open_ref(state).editor.as_ref().expect("a form is open")
}

/// Applies `event` and checks it changed nothing and asked for nothing.
fn assert_ignored(mut state: DiaryState, event: DiaryEvent) {
    let before = state.clone();
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(state, before);
}

// --- Status ---------------------------------------------------------------

#[test]
fn check_asks_whether_there_is_a_diary() {
    for state in [DiaryState::Unknown, absent(), locked()] {
        let mut s = state.clone();
        assert_eq!(update(&mut s, DiaryEvent::Check), vec![DiaryEffect::Status]);
        assert_eq!(s, state);
    }
}

#[test]
fn check_in_an_open_diary_asks_nothing() {
    assert_ignored(open_diary(), DiaryEvent::Check);
}

#[test]
fn an_existing_diary_shows_locked() {
    let mut state = DiaryState::Unknown;
    assert_eq!(update(&mut state, DiaryEvent::Status(Ok(true))), vec![]);
    assert_eq!(state, locked());
}

#[test]
fn status_keeps_an_open_diary_and_a_failed_unlock() {
    assert_ignored(open_diary(), DiaryEvent::Status(Ok(true)));
    let failed = DiaryState::Locked {
        busy: false,
        failed: Some(VaultError::TooSoon {
            wait: std::time::Duration::from_secs(30),
        }),
    };
    assert_ignored(failed, DiaryEvent::Status(Ok(true)));
}

#[test]
fn no_diary_shows_the_create_form() {
    let mut state = DiaryState::Unknown;
    assert_eq!(update(&mut state, DiaryEvent::Status(Ok(false))), vec![]);
    assert_eq!(state, absent());
}

#[test]
fn an_unreadable_store_makes_the_diary_unavailable() {
    let mut state = DiaryState::Unknown;
    let event = DiaryEvent::Status(Err(ErrorKind::StoreUnavailable));
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(state, DiaryState::Unavailable(ErrorKind::StoreUnavailable));
}

// --- Create ---------------------------------------------------------------

fn create(passphrase: &str, repeat: &str, understood: bool) -> DiaryEvent {
    DiaryEvent::Create {
        passphrase: pass(passphrase),
        repeat: pass(repeat),
        understood,
    }
}

fn create_problem(event: DiaryEvent) -> Option<CreateProblem> {
    let mut state = DiaryState::Absent {
        busy: false,
        problem: None,
        failed: Some(VaultError::Damaged(Damage::Store)),
    };
    assert_eq!(update(&mut state, event), vec![]);
    match state {
        DiaryState::Absent {
            busy: false,
            problem,
            failed: None,
        } => problem,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_valid_create_form_makes_the_diary() {
    let mut state = absent();
    let event = create("a long passphrase", "a long passphrase", true);
    assert_eq!(update(&mut state, event), vec![DiaryEffect::Create(good())]);
    assert_eq!(state, creating());
}

#[test]
fn create_refuses_a_short_or_blank_passphrase() {
    assert_eq!(
        create_problem(create("short", "short", true)),
        Some(CreateProblem::TooShort)
    );
    assert_eq!(
        create_problem(create("          ", "          ", true)),
        Some(CreateProblem::TooShort)
    );
}

#[test]
fn create_refuses_passphrases_that_differ() {
    assert_eq!(
        create_problem(create("a long passphrase", "a long passphrasf", true)),
        Some(CreateProblem::Mismatch)
    );
}

#[test]
fn create_needs_the_understood_box() {
    assert_eq!(
        create_problem(create("a long passphrase", "a long passphrase", false)),
        Some(CreateProblem::NotUnderstood)
    );
}

#[test]
fn create_is_ignored_while_creating_or_when_a_diary_exists() {
    let event = create("a long passphrase", "a long passphrase", true);
    for state in [creating(), locked(), open_diary(), DiaryState::Unknown] {
        assert_ignored(state, event.clone());
    }
}

#[test]
fn a_failed_create_is_shown_on_the_form() {
    let mut state = creating();
    let event = DiaryEvent::Opened(Err(VaultError::Damaged(Damage::Store)));
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(
        state,
        DiaryState::Absent {
            busy: false,
            problem: None,
            failed: Some(VaultError::Damaged(Damage::Store)),
        }
    );
}

#[test]
fn a_created_diary_opens_empty() {
    let mut state = creating();
    assert_eq!(
        update(&mut state, DiaryEvent::Opened(Ok(opened(vec![])))),
        vec![]
    );
    let open = open_ref(&state);
    assert_eq!(open.items, vec![]);
    assert_eq!(open.head, GENESIS);
    assert_eq!(open.limit, PAGE);
}

// --- Unlock ---------------------------------------------------------------

#[test]
fn unlock_checks_the_passphrase_and_forgets_the_last_failure() {
    let mut state = DiaryState::Locked {
        busy: false,
        failed: Some(VaultError::WrongPassphrase {
            wait: std::time::Duration::ZERO,
        }),
    };
    assert_eq!(
        update(&mut state, DiaryEvent::Unlock(good())),
        vec![DiaryEffect::Unlock(good())]
    );
    assert_eq!(state, unlocking());
}

#[test]
fn unlock_is_ignored_unless_locked_and_idle() {
    for state in [unlocking(), absent(), open_diary(), DiaryState::Wiping] {
        assert_ignored(state, DiaryEvent::Unlock(good()));
    }
}

#[test]
fn an_unlocked_diary_shows_its_entries() {
    let items = vec![entry_item(0, incident("a")), entry_item(1, incident("b"))];
    let mut state = unlocking();
    let event = DiaryEvent::Opened(Ok(opened(items.clone())));
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(
        state,
        DiaryState::Open(Box::new(OpenState::new(items, vec![], hash_of(1))))
    );
}

#[test]
fn an_unlocked_diary_keeps_its_breaks_head_and_replaced_versions() {
    let edit = item(1, Some(Body::new(incident("b"), Some(0))));
    let unreadable = item(2, None);
    let items = vec![entry_item(0, incident("a")), edit, unreadable];
    let mut state = unlocking();
    let event = DiaryEvent::Opened(Ok(OpenedDiary {
        items,
        breaks: vec![Break::Mismatch(2)],
        head: [9; 32],
    }));
    update(&mut state, event);
    let open = open_ref(&state);
    assert_eq!(open.breaks, vec![Break::Mismatch(2)]);
    assert_eq!(open.head, [9; 32], "the head as unlocking found it");
    assert!(open.is_replaced(0));
    assert!(!open.is_replaced(1));
    assert_eq!(
        open.versions(1).iter().map(|i| i.seq).collect::<Vec<_>>(),
        [1, 0]
    );
}

#[test]
fn a_wrong_passphrase_is_shown_on_the_locked_screen() {
    let wrong = VaultError::WrongPassphrase {
        wait: std::time::Duration::from_secs(5),
    };
    let mut state = unlocking();
    assert_eq!(
        update(&mut state, DiaryEvent::Opened(Err(wrong.clone()))),
        vec![]
    );
    assert_eq!(
        state,
        DiaryState::Locked {
            busy: false,
            failed: Some(wrong),
        }
    );
}

#[test]
fn vault_errors_on_unlock_are_shown_on_the_locked_screen() {
    for error in [
        VaultError::TooSoon {
            wait: std::time::Duration::from_secs(60),
        },
        VaultError::State,
        VaultError::Damaged(Damage::KeyRing),
        VaultError::TooMuchWork { required: 22 },
    ] {
        let mut state = unlocking();
        update(&mut state, DiaryEvent::Opened(Err(error.clone())));
        assert_eq!(
            state,
            DiaryState::Locked {
                busy: false,
                failed: Some(error),
            }
        );
    }
}

#[test]
fn a_late_unlock_answer_is_locked_again() {
    for state in [
        locked(),
        absent(),
        DiaryState::Unknown,
        DiaryState::ConfirmWipe,
    ] {
        let mut s = state.clone();
        let event = DiaryEvent::Opened(Ok(opened(vec![entry_item(0, incident("a"))])));
        assert_eq!(update(&mut s, event), vec![DiaryEffect::Lock]);
        assert_eq!(s, state, "nothing of the late diary is shown");
    }
}

#[test]
fn a_late_unlock_failure_changes_nothing() {
    for state in [open_diary(), DiaryState::Wiping] {
        assert_ignored(state, DiaryEvent::Opened(Err(VaultError::State)));
    }
}

// --- Lock and quick exit ----------------------------------------------------

#[test]
fn lock_drops_everything_of_the_open_diary() {
    let mut state = full_of_secrets();
    assert_eq!(
        update(&mut state, DiaryEvent::Lock),
        vec![DiaryEffect::Lock]
    );
    assert_eq!(state, locked());
}

#[test]
fn lock_always_drops_the_key() {
    for state in [locked(), absent(), DiaryState::Unknown] {
        let mut s = state.clone();
        assert_eq!(update(&mut s, DiaryEvent::Lock), vec![DiaryEffect::Lock]);
        assert_eq!(s, state);
    }
}

#[test]
fn a_late_save_after_lock_changes_nothing() {
    let mut state = full_of_secrets();
    update(&mut state, DiaryEvent::Lock);
    assert_ignored(
        state,
        DiaryEvent::Saved(Ok(entry_item(2, incident("late")))),
    );
}

#[test]
fn quick_exit_drops_the_open_diary_and_the_key() {
    use crate::app::{Effect, Event};
    let mut model = crate::model::Model::new(crate::model::CoreConfig::default());
    crate::app::update(
        &mut model,
        Event::SettingsLoaded(Ok(crate::settings::Settings::default())),
        now(),
    );
    model.diary = full_of_secrets();
    assert_eq!(
        crate::app::update(&mut model, Event::QuickExit, now()),
        vec![Effect::Diary(DiaryEffect::Lock)]
    );
    assert_eq!(model.diary, DiaryState::Unknown);
    // A late answer from the runtime brings nothing back.
    let late = DiaryEvent::Opened(Ok(opened(vec![entry_item(0, incident("a"))])));
    assert_eq!(
        crate::app::update(&mut model, Event::Diary(late), now()),
        vec![]
    );
    assert_eq!(model.diary, DiaryState::Unknown);
}

// --- Wipe -------------------------------------------------------------------

#[test]
fn asking_to_wipe_drops_the_open_diary_and_the_key() {
    for state in [full_of_secrets(), locked()] {
        let mut s = state;
        assert_eq!(update(&mut s, DiaryEvent::AskWipe), vec![DiaryEffect::Lock]);
        assert_eq!(s, DiaryState::ConfirmWipe);
    }
}

#[test]
fn asking_to_wipe_is_ignored_while_unlocking_or_without_a_diary() {
    for state in [
        unlocking(),
        absent(),
        DiaryState::Unknown,
        DiaryState::Wiping,
    ] {
        assert_ignored(state, DiaryEvent::AskWipe);
    }
}

#[test]
fn not_wiping_returns_to_the_locked_diary() {
    let mut state = DiaryState::ConfirmWipe;
    assert_eq!(
        update(&mut state, DiaryEvent::CancelWipe),
        vec![DiaryEffect::Lock]
    );
    assert_eq!(state, locked());
}

#[test]
fn confirming_the_wipe_erases() {
    let mut state = DiaryState::ConfirmWipe;
    assert_eq!(
        update(&mut state, DiaryEvent::ConfirmWipe),
        vec![DiaryEffect::Wipe]
    );
    assert_eq!(state, DiaryState::Wiping);
}

#[test]
fn wiping_needs_confirmation_first() {
    for state in [open_diary(), locked(), DiaryState::Wiping] {
        assert_ignored(state, DiaryEvent::ConfirmWipe);
    }
}

#[test]
fn a_wiped_diary_shows_the_create_form() {
    let mut state = DiaryState::Wiping;
    assert_eq!(update(&mut state, DiaryEvent::Wiped(Ok(()))), vec![]);
    assert_eq!(state, absent());
}

#[test]
fn a_failed_wipe_makes_the_diary_unavailable() {
    let mut state = DiaryState::Wiping;
    let event = DiaryEvent::Wiped(Err(VaultError::Damaged(Damage::Store)));
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(state, DiaryState::Unavailable(ErrorKind::StoreUnavailable));
}

// --- Forms ------------------------------------------------------------------

#[test]
fn new_opens_an_empty_form_of_that_kind() {
    let mut state = open_diary();
    open_mut(&mut state).selected = Some(0);
    open_mut(&mut state).notice = Some(Notice::Saved);
    assert_eq!(
        update(&mut state, DiaryEvent::New(EntryKind::Symptoms)),
        vec![]
    );
    let open = open_ref(&state);
    assert_eq!(
        open.editor,
        Some(Editor {
            kind: EntryKind::Symptoms,
            replaces: None,
            busy: false,
            problem: None,
            progress: None,
        })
    );
    assert_eq!(
        (open.generation, open.selected, &open.notice),
        (1, None, &None)
    );
}

#[test]
fn edit_opens_the_form_for_a_new_version() {
    let mut state = open_diary();
    assert_eq!(update(&mut state, DiaryEvent::Edit(1)), vec![]);
    assert_eq!(editor(&state).kind, EntryKind::Evidence);
    assert_eq!(editor(&state).replaces, Some(1));
    assert_eq!(open_ref(&state).generation, 1);
}

#[test]
fn edit_of_a_missing_or_unreadable_record_does_nothing() {
    let mut state = open_diary();
    open_mut(&mut state).add([item(2, None)]);
    assert_ignored(state.clone(), DiaryEvent::Edit(2));
    assert_ignored(state, DiaryEvent::Edit(7));
}

#[test]
fn cancel_closes_the_form() {
    let mut state = editing(EntryKind::Incident);
    assert_eq!(update(&mut state, DiaryEvent::CancelEdit), vec![]);
    assert_eq!(open_ref(&state).editor, None);
}

#[test]
fn opening_an_entry_closes_the_form() {
    let mut state = editing(EntryKind::Incident);
    assert_eq!(update(&mut state, DiaryEvent::OpenEntry(Some(1))), vec![]);
    assert_eq!(open_ref(&state).selected, Some(1));
    assert_eq!(open_ref(&state).editor, None);
    update(&mut state, DiaryEvent::OpenEntry(None));
    assert_eq!(open_ref(&state).selected, None);
}

// --- Save -------------------------------------------------------------------

#[test]
fn a_valid_form_is_sealed_and_stored() {
    let mut state = editing(EntryKind::Incident);
    let draft = incident_draft(Precision::Unknown, "", " he followed me ");
    assert_eq!(
        update(&mut state, DiaryEvent::Save(draft)),
        vec![DiaryEffect::Append(Body::new(
            incident("he followed me"),
            None
        ))]
    );
    assert!(editor(&state).busy);
}

#[test]
fn a_new_version_names_the_record_it_replaces() {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::Edit(0));
    let draft = incident_draft(Precision::Unknown, "", "corrected");
    assert_eq!(
        update(&mut state, DiaryEvent::Save(draft)),
        vec![DiaryEffect::Append(Body::new(
            incident("corrected"),
            Some(0)
        ))]
    );
}

#[test]
fn a_new_evidence_note_keeps_the_file() {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::Edit(1));
    let draft = Draft::EvidenceNote { note: "new".into() };
    assert_eq!(
        update(&mut state, DiaryEvent::Save(draft)),
        vec![DiaryEffect::Append(Body::new(evidence("new"), Some(1)))]
    );
}

/// Saves `draft` in a new incident form; the problem shown, after checking
/// nothing was asked for and the form stays editable.
fn save_problem(draft: Draft) -> Option<DraftError> {
    let mut state = editing(EntryKind::Incident);
    assert_eq!(update(&mut state, DiaryEvent::Save(draft)), vec![]);
    assert!(!editor(&state).busy);
    editor(&state).problem
}

#[test]
fn a_date_in_the_future_is_refused() {
    assert_eq!(
        save_problem(incident_draft(Precision::Exact, "2026-11-30", "x")),
        Some(DraftError::FutureDate)
    );
}

#[test]
fn today_is_not_in_the_future() {
    let mut state = editing(EntryKind::Incident);
    let effects = update(
        &mut state,
        DiaryEvent::Save(incident_draft(Precision::Exact, "2026-11-29", "x")),
    );
    assert_eq!(effects.len(), 1, "{effects:?}");
    assert_eq!(editor(&state).problem, None);
}

#[test]
fn a_missing_or_impossible_date_is_refused() {
    assert_eq!(
        save_problem(incident_draft(Precision::Exact, "", "x")),
        Some(DraftError::MissingDate)
    );
    assert_eq!(
        save_problem(incident_draft(Precision::Exact, "2026-02-30", "x")),
        Some(DraftError::BadDate)
    );
}

#[test]
fn a_text_too_long_is_refused() {
    let long = "x".repeat(MAX_TEXT + 1);
    assert_eq!(
        save_problem(incident_draft(Precision::Unknown, "", &long)),
        Some(DraftError::Entry(EntryError::TooLong))
    );
}

#[test]
fn an_empty_form_is_refused() {
    assert_eq!(
        save_problem(incident_draft(Precision::Unknown, "", "   ")),
        Some(DraftError::Entry(EntryError::Empty))
    );
}

#[test]
fn a_bad_link_or_scale_is_refused() {
    let link = Draft::OnlineAbuse {
        platform: "x".into(),
        accounts: String::new(),
        urls: "javascript:alert(1)".into(),
        what: String::new(),
    };
    assert_eq!(
        save_problem(link),
        Some(DraftError::Entry(EntryError::BadUrl))
    );
    let scale = Draft::Symptoms {
        sleep: Some(11),
        anxiety: None,
        pain: None,
        flashbacks: None,
        mood: None,
        note: String::new(),
    };
    assert_eq!(
        save_problem(scale),
        Some(DraftError::Entry(EntryError::OutOfScale))
    );
}

#[test]
fn a_corrected_form_clears_the_problem() {
    let mut state = editing(EntryKind::Incident);
    update(
        &mut state,
        DiaryEvent::Save(incident_draft(Precision::Unknown, "", "")),
    );
    assert!(editor(&state).problem.is_some());
    update(
        &mut state,
        DiaryEvent::Save(incident_draft(Precision::Unknown, "", "x")),
    );
    assert_eq!(editor(&state).problem, None);
}

#[test]
fn save_is_ignored_without_a_form_or_while_saving() {
    let draft = incident_draft(Precision::Unknown, "", "x");
    assert_ignored(open_diary(), DiaryEvent::Save(draft.clone()));
    let mut saving = editing(EntryKind::Incident);
    update(&mut saving, DiaryEvent::Save(draft.clone()));
    assert_ignored(saving, DiaryEvent::Save(draft));
}

#[test]
fn a_saved_record_is_added_and_shown() {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::Edit(0));
    let saved = item(2, Some(Body::new(incident("corrected"), Some(0))));
    assert_eq!(
        update(&mut state, DiaryEvent::Saved(Ok(saved.clone()))),
        vec![]
    );
    let open = open_ref(&state);
    assert_eq!(open.items.last(), Some(&saved));
    assert_eq!(open.head, saved.hash);
    assert_eq!(open.selected, Some(2));
    assert_eq!(open.editor, None);
    assert_eq!(open.notice, Some(Notice::Saved));
    assert!(open.is_replaced(0));
}

#[test]
fn a_failed_save_keeps_the_form() {
    let mut state = editing(EntryKind::Incident);
    update(
        &mut state,
        DiaryEvent::Save(incident_draft(Precision::Unknown, "", "x")),
    );
    let error = VaultError::Damaged(Damage::Store);
    assert_eq!(
        update(&mut state, DiaryEvent::Saved(Err(error.clone()))),
        vec![]
    );
    assert_eq!(
        editor(&state),
        &Editor {
            kind: EntryKind::Incident,
            replaces: None,
            busy: false,
            problem: None,
            progress: None,
        }
    );
    assert_eq!(open_ref(&state).notice, Some(Notice::SaveFailed(error)));
    assert_eq!(open_ref(&state).items.len(), 2);
}

// --- Attach -----------------------------------------------------------------

#[test]
fn attaching_seals_the_picked_file() {
    let mut state = editing(EntryKind::Evidence);
    let picked = file("photo.jpg", 2048);
    assert_eq!(
        update(
            &mut state,
            DiaryEvent::Attach {
                note: "bruise".into(),
                file: picked.clone(),
            }
        ),
        vec![DiaryEffect::StoreFile {
            note: "bruise".into(),
            file: picked,
        }]
    );
    assert!(editor(&state).busy);
    assert_eq!(editor(&state).progress, Some((0, 2048)));
}

#[test]
fn a_note_too_long_for_a_file_is_refused() {
    let mut state = editing(EntryKind::Evidence);
    let event = DiaryEvent::Attach {
        note: "x".repeat(MAX_TEXT + 1),
        file: file("photo.jpg", 1),
    };
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(
        editor(&state).problem,
        Some(DraftError::Entry(EntryError::TooLong))
    );
    assert!(!editor(&state).busy);
}

#[test]
fn attaching_is_ignored_without_a_form_or_while_sealing() {
    let event = DiaryEvent::Attach {
        note: String::new(),
        file: file("a.jpg", 1),
    };
    assert_ignored(open_diary(), event.clone());
    let mut sealing = editing(EntryKind::Evidence);
    update(&mut sealing, event.clone());
    assert_ignored(sealing, event);
}

#[test]
fn progress_goes_to_the_file_being_sealed() {
    let mut state = editing(EntryKind::Evidence);
    update(
        &mut state,
        DiaryEvent::Attach {
            note: String::new(),
            file: file("a.jpg", 100),
        },
    );
    let event = DiaryEvent::Progress {
        done: 40,
        total: 100,
    };
    assert_eq!(update(&mut state, event), vec![]);
    assert_eq!(editor(&state).progress, Some((40, 100)));
}

#[test]
fn a_failed_file_save_stops_its_progress() {
    let mut state = editing(EntryKind::Evidence);
    update(
        &mut state,
        DiaryEvent::Attach {
            note: String::new(),
            file: file("a.jpg", 100),
        },
    );
    update(&mut state, DiaryEvent::Saved(Err(VaultError::State)));
    assert_eq!(editor(&state).progress, None);
    assert!(!editor(&state).busy);
}

// --- List -------------------------------------------------------------------

#[test]
fn search_and_day_filters_are_cut_to_their_length() {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::Search("é".repeat(300)));
    update(
        &mut state,
        DiaryEvent::FilterFrom("2026-01-01 and more".into()),
    );
    update(&mut state, DiaryEvent::FilterTo("2026-11-29T12".into()));
    let open = open_ref(&state);
    assert_eq!(open.search, "é".repeat(200));
    assert_eq!(open.from, "2026-01-01");
    assert_eq!(open.to, "2026-11-29");
}

#[test]
fn clear_filters_forgets_search_kind_and_days() {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::Search("his name".into()));
    update(
        &mut state,
        DiaryEvent::FilterKind(Some(EntryKind::Evidence)),
    );
    assert_eq!(open_ref(&state).kind, Some(EntryKind::Evidence));
    update(&mut state, DiaryEvent::FilterFrom("2026-01-01".into()));
    update(&mut state, DiaryEvent::FilterTo("2026-02-01".into()));
    assert_eq!(update(&mut state, DiaryEvent::ClearFilters), vec![]);
    let open = open_ref(&state);
    assert_eq!(
        (
            open.search.as_str(),
            open.kind,
            open.from.as_str(),
            open.to.as_str()
        ),
        ("", None, "", "")
    );
}

#[test]
fn show_more_adds_a_page() {
    let mut state = open_diary();
    update(&mut state, DiaryEvent::ShowMore);
    update(&mut state, DiaryEvent::ShowMore);
    assert_eq!(open_ref(&state).limit, 3 * PAGE);
}

#[test]
fn events_of_the_open_diary_are_ignored_when_it_is_not_open() {
    let events = [
        DiaryEvent::New(EntryKind::Incident),
        DiaryEvent::Edit(0),
        DiaryEvent::Save(incident_draft(Precision::Unknown, "", "x")),
        DiaryEvent::Saved(Ok(entry_item(0, incident("x")))),
        DiaryEvent::Search("x".into()),
        DiaryEvent::ShowMore,
        DiaryEvent::ExportReport,
        DiaryEvent::Imported(Ok(ImportDone {
            items: vec![entry_item(0, incident("x"))],
            skipped: 0,
            chain: ArchiveChain::default(),
        })),
        DiaryEvent::SetDuress {
            passphrase: good(),
            repeat: good(),
        },
    ];
    for state in [locked(), unlocking(), absent(), DiaryState::ConfirmWipe] {
        for event in events.clone() {
            assert_ignored(state.clone(), event);
        }
    }
}

// --- Export and import -----------------------------------------------------

#[test]
fn export_report_starts_an_export() {
    let mut state = open_diary();
    assert_eq!(
        update(&mut state, DiaryEvent::ExportReport),
        vec![DiaryEffect::Export(Box::new(report()))]
    );
    assert_eq!(open_ref(&state).transfer.running, Some((0, 0)));
}

#[test]
fn an_archive_with_a_good_passphrase_is_exported() {
    let to = ArchiveTo::Passphrase {
        passphrase: good(),
        repeat: good(),
    };
    let mut state = open_diary();
    assert_eq!(
        update(&mut state, DiaryEvent::ExportArchive(to.clone())),
        vec![DiaryEffect::Export(Box::new(ExportJob {
            file_name: "diary-2026-11-29.tar.age".into(),
            archive: Some(to),
            ..report()
        }))]
    );
    assert_eq!(open_ref(&state).transfer.running, Some((0, 0)));
}

#[test]
fn an_archive_for_a_public_key_needs_no_passphrase() {
    let to = ArchiveTo::Recipient("age1example".into());
    let mut state = open_diary();
    let effects = update(&mut state, DiaryEvent::ExportArchive(to.clone()));
    let [DiaryEffect::Export(job)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(job.archive.as_ref(), Some(&to));
}

#[test]
fn an_archive_passphrase_too_short_or_differing_is_refused() {
    for (passphrase, repeat, problem) in [
        ("short", "short", CreateProblem::TooShort),
        (
            "a long passphrase",
            "another passphrase",
            CreateProblem::Mismatch,
        ),
    ] {
        let mut state = open_diary();
        let to = ArchiveTo::Passphrase {
            passphrase: pass(passphrase),
            repeat: pass(repeat),
        };
        assert_eq!(update(&mut state, DiaryEvent::ExportArchive(to)), vec![]);
        assert_eq!(
            open_ref(&state).transfer,
            Transfer {
                failed: Some(TransferFailure::Form(problem)),
                ..Transfer::default()
            }
        );
    }
}

#[test]
fn a_second_transfer_waits_for_the_first() {
    let import = DiaryEvent::Import {
        file: file("diary.tar.age", 10),
        passphrase: good(),
    };
    assert_ignored(transferring(), import);
    assert_ignored(transferring(), DiaryEvent::ExportReport);
}

#[test]
fn progress_goes_to_the_transfer() {
    let mut state = transferring();
    update(&mut state, DiaryEvent::Progress { done: 5, total: 10 });
    assert_eq!(open_ref(&state).transfer.running, Some((5, 10)));
}

#[test]
fn progress_with_nothing_under_way_is_ignored() {
    let event = DiaryEvent::Progress { done: 1, total: 2 };
    assert_ignored(open_diary(), event.clone());
    assert_ignored(editing(EntryKind::Incident), event);
}

#[test]
fn a_finished_export_is_offered() {
    let done = Exported::File(PathBuf::from("/exports/diary-report-2026-11-29.html"));
    let mut state = transferring();
    assert_eq!(
        update(&mut state, DiaryEvent::Exported(Ok(done.clone()))),
        vec![]
    );
    assert_eq!(
        open_ref(&state).transfer,
        Transfer {
            done: Some(done),
            ..Transfer::default()
        }
    );
}

#[test]
fn a_failed_export_is_said() {
    for error in [
        TransferError::Io("disk full".into()),
        TransferError::BadRecipient,
        TransferError::Locked,
    ] {
        let mut state = transferring();
        update(&mut state, DiaryEvent::Exported(Err(error.clone())));
        assert_eq!(
            open_ref(&state).transfer,
            Transfer {
                failed: Some(TransferFailure::Error(error)),
                ..Transfer::default()
            }
        );
    }
}

#[test]
fn a_late_transfer_answer_is_ignored() {
    let done = Exported::File(PathBuf::from("/exports/late.html"));
    assert_ignored(open_diary(), DiaryEvent::Exported(Ok(done)));
    let imported = ImportDone {
        items: vec![entry_item(2, incident("late"))],
        skipped: 0,
        chain: ArchiveChain::default(),
    };
    assert_ignored(open_diary(), DiaryEvent::Imported(Ok(imported)));
}

#[test]
fn import_reads_the_picked_archive() {
    let archive = file("diary.tar.age", 4096);
    let mut state = open_diary();
    let event = DiaryEvent::Import {
        file: archive.clone(),
        passphrase: good(),
    };
    assert_eq!(
        update(&mut state, event),
        vec![DiaryEffect::Import {
            file: archive,
            passphrase: good(),
        }]
    );
    assert_eq!(open_ref(&state).transfer.running, Some((0, 0)));
}

#[test]
fn imported_records_are_added_and_counted() {
    let mut state = open_diary();
    update(
        &mut state,
        DiaryEvent::Import {
            file: file("diary.tar.age", 1),
            passphrase: good(),
        },
    );
    let added = vec![entry_item(2, incident("c")), entry_item(3, incident("d"))];
    let chain = ArchiveChain {
        records: 4,
        breaks: 1,
    };
    let done = ImportDone {
        items: added.clone(),
        skipped: 2,
        chain,
    };
    assert_eq!(update(&mut state, DiaryEvent::Imported(Ok(done))), vec![]);
    let open = open_ref(&state);
    assert_eq!(open.items[2..], added[..]);
    assert_eq!(open.head, hash_of(3));
    assert_eq!(
        open.transfer,
        Transfer {
            imported: Some(ImportSummary {
                added: 2,
                skipped: 2,
                chain,
            }),
            ..Transfer::default()
        }
    );
}

#[test]
fn a_failed_import_adds_nothing() {
    for error in [
        TransferError::WrongPassphrase,
        TransferError::NotAnArchive,
        TransferError::Damaged,
        TransferError::TooLarge,
        TransferError::TooMuchWork { required: 30 },
    ] {
        let mut state = transferring();
        let before = open_ref(&state).items.clone();
        update(&mut state, DiaryEvent::Imported(Err(error.clone())));
        assert_eq!(open_ref(&state).items, before);
        assert_eq!(
            open_ref(&state).transfer,
            Transfer {
                failed: Some(TransferFailure::Error(error)),
                ..Transfer::default()
            }
        );
    }
}

#[test]
fn a_new_transfer_forgets_the_last_result() {
    let mut state = transferring();
    update(
        &mut state,
        DiaryEvent::Exported(Err(TransferError::Damaged)),
    );
    update(&mut state, DiaryEvent::ExportReport);
    assert_eq!(
        open_ref(&state).transfer,
        Transfer {
            running: Some((0, 0)),
            ..Transfer::default()
        }
    );
}

#[test]
fn dismissing_an_export_drops_its_bytes() {
    let mut state = full_of_secrets();
    assert_eq!(update(&mut state, DiaryEvent::DismissExport), vec![]);
    assert_eq!(open_ref(&state).transfer, Transfer::default());
}

// --- Duress and passphrase change -----------------------------------------

fn set_duress(passphrase: &str, repeat: &str) -> DiaryEvent {
    DiaryEvent::SetDuress {
        passphrase: pass(passphrase),
        repeat: pass(repeat),
    }
}

#[test]
fn a_duress_passphrase_is_set() {
    let mut state = open_diary();
    let event = set_duress("another passphrase", "another passphrase");
    assert_eq!(
        update(&mut state, event.clone()),
        vec![DiaryEffect::SetDuress(pass("another passphrase"))]
    );
    assert_eq!(open_ref(&state).notice, Some(Notice::DuressBusy));
    assert_ignored(state, event);
}

#[test]
fn a_duress_passphrase_is_refused_by_the_passphrase_rules() {
    for (passphrase, repeat, problem) in [
        ("short", "short", CreateProblem::TooShort),
        ("another passphrase", "another one", CreateProblem::Mismatch),
    ] {
        let mut state = open_diary();
        assert_eq!(update(&mut state, set_duress(passphrase, repeat)), vec![]);
        assert_eq!(
            open_ref(&state).notice,
            Some(Notice::DuressRefused(problem))
        );
    }
}

#[test]
fn the_duress_answer_is_said() {
    for (result, notice) in [
        (Ok(()), Notice::DuressSet),
        (Err(VaultError::State), Notice::DuressSame),
        (
            Err(VaultError::Damaged(Damage::Store)),
            Notice::DuressFailed(VaultError::Damaged(Damage::Store)),
        ),
    ] {
        let mut state = open_diary();
        update(
            &mut state,
            set_duress("another passphrase", "another passphrase"),
        );
        assert_eq!(update(&mut state, DiaryEvent::DuressSet(result)), vec![]);
        assert_eq!(open_ref(&state).notice, Some(notice));
    }
}

fn change(new: &str, repeat: &str) -> DiaryEvent {
    DiaryEvent::ChangePassphrase {
        current: good(),
        new: pass(new),
        repeat: pass(repeat),
    }
}

#[test]
fn the_passphrase_is_changed() {
    let mut state = open_diary();
    let event = change("a new passphrase", "a new passphrase");
    assert_eq!(
        update(&mut state, event.clone()),
        vec![DiaryEffect::ChangePassphrase {
            current: good(),
            new: pass("a new passphrase"),
        }]
    );
    assert_eq!(open_ref(&state).notice, Some(Notice::ChangeBusy));
    assert_ignored(state, event);
}

#[test]
fn a_new_passphrase_is_refused_by_the_passphrase_rules() {
    for (new, repeat, problem) in [
        ("short", "short", CreateProblem::TooShort),
        (
            "a new passphrase",
            "a new passphrasE",
            CreateProblem::Mismatch,
        ),
    ] {
        let mut state = open_diary();
        assert_eq!(update(&mut state, change(new, repeat)), vec![]);
        assert_eq!(
            open_ref(&state).notice,
            Some(Notice::ChangeRefused(problem))
        );
    }
}

#[test]
fn the_passphrase_change_answer_is_said() {
    let damaged = VaultError::Damaged(Damage::Store);
    for (result, notice) in [
        (Ok(()), Notice::Changed),
        (
            Err(VaultError::WrongPassphrase {
                wait: std::time::Duration::ZERO,
            }),
            Notice::ChangeWrong,
        ),
        (Err(VaultError::State), Notice::ChangeSame),
        (Err(damaged.clone()), Notice::ChangeFailed(damaged)),
    ] {
        let mut state = open_diary();
        update(&mut state, change("a new passphrase", "a new passphrase"));
        assert_eq!(
            update(&mut state, DiaryEvent::PassphraseChanged(result)),
            vec![]
        );
        assert_eq!(open_ref(&state).notice, Some(notice));
    }
}

#[test]
fn a_lock_while_unlocking_keeps_the_late_answer_out() {
    let mut state = unlocking();
    assert_eq!(
        update(&mut state, DiaryEvent::Lock),
        vec![DiaryEffect::Lock]
    );
    let late = DiaryEvent::Opened(Ok(opened(vec![entry_item(0, incident("SECRET"))])));
    assert_eq!(update(&mut state, late), vec![DiaryEffect::Lock]);
    assert_eq!(
        state,
        DiaryState::Locked {
            busy: false,
            failed: None
        }
    );
}

#[test]
fn a_lock_while_creating_keeps_the_late_answer_out() {
    let mut state = creating();
    update(&mut state, DiaryEvent::Lock);
    update(&mut state, DiaryEvent::Opened(Ok(opened(vec![]))));
    assert!(!matches!(state, DiaryState::Open(_)), "{state:?}");
}

#[test]
fn a_stale_cancel_wipe_leaves_an_open_diary_open_with_its_key() {
    let mut state = open_diary();
    let before = state.clone();
    assert_eq!(update(&mut state, DiaryEvent::CancelWipe), vec![]);
    assert_eq!(state, before);
}
