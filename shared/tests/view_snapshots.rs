//! Snapshots of the view model: a few fixed moments of the app, driven
//! through `update` and `view` as the loop drives them (with the runtime's
//! answers typed in, no store and no key derivation), each written out as
//! pretty text and compared with `tests/snapshots/<name>.txt`.
//!
//! A change on screen shows up here as a changed file in the diff. When the
//! change is meant, write the files again and read the diff:
//! `UPDATE_SNAPSHOTS=1 cargo test -p shared --test view_snapshots`.
use std::fmt::{Debug, Write as _};
use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone as _, Utc};
use shared::app::update;
use shared::diary::chain::Hash;
use shared::diary::draft::{Body, Item};
use shared::diary::entry::{Entry, Scale, Symptoms, When};
use shared::diary::flow::{DiaryEvent, OpenedDiary};
use shared::secret::Passphrase;
use shared::settings::Settings;
use shared::time::Now;
use shared::view::{view, AppView, LocatorView, MapView, PhaseView, ViewModel};
use shared::{CoreConfig, Event, Model};

// --- The harness ------------------------------------------------------------

/// Where the snapshot `name` is kept.
fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"))
}

/// The first line where `expected` and `got` differ: its number (from 1)
/// and both lines (`<end>` past the last line); `None` when they are equal.
fn first_difference(expected: &str, got: &str) -> Option<(usize, String, String)> {
    let mut e = expected.lines();
    let mut g = got.lines();
    for n in 1.. {
        match (e.next(), g.next()) {
            (None, None) => break,
            (a, b) if a == b => {}
            (a, b) => {
                let show = |l: Option<&str>| l.map_or_else(|| "<end>".to_owned(), str::to_owned);
                return Some((n, show(a), show(b)));
            }
        }
    }
    // Equal lines (a checkout with \r\n line ends reads the same); only
    // the final newline can differ.
    let end = |text: &str| {
        if text.ends_with('\n') {
            "<newline>"
        } else {
            "<end>"
        }
    };
    (expected.ends_with('\n') != got.ends_with('\n')).then(|| {
        (
            expected.lines().count() + 1,
            end(expected).into(),
            end(got).into(),
        )
    })
}

/// Compares `got` with the snapshot `name`, or writes it when
/// `UPDATE_SNAPSHOTS=1`.
fn check(name: &str, got: &str) {
    let path = snapshot_path(name);
    if std::env::var("UPDATE_SNAPSHOTS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("snapshot folder");
        std::fs::write(&path, got).expect("snapshot written");
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        panic!(
            "no snapshot {name}: run with UPDATE_SNAPSHOTS=1 to write tests/snapshots/{name}.txt"
        );
    };
    if let Some((line, want, have)) = first_difference(&expected, got) {
        panic!(
            "snapshot {name} differs at line {line}\n  expected: {want}\n       got: {have}\n\
             (if the change is meant: UPDATE_SNAPSHOTS=1 cargo test -p shared --test view_snapshots)"
        );
    }
}

/// A titled part of a snapshot: `== title ==` and the value, pretty.
fn part(out: &mut String, title: &str, value: &impl Debug) {
    writeln!(out, "== {title} ==\n{value:#?}").unwrap();
}

// --- The fixtures -----------------------------------------------------------

/// The time every event is handled at: 7 December 2026, 12:00 in Amsterdam.
fn now() -> Now {
    Now::at(Utc.with_ymd_and_hms(2026, 12, 7, 11, 0, 0).unwrap(), 60)
}

/// A model on a device set to `lang`, its settings loaded (a first start),
/// after `events`.
fn model(lang: &str, events: Vec<Event>) -> Model {
    let mut m = Model::new(CoreConfig {
        device_languages: vec![lang.into()],
        ..CoreConfig::default()
    });
    update(
        &mut m,
        Event::SettingsLoaded(Ok(Settings::default())),
        now(),
    );
    for e in events {
        update(&mut m, e, now());
    }
    m
}

fn ready(vm: &ViewModel) -> &AppView {
    match &vm.phase {
        PhaseView::Ready(app) => app,
        other => panic!("not ready: {other:?}"),
    }
}

/// The head of every snapshot of the app in use: the page's language and
/// direction, and what may cover any screen.
fn head(vm: &ViewModel) -> String {
    let app = ready(vm);
    format!(
        "lang: {:?}\ndir: {:?}\nshow_exit_intro: {}\nnotice: {:?}\ncontact_failed: {:?}\n",
        vm.lang, vm.dir, app.show_exit_intro, app.notice, app.contact_failed
    )
}

/// The map without its outline (geography, thousands of characters: its
/// length stands for it), the markers' places rounded to 0.01 (they come
/// from a projection, whose last digits may differ between platforms).
fn map(out: &mut String, m: &MapView) {
    writeln!(
        out,
        "== map ==\nwidth: {}\nheight: {}\noutline: {} characters\nlabel: {:?}\nmarkers:",
        m.width,
        m.height,
        m.dots.len(),
        m.label
    )
    .unwrap();
    for k in &m.markers {
        writeln!(
            out,
            "    {:?} at ({:.2}, {:.2}): {:?}",
            k.kind, k.x, k.y, k.label
        )
        .unwrap();
    }
}

fn locator(vm: &ViewModel) -> String {
    let mut out = head(vm);
    let l = &ready(vm).locator;
    let rest = LocatorView {
        map: MapView::default(),
        ..l.clone()
    };
    part(&mut out, "locator (its map below)", &rest);
    map(&mut out, &l.map);
    out
}

fn pass(s: &str) -> Passphrase {
    Passphrase::new(s.into())
}

/// A record as unlocking hands it over.
fn item(seq: u64, local: (u32, u32, u32), entry: Entry) -> Item {
    let local = NaiveDate::from_ymd_opt(2026, 12, local.0)
        .unwrap()
        .and_hms_opt(local.1, local.2, 0)
        .unwrap();
    Item {
        seq,
        at: (local - chrono::Duration::hours(1)).and_utc(),
        local,
        body: Some(Body::new(entry, None)),
        hash: [u8::try_from(seq + 1).unwrap(); 32],
    }
}

fn scale(v: u8) -> Scale {
    Scale::try_from(v).unwrap()
}

/// The events that open a diary of two entries, with the runtime's answers
/// as it would give them (there is a diary; unlocking found these records),
/// and then open the older one.
fn open_diary() -> Vec<Event> {
    let items = vec![
        item(
            0,
            (3, 21, 15),
            Entry::Incident {
                when: When::Approximately {
                    day: NaiveDate::from_ymd_opt(2026, 11, 28),
                    words: "late November, after the party".into(),
                },
                place: "the station".into(),
                what: "He followed me to the platform.\nI called my sister.".into(),
                people: "A.".into(),
                witnesses: String::new(),
            },
        ),
        item(
            1,
            (6, 8, 30),
            Entry::Symptoms {
                scales: Symptoms {
                    sleep: Some(scale(3)),
                    anxiety: Some(scale(8)),
                    pain: None,
                    flashbacks: Some(scale(5)),
                    mood: Some(scale(2)),
                },
                note: String::new(),
            },
        ),
    ];
    let head: Hash = items.last().unwrap().hash;
    vec![
        Event::ExitInfoSeen,
        Event::Diary(DiaryEvent::Check),
        Event::Diary(DiaryEvent::Status(Ok(true))),
        Event::Diary(DiaryEvent::Unlock(pass("a long and secret passphrase"))),
        Event::Diary(DiaryEvent::Opened(Ok(OpenedDiary {
            items,
            breaks: vec![],
            head,
        }))),
        // The incident opened from the list.
        Event::Diary(DiaryEvent::OpenEntry(Some(0))),
    ]
}

fn diary(vm: &ViewModel) -> String {
    let mut out = head(vm);
    part(&mut out, "diary", &ready(vm).diary);
    out
}

/// Every snapshot: its name and its text now.
fn snapshots() -> Vec<(&'static str, String)> {
    let first = view(&model("nl", vec![]));
    let home = view(&model("en", vec![Event::ExitInfoSeen]));
    let helplines = view(&model("nl", vec![Event::ExitInfoSeen]));
    let found = view(&model(
        "nl",
        vec![Event::ExitInfoSeen, Event::LocatorSearch("5223 GZ".into())],
    ));
    let malformed = view(&model(
        "en",
        vec![Event::ExitInfoSeen, Event::LocatorSearch("99999".into())],
    ));
    let locked = view(&model(
        "en",
        vec![
            Event::ExitInfoSeen,
            Event::Diary(DiaryEvent::Check),
            Event::Diary(DiaryEvent::Status(Ok(true))),
        ],
    ));
    let open = view(&model("en", open_diary()));
    let mut exit_events = open_diary();
    exit_events.push(Event::QuickExit);
    let exited = view(&model("nl", exit_events));
    vec![
        ("first_start_nl", {
            let mut out = head(&first);
            part(&mut out, "chrome", &ready(&first).chrome);
            part(&mut out, "exit intro", &ready(&first).exit_info);
            part(&mut out, "home", &ready(&first).home);
            out
        }),
        ("home_en", {
            let mut out = head(&home);
            part(&mut out, "chrome", &ready(&home).chrome);
            part(&mut out, "home", &ready(&home).home);
            out
        }),
        ("helplines_nl", {
            let mut out = head(&helplines);
            part(&mut out, "helplines", &ready(&helplines).helplines);
            out
        }),
        ("locator_found_nl", locator(&found)),
        ("locator_malformed_postcode_en", locator(&malformed)),
        ("diary_locked_en", diary(&locked)),
        ("diary_open_two_entries_en", diary(&open)),
        // All of it: nothing of the app may be left.
        ("after_quick_exit", format!("{exited:#?}\n")),
    ]
}

// --- The tests --------------------------------------------------------------

#[test]
fn first_start_in_dutch() {
    check_one("first_start_nl");
}

#[test]
fn home_in_english() {
    check_one("home_en");
}

#[test]
fn helplines_in_dutch() {
    check_one("helplines_nl");
}

#[test]
fn locator_after_a_postcode_with_an_answer() {
    check_one("locator_found_nl");
}

#[test]
fn locator_after_a_malformed_postcode() {
    check_one("locator_malformed_postcode_en");
}

#[test]
fn diary_locked() {
    check_one("diary_locked_en");
}

#[test]
fn diary_open_with_two_entries() {
    check_one("diary_open_two_entries_en");
}

#[test]
fn after_quick_exit_nothing_of_the_app() {
    check_one("after_quick_exit");
}

fn check_one(name: &str) {
    let (_, text) = snapshots()
        .into_iter()
        .find(|(n, _)| *n == name)
        .expect("a snapshot of that name");
    check(name, &text);
}

/// Each snapshot is a file of its own, every file is a snapshot, and the
/// same model gives the same text (nothing depends on order by chance, on
/// the clock, or on this machine).
#[test]
fn snapshots_are_stable_and_all_kept() {
    let a = snapshots();
    let b = snapshots();
    assert_eq!(a, b);
    let names: Vec<&str> = a.iter().map(|(n, _)| *n).collect();
    if std::env::var("UPDATE_SNAPSHOTS").as_deref() != Ok("1") {
        let mut files: Vec<String> = std::fs::read_dir(snapshot_path("x").parent().unwrap())
            .expect("tests/snapshots")
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut want: Vec<String> = names.iter().map(|n| format!("{n}.txt")).collect();
        want.sort();
        assert_eq!(
            files, want,
            "a snapshot file without a test, or the reverse"
        );
    }
    for (name, text) in &a {
        assert!(
            !text.contains(env!("CARGO_MANIFEST_DIR")),
            "{name} names this machine"
        );
    }
}

#[test]
fn the_first_difference_is_named_by_line() {
    assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
    assert_eq!(
        first_difference("a\nb\nc\n", "a\nB\nc\n"),
        Some((2, "b".into(), "B".into()))
    );
    assert_eq!(
        first_difference("a\n", "a\nb\n"),
        Some((2, "<end>".into(), "b".into()))
    );
    assert_eq!(
        first_difference("a\n", "a"),
        Some((2, "<newline>".into(), "<end>".into()))
    );
    assert_eq!(first_difference("a\r\nb\r\n", "a\nb\n"), None);
}

/// A changed word in any snapshot fails its test: the committed text with
/// one character changed is caught, at the line where it changed.
#[test]
fn a_changed_text_is_caught() {
    for (name, text) in snapshots() {
        let at = text.find('"').expect("some text") + 1;
        let mut changed = text.clone();
        changed.insert(at, '!');
        let line = text[..at].lines().count().max(1);
        let found = first_difference(&text, &changed).map(|(n, _, _)| n);
        assert_eq!(found, Some(line), "{name}");
    }
}
