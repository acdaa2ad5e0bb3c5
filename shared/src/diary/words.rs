//! A diary entry in the reader's words: its kind, when it was written, and
//! its fields, labelled. The diary screen and the printable report both
//! show entries this way.
use een_diary::draft::Item;
use een_diary::entry::{Entry, EntryKind, When};
use een_diary::fields::Field;

use crate::i18n::Texts;

/// The kind in words.
pub fn diary_kind_label(t: &Texts, kind: EntryKind) -> String {
    t.get(&format!("diary-kind-{}", kind.id()))
}

/// "Written on 29 November 2026, 14:05 (set by the device)", in the
/// reader's language.
pub fn diary_written(t: &Texts, item: &Item) -> String {
    let when = t.date_time(item.local);
    match item.body.as_ref().and_then(|b| b.origin.as_ref()) {
        Some(origin) => t.get_with(
            "diary-written-imported",
            &[
                ("when", when.into()),
                ("original", t.date_time_utc(origin.at).into()),
            ],
        ),
        None => t.get_with("diary-written", &[("when", when.into())]),
    }
}

fn when_text(t: &Texts, when: &When) -> String {
    match when {
        When::Exact { at } => t.date_time(*at),
        When::Approximately { day, words } => {
            let mut parts = vec![match day {
                Some(d) => t.get_with("diary-when-around", &[("day", t.date(*d).into())]),
                None => t.get("diary-when-approximately"),
            }];
            if !words.is_empty() {
                parts.push(words.clone());
            }
            parts.join(" · ")
        }
        When::Unknown => t.get("diary-when-unknown"),
    }
}

fn size_text(t: &Texts, size: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let mb = size as f64 / 1_048_576.0;
    if size < 1024 * 100 {
        t.get_with("diary-size-kb", &[("kb", (size.div_ceil(1024)).into())])
    } else {
        t.get_with("diary-size-mb", &[("mb", t.decimal(mb, 1).into())])
    }
}

/// An entry's fields, labelled (empty ones left out).
pub fn diary_fields(t: &Texts, entry: &Entry) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |id: &str, value: String| {
        if !value.trim().is_empty() {
            out.push((t.get(id), value));
        }
    };
    for field in entry.fields() {
        match field {
            Field::When(when) => add("diary-field-when", when_text(t, when)),
            Field::Text { name, value, .. } => {
                add(&format!("diary-field-{name}"), value.to_string());
            }
            Field::Scale {
                symptom,
                value: Some(v),
            } => add(&format!("diary-scale-{}", symptom.id()), t.score(v, 10)),
            Field::Scale { value: None, .. } => {}
            Field::File { name, size } => add(
                "diary-field-file",
                format!("{name} ({})", size_text(t, size)),
            ),
            Field::Urls(urls) => add("diary-field-urls", urls.join("\n")),
        }
    }
    out
}
