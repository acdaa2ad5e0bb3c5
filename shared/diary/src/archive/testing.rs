//! What the archive's tests share: a sample input, export and import in
//! one call, keys, plain age and tar made by hand, a large pseudo-random
//! file. Declared under `#[cfg(test)]`.
use std::io::{self, Read};
use std::str::FromStr;

use age::secrecy::SecretString;
use chrono::{DateTime, TimeZone, Utc};

pub(super) use crate::archive::age_file::{Protect, Unprotect};
use crate::archive::error::ArchiveError;
use crate::archive::export::{export, ExportFile, ExportInput};
use crate::archive::import::{import, Imported};
use crate::archive::tar::{write_bytes, END_LEN_USIZE};

pub(super) const TEST_WORK: u8 = 10;

pub(super) fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

pub(super) fn date() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 8, 14, 30, 0).unwrap()
}

pub(super) fn file<'a>(name: &str, data: &'a [u8]) -> ExportFile<'a> {
    ExportFile {
        name: name.to_string(),
        size: data.len() as u64,
        reader: Box::new(data),
    }
}

pub(super) fn input(files: Vec<ExportFile<'_>>) -> ExportInput<'_> {
    ExportInput {
        exported_at: date(),
        report_html: b"<html><body>report</body></html>",
        entries_json: br#"[{"kind":"incident","note":"x"}]"#,
        files,
    }
}

pub(super) fn export_to(protect: Protect, input: ExportInput<'_>) -> Vec<u8> {
    export(Vec::new(), protect, TEST_WORK, input, &mut |_| {}).unwrap()
}

pub(super) type Files = Vec<(String, Vec<u8>)>;

pub(super) fn import_all(
    archive: &[u8],
    key: Unprotect,
) -> Result<(Imported, Files), ArchiveError> {
    let mut files = Vec::new();
    let imported = import(archive, key, &mut |name, size, reader| {
        let mut data = Vec::new();
        reader.read_to_end(&mut data)?;
        assert_eq!(data.len() as u64, size);
        files.push((name.to_string(), data));
        Ok(())
    })?;
    Ok((imported, files))
}

/// A new X25519 identity: (public key, secret key).
pub(super) fn keypair() -> (String, SecretString) {
    let id = age::x25519::Identity::generate();
    (id.to_public().to_string(), id.to_string())
}

/// `plaintext` encrypted to `recipient` with plain age.
pub(super) fn seal(plaintext: &[u8], recipient: &str) -> Vec<u8> {
    let r = age::x25519::Recipient::from_str(recipient).unwrap();
    age::encrypt(&r, plaintext).unwrap()
}

/// A tar of regular files built with this module's writer.
pub(super) fn tar_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, data) in entries {
        write_bytes(&mut out, name, data, 0).unwrap();
    }
    out.extend_from_slice(&[0; END_LEN_USIZE]);
    out
}

/// Where the payload starts: after the MAC line and the 16-byte nonce.
pub(super) fn payload_start(archive: &[u8]) -> usize {
    let mac = archive.windows(4).position(|w| w == b"\n---").unwrap() + 1;
    mac + archive[mac..].iter().position(|&b| b == b'\n').unwrap() + 1 + 16
}

/// Deterministic pseudo-random bytes that record the largest read asked.
pub(super) struct Pattern {
    left: u64,
    state: u32,
    pub(super) largest_read: usize,
}

impl Pattern {
    pub(super) fn new(size: u64) -> Self {
        Self {
            left: size,
            state: 0x1234_5678,
            largest_read: 0,
        }
    }
}

impl Read for Pattern {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.largest_read = self.largest_read.max(buf.len());
        let n = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        for b in &mut buf[..n] {
            self.state ^= self.state << 13;
            self.state ^= self.state >> 17;
            self.state ^= self.state << 5;
            *b = self.state.to_le_bytes()[0];
        }
        self.left -= n as u64;
        Ok(n)
    }
}

pub(super) const BIG: u64 = 3 * 1024 * 1024 + 123;

pub(super) fn big_archive(public: &str) -> Vec<u8> {
    let mut pattern = Pattern::new(BIG);
    let files = vec![ExportFile {
        name: "video.mp4".into(),
        size: BIG,
        reader: Box::new(&mut pattern),
    }];
    export_to(Protect::Recipient(public.to_string()), input(files))
}
