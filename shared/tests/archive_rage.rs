//! Interop of the diary archive with the `rage` command-line tool and GNU
//! `tar`: what this app exports opens with standard tools, and what they
//! make imports here. `rage` reads passphrases from a terminal only, so
//! those runs go through a pseudo-terminal (python3's `pty` module).
//!
//! `rage` comes from `scripts/setup.sh`; without it these tests fail.
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use age::secrecy::{ExposeSecret, SecretString};
use chrono::{TimeZone, Utc};
use shared::diary::archive::{
    export, import, ArchiveError, ExportFile, ExportInput, Imported, Protect, Unprotect,
};
use tempfile::TempDir;

/// Runs a command in a pseudo-terminal and answers every passphrase prompt
/// with `$ARCHIVE_TEST_PASSPHRASE`; prints the terminal's output to stderr
/// and exits with the command's status (124 after two minutes).
const PTY_DRIVER: &str = r#"
import os, pty, re, select, sys, time
secret = os.environ["ARCHIVE_TEST_PASSPHRASE"].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
seen, answered, deadline = b"", 0, time.time() + 120
while True:
    if time.time() > deadline:
        os.kill(pid, 9)
        sys.stderr.write("pty driver: timed out\n")
        sys.exit(124)
    ready, _, _ = select.select([fd], [], [], 0.2)
    if not ready:
        continue
    try:
        data = os.read(fd, 4096)
    except OSError:
        data = b""
    if not data:
        break
    seen += data
    prompts = len(re.findall(rb"(?i)passphrase[^\r\n]*: ", seen))
    while answered < prompts:
        os.write(fd, secret + b"\n")
        answered += 1
_, status = os.waitpid(pid, 0)
sys.stderr.buffer.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
"#;

const ENTRIES: &[u8] = br#"[{"kind":"incident","note":"interop"}]"#;

/// Fails (never skips) when `rage` is missing: CI must have it.
fn require_rage() {
    let found = Command::new("rage")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "`rage` is not on PATH: run scripts/setup.sh (it installs rage with cargo install), \
         or add ~/.cargo/bin to PATH"
    );
}

/// Runs `cmd`, panicking with its output unless it succeeds.
fn run(cmd: &mut Command) -> Output {
    let out = cmd.stdin(Stdio::null()).output().expect("spawn");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `rage` with `args` in a pseudo-terminal, typing `passphrase` at prompts.
fn rage_in_pty(passphrase: &str, args: &[&Path]) -> Output {
    Command::new("python3")
        .arg("-c")
        .arg(PTY_DRIVER)
        .arg("rage")
        .args(args)
        .env("ARCHIVE_TEST_PASSPHRASE", passphrase)
        // No graphical or curses pinentry: rage falls back to the terminal.
        .env("PINENTRY_PROGRAM", "/nonexistent/pinentry")
        .stdin(Stdio::null())
        .output()
        .expect("python3 runs")
}

/// Evidence bytes that are not all alike.
fn evidence() -> Vec<u8> {
    (0..300_000u32)
        .map(|i| u8::try_from((i * 7 + i / 255) % 251).unwrap())
        .collect()
}

/// Exports a small diary with one evidence file to `path`.
fn export_to(path: &Path, protect: Protect) {
    let data = evidence();
    let input = ExportInput {
        exported_at: Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap(),
        report_html: b"<html>report</html>",
        entries_json: ENTRIES,
        files: vec![ExportFile {
            name: "photo 1.jpg".into(),
            size: data.len() as u64,
            reader: Box::new(data.as_slice()),
        }],
    };
    let file = fs::File::create(path).unwrap();
    export(file, protect, 10, input, &mut |_| {}).unwrap();
}

/// Imports `path`, collecting the files' contents.
fn import_from(path: &Path, key: Unprotect) -> Result<(Imported, Vec<Vec<u8>>), ArchiveError> {
    let mut contents = Vec::new();
    let imported = import(fs::File::open(path).unwrap(), key, &mut |_, _, reader| {
        let mut data = Vec::new();
        reader.read_to_end(&mut data)?;
        contents.push(data);
        Ok(())
    })?;
    Ok((imported, contents))
}

/// Extracts `tar_path` with GNU tar into a fresh folder and checks that it
/// holds what [`export_to`] put in.
fn check_extracted(dir: &TempDir, tar_path: &Path) {
    let listing = run(Command::new("tar").arg("-tf").arg(tar_path)).stdout;
    assert_eq!(
        String::from_utf8(listing).unwrap(),
        "README.txt\nreport.html\nentries.json\nfiles/photo 1.jpg\n"
    );
    let out = dir.path().join("extracted");
    fs::create_dir(&out).unwrap();
    run(Command::new("tar")
        .arg("-xf")
        .arg(tar_path)
        .arg("-C")
        .arg(&out));
    assert_eq!(fs::read(out.join("entries.json")).unwrap(), ENTRIES);
    assert_eq!(fs::read(out.join("files/photo 1.jpg")).unwrap(), evidence());
    let readme = fs::read_to_string(out.join("README.txt")).unwrap();
    assert!(readme.contains("Exported from the Eén Entree diary on 2026-05-01"));
}

/// A tar made by GNU tar (`format`) with entries.json and files/x.bin.
fn gnu_tar(dir: &TempDir, format: &str) -> PathBuf {
    let src = dir.path().join(format!("src-{format}"));
    fs::create_dir_all(src.join("files")).unwrap();
    fs::write(src.join("entries.json"), ENTRIES).unwrap();
    fs::write(src.join("files/x.bin"), evidence()).unwrap();
    let tar = dir.path().join(format!("made-{format}.tar"));
    run(Command::new("tar")
        .arg(format!("--format={format}"))
        .arg("-C")
        .arg(&src)
        .arg("-cf")
        .arg(&tar)
        .args(["entries.json", "files/x.bin"]));
    tar
}

/// A new X25519 identity: (public key, identity file contents).
fn keypair() -> (String, SecretString) {
    let id = age::x25519::Identity::generate();
    (id.to_public().to_string(), id.to_string())
}

fn assert_gnu_tar_imported(result: (Imported, Vec<Vec<u8>>)) {
    let (imported, contents) = result;
    assert_eq!(imported.entries_json, ENTRIES);
    assert_eq!(imported.files, vec![("x.bin".to_string(), 300_000)]);
    assert_eq!(contents, vec![evidence()]);
}

#[test]
fn an_archive_to_a_key_decrypts_with_rage_and_extracts_with_tar() {
    require_rage();
    let dir = TempDir::new().unwrap();
    let (public, secret) = keypair();
    let archive = dir.path().join("diary.age");
    export_to(&archive, Protect::Recipient(public));
    let identity = dir.path().join("identity.txt");
    fs::write(&identity, format!("{}\n", secret.expose_secret())).unwrap();
    let tar = dir.path().join("diary.tar");
    run(Command::new("rage")
        .arg("-d")
        .arg("-i")
        .arg(&identity)
        .arg("-o")
        .arg(&tar)
        .arg(&archive));
    check_extracted(&dir, &tar);
}

#[test]
fn a_passphrase_archive_decrypts_with_rage_through_a_terminal() {
    require_rage();
    let dir = TempDir::new().unwrap();
    let archive = dir.path().join("diary.age");
    export_to(
        &archive,
        Protect::Passphrase(SecretString::from("lange zin met spaties".to_string())),
    );
    let tar = dir.path().join("diary.tar");
    let out = rage_in_pty(
        "lange zin met spaties",
        &[Path::new("-d"), Path::new("-o"), &tar, &archive],
    );
    assert!(
        out.status.success(),
        "rage -d failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    check_extracted(&dir, &tar);

    let wrong = dir.path().join("wrong.tar");
    let out = rage_in_pty(
        "not it",
        &[Path::new("-d"), Path::new("-o"), &wrong, &archive],
    );
    assert!(!out.status.success(), "rage must refuse a wrong passphrase");
}

#[test]
fn a_passphrase_archive_made_by_rage_imports_here() {
    require_rage();
    let dir = TempDir::new().unwrap();
    let tar = gnu_tar(&dir, "gnu");
    let archive = dir.path().join("made-by-rage.age");
    let out = rage_in_pty(
        "from the command line",
        &[Path::new("-p"), Path::new("-o"), &archive, &tar],
    );
    assert!(
        out.status.success(),
        "rage -p failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let right = Unprotect::Passphrase(SecretString::from("from the command line".to_string()));
    assert_gnu_tar_imported(import_from(&archive, right).unwrap());
    let wrong = Unprotect::Passphrase(SecretString::from("from the command lime".to_string()));
    assert_eq!(
        import_from(&archive, wrong).unwrap_err(),
        ArchiveError::WrongPassphrase
    );
}

#[test]
fn archives_made_by_rage_to_a_key_import_with_the_identity() {
    require_rage();
    let dir = TempDir::new().unwrap();
    let (public, secret) = keypair();
    for format in ["gnu", "ustar", "pax"] {
        let tar = gnu_tar(&dir, format);
        let archive = dir.path().join(format!("{format}.age"));
        run(Command::new("rage")
            .arg("-r")
            .arg(&public)
            .arg("-o")
            .arg(&archive)
            .arg(&tar));
        let result = import_from(&archive, Unprotect::Identity(secret.clone()));
        assert_gnu_tar_imported(result.unwrap_or_else(|e| panic!("{format}: {e}")));
        assert_eq!(
            import_from(&archive, Unprotect::Passphrase(secret.clone())).unwrap_err(),
            ArchiveError::NeedsKey
        );
    }
    // Armored output is not an archive this app reads.
    let armored = dir.path().join("armored.age");
    run(Command::new("rage")
        .args(["-a", "-r", &public, "-o"])
        .arg(&armored)
        .arg(gnu_tar(&dir, "gnu")));
    assert_eq!(
        import_from(&armored, Unprotect::Identity(secret)).unwrap_err(),
        ArchiveError::NotAgeFile
    );
}
