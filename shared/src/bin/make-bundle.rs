//! Builds a content-update bundle from this repository's data and locales,
//! checks it with the same validation the app uses, and writes it. Signing is
//! done with the standard minisign tool, so the private key never meets this
//! program (see README, "Publishing a content update"):
//!
//! ```sh
//! cargo run -p shared --bin make-bundle -- --version 2026120100 --days 180 --out dist/bundle.json
//! minisign -Sm dist/bundle.json          # writes dist/bundle.json.minisig
//! ```
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Duration, Utc};
use shared::content::BUNDLED_VERSION;
use shared::update::bundle::Bundle;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(version) = arg(&args, "--version").and_then(|v| v.parse::<u64>().ok()) else {
        eprintln!("usage: make-bundle --version YYYYMMDDNN [--days 180] [--out bundle.json]");
        return ExitCode::from(2);
    };
    if version <= BUNDLED_VERSION {
        eprintln!("version {version} is not newer than the bundled content ({BUNDLED_VERSION}); apps would refuse it");
        return ExitCode::from(2);
    }
    let days: i64 = arg(&args, "--days")
        .and_then(|d| d.parse().ok())
        .unwrap_or(180);
    let out = PathBuf::from(arg(&args, "--out").unwrap_or_else(|| "bundle.json".into()));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let now = Utc::now();
    let bundle = match Bundle::from_repo(&root, version, now, now + Duration::days(days)) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read the repository's data: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = bundle.to_bytes();
    if let Err(e) = bundle.into_content() {
        eprintln!("the bundle would be refused by the app: {e}");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "wrote {} ({} bytes, version {version}, expires in {days} days)",
        out.display(),
        bytes.len()
    );
    println!("now sign it: minisign -Sm {}", out.display());
    ExitCode::SUCCESS
}
