//! What is stored of a diary's records: their names below the diary's
//! space, a record as it is sealed ([`Record`]), what unlocking found
//! ([`Opened`]), and segments: many records' sealed plaintexts as one.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::chain::{self, Break, Hash};

pub(super) const RECORDS: &str = "r/";
pub(super) const SEGMENTS: &str = "s/";

/// Records per segment.
pub const SEGMENT: usize = 256;

/// One decrypted record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Its number (order of writing).
    pub seq: u64,
    /// When it was written, by the system clock; not editable.
    pub at: DateTime<Utc>,
    /// The entry (JSON), opaque here.
    pub body: String,
}

/// What unlocking found: the readable records in order and where the chain breaks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    /// The records that could be read, in order.
    pub records: Vec<Record>,
    /// Each record's SHA-256 (same order).
    pub hashes: Vec<Hash>,
    /// Where the chain breaks (empty: intact).
    pub breaks: Vec<Break>,
    /// The SHA-256 of the last record: what an export shows to check against.
    pub head: Hash,
}

/// A record from its sealed plaintext (the chain link, then its JSON).
pub(super) fn parse(plaintext: &[u8]) -> Option<Record> {
    chain::unlink(plaintext).and_then(|(_, body)| serde_json::from_slice(body).ok())
}

/// A segment's plaintext: each record's sealed plaintext, prefixed by its
/// length as 4 bytes (big-endian).
pub(super) fn join_segment(plaintexts: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (_, p) in plaintexts {
        let len = u32::try_from(p.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(p);
    }
    out
}

/// The records' sealed plaintexts in a segment's plaintext; `None` when a
/// length prefix lies.
pub(super) fn split_segment(mut bytes: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let len = usize::try_from(u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?)).ok()?;
        let end = len.checked_add(4)?;
        out.push(bytes.get(4..end)?.to_vec());
        bytes = bytes.get(end..)?;
    }
    Some(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_segment_splits_into_its_records_and_a_lying_length_is_refused() {
        let records = vec![(0, b"first".to_vec()), (1, Vec::new()), (2, vec![7; 300])];
        let joined = join_segment(&records);
        let split = split_segment(&joined).unwrap();
        assert_eq!(split, [b"first".to_vec(), Vec::new(), vec![7; 300]]);
        assert_eq!(split_segment(&[]), Some(Vec::new()));
        let mut longer = joined.clone();
        longer[3] += 1;
        assert_eq!(split_segment(&longer), None, "past the end");
        assert_eq!(split_segment(&joined[..joined.len() - 1]), None, "cut");
        assert_eq!(split_segment(&[0xff; 4]), None, "u32::MAX");
        assert_eq!(split_segment(&[0, 0]), None, "half a prefix");
        assert_eq!(parse(b"not a record"), None);
    }
}
