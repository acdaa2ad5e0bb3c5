//! The diary through the core, as the screens use it: create, each kind of
//! entry, an edit, a file, search, lock and unlock, export and import, and
//! quick exit while unlocked.
use shared::diary::draft::{Draft, Precision};
use shared::diary::flow::{ArchiveTo, DiaryEvent};
use shared::files::{FileSource, PickedFile};
use shared::runtime::Runtime;
use shared::view::{DiaryStateView, EntryKind, ExportResult, PhaseView};
use shared::{Core, CoreConfig, Event, ViewModel};

mod support;
use support::{diary, open, pass, state};

/// A started core over a store of its own.
fn new_core() -> Core {
    support::core_over(&support::Shared::default())
}

const PASS: &str = "a long and secret passphrase";

fn create(core: &mut Core) -> ViewModel {
    assert!(matches!(
        state(&diary(core, DiaryEvent::Check)),
        DiaryStateView::Create(_)
    ));
    let refused = diary(
        core,
        DiaryEvent::Create {
            passphrase: pass(PASS),
            repeat: pass(PASS),
            understood: false,
        },
    );
    let DiaryStateView::Create(c) = state(&refused) else {
        panic!()
    };
    assert!(c.error.unwrap().contains("cannot be recovered"));
    assert!(c.warning.contains("nobody can recover"));
    diary(
        core,
        DiaryEvent::Create {
            passphrase: pass(PASS),
            repeat: pass(PASS),
            understood: true,
        },
    )
}

fn save(core: &mut Core, kind: EntryKind, draft: Draft) -> ViewModel {
    diary(core, DiaryEvent::New(kind));
    diary(core, DiaryEvent::Save(draft))
}

fn incident(what: &str) -> Draft {
    Draft::Incident {
        precision: Precision::Approximately,
        date: "2026-11-01".into(),
        time: String::new(),
        words: "early November".into(),
        place: "the station".into(),
        what: what.into(),
        people: "A.".into(),
        witnesses: String::new(),
    }
}

fn file(bytes: &[u8], name: &str) -> PickedFile {
    let size = bytes.len() as u64;
    let pieces: Vec<Result<Vec<u8>, String>> =
        bytes.chunks(100_000).map(|c| Ok(c.to_vec())).collect();
    PickedFile {
        name: name.into(),
        size,
        mime: Some("image/png".into()),
        source: FileSource::stream(Box::pin(futures::stream::iter(pieces))),
    }
}

fn fill(core: &mut Core) {
    let vm = save(
        core,
        EntryKind::Incident,
        incident("MARKER-1 he followed me"),
    );
    assert_eq!(open(&vm).notice.as_deref(), Some("Saved."));
    save(
        core,
        EntryKind::Symptoms,
        Draft::Symptoms {
            sleep: Some(3),
            anxiety: Some(8),
            pain: None,
            flashbacks: Some(5),
            mood: Some(2),
            note: "bad night".into(),
        },
    );
    save(
        core,
        EntryKind::OnlineAbuse,
        Draft::OnlineAbuse {
            platform: "Snapchat".into(),
            accounts: "@someone".into(),
            urls: "https://example.org/p/1".into(),
            what: "a photo".into(),
        },
    );
    diary(core, DiaryEvent::New(EntryKind::Evidence));
    let vm = diary(
        core,
        DiaryEvent::Attach {
            note: "bruise".into(),
            file: file(&vec![7u8; 300_000], "photo.png"),
        },
    );
    assert_eq!(open(&vm).entries.len(), 4, "{:?}", open(&vm).notice);
}

#[test]
fn a_diary_is_created_filled_searched_edited_locked_and_unlocked() {
    let mut core = new_core();
    let vm = create(&mut core);
    assert!(open(&vm).entries.is_empty());
    assert_eq!(open(&vm).chain.text, "Nothing to check yet.");
    fill(&mut core);
    // A bad form keeps the editor with a message.
    diary(&mut core, DiaryEvent::New(EntryKind::OnlineAbuse));
    let vm = diary(
        &mut core,
        DiaryEvent::Save(Draft::OnlineAbuse {
            platform: "x".into(),
            accounts: String::new(),
            urls: "javascript:alert(1)".into(),
            what: String::new(),
        }),
    );
    assert!(open(&vm)
        .editor
        .unwrap()
        .error
        .unwrap()
        .contains("https://"));
    diary(&mut core, DiaryEvent::CancelEdit);

    let vm = diary(&mut core, DiaryEvent::Search("followed".into()));
    assert_eq!(open(&vm).entries.len(), 1);
    let vm = diary(&mut core, DiaryEvent::Search(String::new()));
    let first = open(&vm)
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Incident)
        .unwrap()
        .seq;
    let vm = diary(&mut core, DiaryEvent::FilterKind(Some(EntryKind::Symptoms)));
    assert_eq!(open(&vm).entries.len(), 1);
    assert!(open(&vm).chart.is_some());
    diary(&mut core, DiaryEvent::ClearFilters);

    // An edit is a new version; the old one stays in the history.
    diary(&mut core, DiaryEvent::Edit(first));
    let vm = diary(
        &mut core,
        DiaryEvent::Save(incident("MARKER-2 he followed me home")),
    );
    let o = open(&vm);
    assert_eq!(o.entries.len(), 4);
    let detail = o.detail.unwrap();
    assert_eq!(detail.history.len(), 1);
    assert!(format!("{:?}", detail.history[0].fields).contains("MARKER-1"));
    assert!(o.chain.ok);

    let vm = diary(&mut core, DiaryEvent::Lock);
    assert!(matches!(state(&vm), DiaryStateView::Locked(_)));
    assert!(!format!("{vm:?}").contains("MARKER"));
    let vm = diary(&mut core, DiaryEvent::Unlock(pass("wrong passphrase")));
    let DiaryStateView::Locked(l) = state(&vm) else {
        panic!()
    };
    assert!(l.error.unwrap().contains("not right"));
    let vm = diary(&mut core, DiaryEvent::Unlock(pass(PASS)));
    let o = open(&vm);
    assert_eq!(o.entries.len(), 4);
    assert!(o.chain.ok, "{}", o.chain.text);
}

#[test]
fn quick_exit_while_unlocked_locks_the_diary() {
    let mut core = new_core();
    create(&mut core);
    fill(&mut core);
    let vm = core.handle(Event::QuickExit);
    assert!(!format!("{vm:?}").contains("MARKER"));
    // A new core over the same runtime is not possible here; the runtime's
    // key is gone: saving after exit does nothing, and the model is empty.
    let vm = diary(&mut core, DiaryEvent::Save(incident("after exit")));
    assert!(matches!(vm.phase, PhaseView::Exited(_)));
}

fn bytes(result: &ExportResult) -> Vec<u8> {
    match result {
        ExportResult::Download { data, .. } => data.to_vec(),
        ExportResult::Saved { .. } => panic!("web exports are downloads"),
    }
}

#[test]
fn export_then_import_into_a_new_diary_keeps_entries_files_and_versions() {
    let mut core = new_core();
    create(&mut core);
    fill(&mut core);
    let vm = diary(&mut core, DiaryEvent::ExportReport);
    let report = String::from_utf8(bytes(&open(&vm).transfer.result.unwrap())).unwrap();
    assert!(report.contains("MARKER-1") && report.contains("SHA-256"));
    assert!(report.contains("nothing was changed or removed"));
    assert!(
        !report.contains(&"0".repeat(64)),
        "the report shows the real last hash, not zeros"
    );
    diary(&mut core, DiaryEvent::DismissExport);
    // Passphrase rules apply to archives too.
    let vm = diary(
        &mut core,
        DiaryEvent::ExportArchive(ArchiveTo::Passphrase {
            passphrase: pass("short"),
            repeat: pass("short"),
        }),
    );
    assert!(open(&vm).transfer.message.unwrap().contains("too short"));
    let vm = diary(
        &mut core,
        DiaryEvent::ExportArchive(ArchiveTo::Passphrase {
            passphrase: pass("archive passphrase"),
            repeat: pass("archive passphrase"),
        }),
    );
    let archive = bytes(&open(&vm).transfer.result.unwrap());
    assert!(archive.starts_with(b"age-encryption.org/v1"));
    assert!(!archive.windows(8).any(|w| w == b"MARKER-1"));

    let mut other = new_core();
    create(&mut other);
    let picked = |data: &[u8]| PickedFile {
        name: "diary.tar.age".into(),
        size: data.len() as u64,
        mime: None,
        source: FileSource::stream(Box::pin(futures::stream::iter(vec![Ok(data.to_vec())]))),
    };
    let vm = diary(
        &mut other,
        DiaryEvent::Import {
            file: picked(&archive),
            passphrase: pass("not the one"),
        },
    );
    assert!(open(&vm)
        .transfer
        .message
        .unwrap()
        .contains("does not open"));
    assert!(open(&vm).entries.is_empty(), "nothing was added");
    let vm = diary(
        &mut other,
        DiaryEvent::Import {
            file: picked(b"just some text, not an archive"),
            passphrase: pass("archive passphrase"),
        },
    );
    assert!(open(&vm)
        .transfer
        .message
        .unwrap()
        .contains("not a saved diary"));
    let vm = diary(
        &mut other,
        DiaryEvent::Import {
            file: picked(&archive),
            passphrase: pass("archive passphrase"),
        },
    );
    let o = open(&vm);
    let message = o.transfer.message.unwrap();
    assert!(message.starts_with("4 notes restored."), "{message}");
    assert!(
        message.contains("the 4 notes in the file follow on"),
        "{message}"
    );
    assert_eq!(o.entries.len(), 4);
    // The evidence file came along: export it again and find its bytes.
    let vm = diary(
        &mut other,
        DiaryEvent::ExportArchive(ArchiveTo::Recipient(
            "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into(),
        )),
    );
    assert!(
        open(&vm).transfer.result.is_some(),
        "{:?}",
        open(&vm).transfer.message
    );
    let vm = diary(
        &mut other,
        DiaryEvent::ExportArchive(ArchiveTo::Recipient("age1notakey".into())),
    );
    assert!(open(&vm)
        .transfer
        .message
        .unwrap()
        .contains("not a valid public key"));
}

fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn no_plaintext_under_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    {
        let config = CoreConfig {
            device_languages: vec!["en".into()],
            data_dir: Some(dir.path().to_path_buf()),
            ..CoreConfig::default()
        };
        let mut runtime = Runtime::new(&config);
        runtime.diary_mut().set_work_factor(10);
        let mut core = Core::with_runtime(config, runtime);
        core.handle(Event::Start);
        create(&mut core);
        fill(&mut core);
        diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
        let marked = b"MARKER-FILE-c0ffee ".repeat(20_000);
        diary(
            &mut core,
            DiaryEvent::Attach {
                note: "MARKER-NOTE".into(),
                file: file(&marked, "MARKER-NAME.txt"),
            },
        );
        let vm = diary(&mut core, DiaryEvent::Lock);
        assert!(matches!(state(&vm), DiaryStateView::Locked(_)));
    }
    let mut files = Vec::new();
    walk(dir.path(), &mut files);
    assert!(!files.is_empty());
    let needles: [&[u8]; 7] = [
        b"MARKER",
        b"followed",
        b"Snapchat",
        b"bruise",
        b"photo.png",
        b"station",
        b"2026-11",
    ];
    let mut hits = vec![];
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        for n in needles {
            if bytes.windows(n.len()).any(|w| w == n) {
                hits.push(format!("{} in {}", String::from_utf8_lossy(n), f.display()));
            }
        }
    }
    assert!(hits.is_empty(), "plaintext on disk: {hits:?}");
}

#[test]
fn erasing_asks_first_works_while_locked_and_leaves_a_fresh_diary() {
    let mut core = new_core();
    create(&mut core);
    fill(&mut core);
    diary(&mut core, DiaryEvent::Lock);
    // Asking, then not erasing, keeps the diary.
    assert!(matches!(
        state(&diary(&mut core, DiaryEvent::AskWipe)),
        DiaryStateView::ConfirmWipe(_)
    ));
    diary(&mut core, DiaryEvent::CancelWipe);
    let vm = diary(&mut core, DiaryEvent::Unlock(pass(PASS)));
    assert_eq!(open(&vm).entries.len(), 4);
    // From the open diary: nothing stays on screen while asking.
    let vm = diary(&mut core, DiaryEvent::AskWipe);
    assert!(!format!("{vm:?}").contains("MARKER"));
    let vm = diary(&mut core, DiaryEvent::ConfirmWipe);
    assert!(matches!(state(&vm), DiaryStateView::Create(_)));
    // The old passphrase opens nothing: there is no diary.
    let vm = diary(&mut core, DiaryEvent::Check);
    assert!(matches!(state(&vm), DiaryStateView::Create(_)));
}

#[test]
fn a_duress_passphrase_opens_an_empty_diary_and_hides_the_real_one() {
    let mut core = new_core();
    create(&mut core);
    fill(&mut core);
    let same = diary(
        &mut core,
        DiaryEvent::SetDuress {
            passphrase: pass(PASS),
            repeat: pass(PASS),
        },
    );
    assert!(open(&same).notice.unwrap().contains("different"));
    let vm = diary(
        &mut core,
        DiaryEvent::SetDuress {
            passphrase: pass("only when forced"),
            repeat: pass("only when forced"),
        },
    );
    assert_eq!(
        open(&vm).notice.as_deref(),
        Some("The second passphrase is saved.")
    );
    diary(&mut core, DiaryEvent::Lock);
    let vm = diary(&mut core, DiaryEvent::Unlock(pass("only when forced")));
    let o = open(&vm);
    assert!(o.entries.is_empty(), "the duress diary is empty");
    assert!(!format!("{vm:?}").contains("MARKER"));
    // It looks and works like any diary.
    let vm = save(&mut core, EntryKind::Incident, incident("nothing special"));
    assert_eq!(open(&vm).entries.len(), 1);
    diary(&mut core, DiaryEvent::Lock);
    let vm = diary(&mut core, DiaryEvent::Unlock(pass(PASS)));
    assert_eq!(open(&vm).entries.len(), 4);
    assert!(!format!("{vm:?}").contains("nothing special"));
}

fn change(core: &mut Core, current: &str, new: &str, repeat: &str) -> Option<String> {
    let vm = diary(
        core,
        DiaryEvent::ChangePassphrase {
            current: pass(current),
            new: pass(new),
            repeat: pass(repeat),
        },
    );
    open(&vm).notice
}

fn unlocks(core: &mut Core, passphrase: &str) -> Option<usize> {
    diary(core, DiaryEvent::Lock);
    let vm = diary(core, DiaryEvent::Unlock(pass(passphrase)));
    match state(&vm) {
        DiaryStateView::Open(o) => Some(o.entries.len()),
        _ => None,
    }
}

#[test]
fn the_passphrase_changes_only_with_the_current_one_and_keeps_every_entry() {
    // The delay after wrong guesses runs on the core's clock, which this
    // test moves: no sleeping, whatever the machine's speed.
    let clock = support::Clock::new();
    let mut core = support::core_with_clock(&support::Shared::default(), &clock);
    create(&mut core);
    fill(&mut core);
    let new_pass = "a new passphrase nobody saw";

    // Refused, and nothing changed: a wrong current passphrase, a short or
    // mistyped new one.
    let wrong = change(&mut core, "not the passphrase", new_pass, new_pass).unwrap();
    assert!(wrong.contains("not the current passphrase"), "{wrong}");
    assert!(change(&mut core, PASS, "short", "short").is_some_and(|n| !n.contains("changed")));
    assert!(
        change(&mut core, PASS, new_pass, "a new passphrase nobody sae")
            .is_some_and(|n| !n.contains("changed"))
    );
    assert_eq!(unlocks(&mut core, PASS), Some(4));
    // Guessing through the form meets the same growing delay as unlocking.
    for _ in 0..3 {
        change(&mut core, "still not it", new_pass, new_pass);
    }
    let wait = change(&mut core, PASS, new_pass, new_pass).unwrap();
    assert!(wait.contains("second"), "a wait, not a change: {wait}");
    assert!(!wait.contains("changed"), "{wait}");
    clock.advance_ms(1_100);

    let done = change(&mut core, PASS, new_pass, new_pass).unwrap();
    assert!(done.contains("changed"), "{done}");
    assert_eq!(
        unlocks(&mut core, PASS),
        None,
        "the old passphrase opens nothing"
    );
    assert_eq!(
        unlocks(&mut core, new_pass),
        Some(4),
        "the new one opens every entry"
    );
}

#[test]
fn a_changed_passphrase_cannot_be_the_duress_one_and_the_duress_diary_changes_only_itself() {
    let mut core = new_core();
    create(&mut core);
    fill(&mut core);
    let duress = "only when forced";
    diary(
        &mut core,
        DiaryEvent::SetDuress {
            passphrase: pass(duress),
            repeat: pass(duress),
        },
    );
    let same = change(&mut core, PASS, duress, duress).unwrap();
    assert!(same.contains("second passphrase"), "{same}");
    assert_eq!(unlocks(&mut core, PASS), Some(4));

    // In the duress diary, a change works like anywhere and tells nothing
    // about the real diary, which stays as it was.
    assert_eq!(unlocks(&mut core, duress), Some(0));
    let other = "another forced passphrase";
    assert!(change(&mut core, duress, other, other)
        .unwrap()
        .contains("changed"));
    assert_eq!(unlocks(&mut core, duress), None);
    assert_eq!(unlocks(&mut core, other), Some(0));
    assert_eq!(unlocks(&mut core, PASS), Some(4));
}

/// A picked file whose reader counts, in `alive`, while it exists (the way
/// an Android photo is deleted when its reader is dropped).
fn counted_file(alive: &std::rc::Rc<()>) -> PickedFile {
    use futures::StreamExt as _;
    let guard = std::rc::Rc::clone(alive);
    PickedFile {
        name: "photo.jpg".into(),
        size: 3,
        mime: Some("image/jpeg".into()),
        source: FileSource::stream(
            futures::stream::once(async move {
                drop(guard);
                Ok(b"abc".to_vec())
            })
            .boxed_local(),
        ),
    }
}

#[test]
fn a_file_picked_but_not_saved_goes_when_the_diary_locks() {
    let mut core = new_core();
    create(&mut core);
    diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
    let alive = std::rc::Rc::new(());
    let unsent = counted_file(&alive);
    assert_eq!(std::rc::Rc::strong_count(&alive), 2, "on the shelf");
    diary(&mut core, DiaryEvent::Lock);
    assert_eq!(std::rc::Rc::strong_count(&alive), 1, "dropped with the key");

    diary(&mut core, DiaryEvent::Unlock(pass(PASS)));
    diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
    let vm = diary(
        &mut core,
        DiaryEvent::Attach {
            note: String::new(),
            file: unsent,
        },
    );
    assert!(
        open(&vm).entries.is_empty(),
        "nothing saved from a dropped file"
    );

    // A file that is still there is read once: sent twice, it is saved once.
    let kept = counted_file(&alive);
    let vm = diary(
        &mut core,
        DiaryEvent::Attach {
            note: String::new(),
            file: kept.clone(),
        },
    );
    assert_eq!(open(&vm).entries.len(), 1, "{:?}", open(&vm).notice);
    assert_eq!(std::rc::Rc::strong_count(&alive), 1, "read and dropped");
    diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
    let vm = diary(
        &mut core,
        DiaryEvent::Attach {
            note: String::new(),
            file: kept,
        },
    );
    assert_eq!(open(&vm).entries.len(), 1);
}
