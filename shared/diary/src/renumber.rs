//! The numbers an import gives the records it adds: the diary's next
//! numbers, one after another in the archive's order, whatever numbers the
//! archive gave them (gaps, duplicates, hostile values); and the map from
//! the archive's numbers to the diary's, so that an edit points to the new
//! number of what it replaces. An edit can only point back: to an earlier
//! record of the archive (or one the diary already holds), never to itself
//! or to a later one.
use std::collections::HashMap;

/// Numbers for an import's new records, handed out in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Renumber {
    /// The diary's next number before the import.
    first: u64,
    /// How many numbers were handed out.
    added: u64,
    /// The archive's numbers seen so far, with their numbers here.
    map: HashMap<u64, u64>,
}

impl Renumber {
    /// Numbers from `next_seq` (the diary's next record number) on.
    pub fn new(next_seq: u64) -> Self {
        Self {
            first: next_seq,
            added: 0,
            map: HashMap::new(),
        }
    }

    /// The archive's record `archive_seq` is one the diary already holds
    /// as `local`: it takes no number, and later edits of it point there.
    pub fn known(&mut self, archive_seq: u64, local: u64) {
        self.map.insert(archive_seq, local);
    }

    /// The number the next new record gets (not taken).
    pub fn next(&self) -> u64 {
        self.first + self.added
    }

    /// Takes the next number for the archive's record `archive_seq`. A
    /// number the archive used before now means this record.
    pub fn add(&mut self, archive_seq: u64) -> u64 {
        let local = self.next();
        self.added += 1;
        self.map.insert(archive_seq, local);
        local
    }

    /// What an edit that replaces the archive's record `old` replaces here:
    /// the number of a record seen before (added or known), else none (a
    /// forward reference, itself, or a number not in the archive). Ask
    /// before [`add`](Self::add)ing the edit itself.
    pub fn replaces(&self, old: Option<u64>) -> Option<u64> {
        old.and_then(|old| self.map.get(&old).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_empty_diary_numbers_from_zero_and_a_full_one_from_its_next() {
        let mut empty = Renumber::new(0);
        assert_eq!([empty.add(0), empty.add(1), empty.add(2)], [0, 1, 2]);
        let mut full = Renumber::new(10);
        assert_eq!(full.next(), 10);
        assert_eq!([full.add(0), full.add(1)], [10, 11]);
        assert_eq!(full.next(), 12);
    }

    #[test]
    fn gaps_in_the_archive_close_and_edits_follow_the_new_numbers() {
        let mut r = Renumber::new(100);
        assert_eq!([r.add(3), r.add(50), r.add(9)], [100, 101, 102]);
        assert_eq!(r.replaces(Some(50)), Some(101));
        assert_eq!(r.replaces(Some(4)), None, "not in the archive");
        assert_eq!(r.replaces(None), None);
    }

    #[test]
    fn known_records_take_no_number_and_edits_of_them_point_to_the_diarys() {
        let mut r = Renumber::new(7);
        r.known(0, 2);
        assert_eq!(r.replaces(Some(0)), Some(2));
        assert_eq!(r.add(1), 7, "no number used by the known record");
    }

    #[test]
    fn hostile_numbers_never_point_forward_or_to_themselves() {
        let mut r = Renumber::new(0);
        // An edit of itself, and of a later record, before either is added.
        assert_eq!(r.replaces(Some(5)), None);
        assert_eq!(r.add(5), 0);
        assert_eq!(r.replaces(Some(u64::MAX)), None);
        assert_eq!(r.add(u64::MAX), 1);
        // The same number twice: the later record is what it names now.
        assert_eq!(r.add(5), 2);
        assert_eq!(r.replaces(Some(5)), Some(2));
        assert_eq!(r.replaces(Some(u64::MAX)), Some(1));
    }

    proptest! {
        #[test]
        fn numbers_are_consecutive_in_order_and_edits_only_point_back(
            next in 0u64..(u64::MAX / 2),
            seqs in proptest::collection::vec(any::<u64>(), 0..60),
            edits in proptest::collection::vec(any::<Option<u8>>(), 60),
        ) {
            let mut r = Renumber::new(next);
            let mut given = Vec::new();
            for (i, &seq) in seqs.iter().enumerate() {
                // An edit naming any number of the archive, or a small one.
                let old = edits[i].map(|k| seqs.get(usize::from(k)).copied().unwrap_or(u64::from(k)));
                if let Some(to) = r.replaces(old) {
                    prop_assert!(given.contains(&to), "only a number handed out before");
                    let last = seqs[..i].iter().rposition(|&s| Some(s) == old).unwrap();
                    prop_assert_eq!(to, next + last as u64, "the latest record with that number");
                } else {
                    prop_assert!(old.is_none_or(|o| !seqs[..i].contains(&o)));
                }
                let local = r.add(seq);
                prop_assert_eq!(local, next + i as u64);
                given.push(local);
            }
            prop_assert_eq!(r.next(), next + seqs.len() as u64);
        }
    }
}
