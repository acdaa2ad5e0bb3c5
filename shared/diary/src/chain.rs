//! The hash chain over diary records. Each record's sealed body begins with
//! the SHA-256 of the previous record's plaintext (zeros for the first), so
//! an edited, removed or reordered record breaks the chain at that point.
//! This shows that something changed; it is not forensic proof (someone with
//! the passphrase could rebuild a whole chain), and the app says so.
use sha2::{Digest, Sha256};

/// A 32-byte SHA-256 digest.
pub type Hash = [u8; 32];

/// The `prev` of the first record.
pub const GENESIS: Hash = [0; 32];

/// The hash a following record must carry.
pub fn hash(plaintext: &[u8]) -> Hash {
    Sha256::digest(plaintext).into()
}

/// `prev` and the body, as sealed.
pub fn link(prev: &Hash, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + body.len());
    out.extend_from_slice(prev);
    out.extend_from_slice(body);
    out
}

/// Splits a sealed plaintext into `prev` and body.
pub fn unlink(plaintext: &[u8]) -> Option<(Hash, &[u8])> {
    let prev: Hash = plaintext.get(..32)?.try_into().ok()?;
    Some((prev, &plaintext[32..]))
}

/// Where a chain first breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Break {
    /// Record `index` is unreadable (damaged).
    Unreadable(usize),
    /// Record `index` does not follow the one before it (edited, removed or moved).
    Mismatch(usize),
}

/// Checks records in stored order; returns every break (an empty list: intact).
/// Unreadable records are skipped, so one damaged record does not hide the rest.
pub fn verify<'a>(records: impl IntoIterator<Item = Option<&'a [u8]>>) -> Vec<Break> {
    let mut breaks = Vec::new();
    let mut expected = Some(GENESIS);
    for (i, record) in records.into_iter().enumerate() {
        match record.and_then(|r| unlink(r).map(|(prev, _)| (prev, r))) {
            None => {
                breaks.push(Break::Unreadable(i));
                expected = None; // the next link cannot be checked
            }
            Some((prev, whole)) => {
                if expected.is_some_and(|e| e != prev) {
                    breaks.push(Break::Mismatch(i));
                }
                expected = Some(hash(whole));
            }
        }
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(bodies: &[&str]) -> Vec<Vec<u8>> {
        let mut prev = GENESIS;
        bodies
            .iter()
            .map(|b| {
                let r = link(&prev, b.as_bytes());
                prev = hash(&r);
                r
            })
            .collect()
    }

    fn check(records: &[Vec<u8>]) -> Vec<Break> {
        verify(records.iter().map(|r| Some(r.as_slice())))
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert!(check(&chain(&["a", "b", "c"])).is_empty());
        assert!(check(&[]).is_empty());
    }

    #[test]
    fn edits_removals_and_reordering_are_detected() {
        let c = chain(&["a", "b", "c", "d"]);
        let mut edited = c.clone();
        edited[1] = link(&unlink(&c[1]).unwrap().0, b"B");
        assert_eq!(check(&edited), vec![Break::Mismatch(2)]);
        let mut removed = c.clone();
        removed.remove(1);
        assert_eq!(check(&removed), vec![Break::Mismatch(1)]);
        let mut swapped = c.clone();
        swapped.swap(1, 2);
        assert!(!check(&swapped).is_empty());
        let mut first_gone = c.clone();
        first_gone.remove(0);
        assert_eq!(check(&first_gone), vec![Break::Mismatch(0)]);
    }

    #[test]
    fn one_unreadable_record_does_not_hide_the_others() {
        let c = chain(&["a", "b", "c", "d"]);
        let records: Vec<Option<&[u8]>> = c
            .iter()
            .enumerate()
            .map(|(i, r)| (i != 1).then_some(r.as_slice()))
            .collect();
        assert_eq!(verify(records), vec![Break::Unreadable(1)]);
    }
}
