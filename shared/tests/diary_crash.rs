//! Crash safety of the diary (issue 3): a writer process is killed (SIGKILL)
//! at a random moment during up to 1,000 writes, 50 times over the same
//! diary. After each kill, every entry whose save had been confirmed is there
//! and the chain verifies.
#![cfg(unix)]
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use chrono::Utc;
use shared::diary::vault;
use shared::store::SledStore;

const WORK: u8 = 10;
const ROUNDS: u64 = 50;
const WRITES: usize = 1_000;

fn pass() -> SecretString {
    SecretString::from("a long passphrase".to_string())
}

/// The child: open (or create) the diary, append, print each confirmed entry.
fn writer(dir: &str, round: u64) -> ! {
    let store = SledStore::open(std::path::Path::new(dir)).unwrap();
    let mut diary = if vault::exists(&store).unwrap() {
        vault::unlock(&store, pass(), Utc::now()).unwrap().0
    } else {
        vault::create(&store, pass(), WORK).unwrap()
    };
    let mut out = std::io::stdout().lock();
    for i in 0..WRITES {
        let body = format!("round {round} entry {i}");
        diary.append(&store, body.clone(), Utc::now()).unwrap();
        // Only now is the save confirmed to the parent.
        writeln!(out, "{body}").unwrap();
        out.flush().unwrap();
    }
    std::process::exit(0);
}

#[test]
fn confirmed_entries_survive_kills_and_the_chain_holds() {
    if let (Ok(dir), Ok(round)) = (
        std::env::var("DIARY_CRASH_DIR"),
        std::env::var("DIARY_CRASH_ROUND"),
    ) {
        writer(&dir, round.parse().unwrap());
    }
    let dir = tempfile::tempdir().unwrap();
    let mut confirmed: Vec<String> = Vec::new();
    // A simple deterministic spread of kill times (no extra dependency).
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "confirmed_entries_survive_kills_and_the_chain_holds",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("DIARY_CRASH_DIR", dir.path())
            .env("DIARY_CRASH_ROUND", round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let after = Duration::from_millis(30 + seed % 400);
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
        });
        let start = Instant::now();
        while start.elapsed() < after {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let _ = child.kill();
        child.wait().unwrap();
        // Lines the child printed were confirmed before it died.
        confirmed.extend(
            reader
                .join()
                .unwrap()
                .into_iter()
                .filter(|l| l.starts_with("round ")),
        );

        let store = SledStore::open(dir.path()).unwrap();
        if !vault::exists(&store).unwrap() {
            // Killed before the diary was even created: nothing was confirmed.
            assert!(
                confirmed.is_empty(),
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
        let bodies: std::collections::HashSet<&str> =
            diary.records.iter().map(|r| r.body.as_str()).collect();
        for c in &confirmed {
            assert!(
                bodies.contains(c.as_str()),
                "round {round}: confirmed entry {c:?} lost"
            );
        }
    }
    assert!(
        confirmed.len() > 100,
        "the test wrote enough to mean something ({} entries)",
        confirmed.len()
    );
}
