//! Figures for the diary under pressure (issues 16 and 18). Run in release;
//! each mode is one process, so its peak memory is its own:
//!
//! ```sh
//! diary-probe fill DIR MIB        # a diary in DIR (sled) at the app's work factor, with a
//!                                 # duress passphrase, 30 notes and MIB MiB of evidence
//! diary-probe unlock DIR real     # unlock the diary: time, peak memory
//! diary-probe unlock DIR duress   # the same for the duress diary
//! diary-probe refuse              # import an archive asking for 2^22: peak memory
//! ```
//!
//! Every mode prints `key value` lines. Peak memory is the process's
//! `VmHWM` from /proc/self/status (Linux), in KiB.
use std::process::ExitCode;
use std::time::Instant;

use age::secrecy::SecretString;
use chrono::Utc;
use shared::diary::archive::{self, ExportInput, Protect, Unprotect};
use shared::diary::crypto::WORK_FACTOR;
use shared::diary::{blob, vault};
use shared::store::SledStore;

const REAL: &str = "diary-probe real passphrase";
const DURESS: &str = "diary-probe duress passphrase";

#[path = "../benches/support/rss.rs"]
mod rss;
use rss::peak_rss_kib;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["fill", dir, mib] => mib.parse().map_err(Into::into).and_then(|m| fill(dir, m)),
        ["unlock", dir, which] => unlock(dir, which),
        ["refuse"] => refuse(),
        _ => {
            eprintln!("usage: diary-probe fill DIR MIB | unlock DIR real|duress | refuse");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("diary-probe: {e}");
            ExitCode::FAILURE
        }
    }
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

fn fill(dir: &str, mib: u64) -> Result<()> {
    let store = SledStore::open(std::path::Path::new(dir))?;
    let mut diary = vault::create(&store, secret(REAL), WORK_FACTOR)?;
    for i in 0..30 {
        diary.append(&store, format!("note {i}"), Utc::now())?;
    }
    let piece = vec![0x5a_u8; 8 << 20];
    let mut left = mib << 20;
    while left > 0 {
        let n = usize::try_from(left.min(8 << 20))?;
        blob::write(&store, diary.key(), &mut &piece[..n])?;
        left -= n as u64;
    }
    let (_, wrapped) = vault::new_key(secret(DURESS), WORK_FACTOR)?;
    vault::set_duress(&store, &diary, &wrapped)?;
    println!("evidence_bytes {}", blob::stored_bytes(&store)?);
    Ok(())
}

fn unlock(dir: &str, which: &str) -> Result<()> {
    let pass = match which {
        "real" => REAL,
        "duress" => DURESS,
        _ => return Err(format!("unknown diary {which}").into()),
    };
    let store = SledStore::open(std::path::Path::new(dir))?;
    println!("rss_before_kib {}", peak_rss_kib()?);
    let start = Instant::now();
    let (_, opened) = vault::unlock(&store, secret(pass), Utc::now())?;
    println!("unlock_seconds {:.3}", start.elapsed().as_secs_f64());
    println!("records {}", opened.records.len());
    println!("peak_rss_kib {}", peak_rss_kib()?);
    Ok(())
}

/// A passphrase archive (made at 2^10) whose stanza then asks for 2^22.
fn refuse() -> Result<()> {
    let made = archive::export(
        Vec::new(),
        Protect::Passphrase(secret(REAL)),
        10,
        ExportInput {
            exported_at: Utc::now(),
            report_html: b"<html></html>",
            entries_json: b"{}",
            files: Vec::new(),
        },
        &mut |_| {},
    )?;
    let end = made
        .windows(4)
        .position(|w| w == b"\n---")
        .ok_or("no header")?;
    let header = String::from_utf8(made[..end].to_vec())?;
    let line = header.lines().nth(1).ok_or("no stanza")?;
    let (head, _) = line.rsplit_once(' ').ok_or("no work factor")?;
    let mut hostile = header.replacen(line, &format!("{head} 22"), 1).into_bytes();
    hostile.extend_from_slice(&made[end..]);
    println!("rss_before_kib {}", peak_rss_kib()?);
    let refused = archive::import(
        hostile.as_slice(),
        Unprotect::Passphrase(secret(REAL)),
        &mut |_, _, _| Ok(()),
    );
    println!("refused {:?}", refused.err());
    println!("peak_rss_kib {}", peak_rss_kib()?);
    Ok(())
}
