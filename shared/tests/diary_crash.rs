//! Crash safety of the diary (issue 3): a writer process is killed (SIGKILL)
//! at chosen writes to the store, round after round over the same diary:
//! while the key is stored, at a record, at a segment and among the deletes
//! after it, before or after the write itself. The crash points are fixed
//! write numbers, so every run kills at the same places whatever the speed
//! of the machine. After each kill every entry whose save had been
//! confirmed is there, in order, the chain verifies, and nothing else is
//! there but the one entry the writer was saving.
#![cfg(unix)]
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use age::secrecy::SecretString;
use chrono::Utc;
use shared::diary::vault::{self, SEGMENT};
use shared::store::{KvStore, SledStore, StoreError};

const WORK: u8 = 10;
/// Entries one writer saves at most (more than a segment: every crash
/// point below is reached before).
const WRITES: usize = SEGMENT + 50;
/// What a writer prints when it reached its crash point.
const CRASHED: &str = "crash point reached";
const TEST: &str = "confirmed_entries_survive_kills_at_chosen_writes_and_the_chain_holds";

/// Which writes a crash point counts.
#[derive(Clone, Copy, Debug)]
enum Writes {
    /// Every put and delete.
    Any,
    /// Puts of a sealed segment.
    Segment,
    /// Deletes (of single records, once their segment is stored).
    Delete,
}

/// Where a writer is killed: at its `nth` write of a kind (from 1),
/// before that write or once it is done (but before it is reported).
#[derive(Clone, Copy, Debug)]
struct CrashAt {
    writes: Writes,
    nth: usize,
    done: bool,
}

const fn at(writes: Writes, nth: usize, done: bool) -> CrashAt {
    CrashAt { writes, nth, done }
}

/// One round each, in order, over the same diary. The first writer creates
/// the diary (its first write is the key); later writers unlock it.
const PLAN: &[CrashAt] = &[
    at(Writes::Any, 1, false),     // the key: no diary yet
    at(Writes::Any, 1, true),      // the key stored, creation not confirmed
    at(Writes::Any, 1, false),     // the first record
    at(Writes::Any, 1, true),      // the first record stored, not confirmed
    at(Writes::Any, 5, true),      // a few records
    at(Writes::Any, 50, false),    // more records
    at(Writes::Any, 120, true),    // more records
    at(Writes::Segment, 1, false), // sealing the first segment
    at(Writes::Segment, 1, true),  // the segment stored, single copies left
    at(Writes::Delete, 1, true),   // among the deletes after the next segment
    at(Writes::Delete, SEGMENT, false),
    at(Writes::Delete, SEGMENT, true), // every delete done, not confirmed
    at(Writes::Any, 3, true),          // records after the segments
];

fn pass() -> SecretString {
    SecretString::from("a long passphrase".to_string())
}

fn body(round: usize, entry: usize) -> String {
    format!("round {round} entry {entry}")
}

/// The writer's store: sled, stopping the process at the crash point.
struct Crashing {
    inner: SledStore,
    at: CrashAt,
    counted: AtomicUsize,
}

impl Crashing {
    /// Counts a write of this kind; at the crash point, does it (if so
    /// planned), tells the parent and waits to be killed.
    fn write(
        &self,
        counts: bool,
        write: impl FnOnce() -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let crash = counts && self.counted.fetch_add(1, Ordering::SeqCst) + 1 == self.at.nth;
        if !crash {
            return write();
        }
        if self.at.done {
            write()?;
        }
        let mut out = std::io::stdout();
        writeln!(out, "{CRASHED}").unwrap();
        out.flush().unwrap();
        // Nothing more happens here: the parent kills this process.
        loop {
            std::thread::park();
        }
    }
}

impl KvStore for Crashing {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.get(key)
    }
    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let counts = match self.at.writes {
            Writes::Any => true,
            Writes::Segment => key.contains("/s/"),
            Writes::Delete => false,
        };
        self.write(counts, || self.inner.put(key, value))
    }
    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.inner.scan(prefix)
    }
    fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.scan_keys(prefix)
    }
    fn delete(&self, key: &str) -> Result<(), StoreError> {
        let counts = matches!(self.at.writes, Writes::Any | Writes::Delete);
        self.write(counts, || self.inner.delete(key))
    }
}

/// The child: open (or create) the diary, append, print each confirmed
/// entry; stopped at the crash point of its round.
fn writer(dir: &str, round: usize) -> ! {
    let mut out = std::io::stdout();
    // The harness began a line ("test … ... "): what follows starts on its own.
    writeln!(out).unwrap();
    let store = Crashing {
        inner: SledStore::open(std::path::Path::new(dir)).unwrap(),
        at: PLAN[round],
        counted: AtomicUsize::new(0),
    };
    let mut diary = if vault::exists(&store).unwrap() {
        vault::unlock(&store, pass(), Utc::now()).unwrap().0
    } else {
        vault::create(&store, pass(), WORK).unwrap()
    };
    for i in 0..WRITES {
        diary.append(&store, body(round, i), Utc::now()).unwrap();
        // Only now is the save confirmed to the parent.
        writeln!(out, "{}", body(round, i)).unwrap();
        out.flush().unwrap();
    }
    std::process::exit(0);
}

/// Runs the writer of `round` until its crash point, kills it; the
/// entries it confirmed.
fn crash_round(dir: &std::path::Path, round: usize) -> Vec<String> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
        .env("DIARY_CRASH_DIR", dir)
        .env("DIARY_CRASH_ROUND", round.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut confirmed = Vec::new();
    let mut crashed = false;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if line == CRASHED {
            crashed = true;
            break;
        }
        if line.starts_with("round ") {
            confirmed.push(line);
        }
    }
    let _ = child.kill();
    child.wait().unwrap();
    assert!(
        crashed,
        "round {round}: the writer never reached {:?}",
        PLAN[round]
    );
    confirmed
}

#[test]
fn confirmed_entries_survive_kills_at_chosen_writes_and_the_chain_holds() {
    if let (Ok(dir), Ok(round)) = (
        std::env::var("DIARY_CRASH_DIR"),
        std::env::var("DIARY_CRASH_ROUND"),
    ) {
        writer(&dir, round.parse().unwrap());
    }
    let dir = tempfile::tempdir().unwrap();
    // Every entry the diary holds, in order.
    let mut held: Vec<String> = Vec::new();
    for round in 0..PLAN.len() {
        let confirmed = crash_round(dir.path(), round);
        let store = SledStore::open(dir.path()).unwrap();
        if !vault::exists(&store).unwrap() {
            // Killed before the diary was even created: nothing was confirmed.
            assert!(
                held.is_empty() && confirmed.is_empty(),
                "round {round}: entries confirmed but no diary"
            );
            continue;
        }
        let (_, diary) = vault::unlock(&store, pass(), Utc::now()).unwrap();
        assert!(
            diary.breaks.is_empty(),
            "round {round}: chain broken at {:?}",
            diary.breaks
        );
        let bodies: Vec<String> = diary.records.iter().map(|r| r.body.clone()).collect();
        // The entry being saved at the kill may be there too: stored, not
        // yet confirmed. Nothing else may be.
        let saving = body(round, confirmed.len());
        held.extend(confirmed);
        let with_saving: Vec<String> = held.iter().cloned().chain([saving]).collect();
        assert!(
            bodies == held || bodies == with_saving,
            "round {round}: {} entries held, {} expected; first difference at {:?}",
            bodies.len(),
            held.len(),
            bodies.iter().zip(&held).position(|(a, b)| a != b)
        );
        let numbers: Vec<u64> = diary.records.iter().map(|r| r.seq).collect();
        assert!(
            numbers.iter().copied().eq(0..numbers.len() as u64),
            "round {round}: record numbers {numbers:?}"
        );
        held = bodies;
    }
    let store = SledStore::open(dir.path()).unwrap();
    let keys = store.scan_keys("diary/").unwrap();
    assert!(
        keys.iter().filter(|k| k.contains("/s/")).count() >= 2,
        "the plan crashed around sealed segments"
    );
}
