//! The entries of the unlocked diary: the list with search and filters,
//! and an opened entry with all its versions.
use chrono::NaiveDate;

use crate::diary::flow::OpenState;
use crate::diary::words::{diary_fields, diary_kind_label, diary_written};
use crate::i18n::Texts;
use een_diary::draft::Item;
use een_diary::entry::{Entry, EntryKind};

/// A kind with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct KindOption {
    /// The kind; `None` in the filter means "all kinds".
    pub kind: Option<EntryKind>,
    /// In words.
    pub label: String,
    /// Chosen (filter).
    pub selected: bool,
}

/// Search and filters (inside the unlocked diary only; nothing is stored).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FilterView {
    /// Label of the search field.
    pub search_label: String,
    /// What is typed.
    pub search: String,
    /// Label of the kind choice.
    pub kind_label: String,
    /// "All" and each kind: send `Event::DiaryFilterKind`.
    pub kinds: Vec<KindOption>,
    /// Label of the "from" date field.
    pub from_label: String,
    /// `YYYY-MM-DD` or empty.
    pub from: String,
    /// Label of the "to" date field.
    pub to_label: String,
    /// `YYYY-MM-DD` or empty.
    pub to: String,
    /// Clear all filters.
    pub clear_label: String,
}

/// One entry in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryCardView {
    /// Record number of its latest version: send with `Event::DiaryOpenEntry`.
    pub seq: u64,
    /// Kind.
    pub kind: EntryKind,
    /// Kind in words.
    pub kind_label: String,
    /// A short title (first words, the place, the platform, the file name).
    pub title: String,
    /// When it happened or was written, in words.
    pub when: String,
    /// "Edited (3 versions)", when it was edited.
    pub versions: Option<String>,
}

/// An opened entry with all its versions.
#[derive(Clone, Debug, PartialEq)]
pub struct DetailView {
    /// Record number of the latest version.
    pub seq: u64,
    /// Kind.
    pub kind: EntryKind,
    /// Heading.
    pub title: String,
    /// The latest version's fields.
    pub fields: Vec<FieldView>,
    /// "Written on … (set by the device, cannot be changed)".
    pub written: String,
    /// Heading of the version history.
    pub history_title: String,
    /// Earlier versions, newest first, each with its own fields.
    pub history: Vec<VersionView>,
    /// Button: edit (saves a new version, keeps this one).
    pub edit_label: String,
    /// Button: close.
    pub close_label: String,
    /// The takedown pointer, for online abuse.
    pub help_link: Option<LinkView>,
}

/// An earlier version.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionView {
    /// "Version 2, written on …".
    pub label: String,
    /// Its fields.
    pub fields: Vec<FieldView>,
}

/// A label and a value.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldView {
    /// Label.
    pub label: String,
    /// Value (may be several lines).
    pub value: String,
}

/// A link.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkView {
    /// Text before the link.
    pub text: String,
    /// Link text.
    pub label: String,
    /// Address (https).
    pub href: String,
}

/// Where to ask for online content to be taken down (domain.md: Helpwanted).
const HELPWANTED: &str = "https://www.helpwanted.nl";

fn title_of(t: &Texts, entry: &Entry) -> String {
    let first = |s: &str| -> String {
        let line = s.lines().next().unwrap_or("").trim();
        let short: String = line.chars().take(60).collect();
        if short.chars().count() < line.chars().count() {
            format!("{short}…")
        } else {
            short
        }
    };
    let text = match entry {
        Entry::Incident { what, place, .. } => {
            if what.trim().is_empty() {
                first(place)
            } else {
                first(what)
            }
        }
        Entry::Symptoms { scales, note } => {
            let answered = scales.values().iter().flatten().count();
            if note.trim().is_empty() {
                t.get_with("diary-checkin-title", &[("count", (answered).into())])
            } else {
                first(note)
            }
        }
        Entry::Evidence { name, .. } => first(name),
        Entry::OnlineAbuse { platform, what, .. } => {
            if platform.trim().is_empty() {
                first(what)
            } else {
                first(platform)
            }
        }
    };
    if text.is_empty() {
        diary_kind_label(t, entry.kind())
    } else {
        text
    }
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The latest version of every entry, filtered, newest first.
pub(super) fn shown<'a>(open: &'a OpenState, t: &Texts) -> Vec<&'a Item> {
    let needle = open.search.trim().to_lowercase();
    let (from, to) = (day(&open.from), day(&open.to));
    let mut out: Vec<&Item> = open
        .items
        .iter()
        .filter(|i| i.body.is_some() && !open.is_replaced(i.seq))
        .filter(|i| {
            let body = i.body.as_ref().map(|b| &b.entry);
            let kind_ok = open.kind.is_none() || body.map(Entry::kind) == open.kind;
            let d = i.local.date();
            let date_ok = from.is_none_or(|f| d >= f) && to.is_none_or(|e| d <= e);
            let text_ok = needle.is_empty()
                || body.is_some_and(|e| {
                    diary_fields(t, e)
                        .iter()
                        .any(|(_, v)| v.to_lowercase().contains(&needle))
                });
            kind_ok && date_ok && text_ok
        })
        .collect();
    out.reverse();
    out
}

pub(super) fn kind_options(
    t: &Texts,
    selected: Option<EntryKind>,
    with_all: bool,
) -> Vec<KindOption> {
    let all = with_all.then(|| KindOption {
        kind: None,
        label: t.get("diary-filter-all"),
        selected: selected.is_none(),
    });
    all.into_iter()
        .chain(EntryKind::ALL.iter().map(|&k| KindOption {
            kind: Some(k),
            label: diary_kind_label(t, k),
            selected: with_all && selected == Some(k),
        }))
        .collect()
}

/// How many entries there are (the latest version of each).
pub(super) fn total(open: &OpenState) -> usize {
    open.items
        .iter()
        .filter(|i| i.body.is_some() && !open.is_replaced(i.seq))
        .count()
}

/// The cards of the entries shown, at most `open.limit` (and at least one).
pub(super) fn cards(open: &OpenState, shown: &[&Item], t: &Texts) -> Vec<EntryCardView> {
    shown
        .iter()
        .take(open.limit.max(1))
        .map(|i| {
            let entry = &i.body.as_ref().expect("filtered").entry;
            let versions = open.versions(i.seq).len();
            EntryCardView {
                seq: i.seq,
                kind: entry.kind(),
                kind_label: diary_kind_label(t, entry.kind()),
                title: title_of(t, entry),
                when: t.date_time(i.local),
                versions: (versions > 1)
                    .then(|| t.get_with("diary-versions", &[("count", (versions).into())])),
            }
        })
        .collect()
}

/// The search field and the filters, as the user left them.
pub(super) fn filter_view(open: &OpenState, t: &Texts) -> FilterView {
    FilterView {
        search_label: t.get("diary-search"),
        search: open.search.clone(),
        kind_label: t.get("diary-filter-kind"),
        kinds: kind_options(t, open.kind, true),
        from_label: t.get("diary-filter-from"),
        from: open.from.clone(),
        to_label: t.get("diary-filter-to"),
        to: open.to.clone(),
        clear_label: t.get("diary-filter-clear"),
    }
}

pub(super) fn detail(open: &OpenState, seq: u64, t: &Texts) -> Option<DetailView> {
    let versions = open.versions(seq);
    let latest = versions.first()?;
    let entry = &latest.body.as_ref()?.entry;
    let kind = entry.kind();
    let count = versions.len();
    let history = versions
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, v)| {
            let e = &v.body.as_ref()?.entry;
            Some(VersionView {
                label: t.get_with(
                    "diary-version",
                    &[
                        ("number", (count - i).into()),
                        ("when", t.date_time(v.local).into()),
                    ],
                ),
                fields: fields_view(t, e),
            })
        })
        .collect();
    Some(DetailView {
        seq,
        kind,
        title: title_of(t, entry),
        fields: fields_view(t, entry),
        written: diary_written(t, latest),
        history_title: t.get("diary-history"),
        history,
        edit_label: t.get("diary-edit"),
        close_label: t.get("diary-close"),
        help_link: (kind == EntryKind::OnlineAbuse).then(|| help_link(t)),
    })
}

fn fields_view(t: &Texts, e: &Entry) -> Vec<FieldView> {
    diary_fields(t, e)
        .into_iter()
        .map(|(label, value)| FieldView { label, value })
        .collect()
}

pub(super) fn help_link(t: &Texts) -> LinkView {
    LinkView {
        text: t.get("diary-helpwanted-text"),
        label: t.get("diary-helpwanted-link"),
        href: HELPWANTED.into(),
    }
}
