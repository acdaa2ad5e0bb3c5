//! Evidence files, sealed as one age stream each and stored in pieces of
//! [`PIECE`] bytes under `diary/b/<random id>/<piece number>`, so a large
//! file is never whole in memory and the store never holds one huge value.
//!
//! The plaintext is padded with zeros to a multiple of [`PAD`], so the store
//! shows a file's size only to that granularity; the exact size is in the
//! (sealed) diary entry, and reading stops there.
use std::io::{self, Read, Write};

use crate::crypto::DiaryKey;
use crate::vault::error::{Damage, VaultError};
use een_store::KvStore;

const BLOBS: &str = "diary/b/";
/// Bytes per stored piece of ciphertext.
pub const PIECE: usize = 1 << 20;
/// Plaintext sizes are rounded up to this.
pub const PAD: u64 = 64 * 1024;

/// Where a sealed file is, and how long it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlobRef {
    /// Random, so the key says nothing about the file.
    pub id: String,
    /// The file's exact size.
    pub size: u64,
}

/// A new random id.
///
/// # Errors
/// When the platform has no randomness.
pub fn new_id() -> Result<String, VaultError> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).map_err(|_| VaultError::Damaged(Damage::Random))?;
    Ok(crate::hex::hex(&bytes))
}

/// Buffers ciphertext and stores it piece by piece.
pub struct Pieces<'s> {
    store: &'s dyn KvStore,
    id: &'s str,
    buf: Vec<u8>,
    next: u32,
}

impl Pieces<'_> {
    fn put(&mut self) -> io::Result<()> {
        let key = format!("{BLOBS}{}/{:08x}", self.id, self.next);
        self.store
            .put(&key, &self.buf)
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.buf.clear();
        self.next += 1;
        Ok(())
    }
}

impl Write for Pieces<'_> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let room = PIECE - self.buf.len();
        let n = room.min(data.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == PIECE {
            self.put()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A file being sealed piece by piece, as its bytes arrive.
pub struct BlobWriter<'s> {
    id: String,
    size: u64,
    sealer: age::stream::StreamWriter<Pieces<'s>>,
}

impl<'s> BlobWriter<'s> {
    /// Starts sealing a new file into `store`.
    ///
    /// # Errors
    /// When there is no randomness or age cannot start.
    pub fn start(store: &'s dyn KvStore, key: &DiaryKey, id: &'s str) -> Result<Self, VaultError> {
        let pieces = Pieces {
            store,
            id,
            buf: Vec::with_capacity(PIECE),
            next: 0,
        };
        let sealer = key
            .seal_stream(pieces)
            .map_err(|_| VaultError::Damaged(Damage::Sealing))?;
        Ok(Self {
            id: id.to_string(),
            size: 0,
            sealer,
        })
    }

    /// Seals the next bytes.
    ///
    /// # Errors
    /// When storing fails.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), VaultError> {
        self.sealer
            .write_all(bytes)
            .map_err(|_| VaultError::Damaged(Damage::Store))?;
        self.size += bytes.len() as u64;
        Ok(())
    }

    /// Pads, finishes the stream and stores the last piece.
    ///
    /// # Errors
    /// When storing fails.
    pub fn finish(mut self) -> Result<BlobRef, VaultError> {
        let io = |_: io::Error| VaultError::Damaged(Damage::Store);
        let padding = (PAD - self.size % PAD) % PAD;
        io::copy(&mut io::repeat(0).take(padding), &mut self.sealer).map_err(io)?;
        let mut pieces = self.sealer.finish().map_err(io)?;
        if !pieces.buf.is_empty() {
            pieces.put().map_err(io)?;
        }
        Ok(BlobRef {
            id: self.id,
            size: self.size,
        })
    }
}

/// Seals everything `source` gives into the store, streamed.
///
/// # Errors
/// When reading the source, sealing or storing fails; pieces already stored
/// are removed again.
pub fn write(
    store: &dyn KvStore,
    key: &DiaryKey,
    source: &mut dyn Read,
) -> Result<BlobRef, VaultError> {
    write_with_id(store, key, new_id()?, source)
}

/// As [`write`], under the given id (a staged file: see [`crate::stage`]).
///
/// # Errors
/// As [`write`].
pub fn write_with_id(
    store: &dyn KvStore,
    key: &DiaryKey,
    id: String,
    source: &mut dyn Read,
) -> Result<BlobRef, VaultError> {
    let result = write_as(store, key, &id, source);
    if result.is_err() {
        let _ = remove(store, &id);
    }
    result.map(|size| BlobRef { id, size })
}

fn write_as(
    store: &dyn KvStore,
    key: &DiaryKey,
    id: &str,
    source: &mut dyn Read,
) -> Result<u64, VaultError> {
    let mut writer = BlobWriter::start(store, key, id)?;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match source.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(VaultError::Damaged(Damage::Io)),
        };
        writer.write(&buf[..n])?;
    }
    Ok(writer.finish()?.size)
}

/// Reads the stored pieces in order.
struct PieceReader<'s> {
    store: &'s dyn KvStore,
    prefix: String,
    piece: Vec<u8>,
    at: usize,
    next: u32,
}

impl Read for PieceReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.piece.len() {
            let key = format!("{}{:08x}", self.prefix, self.next);
            match self.store.get(&key) {
                Ok(Some(piece)) => {
                    self.piece = piece;
                    self.at = 0;
                    self.next += 1;
                }
                Ok(None) => return Ok(0),
                Err(e) => return Err(io::Error::other(e.to_string())),
            }
        }
        let n = out.len().min(self.piece.len() - self.at);
        out[..n].copy_from_slice(&self.piece[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// The file's bytes, decrypted as they are read (exactly `blob.size` of them).
///
/// # Errors
/// [`VaultError::Damaged`] when the file is missing or not sealed to this diary.
pub fn read<'s>(
    store: &'s dyn KvStore,
    key: &DiaryKey,
    blob: &BlobRef,
) -> Result<impl Read + 's, VaultError> {
    let pieces = PieceReader {
        store,
        prefix: format!("{BLOBS}{}/", blob.id),
        piece: Vec::new(),
        at: 0,
        next: 0,
    };
    let reader = key
        .open_stream(pieces)
        .map_err(|_| VaultError::Damaged(Damage::Unreadable))?;
    Ok(reader.take(blob.size))
}

/// Removes a sealed file.
///
/// # Errors
/// When the store cannot be written.
pub fn remove(store: &dyn KvStore, id: &str) -> Result<(), VaultError> {
    for key in store.scan_keys(&format!("{BLOBS}{id}/"))? {
        store.delete(&key)?;
    }
    Ok(())
}

/// The ids of the sealed files whose id starts with `prefix` (by key: no
/// piece is read).
///
/// # Errors
/// When the store cannot be read.
pub fn ids_with_prefix(store: &dyn KvStore, prefix: &str) -> Result<Vec<String>, VaultError> {
    let mut ids: Vec<String> = store
        .scan_keys(&format!("{BLOBS}{prefix}"))?
        .iter()
        .filter_map(|k| k.strip_prefix(BLOBS)?.split('/').next().map(str::to_string))
        .collect();
    ids.dedup();
    Ok(ids)
}

/// How many bytes the store holds for sealed files (for tests and figures).
///
/// # Errors
/// When the store cannot be read.
pub fn stored_bytes(store: &dyn KvStore) -> Result<u64, VaultError> {
    Ok(store.scan(BLOBS)?.iter().map(|(_, v)| v.len() as u64).sum())
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::SecretString;
    use een_store::MemoryStore;

    fn key() -> DiaryKey {
        DiaryKey::create(SecretString::from("p".to_string()), 10)
            .unwrap()
            .0
    }

    fn data(len: usize) -> Vec<u8> {
        (0..len)
            .map(|i| u8::try_from(i * 7 % 251).unwrap())
            .collect()
    }

    #[test]
    fn files_round_trip_in_pieces_with_the_size_hidden() {
        let store = MemoryStore::default();
        let key = key();
        for len in [0, 1, 65_535, PIECE + 17, 3 * PIECE] {
            let input = data(len);
            let blob = write(&store, &key, &mut input.as_slice()).unwrap();
            assert_eq!(blob.size, len as u64);
            let mut back = Vec::new();
            read(&store, &key, &blob)
                .unwrap()
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, input, "{len} bytes");
        }
        // 1 byte and 65,535 bytes take the same room in the store (padding).
        let (a, b) = (
            write(&store, &key, &mut [1u8].as_slice()).unwrap(),
            write(&store, &key, &mut data(65_535).as_slice()).unwrap(),
        );
        let size = |id: &str| {
            store
                .scan(&format!("{BLOBS}{id}/"))
                .unwrap()
                .iter()
                .map(|(_, v)| v.len())
                .sum::<usize>()
        };
        // Equal but for age's header, whose random "grease" stanza varies a little.
        assert!(
            size(&a.id).abs_diff(size(&b.id)) < 512,
            "{} vs {}",
            size(&a.id),
            size(&b.id)
        );
    }

    #[test]
    fn no_plaintext_in_the_store_and_another_key_cannot_read() {
        let store = MemoryStore::default();
        let key = key();
        let marker = b"MARKER-evidence-5a5a".repeat(1000);
        let blob = write(&store, &key, &mut marker.as_slice()).unwrap();
        for (_, v) in store.scan(BLOBS).unwrap() {
            assert!(!v.windows(20).any(|w| w == b"MARKER-evidence-5a5a"));
        }
        assert!(read(&store, &self::key(), &blob).is_err());
        remove(&store, &blob.id).unwrap();
        assert_eq!(stored_bytes(&store).unwrap(), 0);
    }

    #[test]
    fn a_failing_source_leaves_nothing_behind() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::other("gone"));
                }
                let n = out.len().min(self.0);
                self.0 -= n;
                Ok(n)
            }
        }
        let store = MemoryStore::default();
        assert!(write(&store, &key(), &mut Failing(3 * PIECE)).is_err());
        assert_eq!(stored_bytes(&store).unwrap(), 0);
    }
}
