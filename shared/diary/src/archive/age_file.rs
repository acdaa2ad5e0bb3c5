//! The age file around the archive's tar: the encryptor for a passphrase
//! (age's scrypt stanza, written by [`crate::kdf`]) or an `age1…` key, and
//! the decryptor, with a bounded header and the wrong key told apart from
//! the wrong kind of key.
use std::io::{self, BufRead, Read};
use std::iter;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};

use crate::archive::error::ArchiveError;
use crate::archive::stream::classify;

/// The highest scrypt work factor (log2 N) that
/// [`export`](crate::archive::export()) writes. The app writes 2^17.
/// [`import`](crate::archive::import()) accepts at most this device's
/// budget ([`crate::budget::max_work_factor`]: 2^18 on phones and the web,
/// 2^20 on desktops), and refuses more before deriving anything.
pub const MAX_WORK_FACTOR: u8 = 22;

/// The first line of every (binary, version 1) age file.
pub(super) const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// The longest age header read before giving up: real ones are a few hundred
/// bytes; a bound keeps a hostile file from filling memory.
pub(super) const MAX_AGE_HEADER: u64 = 64 * 1024;

/// How an archive is protected.
#[derive(Debug)]
pub enum Protect {
    /// With a passphrase (age's scrypt recipient, `age -p`).
    Passphrase(SecretString),
    /// To an age X25519 public key, `age1...` (`age -r`).
    Recipient(String),
}

/// How an archive is opened.
#[derive(Debug)]
pub enum Unprotect {
    /// With the passphrase it was exported with.
    Passphrase(SecretString),
    /// With an age X25519 identity, `AGE-SECRET-KEY-1...`.
    Identity(SecretString),
}

/// The age encryptor for `protect`.
pub(super) fn encryptor(protect: Protect, work_factor: u8) -> Result<age::Encryptor, ArchiveError> {
    match protect {
        Protect::Passphrase(passphrase) => {
            if !(1..=MAX_WORK_FACTOR).contains(&work_factor) {
                return Err(ArchiveError::BadWorkFactor(work_factor));
            }
            // age's scrypt stanza, written by the diary's own code so that
            // the web can derive its key in a worker (see `kdf`).
            let recipient = crate::kdf::Recipient::new(passphrase, work_factor);
            age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        }
        Protect::Recipient(key) => {
            let recipient = age::x25519::Recipient::from_str(key.trim())
                .map_err(|_| ArchiveError::BadRecipient)?;
            age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        }
    }
    .map_err(|_| ArchiveError::Encrypt)
}

/// The decrypted stream of an age file read from `R`: the header read
/// first, then the rest of `R`.
pub(super) type Decrypted<R> = age::stream::StreamReader<io::Chain<io::Cursor<Vec<u8>>, R>>;

/// The decrypted stream of the age file in `input`, opened with `key`. The
/// header is read first, within a bound, so that a file that is not age is
/// refused without reading far.
///
/// # Errors
/// [`ArchiveError::NotAgeFile`], [`ArchiveError::Damaged`], a wrong key or
/// the wrong kind of key (see [`decrypt`]), or [`ArchiveError::Io`] when
/// `input` fails.
pub(super) fn decrypted<R: BufRead>(
    mut input: R,
    key: Unprotect,
) -> Result<Decrypted<R>, ArchiveError> {
    let header = read_age_header(&mut input)?;
    let decryptor = age::Decryptor::new_buffered(io::Cursor::new(header).chain(input))
        // Only header and input errors can happen here, whatever the key.
        .map_err(|e| decrypt_error(e, KeyKind::Passphrase))?;
    decrypt(decryptor, key)
}

/// Unlocks the age file with `key`, telling apart the wrong key from the
/// wrong kind of key.
fn decrypt<R: BufRead>(
    decryptor: age::Decryptor<R>,
    key: Unprotect,
) -> Result<age::stream::StreamReader<R>, ArchiveError> {
    match key {
        Unprotect::Passphrase(passphrase) => {
            if !decryptor.is_scrypt() {
                return Err(ArchiveError::NeedsKey);
            }
            let identity = crate::kdf::Identity::new(passphrase, crate::budget::max_work_factor());
            decryptor
                .decrypt(iter::once(&identity as &dyn age::Identity))
                .map_err(|e| decrypt_error(e, KeyKind::Passphrase))
        }
        Unprotect::Identity(secret) => {
            if decryptor.is_scrypt() {
                return Err(ArchiveError::NeedsPassphrase);
            }
            let identity = age::x25519::Identity::from_str(secret.expose_secret().trim())
                .map_err(|_| ArchiveError::BadIdentity)?;
            decryptor
                .decrypt(iter::once(&identity as &dyn age::Identity))
                .map_err(|e| decrypt_error(e, KeyKind::Identity))
        }
    }
}

/// Reads the age header up to and including its MAC line, so that a file
/// that is not age, or a hostile header, is refused without reading far.
fn read_age_header(input: &mut impl BufRead) -> Result<Vec<u8>, ArchiveError> {
    let mut header = Vec::new();
    let mut bounded = input.take(MAX_AGE_HEADER);
    bounded
        .read_until(b'\n', &mut header)
        .map_err(|e| classify(&e))?;
    if header != AGE_MAGIC {
        let cut_short = !header.is_empty() && AGE_MAGIC.starts_with(&header);
        return Err(if cut_short {
            ArchiveError::Damaged
        } else {
            ArchiveError::NotAgeFile
        });
    }
    loop {
        let start = header.len();
        let n = bounded
            .read_until(b'\n', &mut header)
            .map_err(|e| classify(&e))?;
        if n == 0 || !header.ends_with(b"\n") {
            return Err(ArchiveError::Damaged);
        }
        if header[start..].starts_with(b"---") {
            return Ok(header);
        }
    }
}

/// Which kind of key an import tried.
#[derive(Clone, Copy)]
enum KeyKind {
    /// A passphrase (scrypt).
    Passphrase,
    /// An X25519 identity.
    Identity,
}

/// The archive error for an age decryption error with a key of `kind`.
fn decrypt_error(e: age::DecryptError, kind: KeyKind) -> ArchiveError {
    use age::DecryptError as D;
    match e {
        D::DecryptionFailed | D::NoMatchingKeys => match kind {
            KeyKind::Passphrase => ArchiveError::WrongPassphrase,
            KeyKind::Identity => ArchiveError::WrongKey,
        },
        D::ExcessiveWork { required, .. } => ArchiveError::TooMuchWork { required },
        D::UnknownFormat => ArchiveError::NotAgeFile,
        D::Io(e) => classify(&e),
        _ => ArchiveError::Damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::export::export;
    use crate::archive::testing::*;

    #[test]
    fn a_wrong_passphrase_is_told_apart() {
        let archive = export_to(Protect::Passphrase(pass("right")), input(vec![]));
        assert_eq!(
            import_all(&archive, Unprotect::Passphrase(pass("wrong"))).unwrap_err(),
            ArchiveError::WrongPassphrase
        );
    }

    #[test]
    fn a_file_that_is_not_age_is_told_apart() {
        for junk in [
            &b""[..],
            b"hello, this is a text file\n",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            b"-----BEGIN AGE ENCRYPTED FILE-----\n",
            b"age-encryption.org/v2\nsomething\n",
            &vec![0xff; 100_000],
        ] {
            assert_eq!(
                import_all(junk, Unprotect::Passphrase(pass("x"))).unwrap_err(),
                ArchiveError::NotAgeFile,
                "{:?}",
                String::from_utf8_lossy(&junk[..junk.len().min(20)])
            );
        }
    }

    #[test]
    fn the_wrong_kind_of_key_is_told_apart() {
        let (public, secret) = keypair();
        let (_, other) = keypair();
        let to_key = export_to(Protect::Recipient(public), input(vec![]));
        let with_pass = export_to(Protect::Passphrase(pass("p")), input(vec![]));
        assert_eq!(
            import_all(&to_key, Unprotect::Passphrase(pass("p"))).unwrap_err(),
            ArchiveError::NeedsKey
        );
        assert_eq!(
            import_all(&with_pass, Unprotect::Identity(secret)).unwrap_err(),
            ArchiveError::NeedsPassphrase
        );
        assert_eq!(
            import_all(&to_key, Unprotect::Identity(other)).unwrap_err(),
            ArchiveError::WrongKey
        );
        assert_eq!(
            import_all(&to_key, Unprotect::Identity(pass("AGE-SECRET-KEY-1nope"))).unwrap_err(),
            ArchiveError::BadIdentity
        );
    }

    #[test]
    fn damaged_passphrase_archives_are_damaged_with_the_right_passphrase() {
        let archive = export_to(Protect::Passphrase(pass("p")), input(vec![]));
        let start = payload_start(&archive);
        let mut flipped = archive.clone();
        flipped[start + 3] ^= 0x80;
        assert_eq!(
            import_all(&flipped, Unprotect::Passphrase(pass("p"))).unwrap_err(),
            ArchiveError::Damaged
        );
        assert_eq!(
            import_all(
                &archive[..archive.len() - 1],
                Unprotect::Passphrase(pass("p"))
            )
            .unwrap_err(),
            ArchiveError::Damaged
        );
    }

    #[test]
    fn a_hostile_work_factor_is_refused_before_any_work() {
        let archive = export_to(Protect::Passphrase(pass("p")), input(vec![]));
        let text = String::from_utf8_lossy(&archive[..payload_start(&archive)]).into_owned();
        let line = text.lines().find(|l| l.starts_with("-> scrypt ")).unwrap();
        let hostile_line = line.replace(" 10", " 40");
        let mut hostile = text.replace(line, &hostile_line).into_bytes();
        hostile.extend_from_slice(&archive[payload_start(&archive)..]);
        assert_eq!(
            import_all(&hostile, Unprotect::Passphrase(pass("p"))).unwrap_err(),
            ArchiveError::TooMuchWork { required: 40 }
        );
        // One above the budget: refused too, before scrypt runs (it would
        // take 512 MiB or 2 GiB here).
        let over = crate::budget::max_work_factor() + 1;
        let hostile_line = line.replace(" 10", &format!(" {over}"));
        let mut hostile = text.replace(line, &hostile_line).into_bytes();
        hostile.extend_from_slice(&archive[payload_start(&archive)..]);
        assert_eq!(
            import_all(&hostile, Unprotect::Passphrase(pass("p"))).unwrap_err(),
            ArchiveError::TooMuchWork { required: over }
        );
    }

    #[test]
    fn bad_keys_and_work_factors_are_refused_on_export() {
        for key in ["", "age1notakey", "AGE-SECRET-KEY-1XYZ", "ssh-ed25519 AAAA"] {
            let err = export(
                Vec::new(),
                Protect::Recipient(key.into()),
                TEST_WORK,
                input(vec![]),
                &mut |_| {},
            );
            assert_eq!(err.unwrap_err(), ArchiveError::BadRecipient, "{key}");
        }
        for work in [0, MAX_WORK_FACTOR + 1, 64, 255] {
            let err = export(
                Vec::new(),
                Protect::Passphrase(pass("p")),
                work,
                input(vec![]),
                &mut |_| {},
            );
            assert_eq!(err.unwrap_err(), ArchiveError::BadWorkFactor(work));
        }
    }
}
