//! The diary in the app: hands events to [`flow::update`] and fills export
//! jobs with what only the pure core can make, in the user's language: the
//! printable report and `entries.json`. Import reads `entries.json` back.
use std::fmt::Write as _;

use super::flow::{self, DiaryEffect, DiaryEvent, DiaryState, OpenState};
use crate::event::Effect;
use crate::i18n::Texts;
use crate::model::Model;
use crate::time::Now;
use een_diary::draft::Item;
use een_diary::entry::Entry;
use een_diary::format::{archive_name, ExportedDiary, ExportedRecord, FORMAT};
use een_diary::hex::hex;

/// Applies a diary event to the model, at `now`.
pub fn update(model: &mut Model, event: DiaryEvent, now: Now) -> Vec<Effect> {
    let effects = flow::update(&mut model.diary, event, now);
    let texts = model.content.localizer.texts(&model.language_preferences());
    effects
        .into_iter()
        .map(|effect| match effect {
            DiaryEffect::Export(mut job) => {
                if let DiaryState::Open(open) = &model.diary {
                    fill(&mut job, open, &texts, now);
                }
                Effect::Diary(DiaryEffect::Export(job))
            }
            other => Effect::Diary(other),
        })
        .collect()
}

fn fill(job: &mut flow::ExportJob, open: &OpenState, t: &Texts, now: Now) {
    let day = now.today();
    job.report_html = report(open, t);
    match job.archive.as_mut() {
        None => job.file_name = format!("diary-report-{day}.html"),
        Some(archive) => {
            job.file_name = format!("diary-{day}.tar.age");
            archive.files = files(open);
            archive.entries_json = entries_json(open);
        }
    }
}

/// The evidence files: blob id, name in the archive, size.
fn files(open: &OpenState) -> Vec<(String, String, u64)> {
    open.items
        .iter()
        .filter_map(|i| match i.body.as_ref().map(|b| &b.entry) {
            Some(Entry::Evidence {
                name, size, blob, ..
            }) if !blob.is_empty() => Some((blob.clone(), archive_name(i.seq, name), *size)),
            _ => None,
        })
        .collect()
}

fn entries_json(open: &OpenState) -> String {
    let doc = ExportedDiary {
        format: FORMAT.into(),
        version: 1,
        head: hex(&open.head),
        chain_intact: open.breaks.is_empty(),
        records: open
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
pub fn report(open: &OpenState, t: &Texts) -> String {
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
    let verification = if open.breaks.is_empty() {
        t.get_with(
            "diary-report-chain-ok",
            &[
                ("count", (open.items.len()).into()),
                ("head", hex(&open.head).into()),
            ],
        )
    } else {
        t.get_with(
            "diary-report-chain-broken",
            &[("count", (open.breaks.len()).into())],
        )
    };
    let _ = write!(
        html,
        "<p id='verification'><strong>{}</strong></p><p>{}</p>",
        esc(&verification),
        esc(&t.get("diary-honesty"))
    );
    for item in &open.items {
        html.push_str(&record_html(open, item, t));
    }
    html.push_str("</body></html>");
    html
}

fn record_html(open: &OpenState, item: &Item, t: &Texts) -> String {
    let mut out = String::new();
    let replaced = open.is_replaced(item.seq);
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
