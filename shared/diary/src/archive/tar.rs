//! The archive's plaintext: a ustar tar, written here (regular files only,
//! mode 0644, owner 0) and read back block by block: headers, octal fields,
//! the checksum, padding to 512-byte blocks.
use std::io::{self, Read, Write};

use crate::archive::error::{io_error, ArchiveError};
use crate::archive::stream::Plain;

/// A tar block.
pub(super) const BLOCK: usize = 512;
/// The two zero blocks that end a tar archive.
pub(super) const END_LEN_USIZE: usize = 2 * BLOCK;
/// [`END_LEN_USIZE`] as a byte count.
pub(super) const END_LEN: u64 = END_LEN_USIZE as u64;
/// Largest size a ustar size field (11 octal digits) can hold.
pub(super) const MAX_TAR_SIZE: u64 = 0o777_7777_7777;

/// Bytes an entry of `size` takes in the archive: header, data, padding.
pub(super) fn entry_len(size: u64) -> u64 {
    BLOCK as u64 + size + padding(size) as u64
}

/// Zero bytes after `size` bytes of data up to the next block.
#[allow(clippy::cast_possible_truncation)] // the remainder is below 512
pub(super) fn padding(size: u64) -> usize {
    (BLOCK - (size % BLOCK as u64) as usize) % BLOCK
}

/// Writes one entry whose contents are in memory.
pub(super) fn write_bytes(
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
pub(super) fn write_header(
    out: &mut impl Write,
    name: &str,
    size: u64,
    mtime: u64,
) -> Result<(), ArchiveError> {
    out.write_all(&ustar_header(name, size, mtime)?)
        .map_err(io_error)
}

/// Writes the zero bytes that end an entry of `size` bytes.
pub(super) fn write_padding(out: &mut impl Write, size: u64) -> Result<(), ArchiveError> {
    out.write_all(&[0; BLOCK][..padding(size)])
        .map_err(io_error)
}

/// The 512-byte ustar header of a regular file (mode 0644, owner 0).
pub(super) fn ustar_header(name: &str, size: u64, mtime: u64) -> Result<[u8; BLOCK], ArchiveError> {
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
pub(super) struct TarHeader {
    /// The path, with the ustar prefix joined in.
    pub(super) path: String,
    /// The size of the data that follows.
    pub(super) size: u64,
    /// The type flag (`0` or NUL for a regular file).
    kind: u8,
}

impl TarHeader {
    /// Parses a header block; `None` if its checksum or size is invalid.
    pub(super) fn parse(h: &[u8; BLOCK]) -> Option<Self> {
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
    pub(super) fn is_file(&self) -> bool {
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

/// The next 512-byte block, or `None` at the end of the stream; `short` is
/// the error for a stream that ends inside a block.
pub(super) fn read_block<R: Read>(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_reads_back_as_written_and_a_changed_one_is_refused() {
        let mut tar = Vec::new();
        write_bytes(&mut tar, "files/photo.jpg", b"jpeg bytes", 1_700_000_000).unwrap();
        assert_eq!(tar.len() as u64, entry_len(10));
        let block: [u8; BLOCK] = tar[..BLOCK].try_into().unwrap();
        let header = TarHeader::parse(&block).expect("valid header");
        assert_eq!(header.path, "files/photo.jpg");
        assert_eq!(header.size, 10);
        assert!(header.is_file());
        assert_eq!(&tar[BLOCK..BLOCK + 10], b"jpeg bytes");
        assert!(tar[BLOCK + 10..].iter().all(|&b| b == 0));
        let mut changed = block;
        changed[0] ^= 1;
        assert!(TarHeader::parse(&changed).is_none(), "checksum");
        assert_eq!(parse_octal(b"0000644\0"), Some(0o644));
        assert_eq!(parse_octal(b"  \0"), Some(0));
        assert_eq!(parse_octal(b"12x4"), None);
        assert_eq!((padding(0), padding(1), padding(512)), (0, 511, 0));
    }
}
