//! The diary under pressure, through the core (issue 18): a job that
//! finishes after a lock lands in no diary (not in the duress diary opened
//! meanwhile); an import commits in one step, is recognised when it comes
//! again, leaves no file that no record names, and shows its chain check.

use age::secrecy::SecretString;
use shared::diary::blob;
use shared::diary::flow::{ArchiveTo, DiaryEvent};
use shared::diary::stage::Stage;
use shared::diary::vault;
use shared::files::{FileSource, PickedFile};
use shared::store::KvStore;
use shared::view::{EntryKind, ExportResult};
use shared::{Core, Event};

mod support;
use support::{core_over, diary, open, pass, Shared};

const PASS: &str = "a long and secret passphrase";
const DURESS: &str = "only when forced to open";
const ARCHIVE_PASS: &str = "archive passphrase";

fn picked(data: &[u8], name: &str) -> PickedFile {
    PickedFile {
        name: name.into(),
        size: data.len() as u64,
        mime: Some("image/png".into()),
        source: FileSource::stream(Box::pin(futures::stream::iter(vec![Ok(data.to_vec())]))),
    }
}

/// A diary with three notes and a photo, and a duress passphrase.
fn filled(store: &Shared) -> Core {
    let mut core = core_over(store);
    diary(&mut core, DiaryEvent::Check);
    diary(
        &mut core,
        DiaryEvent::Create {
            passphrase: pass(PASS),
            repeat: pass(PASS),
            understood: true,
        },
    );
    for i in 0..3 {
        diary(&mut core, DiaryEvent::New(EntryKind::Symptoms));
        diary(
            &mut core,
            DiaryEvent::Save(shared::diary::draft::Draft::Symptoms {
                sleep: Some(i),
                anxiety: None,
                pain: None,
                flashbacks: None,
                mood: None,
                note: format!("REAL-NOTE-{i}"),
            }),
        );
    }
    diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
    let vm = diary(
        &mut core,
        DiaryEvent::Attach {
            note: "REAL-PHOTO".into(),
            file: picked(&vec![7u8; 200_000], "photo.png"),
        },
    );
    assert_eq!(open(&vm).entries.len(), 4);
    diary(
        &mut core,
        DiaryEvent::SetDuress {
            passphrase: pass(DURESS),
            repeat: pass(DURESS),
        },
    );
    core
}

fn archive_of(core: &mut Core) -> Vec<u8> {
    let vm = diary(
        core,
        DiaryEvent::ExportArchive(ArchiveTo::Passphrase {
            passphrase: pass(ARCHIVE_PASS),
            repeat: pass(ARCHIVE_PASS),
        }),
    );
    let data = match open(&vm).transfer.result {
        Some(ExportResult::Download { data, .. }) => data.to_vec(),
        other => panic!("no archive: {other:?}"),
    };
    diary(core, DiaryEvent::DismissExport);
    data
}

fn import(archive: &[u8]) -> DiaryEvent {
    DiaryEvent::Import {
        file: picked(archive, "diary.tar.age"),
        passphrase: pass(ARCHIVE_PASS),
    }
}

fn entries_after_unlock(core: &mut Core, passphrase: &str) -> Vec<String> {
    diary(core, DiaryEvent::Lock);
    let vm = diary(core, DiaryEvent::Unlock(pass(passphrase)));
    open(&vm).entries.iter().map(|e| e.title.clone()).collect()
}

/// The sealed files in the store.
fn files(store: &Shared) -> Vec<String> {
    blob::ids_with_prefix(store, "").unwrap()
}

#[test]
fn an_import_started_before_a_lock_never_lands_in_the_duress_diary() {
    let store = Shared::default();
    let mut core = filled(&store);
    let archive = archive_of(&mut core);
    let files_before = files(&store);
    // Start an import, lock, open the duress diary, then let the import settle.
    core.handle(Event::Diary(import(&archive)));
    core.handle(Event::Diary(DiaryEvent::Lock));
    core.handle(Event::Diary(DiaryEvent::Unlock(pass(DURESS))));
    let vm = futures::executor::block_on(core.settle());
    let o = open(&vm);
    assert!(o.entries.is_empty(), "the duress diary got entries");
    assert_eq!(o.transfer.message, None, "the duress diary hears nothing");
    assert!(!format!("{vm:?}").contains("REAL-"));
    assert!(entries_after_unlock(&mut core, DURESS).is_empty());
    // Nor did it land in the real diary, and what it staged is gone.
    assert_eq!(entries_after_unlock(&mut core, PASS).len(), 4);
    assert_eq!(files(&store), files_before);
    assert!(store.scan_keys("diary/t/").unwrap().is_empty());
}

#[test]
fn a_file_sealed_across_a_lock_lands_in_no_diary() {
    let store = Shared::default();
    let mut core = filled(&store);
    let files_before = files(&store);
    diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
    core.handle(Event::Diary(DiaryEvent::Attach {
        note: "REAL-LATE".into(),
        file: picked(&vec![9u8; 300_000], "late.png"),
    }));
    core.handle(Event::Diary(DiaryEvent::Lock));
    core.handle(Event::Diary(DiaryEvent::Unlock(pass(DURESS))));
    let vm = futures::executor::block_on(core.settle());
    let o = open(&vm);
    assert!(o.entries.is_empty(), "the duress diary got the file");
    assert_eq!(o.notice, None);
    assert!(entries_after_unlock(&mut core, DURESS).is_empty());
    assert_eq!(entries_after_unlock(&mut core, PASS).len(), 4);
    assert_eq!(files(&store), files_before, "the sealed file was removed");
}

#[test]
fn importing_twice_adds_nothing_the_second_time_and_the_chain_is_shown() {
    let store = Shared::default();
    let mut core = filled(&store);
    let archive = archive_of(&mut core);
    // Into the same diary: everything is already there.
    let vm = diary(&mut core, import(&archive));
    let o = open(&vm);
    let message = o.transfer.message.unwrap();
    assert!(message.starts_with("0 notes restored."), "{message}");
    assert!(
        message.contains("4 notes were already in your diary"),
        "{message}"
    );
    assert!(message.contains("follow on from each other"), "{message}");
    assert_eq!(o.entries.len(), 4);

    // Into another diary: once, then nothing more.
    let other_store = Shared::default();
    let mut other = core_over(&other_store);
    diary(&mut other, DiaryEvent::Check);
    diary(
        &mut other,
        DiaryEvent::Create {
            passphrase: pass(PASS),
            repeat: pass(PASS),
            understood: true,
        },
    );
    let vm = diary(&mut other, import(&archive));
    assert_eq!(open(&vm).entries.len(), 4);
    let one_file = files(&other_store);
    assert_eq!(one_file.len(), 1);
    diary(&mut other, DiaryEvent::DismissExport);
    let vm = diary(&mut other, import(&archive));
    assert_eq!(open(&vm).entries.len(), 4, "nothing doubled");
    assert_eq!(files(&other_store), one_file, "no second copy of the file");
    // Also after a lock and unlock (the diary's records are read again).
    assert_eq!(entries_after_unlock(&mut other, PASS).len(), 4);
    diary(&mut other, DiaryEvent::DismissExport);
    let vm = diary(&mut other, import(&archive));
    assert_eq!(open(&vm).entries.len(), 4);
    // And an archive of the other diary, back into the first: nothing new.
    let back = archive_of(&mut other);
    let vm = diary(&mut core, DiaryEvent::DismissExport);
    assert_eq!(open(&vm).entries.len(), 4);
    let vm = diary(&mut core, import(&back));
    assert_eq!(open(&vm).entries.len(), 4, "a round trip adds nothing");
    assert_eq!(store.scan_keys("diary/t/").unwrap(), Vec::<String>::new());
}

#[test]
fn files_left_staged_by_a_stop_are_removed_at_the_next_unlock() {
    let store = Shared::default();
    let mut core = filled(&store);
    diary(&mut core, DiaryEvent::Lock);
    let files_before = files(&store);
    // As if the app stopped while sealing a file or importing an archive.
    let secret = SecretString::from(PASS.to_string());
    let (session, _) = vault::unlock(&store, secret, chrono::Utc::now()).unwrap();
    let stage = Stage::begin(&store, session.key()).unwrap();
    blob::write_with_id(
        &store,
        session.key(),
        stage.blob_id(0),
        &mut vec![1u8; 90_000].as_slice(),
    )
    .unwrap();
    drop((stage, session));
    assert_eq!(files(&store).len(), files_before.len() + 1);
    // The duress diary cannot tell them apart from anything else: kept.
    diary(&mut core, DiaryEvent::Unlock(pass(DURESS)));
    assert_eq!(files(&store).len(), files_before.len() + 1);
    assert_eq!(entries_after_unlock(&mut core, PASS).len(), 4);
    assert_eq!(files(&store), files_before, "the orphan is gone");
    assert!(store.scan_keys("diary/t/").unwrap().is_empty());
}

/// `archive` with its scrypt stanza asking for `log_n` instead.
fn asking(archive: &[u8], log_n: u8) -> Vec<u8> {
    let end = archive.windows(4).position(|w| w == b"\n---").unwrap();
    let header = String::from_utf8(archive[..end].to_vec()).unwrap();
    let line = header.lines().nth(1).unwrap();
    let (head, _) = line.rsplit_once(' ').unwrap();
    let mut out = header
        .replacen(line, &format!("{head} {log_n}"), 1)
        .into_bytes();
    out.extend_from_slice(&archive[end..]);
    out
}

#[test]
fn an_archive_over_the_memory_budget_is_refused_saying_what_to_do_and_nothing_changes() {
    let store = Shared::default();
    let mut core = filled(&store);
    let archive = archive_of(&mut core);
    let over = shared::diary::budget::max_work_factor() + 1;
    let before = store.scan("").unwrap();
    let vm = diary(&mut core, import(&asking(&archive, over)));
    let message = open(&vm).transfer.message.unwrap();
    assert!(message.contains("rage or age"), "{message}");
    assert!(message.contains("save the diary again"), "{message}");
    let allowed = shared::diary::budget::mib_for(over - 1);
    assert!(
        message.contains(&format!("up to {allowed} MB")),
        "{message}"
    );
    assert_eq!(
        store.scan("").unwrap(),
        before,
        "the stored diary is unchanged"
    );
    assert_eq!(open(&vm).entries.len(), 4);
}
