//! Figures for the diary archive, for `scripts/bench-crypto.sh` (run it
//! in release):
//!
//! ```sh
//! export-probe crypto                 # age stream encrypt/decrypt of 64 MiB in memory, MB/s,
//!                                     # and the bare cipher age uses (its ceiling)
//! export-probe export IN OUT MODE     # archive::export of the file IN to OUT; peak RSS
//! export-probe import ARCHIVE MODE    # archive::import of ARCHIVE to a sink; peak RSS
//! ```
//!
//! MODE is `key` (to an X25519 key; the secret key is written to OUT.key)
//! or `passphrase` (scrypt at the app's work factor, 2^17: 128 MiB of
//! memory by itself).
//!
//! Every mode prints `key value` lines. Peak memory is the process's
//! `VmHWM` from /proc/self/status (Linux), in KiB; `export` and `import` never
//! hold the evidence file in memory, so it stays far below its size.
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::iter;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use age::secrecy::{ExposeSecret, SecretString};
use chrono::Utc;
use shared::diary::archive::{self, ExportFile, ExportInput, Protect, Unprotect};

/// Bytes encrypted and decrypted in `crypto` mode.
const SIZE: usize = 64 * 1024 * 1024;
/// Runs of each measurement; the best counts.
const RUNS: usize = 5;
/// The passphrase of the archives in `export` and `import` modes (not a secret).
const PASSPHRASE: &str = "export-probe passphrase";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["crypto"] => crypto(),
        ["export", input, output, mode] => export(input, output, mode),
        ["import", input, mode] => import(input, mode),
        _ => {
            eprintln!(
                "usage: export-probe crypto | export IN OUT key|passphrase | import ARCHIVE key|passphrase"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("export-probe: {e}");
            ExitCode::FAILURE
        }
    }
}

#[path = "../benches/support/rss.rs"]
mod rss;
use rss::peak_rss_kib;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Encrypt and decrypt throughput of age's stream to an X25519 recipient.
fn crypto() -> Result<()> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let plain = pattern(SIZE);
    // Both directions write into a buffer allocated once, so that neither
    // pays for first touching 64 MiB of fresh memory in the timed runs.
    let mut sealed = Vec::with_capacity(SIZE + SIZE / 4096 + 4096);
    let encrypt = best_of(|| {
        sealed.clear();
        seal(&plain, &recipient, &mut sealed)
    })?;
    let mut opened = Vec::with_capacity(SIZE);
    let decrypt = best_of(|| {
        opened.clear();
        age::Decryptor::new_buffered(sealed.as_slice())?
            .decrypt(iter::once(&identity as &dyn age::Identity))?
            .read_to_end(&mut opened)?;
        Ok(())
    })?;
    if opened != plain {
        return Err("decrypted bytes differ".into());
    }
    let bare = bare_cipher(&mut opened)?;
    println!("bytes {SIZE}");
    println!("encrypt_mbs {:.1}", mb_per_s(SIZE, encrypt));
    println!("decrypt_mbs {:.1}", mb_per_s(SIZE, decrypt));
    println!("bare_cipher_mbs {:.1}", mb_per_s(SIZE, bare));
    Ok(())
}

/// The best time of the `chacha20poly1305` crate (the implementation
/// inside age) sealing `buf` in place in age's 64 KiB chunks: the ceiling
/// for age's stream on this machine, without age's framing and copies.
fn bare_cipher(buf: &mut [u8]) -> Result<Duration> {
    use chacha20poly1305::aead::{AeadInPlace, KeyInit};
    let cipher = chacha20poly1305::ChaCha20Poly1305::new(&[7; 32].into());
    best_of(|| {
        for (counter, chunk) in (0u64..).zip(buf.chunks_mut(64 * 1024)) {
            let mut nonce = [0; 12];
            nonce[..8].copy_from_slice(&counter.to_be_bytes());
            cipher
                .encrypt_in_place_detached(&nonce.into(), b"", chunk)
                .map_err(|_| "chacha20poly1305 failed")?;
        }
        Ok(())
    })
}

/// `plain` encrypted to `recipient` as one age stream, appended to `out`.
fn seal(plain: &[u8], recipient: &age::x25519::Recipient, out: &mut Vec<u8>) -> Result<()> {
    let mut writer = age::Encryptor::with_recipients(iter::once(recipient as &dyn age::Recipient))?
        .wrap_output(out)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(())
}

/// The shortest of [`RUNS`] runs of `f`.
fn best_of(mut f: impl FnMut() -> Result<()>) -> Result<Duration> {
    let mut best = Duration::MAX;
    for _ in 0..RUNS {
        let start = Instant::now();
        f()?;
        best = best.min(start.elapsed());
    }
    Ok(best)
}

/// Throughput in MB/s (10^6 bytes per second, as `openssl speed` counts).
#[allow(clippy::cast_precision_loss)] // sizes far below 2^52
fn mb_per_s(bytes: usize, took: Duration) -> f64 {
    bytes as f64 / took.as_secs_f64() / 1e6
}

#[path = "../benches/support/pattern.rs"]
mod support;
use support::pattern;

/// Exports the file `input` as the only evidence file to `output`, to a new
/// key (`mode` "key") or with a passphrase at the app's work factor; prints
/// time, progress calls and peak memory.
fn export(input: &str, output: &str, mode: &str) -> Result<()> {
    println!("rss_before_kib {}", peak_rss_kib()?);
    let protect = match mode {
        "key" => {
            let identity = age::x25519::Identity::generate();
            std::fs::write(
                format!("{output}.key"),
                identity.to_string().expose_secret(),
            )?;
            Protect::Recipient(identity.to_public().to_string())
        }
        "passphrase" => Protect::Passphrase(SecretString::from(PASSPHRASE.to_string())),
        _ => return Err(format!("unknown mode {mode}").into()),
    };
    let file = File::open(input)?;
    let size = file.metadata()?.len();
    let mut reports = 0u64;
    let start = Instant::now();
    let out = archive::export(
        BufWriter::new(File::create(output)?),
        protect,
        shared::diary::crypto::WORK_FACTOR,
        ExportInput {
            exported_at: Utc::now(),
            report_html: b"<html><body>probe</body></html>",
            entries_json: b"[]",
            files: vec![ExportFile {
                name: "evidence.bin".into(),
                size,
                reader: Box::new(file),
            }],
        },
        &mut |_| reports += 1,
    )?;
    out.into_inner()
        .map_err(io::IntoInnerError::into_error)?
        .sync_all()?;
    println!("export_seconds {:.3}", start.elapsed().as_secs_f64());
    println!("progress_calls {reports}");
    println!("peak_rss_kib {}", peak_rss_kib()?);
    Ok(())
}

/// Imports `input` (with `input.key` in mode "key"), reading every file
/// into a sink; prints time and peak memory.
fn import(input: &str, mode: &str) -> Result<()> {
    println!("rss_before_kib {}", peak_rss_kib()?);
    let key = match mode {
        "key" => Unprotect::Identity(SecretString::from(std::fs::read_to_string(format!(
            "{input}.key"
        ))?)),
        "passphrase" => Unprotect::Passphrase(SecretString::from(PASSPHRASE.to_string())),
        _ => return Err(format!("unknown mode {mode}").into()),
    };
    let start = Instant::now();
    let imported = archive::import(
        BufReader::new(File::open(input)?),
        key,
        &mut |_, _, reader| io::copy(reader, &mut io::sink()).map(|_| ()),
    )?;
    println!("import_seconds {:.3}", start.elapsed().as_secs_f64());
    println!("files {}", imported.files.len());
    println!("peak_rss_kib {}", peak_rss_kib()?);
    Ok(())
}
