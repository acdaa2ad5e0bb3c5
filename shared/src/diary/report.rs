//! What an export writes, in the user's language: the printable report
//! and `entries.json`, and the evidence files to add, all from a
//! [`Snapshot`] of the open diary. The runtime calls these when it performs
//! the export, so the update path only decides what to export.
use std::fmt::Write as _;

use super::flow::Snapshot;
use crate::i18n::Texts;
use een_diary::draft::Item;
use een_diary::entry::Entry;
use een_diary::format::{archive_name, ExportedDiary, ExportedRecord, FORMAT};
use een_diary::hex::hex;

/// The evidence files: blob id, name in the archive, size.
pub fn files(diary: &Snapshot) -> Vec<(String, String, u64)> {
    diary
        .items
        .iter()
        .filter_map(|i| match i.body.as_ref().map(|b| &b.entry) {
            Some(Entry::Evidence {
                name, size, blob, ..
            }) if !blob.is_empty() => Some((blob.clone(), archive_name(i.seq, name), *size)),
            _ => None,
        })
        .collect()
}

/// Every record as `entries.json` (the archive's index, which an import reads back).
pub fn entries_json(diary: &Snapshot) -> String {
    let doc = ExportedDiary {
        format: FORMAT.into(),
        version: 1,
        head: hex(&diary.head),
        chain_intact: diary.breaks == 0,
        records: diary
            .items
            .iter()
            .filter_map(|i| {
                let body = i.body.clone()?;
                let file = match &body.entry {
                    Entry::Evidence { name, .. } => Some(archive_name(i.seq, name)),
                    _ => None,
                };
                Some(ExportedRecord {
                    seq: i.seq,
                    at: i.at,
                    hash: hex(&i.hash),
                    body,
                    file,
                })
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{22}' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The printable report: every record in the order written, each with its
/// time, the version it replaces, its fields and its hash, and a line on
/// whether the chain verified. Self-contained HTML (no scripts, no links
/// out), so it prints or saves as PDF anywhere.
pub fn report(diary: &Snapshot, t: &Texts) -> String {
    let mut html = String::new();
    let title = t.get("diary-report-title");
    let _ = write!(html,
        "<!doctype html><html lang='{}' dir='{}'><head><meta charset='utf-8'><title>{}</title>\
         <style>body{{font:14px/1.45 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}}\
         article{{border-top:1px solid #999;padding:.5rem 0;break-inside:avoid}}dt{{font-weight:600}}\
         dd{{margin:0 0 .4rem 0;white-space:pre-wrap}}code{{font-size:11px;word-break:break-all}}\
         .replaced{{color:#555}}</style></head><body>",
        esc(&t.lang()),
        if t.direction() == crate::i18n::Direction::Rtl { "rtl" } else { "ltr" },
        esc(&title)
    );
    let _ = write!(html, "<h1>{}</h1>", esc(&title));
    let verification = if diary.breaks == 0 {
        t.get_with(
            "diary-report-chain-ok",
            &[
                ("count", diary.items.len().into()),
                ("head", hex(&diary.head).into()),
            ],
        )
    } else {
        t.get_with(
            "diary-report-chain-broken",
            &[("count", diary.breaks.into())],
        )
    };
    let _ = write!(
        html,
        "<p id='verification'><strong>{}</strong></p><p>{}</p>",
        esc(&verification),
        esc(&t.get("diary-honesty"))
    );
    for item in &diary.items {
        html.push_str(&record_html(diary, item, t));
    }
    html.push_str("</body></html>");
    html
}

fn record_html(diary: &Snapshot, item: &Item, t: &Texts) -> String {
    let mut out = String::new();
    let replaced = diary.is_replaced(item.seq);
    let _ = write!(
        out,
        "<article{}><h2>#{} · {}</h2><p>{}</p>",
        if replaced { " class='replaced'" } else { "" },
        item.seq,
        esc(&item.body.as_ref().map_or_else(
            || t.get("diary-unreadable"),
            |b| crate::diary::words::diary_kind_label(t, b.entry.kind())
        )),
        esc(&crate::diary::words::diary_written(t, item)),
    );
    if let Some(body) = &item.body {
        if let Some(old) = body.replaces {
            let _ = write!(
                out,
                "<p>{}</p>",
                esc(&t.get_with("diary-replaces", &[("seq", (old).into())]))
            );
        }
        if replaced {
            let _ = write!(out, "<p>{}</p>", esc(&t.get("diary-replaced")));
        }
        out.push_str("<dl>");
        for (label, value) in crate::diary::words::diary_fields(t, &body.entry) {
            let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value));
        }
        out.push_str("</dl>");
    }
    let _ = write!(
        out,
        "<p><small>SHA-256</small> <code>{}</code></p></article>",
        hex(&item.hash)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::flow_tests::{entry_item, evidence, incident, item};
    use crate::i18n::Localizer;
    use een_diary::draft::Body;
    use een_diary::format::parse_entries;

    /// Three records: an incident, a photo, and a new version of the incident.
    fn diary() -> Snapshot {
        Snapshot {
            items: vec![
                entry_item(0, incident("<script>alert(1)</script>")),
                entry_item(1, evidence("")),
                item(2, Some(Body::new(incident("later words"), Some(0)))),
            ],
            head: [9; 32],
            breaks: 0,
            replaced: [0].into_iter().collect(),
        }
    }

    fn texts() -> Texts {
        Localizer::embedded().texts(&["en".to_string()])
    }

    #[test]
    fn the_report_holds_every_record_as_text_never_markup() {
        let html = report(&diary(), &texts());
        assert!(html.starts_with("<!doctype html><html lang='en' dir='ltr'>"));
        assert_eq!(html.matches("<article").count(), 3);
        assert_eq!(html.matches("class='replaced'").count(), 1);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script"));
        assert!(html.contains("later words"));
        assert!(html.contains(&hex(&[9; 32])), "the chain's head");
        assert!(!html.contains("<a "), "no links out");
    }

    #[test]
    fn a_broken_chain_is_said_in_the_report() {
        let intact = report(&diary(), &texts());
        let broken = report(
            &Snapshot {
                breaks: 1,
                ..diary()
            },
            &texts(),
        );
        assert_ne!(intact, broken);
        assert!(!broken.contains(&hex(&[9; 32])), "no head is vouched for");
    }

    #[test]
    fn entries_json_reads_back_with_every_record_and_its_file() {
        let doc = parse_entries(entries_json(&diary()).as_bytes()).unwrap();
        assert_eq!(doc.head, hex(&[9; 32]));
        assert!(doc.chain_intact);
        let seqs: Vec<u64> = doc.records.iter().map(|r| r.seq).collect();
        assert_eq!(seqs, [0, 1, 2]);
        assert_eq!(doc.records[1].file, Some(archive_name(1, "photo.jpg")));
        assert_eq!(doc.records[0].file, None);
        let broken = Snapshot {
            breaks: 2,
            ..diary()
        };
        assert!(
            !parse_entries(entries_json(&broken).as_bytes())
                .unwrap()
                .chain_intact
        );
    }

    #[test]
    fn only_evidence_with_a_stored_file_goes_into_the_archive() {
        let mut diary = diary();
        let mut unstored = evidence("");
        if let Entry::Evidence { blob, .. } = &mut unstored {
            blob.clear();
        }
        diary.items.push(entry_item(3, unstored));
        assert_eq!(
            files(&diary),
            vec![("b10b".to_string(), archive_name(1, "photo.jpg"), 3)]
        );
    }
}
