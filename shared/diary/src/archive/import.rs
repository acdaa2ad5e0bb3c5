//! Reading an archive: the tar read from the decrypted stream, each
//! evidence file handed to the caller as it streams past, `entries.json`
//! kept, the rest skipped, and the stream read to its authenticated end.
use std::io::{self, BufReader, Read};

use crate::archive::age_file::{decrypted, Unprotect};
use crate::archive::error::{io_error, ArchiveError};
use crate::archive::layout::{COPY_BUF, ENTRIES, FILES_DIR, MAX_ENTRIES_JSON};
use crate::archive::names::{sanitize_name, NameSet};
use crate::archive::stream::{EntryReader, Plain, Source};
use crate::archive::tar::{padding, read_block, TarHeader};

/// What [`import`] read from an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The contents of `entries.json`.
    pub entries_json: Vec<u8>,
    /// Every evidence file handed to `on_file`: its (sanitised, unique) name
    /// and its size, in archive order.
    pub files: Vec<(String, u64)>,
}

/// Reads an archive with `key`: returns `entries.json` (at most
/// [`MAX_ENTRIES_JSON`]) and streams every `files/<name>` into
/// `on_file(name, size, reader)`, with the name sanitised and made unique.
///
/// `on_file` is called while the archive is still being read, before the
/// end of the archive has been authenticated: keep what it receives apart
/// (e.g. in a staging area) until `import` returns `Ok`. A callback may leave
/// part of a file unread; the rest is skipped. `README.txt`, `report.html`
/// and anything else in the archive are skipped.
///
/// # Errors
/// [`ArchiveError::NotAgeFile`], [`ArchiveError::WrongPassphrase`],
/// [`ArchiveError::WrongKey`], [`ArchiveError::NeedsKey`] (a passphrase for
/// an archive to a public key), [`ArchiveError::NeedsPassphrase`],
/// [`ArchiveError::BadIdentity`], [`ArchiveError::TooMuchWork`],
/// [`ArchiveError::Damaged`], [`ArchiveError::NotAnArchive`],
/// [`ArchiveError::TooLarge`], or [`ArchiveError::Io`] when `input` or
/// `on_file` fails. Damage found while `on_file` reads is reported as
/// `Damaged` whatever `on_file` returns.
pub fn import<R: Read>(
    input: R,
    key: Unprotect,
    on_file: &mut dyn FnMut(&str, u64, &mut dyn Read) -> io::Result<()>,
) -> Result<Imported, ArchiveError> {
    let source = BufReader::with_capacity(COPY_BUF, Source(input));
    let mut plain = Plain {
        inner: decrypted(source, key)?,
        fault: None,
    };
    read_tar(&mut plain, on_file)
}

/// Reads the tar archive from the decrypted stream.
fn read_tar<R: Read>(
    plain: &mut Plain<R>,
    on_file: &mut dyn FnMut(&str, u64, &mut dyn Read) -> io::Result<()>,
) -> Result<Imported, ArchiveError> {
    let mut entries_json = None;
    let mut files = Vec::new();
    let mut names = NameSet::default();
    let mut first = true;
    loop {
        // What is wrong at the very start is not our tar; later, damage.
        let bad = if first {
            ArchiveError::NotAnArchive
        } else {
            ArchiveError::Damaged
        };
        let Some(block) = read_block(plain, bad.clone())? else {
            break;
        };
        if block.iter().all(|&b| b == 0) {
            break;
        }
        let header = TarHeader::parse(&block).ok_or(bad)?;
        first = false;
        let path = header.path.trim_start_matches("./");
        if header.is_file() && path == ENTRIES {
            if entries_json.is_some() {
                return Err(ArchiveError::NotAnArchive);
            }
            entries_json = Some(read_entries(plain, header.size)?);
        } else if let Some(name) = path
            .strip_prefix(FILES_DIR)
            .filter(|n| header.is_file() && !n.is_empty())
        {
            let name = names.claim(&sanitize_name(name));
            read_file(plain, &name, header.size, on_file)?;
            files.push((name, header.size));
        } else {
            plain.skip(header.size + padding(header.size) as u64)?;
        }
    }
    // Read to the end: only then has age checked the last chunk.
    plain.drain()?;
    let entries_json = entries_json.ok_or(ArchiveError::NotAnArchive)?;
    Ok(Imported {
        entries_json,
        files,
    })
}

/// Reads `entries.json` of `size` bytes and its padding.
fn read_entries<R: Read>(plain: &mut Plain<R>, size: u64) -> Result<Vec<u8>, ArchiveError> {
    if size > MAX_ENTRIES_JSON {
        return Err(ArchiveError::TooLarge);
    }
    let mut data = Vec::new();
    (&mut *plain)
        .take(size)
        .read_to_end(&mut data)
        .map_err(|e| plain.fail(&e))?;
    if data.len() as u64 != size {
        return Err(ArchiveError::Damaged);
    }
    plain.skip(padding(size) as u64)?;
    Ok(data)
}

/// Hands one evidence file to `on_file`, then skips what it left unread and
/// the padding.
fn read_file<R: Read>(
    plain: &mut Plain<R>,
    name: &str,
    size: u64,
    on_file: &mut dyn FnMut(&str, u64, &mut dyn Read) -> io::Result<()>,
) -> Result<(), ArchiveError> {
    let mut data = EntryReader { plain, left: size };
    let result = on_file(name, size, &mut data);
    let left = data.left;
    if let Some(fault) = plain.fault.take() {
        return Err(fault);
    }
    result.map_err(io_error)?;
    plain.skip(left + padding(size) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::age_file::AGE_MAGIC;
    use crate::archive::tar::BLOCK;
    use crate::archive::testing::*;
    use age::secrecy::ExposeSecret;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    #[test]
    fn damaged_or_truncated_archives_are_told_apart() {
        let (public, secret) = keypair();
        let archive = export_to(
            Protect::Recipient(public),
            input(vec![file("a", &[7; 200_000])]),
        );
        let id = || Unprotect::Identity(secret.clone());
        let start = payload_start(&archive);
        for cut in [
            5,
            30,
            start - 20,
            start - 3,
            start,
            start + 100,
            archive.len() / 2,
            archive.len() - 1,
        ] {
            assert_eq!(
                import_all(&archive[..cut], id()).unwrap_err(),
                ArchiveError::Damaged,
                "cut at {cut}"
            );
        }
        for at in [start - 10, start + 5, archive.len() / 2, archive.len() - 1] {
            let mut flipped = archive.clone();
            flipped[at] ^= 0x01;
            assert_eq!(
                import_all(&flipped, id()).unwrap_err(),
                ArchiveError::Damaged,
                "flip at {at}"
            );
        }
        let mut longer = archive.clone();
        longer.extend_from_slice(b"trailing");
        assert_eq!(
            import_all(&longer, id()).unwrap_err(),
            ArchiveError::Damaged
        );
    }

    #[test]
    fn a_readable_age_file_that_is_not_our_tar_is_told_apart() {
        let (public, secret) = keypair();
        let no_entries = tar_of(&[("README.txt", b"hi"), ("files/x", b"x")]);
        for plaintext in [&b""[..], b"just some text", &[0; 4096], &no_entries] {
            assert_eq!(
                import_all(
                    &seal(plaintext, &public),
                    Unprotect::Identity(secret.clone())
                )
                .unwrap_err(),
                ArchiveError::NotAnArchive
            );
        }
        let twice = tar_of(&[("entries.json", b"[]"), ("entries.json", b"[]")]);
        assert_eq!(
            import_all(&seal(&twice, &public), Unprotect::Identity(secret.clone())).unwrap_err(),
            ArchiveError::NotAnArchive
        );
        let mut cut = tar_of(&[("entries.json", b"[]"), ("files/x", &[1; 2000])]);
        cut.truncate(BLOCK * 3);
        assert_eq!(
            import_all(&seal(&cut, &public), Unprotect::Identity(secret.clone())).unwrap_err(),
            ArchiveError::Damaged
        );
        // A tar made elsewhere with only entries.json and no end blocks is fine.
        let mut minimal = tar_of(&[("./entries.json", b"[1]")]);
        minimal.truncate(2 * BLOCK);
        let (imported, _) =
            import_all(&seal(&minimal, &public), Unprotect::Identity(secret)).unwrap();
        assert_eq!(imported.entries_json, b"[1]");
    }

    #[test]
    fn a_callback_that_reads_nothing_still_gets_every_file() {
        let (public, secret) = keypair();
        let archive = export_to(
            Protect::Recipient(public),
            input(vec![file("a", &[1; 70_000]), file("b", b"b")]),
        );
        let mut seen = Vec::new();
        let imported = import(
            archive.as_slice(),
            Unprotect::Identity(secret),
            &mut |n, _, _| {
                seen.push(n.to_string());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, ["a", "b"]);
        assert_eq!(imported.entries_json, input(vec![]).entries_json);
    }

    /// One small archive to a key, and its secret key, shared by the properties.
    fn sample() -> &'static (Vec<u8>, String) {
        static SAMPLE: OnceLock<(Vec<u8>, String)> = OnceLock::new();
        SAMPLE.get_or_init(|| {
            let (public, secret) = keypair();
            let archive = export_to(
                Protect::Recipient(public),
                input(vec![file("f.bin", &[9; 70_000])]),
            );
            (archive, secret.expose_secret().to_string())
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn random_input_never_panics(data in proptest::collection::vec(any::<u8>(), 0..2000), age_prefix in any::<bool>()) {
            let mut bytes = if age_prefix { AGE_MAGIC.to_vec() } else { Vec::new() };
            bytes.extend_from_slice(&data);
            prop_assert!(import_all(&bytes, Unprotect::Passphrase(pass("p"))).is_err());
            prop_assert!(import_all(&bytes, Unprotect::Identity(pass(&sample().1))).is_err());
        }

        #[test]
        fn any_bit_flip_or_truncation_is_an_error_not_a_panic(at in any::<prop::sample::Index>(), bit in 0u8..8, cut in any::<bool>()) {
            let (archive, secret) = sample();
            let at = at.index(archive.len());
            let damaged = if cut {
                archive[..at].to_vec()
            } else {
                let mut d = archive.clone();
                d[at] ^= 1 << bit;
                d
            };
            prop_assert!(import_all(&damaged, Unprotect::Identity(pass(secret))).is_err());
        }
    }
}
