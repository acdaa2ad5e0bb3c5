//! Writing an archive: the tar streamed into the age encryptor, evidence
//! files copied through in chunks of exactly their size, with progress.
use std::io::{self, Read, Write};

use chrono::{DateTime, Utc};

use crate::archive::age_file::{encryptor, Protect};
use crate::archive::error::{io_error, ArchiveError};
use crate::archive::layout::{COPY_BUF, ENTRIES, FILES_DIR, MAX_ENTRIES_JSON, README, REPORT};
use crate::archive::names::{sanitize_name, NameSet};
use crate::archive::tar::{
    entry_len, write_bytes, write_header, write_padding, END_LEN, END_LEN_USIZE,
};

/// How often, at least, [`export`] reports progress: every 1 MiB of plaintext.
pub const PROGRESS_STEP: u64 = 1024 * 1024;

/// How far an export is, in bytes of plaintext (the tar archive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes written so far.
    pub done: u64,
    /// Bytes in all; `done == total` at the end.
    pub total: u64,
}

/// One evidence file to export.
pub struct ExportFile<'a> {
    /// The file's name; [`sanitize_name`] makes it safe inside the archive.
    pub name: String,
    /// The file's size in bytes: `reader` must give exactly this many.
    pub size: u64,
    /// The file's contents, read in chunks of at most 64 KiB.
    pub reader: Box<dyn Read + 'a>,
}

impl std::fmt::Debug for ExportFile<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportFile")
            .field("name", &self.name)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// Everything that goes into an archive.
#[derive(Debug)]
pub struct ExportInput<'a> {
    /// When the export was made; written into `README.txt` and as the time
    /// of every entry.
    pub exported_at: DateTime<Utc>,
    /// The readable report, stored as `report.html`.
    pub report_html: &'a [u8],
    /// The machine-readable diary, stored as `entries.json` (opaque here).
    pub entries_json: &'a [u8],
    /// The evidence files, stored under `files/`.
    pub files: Vec<ExportFile<'a>>,
}

/// Streams an archive of `input`, protected by `protect`, into `out`, and
/// returns `out` once the archive is complete.
///
/// `work_factor` is the scrypt work factor for [`Protect::Passphrase`] (the
/// app passes [`crate::crypto::WORK_FACTOR`]); it is ignored for a
/// recipient. `progress` is called at the start, at least every
/// [`PROGRESS_STEP`] bytes of plaintext, and at the end with `done == total`.
/// Evidence files are read in chunks of 64 KiB.
///
/// # Errors
/// [`ArchiveError::BadWorkFactor`], [`ArchiveError::BadRecipient`],
/// [`ArchiveError::TooLarge`], [`ArchiveError::SizeMismatch`] when a file's
/// reader does not give `size` bytes, [`ArchiveError::Io`] when a reader or
/// `out` fails. On an error `out` holds an incomplete archive that will not
/// decrypt: the caller should delete it.
pub fn export<W: Write>(
    out: W,
    protect: Protect,
    work_factor: u8,
    input: ExportInput<'_>,
    progress: &mut dyn FnMut(Progress),
) -> Result<W, ArchiveError> {
    if input.entries_json.len() as u64 > MAX_ENTRIES_JSON {
        return Err(ArchiveError::TooLarge);
    }
    let encryptor = encryptor(protect, work_factor)?;
    let readme = readme(input.exported_at);
    let mtime = u64::try_from(input.exported_at.timestamp()).unwrap_or(0);
    let mut names = NameSet::default();
    let mut files: Vec<(String, ExportFile<'_>)> = input
        .files
        .into_iter()
        .map(|f| (names.claim(&sanitize_name(&f.name)), f))
        .collect();

    let fixed = [
        readme.len(),
        input.report_html.len(),
        input.entries_json.len(),
    ];
    let total = fixed
        .iter()
        .map(|&n| n as u64)
        .chain(files.iter().map(|(_, f)| f.size))
        .map(entry_len)
        .sum::<u64>()
        + END_LEN;

    let sealed = encryptor.wrap_output(out).map_err(io_error)?;
    let mut tar = Counted::new(sealed, total, progress);
    write_bytes(&mut tar, README, readme.as_bytes(), mtime)?;
    write_bytes(&mut tar, REPORT, input.report_html, mtime)?;
    write_bytes(&mut tar, ENTRIES, input.entries_json, mtime)?;
    let mut buf = vec![0; COPY_BUF];
    for (name, file) in &mut files {
        let path = format!("{FILES_DIR}{name}");
        write_header(&mut tar, &path, file.size, mtime)?;
        copy_exact(&mut file.reader, &mut tar, file.size, &mut buf).map_err(|e| e.named(name))?;
        write_padding(&mut tar, file.size)?;
    }
    tar.write_all(&[0; END_LEN_USIZE]).map_err(io_error)?;
    tar.finish().finish().map_err(io_error)
}

/// The text of `README.txt`, in English and Dutch.
fn readme(exported_at: DateTime<Utc>) -> String {
    let date = exported_at.format("%Y-%m-%d %H:%M UTC");
    format!(
        "Exported from the Eén Entree diary on {date}.\n\
         report.html is readable in any browser; entries.json is the machine-readable\n\
         diary used for import; files/ holds the evidence files.\n\
         \n\
         Geëxporteerd uit het Eén Entree-dagboek op {date}.\n\
         report.html opent in elke browser; entries.json is het dagboek in\n\
         machineleesbare vorm, om te importeren; files/ bevat de bewijsbestanden.\n"
    )
}

/// Copies exactly `size` bytes from `reader` to `out` through `buf`, and
/// checks that the reader has nothing more.
fn copy_exact(
    reader: &mut dyn Read,
    out: &mut impl Write,
    size: u64,
    buf: &mut [u8],
) -> Result<(), CopyError> {
    let mut left = size;
    while left > 0 {
        let want = usize::try_from(left).map_or(buf.len(), |l| l.min(buf.len()));
        let n = match reader.read(&mut buf[..want]) {
            Ok(0) => return Err(CopyError::Size),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(CopyError::Io(e)),
        };
        out.write_all(&buf[..n]).map_err(CopyError::Io)?;
        left -= n as u64;
    }
    let mut probe = [0; 1];
    loop {
        match reader.read(&mut probe) {
            Ok(0) => return Ok(()),
            Ok(_) => return Err(CopyError::Size),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(CopyError::Io(e)),
        }
    }
}

/// Why [`copy_exact`] failed, before the file's name is known.
enum CopyError {
    /// The reader gave more or fewer bytes than announced.
    Size,
    /// Reading or writing failed.
    Io(io::Error),
}

impl CopyError {
    /// The archive error, naming the file for a size mismatch.
    fn named(self, name: &str) -> ArchiveError {
        match self {
            Self::Size => ArchiveError::SizeMismatch(name.to_string()),
            Self::Io(e) => io_error(e),
        }
    }
}

/// A writer that counts bytes and reports [`Progress`].
struct Counted<'p, W> {
    inner: W,
    done: u64,
    total: u64,
    next: u64,
    progress: &'p mut dyn FnMut(Progress),
}

impl<'p, W: Write> Counted<'p, W> {
    /// Wraps `inner` and reports the start.
    fn new(inner: W, total: u64, progress: &'p mut dyn FnMut(Progress)) -> Self {
        progress(Progress { done: 0, total });
        Self {
            inner,
            done: 0,
            total,
            next: PROGRESS_STEP,
            progress,
        }
    }

    /// Reports the end and returns the inner writer.
    fn finish(self) -> W {
        (self.progress)(Progress {
            done: self.done,
            total: self.total,
        });
        self.inner
    }
}

impl<W: Write> Write for Counted<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.done += n as u64;
        if self.done >= self.next && self.done < self.total {
            (self.progress)(Progress {
                done: self.done,
                total: self.total,
            });
            self.next = self.done + PROGRESS_STEP;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::age_file::{Unprotect, AGE_MAGIC};
    use crate::archive::import::import;
    use crate::archive::tar::{padding, TarHeader, BLOCK};
    use crate::archive::testing::*;
    use age::secrecy::ExposeSecret;
    use sha2::{Digest, Sha256};
    use std::str::FromStr;

    /// The plaintext tar's entry names and contents.
    fn tar_entries(mut tar: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut entries = Vec::new();
        loop {
            let block: [u8; BLOCK] = tar[..BLOCK].try_into().unwrap();
            if block.iter().all(|&b| b == 0) {
                return entries;
            }
            let h = TarHeader::parse(&block).expect("valid header");
            let size = usize::try_from(h.size).unwrap();
            entries.push((h.path, tar[BLOCK..BLOCK + size].to_vec()));
            tar = &tar[BLOCK + size + padding(h.size)..];
        }
    }

    #[test]
    fn a_passphrase_archive_round_trips() {
        let photo = b"\x89PNG fake photo bytes".repeat(100);
        let archive = export_to(
            Protect::Passphrase(pass("correct horse")),
            input(vec![file("photo.png", &photo), file("note.txt", b"hello")]),
        );
        let (imported, files) =
            import_all(&archive, Unprotect::Passphrase(pass("correct horse"))).unwrap();
        assert_eq!(imported.entries_json, input(vec![]).entries_json);
        assert_eq!(
            imported.files,
            vec![
                ("photo.png".to_string(), photo.len() as u64),
                ("note.txt".to_string(), 5)
            ]
        );
        assert_eq!(files[0].1, photo);
        assert_eq!(files[1].1, b"hello");
    }

    #[test]
    fn a_recipient_archive_round_trips_and_holds_readme_report_and_entries() {
        let (public, secret) = keypair();
        let archive = export_to(
            Protect::Recipient(public),
            input(vec![file("a.jpg", b"jpeg")]),
        );
        assert!(archive.starts_with(AGE_MAGIC));
        let (imported, files) = import_all(&archive, Unprotect::Identity(secret.clone())).unwrap();
        assert_eq!(files, vec![("a.jpg".to_string(), b"jpeg".to_vec())]);
        assert_eq!(imported.files, vec![("a.jpg".to_string(), 4)]);

        let identity = age::x25519::Identity::from_str(secret.expose_secret()).unwrap();
        let tar = age::decrypt(&identity, &archive).unwrap();
        assert_eq!(tar.len() % BLOCK, 0);
        let entries = tar_entries(&tar);
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["README.txt", "report.html", "entries.json", "files/a.jpg"]
        );
        let readme = String::from_utf8(entries[0].1.clone()).unwrap();
        assert!(readme.contains("on 2026-03-08 14:30 UTC"), "{readme}");
        assert!(readme.contains("report.html is readable in any browser"));
        assert!(readme.contains("Geëxporteerd"));
        assert_eq!(entries[1].1, input(vec![]).report_html);
    }

    fn pattern_hash(size: u64) -> Vec<u8> {
        let mut hasher = Sha256::new();
        io::copy(&mut Pattern::new(size), &mut HashWriter(&mut hasher)).unwrap();
        hasher.finalize().to_vec()
    }

    struct HashWriter<'a>(&'a mut Sha256);

    impl Write for HashWriter<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.update(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_3_mib_file_streams_through_in_chunks_with_progress_to_the_total() {
        let (public, secret) = keypair();
        let mut pattern = Pattern::new(BIG);
        let mut reports = Vec::new();
        let files = vec![ExportFile {
            name: "video.mp4".into(),
            size: BIG,
            reader: Box::new(&mut pattern),
        }];
        let archive = export(
            Vec::new(),
            Protect::Recipient(public),
            TEST_WORK,
            input(files),
            &mut |p| reports.push(p),
        )
        .unwrap();
        assert!(pattern.largest_read <= COPY_BUF, "read in chunks");

        let total = reports[0].total;
        assert!(total > BIG);
        assert_eq!(reports[0].done, 0);
        assert_eq!(*reports.last().unwrap(), Progress { done: total, total });
        assert!(reports
            .windows(2)
            .all(|w| w[1].done - w[0].done <= PROGRESS_STEP + COPY_BUF as u64));
        assert!(reports.len() >= 4);

        let mut hasher = Sha256::new();
        let mut largest = 0;
        let imported = import(
            archive.as_slice(),
            Unprotect::Identity(secret),
            &mut |name, size, reader| {
                assert_eq!((name, size), ("video.mp4", BIG));
                let mut buf = vec![0; 32 * 1024];
                loop {
                    let n = reader.read(&mut buf)?;
                    if n == 0 {
                        return Ok(());
                    }
                    largest = largest.max(n);
                    hasher.update(&buf[..n]);
                }
            },
        )
        .unwrap();
        assert_eq!(imported.files, vec![("video.mp4".to_string(), BIG)]);
        assert_eq!(hasher.finalize().to_vec(), pattern_hash(BIG));
    }

    #[test]
    fn a_file_that_changed_size_is_refused() {
        let (public, _) = keypair();
        for (size, data) in [(10, &b"short"[..]), (3, b"longer")] {
            let files = vec![ExportFile {
                name: "evidence.jpg".into(),
                size,
                reader: Box::new(data),
            }];
            let err = export(
                Vec::new(),
                Protect::Recipient(public.clone()),
                TEST_WORK,
                input(files),
                &mut |_| {},
            );
            assert_eq!(
                err.unwrap_err(),
                ArchiveError::SizeMismatch("evidence.jpg".into())
            );
        }
    }
}
