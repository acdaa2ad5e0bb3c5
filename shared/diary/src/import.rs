//! What an archive adds to the open diary, decided before anything is
//! committed: which of its records are new (an archive imported before is
//! recognised), their new numbers, which of its files a record names, and
//! whether the archive's own chain holds.
//!
//! A record's *identity* is the SHA-256 it had in the diary where it was
//! first written: its own hash there, carried along as `origin.hash` when it
//! is imported (and exported and imported again). A record whose identity
//! the diary already holds is not added again.
use std::collections::{HashMap, HashSet};

use crate::chain::{self, Hash, GENESIS};
use crate::draft::{Body, Item, Origin};
use crate::entry::Entry;
use crate::format::ExportedDiary;
use crate::hex::hex;
use crate::renumber::Renumber;

use crate::vault::records::Record;

/// Identities of the diary's records, with their numbers.
pub type Known = HashMap<Hash, u64>;

/// Parses a 64-digit hex SHA-256.
pub fn parse_hash(text: &str) -> Option<Hash> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A record's identity (see the module).
pub fn identity(item: &Item) -> Hash {
    item.body
        .as_ref()
        .and_then(|b| b.origin.as_ref())
        .and_then(|o| o.hash.as_deref())
        .and_then(parse_hash)
        .unwrap_or(item.hash)
}

/// The identities of `items`.
pub fn known_of(items: &[Item]) -> Known {
    items.iter().map(|i| (identity(i), i.seq)).collect()
}

/// What an import adds.
#[derive(Debug, Default)]
pub struct Plan {
    /// The new records' bodies, in order (they get numbers from the
    /// diary's next number on).
    pub bodies: Vec<Body>,
    /// Each new record's identity (same order).
    pub identities: Vec<Hash>,
    /// Records already in the diary (or twice in the archive): not added.
    pub skipped: usize,
    /// The sealed files that a new record names; the others are removed.
    pub named: HashSet<String>,
}

impl Plan {
    /// The new records' bodies as the JSON that is stored, in order.
    ///
    /// # Errors
    /// When a body cannot be written as JSON.
    pub fn records_json(&self) -> Result<Vec<String>, serde_json::Error> {
        self.bodies.iter().map(serde_json::to_string).collect()
    }

    /// Notes the new records' identities in `known` with the numbers they
    /// were stored under (`seqs`, in order), so that importing the same
    /// archive again adds nothing.
    pub fn remember(&self, known: &mut Known, seqs: impl IntoIterator<Item = u64>) {
        for (id, seq) in self.identities.iter().zip(seqs) {
            known.insert(*id, seq);
        }
    }
}

/// Decides what `doc` adds to a diary holding `known`, whose next record
/// number is `next_seq`; `files` maps the archive's file names to the files
/// staged for them.
pub fn plan(
    doc: &ExportedDiary,
    files: &[(String, crate::blob::BlobRef)],
    known: &Known,
    next_seq: u64,
) -> Plan {
    let mut plan = Plan::default();
    let mut numbers = Renumber::new(next_seq);
    let mut seen: HashSet<Hash> = HashSet::new();
    for record in &doc.records {
        let claimed = record
            .body
            .origin
            .as_ref()
            .and_then(|o| o.hash.as_deref())
            .and_then(parse_hash)
            .or_else(|| parse_hash(&record.hash));
        if let Some(id) = claimed {
            if let Some(&local) = known.get(&id) {
                numbers.known(record.seq, local);
                plan.skipped += 1;
                continue;
            }
            if !seen.insert(id) {
                plan.skipped += 1;
                continue;
            }
        }
        let mut body = record.body.clone();
        body.origin = Some(match body.origin.take() {
            Some(mut origin) => {
                origin.hash = origin.hash.or_else(|| claimed.map(|h| hex(&h)));
                origin
            }
            None => Origin {
                at: record.at,
                seq: record.seq,
                hash: claimed.map(|h| hex(&h)),
            },
        });
        // An edit points to the new number of what it replaces, which is
        // always an earlier record of the archive (or none).
        body.replaces = numbers.replaces(body.replaces);
        if let Entry::Evidence { blob, size, .. } = &mut body.entry {
            let found = record
                .file
                .as_deref()
                .and_then(|name| files.iter().find(|(n, _)| n == name));
            match found {
                Some((_, b)) => {
                    blob.clone_from(&b.id);
                    *size = b.size;
                    plan.named.insert(b.id.clone());
                }
                None => blob.clear(),
            }
        }
        let local = numbers.add(record.seq);
        plan.identities
            .push(claimed.unwrap_or_else(|| fresh_identity(&body, local)));
        plan.bodies.push(body);
    }
    plan
}

/// An identity for a record whose archive gave none that could be read.
fn fresh_identity(body: &Body, local: u64) -> Hash {
    let json = serde_json::to_vec(body).unwrap_or_default();
    chain::hash(&chain::link(&chain::hash(&local.to_be_bytes()), &json))
}

/// The archive's own hash chain, as `entries.json` shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArchiveChain {
    /// Records in the archive.
    pub records: usize,
    /// Where it breaks (0: intact).
    pub breaks: usize,
}

/// Checks the archive's chain from what `entries.json` holds: each record's
/// hash is computed again from its number, time and body and the hash
/// before it, and must be the one written beside it; the last must be the
/// archive's `head`. A break shows a record that was changed, removed or
/// moved (before or after the export), or one that was unreadable when it
/// was exported. Like the diary's own chain, this is not forensic proof.
pub fn check_chain(doc: &ExportedDiary) -> ArchiveChain {
    let mut breaks = 0;
    let mut prev = GENESIS;
    for record in &doc.records {
        let body = serde_json::to_string(&record.body).unwrap_or_default();
        let json = serde_json::to_vec(&Record {
            seq: record.seq,
            at: record.at,
            body,
        })
        .unwrap_or_default();
        let computed = chain::hash(&chain::link(&prev, &json));
        let claimed = parse_hash(&record.hash);
        if claimed != Some(computed) {
            breaks += 1;
        }
        prev = claimed.unwrap_or(computed);
    }
    if !doc.records.is_empty() && parse_hash(&doc.head) != Some(prev) {
        breaks += 1;
    }
    if !doc.chain_intact {
        breaks = breaks.max(1);
    }
    ArchiveChain {
        records: doc.records.len(),
        breaks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{ExportedRecord, FORMAT};
    use chrono::{TimeZone, Utc};

    fn note(text: &str) -> Body {
        Body::new(
            Entry::Symptoms {
                scales: super::super::entry::Symptoms {
                    sleep: None,
                    anxiety: None,
                    pain: None,
                    flashbacks: None,
                    mood: None,
                },
                note: text.into(),
            },
            None,
        )
    }

    /// A document as a diary with these bodies would export it.
    fn doc(bodies: &[Body]) -> ExportedDiary {
        let mut prev = GENESIS;
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        let records = bodies
            .iter()
            .enumerate()
            .map(|(i, body)| {
                let seq = i as u64;
                let json = serde_json::to_vec(&Record {
                    seq,
                    at,
                    body: serde_json::to_string(body).unwrap(),
                })
                .unwrap();
                prev = chain::hash(&chain::link(&prev, &json));
                ExportedRecord {
                    seq,
                    at,
                    hash: hex(&prev),
                    body: body.clone(),
                    file: None,
                }
            })
            .collect();
        ExportedDiary {
            format: FORMAT.into(),
            version: 1,
            head: hex(&prev),
            chain_intact: true,
            records,
        }
    }

    #[test]
    fn an_intact_archive_chain_holds_and_any_change_breaks_it() {
        let d = doc(&[note("a"), note("b"), note("c")]);
        assert_eq!(
            check_chain(&d),
            ArchiveChain {
                records: 3,
                breaks: 0
            }
        );
        let mut edited = d.clone();
        edited.records[1].body = note("B");
        assert_eq!(check_chain(&edited).breaks, 1);
        let mut removed = d.clone();
        removed.records.remove(1);
        assert_eq!(check_chain(&removed).breaks, 1);
        let mut cut = d.clone();
        cut.records.pop();
        assert_eq!(check_chain(&cut).breaks, 1, "the head shows a cut end");
        let mut claimed = d;
        claimed.chain_intact = false;
        assert!(check_chain(&claimed).breaks >= 1);
    }

    #[test]
    fn records_already_there_or_twice_in_the_archive_are_not_added() {
        let d = doc(&[note("a"), note("b")]);
        let first = plan(&d, &[], &Known::new(), 10);
        assert_eq!((first.bodies.len(), first.skipped), (2, 0));
        assert_eq!(first.bodies[0].origin.as_ref().unwrap().seq, 0);
        let known: Known = first.identities.iter().copied().zip(10..).collect();
        let again = plan(&d, &[], &known, 12);
        assert_eq!((again.bodies.len(), again.skipped), (0, 2));
        let mut twice = d.clone();
        twice.records.push(d.records[0].clone());
        let p = plan(&twice, &[], &Known::new(), 0);
        assert_eq!((p.bodies.len(), p.skipped), (2, 1));
    }

    #[test]
    fn a_remembered_import_adds_nothing_the_second_time() {
        let d = doc(&[note("a"), note("b")]);
        let first = plan(&d, &[], &Known::new(), 3);
        assert_eq!(first.records_json().unwrap().len(), 2);
        let mut known = Known::new();
        first.remember(&mut known, [3, 4]);
        assert_eq!(
            known.values().copied().collect::<HashSet<u64>>(),
            [3, 4].into()
        );
        let again = plan(&d, &[], &known, 5);
        assert_eq!((again.bodies.len(), again.skipped), (0, 2));
    }

    #[test]
    fn hostile_numbers_in_the_archive_keep_its_order_and_edits_point_back() {
        let mut edit = note("edit of the second 7");
        edit.replaces = Some(7);
        let mut d = doc(&[note("first 7"), note("second 7"), edit]);
        d.records[0].seq = 7;
        d.records[1].seq = 7;
        d.records[2].seq = u64::MAX;
        let p = plan(&d, &[], &Known::new(), 40);
        let origins: Vec<u64> = p
            .bodies
            .iter()
            .map(|b| b.origin.as_ref().unwrap().seq)
            .collect();
        assert_eq!(origins, [7, 7, u64::MAX], "archive order, origins kept");
        assert_eq!(
            p.bodies[2].replaces,
            Some(41),
            "the latest record numbered 7"
        );
    }

    #[test]
    fn edits_point_to_new_numbers_and_never_forward() {
        let mut edit = note("a, edited");
        edit.replaces = Some(0);
        let mut forward = note("points ahead");
        forward.replaces = Some(7);
        let d = doc(&[note("a"), edit, forward]);
        let p = plan(&d, &[], &Known::new(), 100);
        assert_eq!(p.bodies[1].replaces, Some(100));
        assert_eq!(p.bodies[2].replaces, None);
    }

    #[test]
    fn hashes_are_parsed_strictly() {
        assert_eq!(parse_hash(&"ab".repeat(32)), Some([0xab; 32]));
        for bad in [
            "",
            "ab",
            &"zz".repeat(32),
            &"é".repeat(32),
            &"ab".repeat(33),
        ] {
            assert_eq!(parse_hash(bad), None, "{bad}");
        }
    }
}
