//! Hostile input to the diary (issue 16): property tests of every parser
//! that reads what is stored or imported. Each case asserts no panic, a
//! typed result the screens turn into a message, memory within this
//! device's key-derivation budget plus a margin, and, for a refused import,
//! the stored diary unchanged byte for byte.
//!
//! Case counts are fixed; a failing case is kept in
//! `shared/proptest-regressions/diary_hostile.txt` (committed) and tried
//! first on every later run.
#![cfg(target_os = "linux")]
use std::sync::OnceLock;

use age::secrecy::SecretString;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::json;
use shared::diary::blob;
use shared::diary::budget;
use shared::diary::chain;
use shared::diary::flow::{ArchiveTo, DiaryEvent};
use shared::diary::vault;
use shared::files::{FileSource, PickedFile};
use shared::store::KvStore;
use shared::view::EntryKind;
use shared::Core;

mod support;
use support::{core_over, diary, open_view, pass, Shared, WORK};

const PASS: &str = "a long and secret passphrase";
const ARCHIVE_PASS: &str = "archive passphrase";

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/diary_hostile.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// The process's peak resident memory, in MiB (`VmHWM`).
fn peak_mib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kib| kib / 1024)
}

/// Memory never grows past the key-derivation budget plus 512 MiB (every
/// test of this file together, running side by side).
fn memory_bounded() -> bool {
    peak_mib() < budget::mib_for(budget::max_work_factor()) + 512
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

fn picked(data: Vec<u8>, name: String, mime: Option<String>) -> PickedFile {
    PickedFile {
        size: data.len() as u64,
        name,
        mime,
        source: FileSource::stream(Box::pin(futures::stream::iter(vec![Ok(data)]))),
    }
}

/// A diary with two notes and a photo, made once; each case works on a copy.
fn base() -> &'static Shared {
    static BASE: OnceLock<Shared> = OnceLock::new();
    BASE.get_or_init(|| {
        let store = Shared::default();
        let mut core = core_over(&store);
        diary(&mut core, DiaryEvent::Check);
        diary(
            &mut core,
            DiaryEvent::Create {
                passphrase: pass(PASS),
                repeat: pass(PASS),
                understood: true,
            },
        );
        for note in ["first", "second"] {
            diary(&mut core, DiaryEvent::New(EntryKind::Symptoms));
            diary(
                &mut core,
                DiaryEvent::Save(shared::diary::draft::Draft::Symptoms {
                    sleep: Some(4),
                    anxiety: None,
                    pain: None,
                    flashbacks: None,
                    mood: None,
                    note: note.into(),
                }),
            );
        }
        diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
        diary(
            &mut core,
            DiaryEvent::Attach {
                note: "photo".into(),
                file: picked(vec![3; 150_000], "p.png".into(), None),
            },
        );
        store
    })
}

/// A copy of the base diary, opened in a core.
fn opened() -> (Shared, Core) {
    let store = base().copy();
    let mut core = core_over(&store);
    diary(&mut core, DiaryEvent::Check);
    let vm = diary(&mut core, DiaryEvent::Unlock(pass(PASS)));
    assert_eq!(open_view(&vm).map(|o| o.entries.len()), Some(3));
    (store, core)
}

/// The base diary's space (`diary/<space>/`).
fn space(store: &Shared) -> String {
    let (session, _) = vault::unlock(store, secret(PASS), Utc::now()).unwrap();
    session.space().to_string()
}

/// Files no record names, after unlocking.
fn orphans(store: &Shared) -> usize {
    let Ok((_, opened)) = vault::unlock(store, secret(PASS), Utc::now()) else {
        return 0;
    };
    let named: Vec<String> = opened
        .records
        .iter()
        .filter_map(|r| {
            let body: serde_json::Value = serde_json::from_str(&r.body).ok()?;
            Some(body["entry"]["blob"].as_str()?.to_string())
        })
        .collect();
    blob::ids_with_prefix(store, "")
        .unwrap()
        .iter()
        .filter(|id| !named.contains(id))
        .count()
}

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------

/// Names and texts that have caught parsers out elsewhere.
fn odd_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        Just(String::new()),
        Just("../../etc/passwd".into()),
        Just("a/b\\c:d*e?f\"g<h>i|j".into()),
        Just("\u{202e}gnp.exe".into()),
        Just("\0\u{1}\u{7f}\n\r\t".into()),
        Just("CON".into()),
        Just("e\u{301}\u{301}\u{301}".into()),
        Just("\u{feff}\u{200b}".into()),
        Just("日本語のファイル名.jpg".into()),
        Just("🏳️‍🌈".repeat(40)),
        Just("x".repeat(600)),
        Just(".".repeat(120)),
    ]
}

fn odd_u64() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..8, Just(u64::MAX), Just(u64::MAX - 1), any::<u64>()]
}

fn hash_text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 32).prop_map(|b| shared::diary::hex::hex(&b)),
        odd_text(),
    ]
}

fn entry() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        (odd_text(), odd_text()).prop_map(|(what, place)| json!({
            "kind": "incident", "when": {"precision": "unknown"},
            "place": place, "what": what, "people": "", "witnesses": ""
        })),
        (odd_text(), proptest::option::of(0u8..=12)).prop_map(|(note, sleep)| json!({
            "kind": "symptoms",
            "scales": {"sleep": sleep, "anxiety": null, "pain": null, "flashbacks": null, "mood": null},
            "note": note
        })),
        (odd_text(), odd_u64(), proptest::option::of(odd_text()), odd_text()).prop_map(
            |(name, size, mime, blob)| json!({
                "kind": "evidence", "name": name, "size": size, "mime": mime,
                "blob": blob, "note": "n"
            })
        ),
        (odd_text(), proptest::collection::vec(odd_text(), 0..4)).prop_map(|(p, urls)| json!({
            "kind": "online_abuse", "platform": p, "accounts": "", "urls": urls, "what": ""
        })),
        Just(json!({"kind": "unknown"})),
        Just(json!(42)),
    ]
}

fn record(files: Vec<String>) -> impl Strategy<Value = serde_json::Value> {
    (
        odd_u64(),
        hash_text(),
        entry(),
        proptest::option::of(odd_u64()),
        proptest::option::of((odd_u64(), proptest::option::of(hash_text()))),
        proptest::option::of(proptest::sample::select(if files.is_empty() {
            vec!["none".to_string()]
        } else {
            files
        })),
        any::<bool>(),
    )
        .prop_map(|(seq, hash, entry, replaces, origin, file, bad_time)| {
            let at = if bad_time {
                json!("not a time")
            } else {
                json!("2026-03-01T09:00:00Z")
            };
            let origin = origin
                .map(|(seq, hash)| json!({"at": "2026-01-01T00:00:00Z", "seq": seq, "hash": hash}));
            json!({
                "seq": seq, "at": at, "hash": hash,
                "body": {"v": 1, "entry": entry, "replaces": replaces, "origin": origin},
                "file": file
            })
        })
}

/// `entries.json`: random bytes, or the app's format with hostile records
/// (odd numbers, duplicate ids, broken chains, many copies).
fn entries_json(files: Vec<String>) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..300),
        1 => Just(b"{\"format\":\"een-entree-diary\",\"version\":1,\"head\":\"\",\"chain_intact\":true,\"records\":[".to_vec()),
        6 => (
            proptest::collection::vec(record(files), 0..12),
            0usize..4000,
            any::<bool>(),
            prop_oneof![Just("een-entree-diary".to_string()), odd_text()],
            prop_oneof![Just(1u64), odd_u64()],
            hash_text(),
        )
            .prop_map(|(mut records, copies, intact, format, version, head)| {
                if let Some(first) = records.first().cloned() {
                    records.extend(std::iter::repeat_n(first, copies));
                }
                serde_json::to_vec(&json!({
                    "format": format, "version": version, "head": head,
                    "chain_intact": intact, "records": records
                }))
                .unwrap()
            }),
    ]
}

/// One tar entry: name, type flag, data (ustar).
type TarEntry = (String, u8, Vec<u8>);

fn tar(entries: &[TarEntry], size_lies: Option<u64>) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, (name, kind, data)) in entries.iter().enumerate() {
        let mut h = [0u8; 512];
        let n = name.as_bytes();
        h[..n.len().min(100)].copy_from_slice(&n[..n.len().min(100)]);
        let size = if i == 0 {
            size_lies.unwrap_or(data.len() as u64)
        } else {
            data.len() as u64
        };
        let octal = format!("{:011o}\0", size % 0o777_7777_7777);
        h[124..136].copy_from_slice(octal.as_bytes());
        h[100..108].copy_from_slice(b"0000644\0");
        h[156] = *kind;
        h[257..263].copy_from_slice(b"ustar\0");
        h[263..265].copy_from_slice(b"00");
        h[148..156].fill(b' ');
        let sum: u64 = h.iter().map(|&b| u64::from(b)).sum();
        h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        out.extend_from_slice(&h);
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out.extend_from_slice(&[0; 1024]);
    out
}

/// A passphrase archive (age, scrypt at 2^10) around `plaintext`.
fn sealed(plaintext: &[u8]) -> Vec<u8> {
    let mut r = age::scrypt::Recipient::new(secret(ARCHIVE_PASS));
    r.set_work_factor(WORK);
    age::encrypt(&r, plaintext).unwrap()
}

fn archive_plaintext() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        (odd_text(), proptest::collection::vec(any::<u8>(), 0..2000)),
        0..4,
    )
    .prop_flat_map(|files| {
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        (
            Just(files),
            entries_json(names),
            prop_oneof![Just(b'0'), Just(b'5'), Just(b'2'), any::<u8>()],
            proptest::option::of(prop_oneof![Just(u64::MAX), 0u64..100_000_000_000]),
            0u8..4,
        )
    })
    .prop_map(|(files, json, kind, lie, shape)| {
        let mut entries: Vec<TarEntry> = Vec::new();
        if shape != 3 {
            entries.push(("entries.json".into(), b'0', json.clone()));
        }
        for (name, data) in files {
            let kind = if shape == 1 { kind } else { b'0' };
            entries.push((format!("files/{name}"), kind, data));
        }
        if shape == 2 {
            // entries.json twice, and a path outside.
            entries.push(("entries.json".into(), b'0', json));
            entries.push(("../outside".into(), b'0', b"x".to_vec()));
        }
        tar(&entries, lie.filter(|_| shape == 1))
    })
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(96))]

    /// Archives: valid age encryption around malformed tar or JSON, huge
    /// counts, duplicate ids, broken chains, odd names. A refused import
    /// leaves the diary byte for byte as it was; an accepted one adds at
    /// most the archive's records, leaves nothing staged and no file that
    /// no record names.
    #[test]
    fn hostile_archives_never_panic_and_a_refused_one_changes_nothing(
        plaintext in archive_plaintext(),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let (store, mut core) = opened();
        let before = store.scan("").unwrap();
        let mut archive = sealed(&plaintext);
        if let Some(at) = cut {
            archive.truncate(at.index(archive.len()));
        }
        let vm = diary(&mut core, DiaryEvent::Import {
            file: picked(archive, "a.tar.age".into(), None),
            passphrase: pass(ARCHIVE_PASS),
        });
        let o = open_view(&vm).expect("still open");
        let message = o.transfer.message.clone().unwrap_or_default();
        prop_assert!(!message.is_empty() && !message.contains("diary-"), "{message}");
        if message.contains("restored") {
            prop_assert!(o.entries.len() >= 3);
            prop_assert_eq!(orphans(&store), 0);
        } else {
            prop_assert!(store.scan("").unwrap() == before, "refused, yet changed: {}", message);
        }
        prop_assert!(store.scan_keys("diary/t/").unwrap().is_empty());
        prop_assert!(memory_bounded(), "{} MiB", peak_mib());
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// The stored key ring: arbitrary bytes, or the real one cut, flipped or
    /// repeated. Unlock gives an error or the diary; it never panics.
    #[test]
    fn a_hostile_key_ring_is_an_error_not_a_panic(
        junk in proptest::collection::vec(any::<u8>(), 0..1100),
        at in any::<prop::sample::Index>(),
        bit in 0u8..8,
        how in 0u8..4,
    ) {
        let store = base().copy();
        let ring = store.get("diary/key").unwrap().unwrap();
        let i = at.index(ring.len());
        let hostile = match how {
            0 => junk,
            1 => ring[..i].to_vec(),
            2 => { let mut r = ring.clone(); r[i] ^= 1 << bit; r }
            _ => [ring.clone(), ring].concat(),
        };
        store.put("diary/key", &hostile).unwrap();
        let result = vault::unlock(&store, secret(PASS), Utc::now());
        if how == 0 {
            prop_assert!(result.is_err());
        }
        prop_assert!(memory_bounded(), "{} MiB", peak_mib());
    }

    /// The failure count: whatever `diary/fails` holds, the right passphrase
    /// opens at once or after at most the longest delay, never a panic.
    #[test]
    fn a_hostile_fails_file_never_locks_the_owner_out(
        junk in proptest::collection::vec(any::<u8>(), 0..200),
        count in any::<u32>(),
        year in prop_oneof![-262_000i32..262_000, Just(262_100)],
        json_shaped in any::<bool>(),
    ) {
        let store = base().copy();
        let fails = if json_shaped {
            // Any time chrono can hold, up to its last instant.
            let last = if year > 262_000 {
                Some(chrono::DateTime::<Utc>::MAX_UTC.to_rfc3339())
            } else {
                Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0)
                    .single()
                    .map(|t| t.to_rfc3339())
            };
            serde_json::to_vec(&json!({"count": count, "last": last})).unwrap()
        } else {
            junk
        };
        store.put("diary/fails", &fails).unwrap();
        match vault::unlock(&store, secret(PASS), Utc::now()) {
            Ok(_) => {}
            Err(vault::VaultError::TooSoon { wait }) => {
                prop_assert!(wait <= std::time::Duration::from_secs(300), "{wait:?}");
            }
            Err(e) => prop_assert!(false, "{e:?}"),
        }
    }
}

/// A stored value of the diary's space, damaged in one of several ways:
/// arbitrary bytes, or valid encryption to the diary around hostile
/// plaintext (records with odd JSON, segments with lying lengths).
fn hostile_value() -> impl Strategy<Value = (u8, Vec<u8>, Option<serde_json::Value>, u32)> {
    (
        0u8..4,
        proptest::collection::vec(any::<u8>(), 0..400),
        proptest::option::of(entry()),
        any::<u32>(),
    )
}

proptest! {
    #![proptest_config(config(64))]

    /// Records and segments: unlock through the core shows the diary (with
    /// the damage reported) or an error; never a panic.
    #[test]
    fn hostile_records_and_segments_are_reported_not_a_panic(
        (how, bytes, entry, len) in hostile_value(),
        seq in 0u64..6,
        as_segment in any::<bool>(),
    ) {
        let store = base().copy();
        let sp = space(&store);
        let (session, _) = vault::unlock(&store, secret(PASS), Utc::now()).unwrap();
        let key = session.key();
        let plaintext = match how {
            // Random plaintext.
            0 => bytes.clone(),
            // A record whose body is hostile JSON.
            1 => {
                let body = json!({"v": 1, "entry": entry, "replaces": seq, "origin": null});
                let record = json!({"seq": seq, "at": "2026-03-01T09:00:00Z", "body": body.to_string()});
                chain::link(&[0; 32], record.to_string().as_bytes())
            }
            // A segment whose length prefix lies.
            2 => [len.to_be_bytes().as_slice(), &bytes].concat(),
            _ => Vec::new(),
        };
        let value = if how == 3 { bytes } else { key.seal(&plaintext).unwrap() };
        let kind = if as_segment { "s" } else { "r" };
        store.put(&format!("{sp}{kind}/{seq:016x}"), &value).unwrap();
        drop(session);
        let mut core = core_over(&store);
        diary(&mut core, DiaryEvent::Check);
        let vm = diary(&mut core, DiaryEvent::Unlock(pass(PASS)));
        prop_assert!(open_view(&vm).is_some(), "the diary still opens");
        prop_assert!(memory_bounded(), "{} MiB", peak_mib());
    }

    /// Evidence pieces: damaged, cut, missing or extra; exporting the file
    /// gives the archive or an error, never a panic.
    #[test]
    fn hostile_blob_pieces_are_an_error_not_a_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..3000),
        at in any::<prop::sample::Index>(),
        how in 0u8..4,
    ) {
        let (store, mut core) = opened();
        let pieces = store.scan_keys("diary/b/").unwrap();
        let first = pieces[0].clone();
        let value = store.get(&first).unwrap().unwrap();
        let i = at.index(value.len());
        match how {
            0 => store.put(&first, &bytes).unwrap(),
            1 => store.put(&first, &value[..i]).unwrap(),
            2 => { let mut v = value; v[i] ^= 0x10; store.put(&first, &v).unwrap(); }
            _ => store.put(&format!("{}ffffffff", &first[..first.len() - 8]), &bytes).unwrap(),
        }
        let vm = diary(&mut core, DiaryEvent::ExportArchive(ArchiveTo::Recipient(
            "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into(),
        )));
        let o = open_view(&vm).expect("still open");
        prop_assert!(o.transfer.result.is_some() || o.transfer.message.is_some());
        prop_assert!(memory_bounded(), "{} MiB", peak_mib());
    }

    /// A picked file's name and type, as a platform hands them: saved with
    /// the name cut to 500 characters and a type kept only when it is one.
    #[test]
    fn a_picked_files_name_and_type_are_kept_safe(
        name in prop_oneof![odd_text(), ".{0,700}"],
        mime in proptest::option::of(prop_oneof![odd_text(), Just("image/png".to_string())]),
    ) {
        let (store, mut core) = opened();
        diary(&mut core, DiaryEvent::New(EntryKind::Evidence));
        let vm = diary(&mut core, DiaryEvent::Attach {
            note: "n".into(),
            file: picked(vec![1; 100], name.clone(), mime),
        });
        let o = open_view(&vm).expect("still open");
        let (_, opened) = vault::unlock(&store, secret(PASS), Utc::now()).unwrap();
        if name.trim().is_empty() {
            prop_assert_eq!(o.entries.len(), 3, "an empty name is refused");
            prop_assert_eq!(orphans(&store), 0);
        } else {
            prop_assert_eq!(o.entries.len(), 4, "{:?}", o.notice);
            let last: serde_json::Value =
                serde_json::from_str(&opened.records.last().unwrap().body).unwrap();
            let saved = last["entry"]["name"].as_str().unwrap();
            prop_assert!(saved.chars().count() <= 500 && !saved.chars().any(char::is_control));
            if let Some(m) = last["entry"]["mime"].as_str() {
                prop_assert!(m.contains('/') && m.len() <= 255 && m.is_ascii());
            }
        }
    }
}
