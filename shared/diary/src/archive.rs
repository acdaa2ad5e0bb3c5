//! The diary's export and import archive.
//!
//! An archive is a standard [age](https://age-encryption.org/v1) file, so the
//! `age` and `rage` command-line tools can open it without this app. Its
//! plaintext is a ustar tar archive holding:
//!
//! - `README.txt`: what this is, in English and Dutch, with the export date;
//! - `report.html`: the readable report, given by the caller;
//! - `entries.json`: the machine-readable diary that [`import`] returns;
//! - `files/<name>`: the evidence files, streamed in and out in chunks, never
//!   held in memory whole.
//!
//! The archive is protected with a passphrase (age's scrypt recipient) or to
//! an age X25519 public key. Both directions stream: memory use does not grow
//! with the size of the evidence files.
//!
//! Everything here works on `std::io` readers and writers only, so the module
//! builds for the web (wasm32) as well as for the apps.
use std::collections::HashSet;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::iter;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use chrono::{DateTime, Utc};

/// The highest scrypt work factor (log2 N) that [`export`] writes. The app
/// writes 2^17. [`import`] accepts at most this device's budget
/// ([`crate::budget::max_work_factor`]: 2^18 on phones and the web, 2^20 on
/// desktops), and refuses more before deriving anything.
pub const MAX_WORK_FACTOR: u8 = 22;

/// The largest `entries.json` that [`export`] writes and [`import`] reads.
pub const MAX_ENTRIES_JSON: u64 = 64 * 1024 * 1024;

/// How often, at least, [`export`] reports progress: every 1 MiB of plaintext.
pub const PROGRESS_STEP: u64 = 1024 * 1024;

/// The folder inside the archive that holds the evidence files.
const FILES_DIR: &str = "files/";
/// The name of the machine-readable diary inside the archive.
const ENTRIES: &str = "entries.json";
/// The name of the readable report inside the archive.
const REPORT: &str = "report.html";
/// The name of the explanation inside the archive.
const README: &str = "README.txt";
/// The size of the buffer that file contents are copied through.
const COPY_BUF: usize = 64 * 1024;
/// The first line of every (binary, version 1) age file.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// The longest age header read before giving up: real ones are a few hundred
/// bytes; a bound keeps a hostile file from filling memory.
const MAX_AGE_HEADER: u64 = 64 * 1024;

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

/// What [`import`] read from an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The contents of `entries.json`.
    pub entries_json: Vec<u8>,
    /// Every evidence file handed to `on_file`: its (sanitised, unique) name
    /// and its size, in archive order.
    pub files: Vec<(String, u64)>,
}

/// Why an archive could not be written or read. Each case is one thing the
/// person can be told.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArchiveError {
    /// The passphrase does not open this archive. (A damaged passphrase
    /// stanza looks the same: age cannot tell the two apart.)
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The identity given does not open this archive: it is encrypted to
    /// other public keys.
    #[error("this key does not open the archive")]
    WrongKey,
    /// The archive is encrypted to a public key, not with a passphrase.
    #[error("the archive is encrypted to a key, not with a passphrase")]
    NeedsKey,
    /// The archive is encrypted with a passphrase, not to a public key.
    #[error("the archive is encrypted with a passphrase, not to a key")]
    NeedsPassphrase,
    /// The input is not an age file at all.
    #[error("not an age-encrypted file")]
    NotAgeFile,
    /// The input is a readable age file, but its content is not a diary
    /// archive (not a tar, or a tar without `entries.json`).
    #[error("not a diary archive")]
    NotAnArchive,
    /// The archive is truncated or corrupt (header, ciphertext or tar).
    #[error("the archive is damaged or incomplete")]
    Damaged,
    /// The archive asks for more passphrase work than this device's budget
    /// ([`crate::budget`]); nothing was derived.
    #[error("the archive asks for too much work (2^{required})")]
    TooMuchWork {
        /// The work factor (log2 N) the archive asks for.
        required: u8,
    },
    /// An export was asked for a work factor outside `1..=MAX_WORK_FACTOR`.
    #[error("work factor {0} is out of range")]
    BadWorkFactor(u8),
    /// The public key to export to is not an `age1...` X25519 key.
    #[error("not an age public key")]
    BadRecipient,
    /// The identity to import with is not an `AGE-SECRET-KEY-1...` key.
    #[error("not an age secret key")]
    BadIdentity,
    /// `entries.json` is over [`MAX_ENTRIES_JSON`], or a file is over the
    /// 8 GiB that a ustar entry can hold.
    #[error("too large")]
    TooLarge,
    /// An evidence file's reader gave more or fewer bytes than its size.
    #[error("file {0} changed while it was exported")]
    SizeMismatch(String),
    /// Encryption failed (should not happen).
    #[error("encryption failed")]
    Encrypt,
    /// Reading the input, writing the output or the `on_file` callback failed.
    #[error("i/o error: {0}")]
    Io(String),
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

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

/// The age encryptor for `protect`.
fn encryptor(protect: Protect, work_factor: u8) -> Result<age::Encryptor, ArchiveError> {
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

/// An [`ArchiveError::Io`] from an I/O error.
#[allow(clippy::needless_pass_by_value)] // used with map_err
fn io_error(e: io::Error) -> ArchiveError {
    ArchiveError::Io(e.to_string())
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

// ---------------------------------------------------------------------------
// ustar
// ---------------------------------------------------------------------------

/// A tar block.
const BLOCK: usize = 512;
/// The two zero blocks that end a tar archive.
const END_LEN_USIZE: usize = 2 * BLOCK;
/// [`END_LEN_USIZE`] as a byte count.
const END_LEN: u64 = END_LEN_USIZE as u64;
/// Largest size a ustar size field (11 octal digits) can hold.
const MAX_TAR_SIZE: u64 = 0o777_7777_7777;

/// Bytes an entry of `size` takes in the archive: header, data, padding.
fn entry_len(size: u64) -> u64 {
    BLOCK as u64 + size + padding(size) as u64
}

/// Zero bytes after `size` bytes of data up to the next block.
#[allow(clippy::cast_possible_truncation)] // the remainder is below 512
fn padding(size: u64) -> usize {
    (BLOCK - (size % BLOCK as u64) as usize) % BLOCK
}

/// Writes one entry whose contents are in memory.
fn write_bytes(
    out: &mut impl Write,
    name: &str,
    data: &[u8],
    mtime: u64,
) -> Result<(), ArchiveError> {
    write_header(out, name, data.len() as u64, mtime)?;
    out.write_all(data).map_err(io_error)?;
    write_padding(out, data.len() as u64)
}

/// Writes the ustar header of a regular file.
fn write_header(
    out: &mut impl Write,
    name: &str,
    size: u64,
    mtime: u64,
) -> Result<(), ArchiveError> {
    out.write_all(&ustar_header(name, size, mtime)?)
        .map_err(io_error)
}

/// Writes the zero bytes that end an entry of `size` bytes.
fn write_padding(out: &mut impl Write, size: u64) -> Result<(), ArchiveError> {
    out.write_all(&[0; BLOCK][..padding(size)])
        .map_err(io_error)
}

/// The 512-byte ustar header of a regular file (mode 0644, owner 0).
fn ustar_header(name: &str, size: u64, mtime: u64) -> Result<[u8; BLOCK], ArchiveError> {
    if size > MAX_TAR_SIZE {
        return Err(ArchiveError::TooLarge);
    }
    let mut h = [0; BLOCK];
    let name = name.as_bytes();
    h[..name.len().min(100)].copy_from_slice(&name[..name.len().min(100)]);
    put_octal(&mut h[100..108], 0o644);
    put_octal(&mut h[108..116], 0);
    put_octal(&mut h[116..124], 0);
    put_octal(&mut h[124..136], size);
    put_octal(&mut h[136..148], mtime.min(MAX_TAR_SIZE));
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    let sum = checksum(&h);
    put_octal(&mut h[148..155], sum);
    h[155] = b' ';
    Ok(h)
}

/// Writes `value` as zero-padded octal digits and a NUL into `field`; the
/// callers keep values within the field.
fn put_octal(field: &mut [u8], value: u64) {
    let digits = field.len() - 1;
    let text = format!("{value:0digits$o}");
    let text = &text.as_bytes()[text.len().saturating_sub(digits)..];
    field[..text.len()].copy_from_slice(text);
    field[digits] = 0;
}

/// The ustar checksum: the unsigned sum of the header's bytes with the
/// checksum field read as spaces.
fn checksum(h: &[u8; BLOCK]) -> u64 {
    let spaces = 8 * u64::from(b' ');
    h[..148]
        .iter()
        .chain(&h[156..])
        .map(|&b| u64::from(b))
        .sum::<u64>()
        + spaces
}

/// The parts of a tar header that import uses.
struct TarHeader {
    /// The path, with the ustar prefix joined in.
    path: String,
    /// The size of the data that follows.
    size: u64,
    /// The type flag (`0` or NUL for a regular file).
    kind: u8,
}

impl TarHeader {
    /// Parses a header block; `None` if its checksum or size is invalid.
    fn parse(h: &[u8; BLOCK]) -> Option<Self> {
        let stored = parse_octal(&h[148..156])?;
        if stored != checksum(h) {
            return None;
        }
        let name = c_string(&h[..100]);
        let path = if &h[257..263] == b"ustar\0" && h[345] != 0 {
            format!("{}/{name}", c_string(&h[345..500]))
        } else {
            name
        };
        Some(Self {
            path,
            size: parse_octal(&h[124..136])?,
            kind: h[156],
        })
    }

    /// Whether the entry is a regular file.
    fn is_file(&self) -> bool {
        matches!(self.kind, b'0' | 0 | b'7')
    }
}

/// The text of a NUL-terminated field (lossy for non-UTF-8 names).
fn c_string(field: &[u8]) -> String {
    let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
    String::from_utf8_lossy(&field[..end]).into_owned()
}

/// An octal number field, surrounded by spaces or NULs.
fn parse_octal(field: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(field).ok()?;
    let text = text.trim_matches(|c| c == ' ' || c == '\0');
    if text.is_empty() {
        return Some(0);
    }
    u64::from_str_radix(text, 8).ok()
}

// ---------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------

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
    let mut source = BufReader::with_capacity(COPY_BUF, Source(input));
    let header = read_age_header(&mut source)?;
    let decryptor = age::Decryptor::new_buffered(io::Cursor::new(header).chain(source))
        // Only header and input errors can happen here, whatever the key.
        .map_err(|e| decrypt_error(e, KeyKind::Passphrase))?;
    let mut plain = Plain {
        inner: decrypt(decryptor, key)?,
        fault: None,
    };
    read_tar(&mut plain, on_file)
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

/// The next 512-byte block, or `None` at the end of the stream; `short` is
/// the error for a stream that ends inside a block.
fn read_block<R: Read>(
    plain: &mut Plain<R>,
    short: ArchiveError,
) -> Result<Option<[u8; BLOCK]>, ArchiveError> {
    let mut block = [0; BLOCK];
    let mut filled = 0;
    while filled < BLOCK {
        match plain.read(&mut block[filled..]) {
            Ok(0) if filled == 0 => return Ok(None),
            Ok(0) => return Err(short),
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(plain.fail(&e)),
        }
    }
    Ok(Some(block))
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

/// One file's data inside the decrypted stream: gives exactly its size,
/// and fails (recording damage) if the stream ends before that.
struct EntryReader<'p, R> {
    plain: &'p mut Plain<R>,
    left: u64,
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
struct Plain<R> {
    inner: R,
    fault: Option<ArchiveError>,
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
    fn fail(&mut self, e: &io::Error) -> ArchiveError {
        self.fault.take().unwrap_or_else(|| classify(e))
    }

    /// Reads and drops exactly `n` bytes.
    fn skip(&mut self, n: u64) -> Result<(), ArchiveError> {
        let skipped =
            io::copy(&mut (&mut *self).take(n), &mut io::sink()).map_err(|e| self.fail(&e))?;
        if skipped == n {
            Ok(())
        } else {
            Err(ArchiveError::Damaged)
        }
    }

    /// Reads and drops everything up to the end.
    fn drain(&mut self) -> Result<(), ArchiveError> {
        io::copy(self, &mut io::sink())
            .map(|_| ())
            .map_err(|e| self.fail(&e))
    }
}

/// The caller's input. Its errors are marked, so that they are told apart
/// from the errors age raises for damaged ciphertext.
struct Source<R>(R);

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
fn classify(e: &io::Error) -> ArchiveError {
    match e.get_ref() {
        Some(inner) if inner.is::<SourceError>() => ArchiveError::Io(inner.to_string()),
        _ => ArchiveError::Damaged,
    }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/// The longest evidence file name, in bytes: with `files/` it fits the
/// 100-byte ustar name field.
pub const MAX_NAME: usize = 100 - FILES_DIR.len();

/// Makes `name` safe as one file name inside the archive and on any disk it
/// is extracted to: no `/` or `\`, no `..`, no leading dot, no control
/// characters or characters Windows refuses, at most [`MAX_NAME`] bytes
/// (keeping a short extension), never empty.
pub fn sanitize_name(name: &str) -> String {
    let mapped: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let dots = mapped.len() - mapped.trim_start_matches('.').len();
    let mut safe = "_".repeat(dots) + &mapped[dots..];
    while safe.contains("..") {
        safe = safe.replace("..", "._");
    }
    if safe.is_empty() {
        safe.push_str("file");
    }
    fit_name(&safe, "")
}

/// `name` with `suffix` before its extension, shortened to [`MAX_NAME`]
/// bytes at a character boundary; a short extension is kept.
fn fit_name(name: &str, suffix: &str) -> String {
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 && name.len() - dot <= 16 => name.split_at(dot),
        _ => (name, ""),
    };
    let room = MAX_NAME.saturating_sub(suffix.len() + ext.len());
    let mut end = room.min(stem.len());
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{suffix}{ext}", &stem[..end])
}

/// The names already used in one archive, to keep every name unique.
#[derive(Default)]
struct NameSet(HashSet<String>);

impl NameSet {
    /// `name`, or `name (2)`, `name (3)`... if it is taken; marked as taken.
    fn claim(&mut self, name: &str) -> String {
        let mut candidate = name.to_string();
        let mut n = 1;
        while self.0.contains(&candidate) {
            n += 1;
            candidate = fit_name(name, &format!(" ({n})"));
        }
        self.0.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;
    use sha2::{Digest, Sha256};
    use std::sync::OnceLock;

    const TEST_WORK: u8 = 10;

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    fn date() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 8, 14, 30, 0).unwrap()
    }

    fn file<'a>(name: &str, data: &'a [u8]) -> ExportFile<'a> {
        ExportFile {
            name: name.to_string(),
            size: data.len() as u64,
            reader: Box::new(data),
        }
    }

    fn input(files: Vec<ExportFile<'_>>) -> ExportInput<'_> {
        ExportInput {
            exported_at: date(),
            report_html: b"<html><body>report</body></html>",
            entries_json: br#"[{"kind":"incident","note":"x"}]"#,
            files,
        }
    }

    fn export_to(protect: Protect, input: ExportInput<'_>) -> Vec<u8> {
        export(Vec::new(), protect, TEST_WORK, input, &mut |_| {}).unwrap()
    }

    type Files = Vec<(String, Vec<u8>)>;

    fn import_all(archive: &[u8], key: Unprotect) -> Result<(Imported, Files), ArchiveError> {
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
    fn keypair() -> (String, SecretString) {
        let id = age::x25519::Identity::generate();
        (id.to_public().to_string(), id.to_string())
    }

    /// `plaintext` encrypted to `recipient` with plain age.
    fn seal(plaintext: &[u8], recipient: &str) -> Vec<u8> {
        let r = age::x25519::Recipient::from_str(recipient).unwrap();
        age::encrypt(&r, plaintext).unwrap()
    }

    /// A tar of regular files built with this module's writer.
    fn tar_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, data) in entries {
            write_bytes(&mut out, name, data, 0).unwrap();
        }
        out.extend_from_slice(&[0; END_LEN_USIZE]);
        out
    }

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

    /// Deterministic pseudo-random bytes that record the largest read asked.
    struct Pattern {
        left: u64,
        state: u32,
        largest_read: usize,
    }

    impl Pattern {
        fn new(size: u64) -> Self {
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

    const BIG: u64 = 3 * 1024 * 1024 + 123;

    fn big_archive(public: &str) -> Vec<u8> {
        let mut pattern = Pattern::new(BIG);
        let files = vec![ExportFile {
            name: "video.mp4".into(),
            size: BIG,
            reader: Box::new(&mut pattern),
        }];
        export_to(Protect::Recipient(public.to_string()), input(files))
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

    /// Where the payload starts: after the MAC line and the 16-byte nonce.
    fn payload_start(archive: &[u8]) -> usize {
        let mac = archive.windows(4).position(|w| w == b"\n---").unwrap() + 1;
        mac + archive[mac..].iter().position(|&b| b == b'\n').unwrap() + 1 + 16
    }

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
        let over = super::super::budget::max_work_factor() + 1;
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

    #[test]
    fn oversized_entries_are_refused_both_ways() {
        let (public, secret) = keypair();
        let huge = vec![b' '; usize::try_from(MAX_ENTRIES_JSON).unwrap() + 1];
        let mut too_big = input(vec![]);
        too_big.entries_json = &huge;
        let err = export(
            Vec::new(),
            Protect::Recipient(public.clone()),
            TEST_WORK,
            too_big,
            &mut |_| {},
        );
        assert_eq!(err.unwrap_err(), ArchiveError::TooLarge);

        let mut tar = ustar_header("entries.json", MAX_ENTRIES_JSON + 1, 0)
            .unwrap()
            .to_vec();
        tar.extend_from_slice(&[b'x'; 4 * BLOCK]);
        assert_eq!(
            import_all(&seal(&tar, &public), Unprotect::Identity(secret)).unwrap_err(),
            ArchiveError::TooLarge
        );
        assert_eq!(
            ustar_header("files/x", MAX_TAR_SIZE + 1, 0).unwrap_err(),
            ArchiveError::TooLarge
        );
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

    #[test]
    fn names_are_sanitised() {
        assert_eq!(sanitize_name("photo.jpg"), "photo.jpg");
        assert_eq!(sanitize_name("../../etc/passwd"), "___.__etc_passwd");
        assert_eq!(sanitize_name(".."), "__");
        assert_eq!(sanitize_name("."), "_");
        assert_eq!(sanitize_name(".hidden"), "_hidden");
        assert_eq!(sanitize_name("a..b"), "a._b");
        assert_eq!(sanitize_name("C:\\Users\\me\\x?.png"), "C__Users_me_x_.png");
        assert_eq!(sanitize_name("line\nbreak\0"), "line_break_");
        assert_eq!(sanitize_name("   "), "file");
        assert_eq!(
            sanitize_name("foto van mij – één.jpg"),
            "foto van mij – één.jpg"
        );
        let long = "é".repeat(80) + ".jpeg";
        let fitted = sanitize_name(&long);
        assert!(
            fitted.len() <= MAX_NAME && fitted.to_lowercase().ends_with(".jpeg"),
            "{fitted}"
        );
        for hostile in ["a/b", "../x", "....", "/abs", "x/../../y", &"z/".repeat(80)] {
            let s = sanitize_name(hostile);
            assert!(
                !s.contains('/') && !s.contains("..") && !s.is_empty() && s.len() <= MAX_NAME,
                "{s}"
            );
        }
    }

    #[test]
    fn names_in_archives_are_sanitised_and_unique_both_ways() {
        let (public, secret) = keypair();
        let archive = export_to(
            Protect::Recipient(public.clone()),
            input(vec![
                file("../secret", b"1"),
                file("dup.jpg", b"2"),
                file("dup.jpg", b"3"),
                file("a/dup.jpg", b"4"),
            ]),
        );
        let (imported, _) = import_all(&archive, Unprotect::Identity(secret.clone())).unwrap();
        let names: Vec<&str> = imported.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["___secret", "dup.jpg", "dup (2).jpg", "a_dup.jpg"]);

        let hostile = tar_of(&[
            ("entries.json", b"[]"),
            ("files/../../etc/passwd", b"root"),
            ("files/x", b"1"),
            ("files/x", b"2"),
            ("../outside", b"skipped"),
        ]);
        let (imported, files) =
            import_all(&seal(&hostile, &public), Unprotect::Identity(secret)).unwrap();
        let names: Vec<&str> = imported.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["___.__etc_passwd", "x", "x (2)"]);
        assert_eq!(files[2].1, b"2");
    }

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
