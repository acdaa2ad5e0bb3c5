//! The decrypted stream as import reads it: the caller's input errors
//! marked apart from damage ([`Source`], [`classify`]), the fault that
//! stopped a read remembered ([`Plain`]), and one file's data handed out
//! exactly ([`EntryReader`]).
use std::io::{self, Read};

use crate::archive::error::ArchiveError;

/// One file's data inside the decrypted stream: gives exactly its size,
/// and fails (recording damage) if the stream ends before that.
pub(super) struct EntryReader<'p, R> {
    pub(super) plain: &'p mut Plain<R>,
    pub(super) left: u64,
}

impl<R: Read> Read for EntryReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = usize::try_from(self.left).map_or(buf.len(), |l| l.min(buf.len()));
        let n = self.plain.read(&mut buf[..want])?;
        if n == 0 {
            self.plain.fault.get_or_insert(ArchiveError::Damaged);
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// The decrypted stream. It remembers why it failed, so that damage seen
/// by `on_file` is reported as damage and not as the callback's error.
pub(super) struct Plain<R> {
    pub(super) inner: R,
    pub(super) fault: Option<ArchiveError>,
}

impl<R: Read> Read for Plain<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).inspect_err(|e| {
            if self.fault.is_none() && e.kind() != io::ErrorKind::Interrupted {
                self.fault = Some(classify(e));
            }
        })
    }
}

impl<R: Read> Plain<R> {
    /// The error for a failed read: the recorded fault, else `e` classified.
    pub(super) fn fail(&mut self, e: &io::Error) -> ArchiveError {
        self.fault.take().unwrap_or_else(|| classify(e))
    }

    /// Reads and drops exactly `n` bytes.
    pub(super) fn skip(&mut self, n: u64) -> Result<(), ArchiveError> {
        let skipped =
            io::copy(&mut (&mut *self).take(n), &mut io::sink()).map_err(|e| self.fail(&e))?;
        if skipped == n {
            Ok(())
        } else {
            Err(ArchiveError::Damaged)
        }
    }

    /// Reads and drops everything up to the end.
    pub(super) fn drain(&mut self) -> Result<(), ArchiveError> {
        io::copy(self, &mut io::sink())
            .map(|_| ())
            .map_err(|e| self.fail(&e))
    }
}

/// The caller's input. Its errors are marked, so that they are told apart
/// from the errors age raises for damaged ciphertext.
pub(super) struct Source<R>(pub(super) R);

/// An error of the caller's input, as opposed to damage.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct SourceError(io::Error);

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            if e.kind() == io::ErrorKind::Interrupted {
                e
            } else {
                io::Error::new(e.kind(), SourceError(e))
            }
        })
    }
}

/// [`ArchiveError::Io`] for an error of the caller's input, else
/// [`ArchiveError::Damaged`] (age's own errors: bad or truncated ciphertext).
pub(super) fn classify(e: &io::Error) -> ArchiveError {
    match e.get_ref() {
        Some(inner) if inner.is::<SourceError>() => ArchiveError::Io(inner.to_string()),
        _ => ArchiveError::Damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::export::{export, ExportFile};
    use crate::archive::import::import;
    use crate::archive::testing::*;
    use std::io::Write;

    /// A writer or reader that fails after `ok` bytes.
    #[derive(Debug)]
    struct Failing {
        ok: usize,
        data: Vec<u8>,
    }

    impl Write for Failing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.ok < buf.len() {
                return Err(io::Error::other("disk full"));
            }
            self.ok -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.ok == 0 {
                return Err(io::Error::other("card removed"));
            }
            let n = buf.len().min(self.ok).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data.drain(..n);
            self.ok -= n;
            Ok(n)
        }
    }

    #[test]
    fn io_errors_are_told_apart_from_damage() {
        let (public, secret) = keypair();
        let out = Failing {
            ok: 1000,
            data: vec![],
        };
        let err = export(
            out,
            Protect::Recipient(public.clone()),
            TEST_WORK,
            input(vec![file("a", &[0; 5000])]),
            &mut |_| {},
        );
        assert_eq!(err.unwrap_err(), ArchiveError::Io("disk full".into()));

        let failing_file = Failing {
            ok: 100,
            data: vec![1; 5000],
        };
        let files = vec![ExportFile {
            name: "a".into(),
            size: 5000,
            reader: Box::new(failing_file),
        }];
        let err = export(
            Vec::new(),
            Protect::Recipient(public.clone()),
            TEST_WORK,
            input(files),
            &mut |_| {},
        );
        assert_eq!(err.unwrap_err(), ArchiveError::Io("card removed".into()));

        let archive = big_archive(&public);
        for ok in [10, 100, payload_start(&archive) + 100, archive.len() / 2] {
            let source = Failing {
                ok,
                data: archive.clone(),
            };
            let err = import(
                source,
                Unprotect::Identity(secret.clone()),
                &mut |_, _, r| io::copy(r, &mut io::sink()).map(|_| ()),
            );
            assert_eq!(
                err.unwrap_err(),
                ArchiveError::Io("card removed".into()),
                "after {ok}"
            );
        }

        let err = import(
            archive.as_slice(),
            Unprotect::Identity(secret.clone()),
            &mut |_, _, _| Err(io::Error::other("no space")),
        );
        assert_eq!(err.unwrap_err(), ArchiveError::Io("no space".into()));
    }

    #[test]
    fn damage_met_inside_on_file_is_damage_whatever_the_callback_returns() {
        let (public, secret) = keypair();
        let mut archive = big_archive(&public);
        let middle = archive.len() / 2;
        archive[middle] ^= 0x40;
        let err = import(
            archive.as_slice(),
            Unprotect::Identity(secret.clone()),
            &mut |_, _, r| io::copy(r, &mut io::sink()).map(|_| ()),
        );
        assert_eq!(err.unwrap_err(), ArchiveError::Damaged);
        let err = import(
            archive.as_slice(),
            Unprotect::Identity(secret),
            &mut |_, _, r| {
                let _ = io::copy(r, &mut io::sink());
                Ok(())
            },
        );
        assert_eq!(err.unwrap_err(), ArchiveError::Damaged);
    }
}
