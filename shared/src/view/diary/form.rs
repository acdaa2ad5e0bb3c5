//! The form for a new entry or a new version of one: its fields by kind,
//! with labels and the starting values of the version it replaces.
use super::entries::{help_link, LinkView};
use super::errors::draft_problem;
use super::transfer::percent;
use crate::diary::flow::{Editor, OpenState};
use crate::diary::words::diary_kind_label;
use crate::i18n::Texts;
use een_diary::draft::Precision;
use een_diary::entry::{Entry, EntryKind, Symptom, When};

/// The form for a new entry or a new version.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorView {
    /// Kind.
    pub kind: EntryKind,
    /// Heading.
    pub title: String,
    /// Record number of the version it replaces (an edit).
    pub replaces: Option<u64>,
    /// The fields.
    pub form: FormView,
    /// Save.
    pub save_label: String,
    /// Cancel.
    pub cancel_label: String,
    /// Saving: disable the form.
    pub busy: bool,
    /// What is wrong, in words.
    pub error: Option<String>,
    /// Bumped on every open, so the shell resets its fields.
    pub generation: u64,
}

/// The fields of one kind of form, with labels and starting values.
#[derive(Clone, Debug, PartialEq)]
pub enum FormView {
    /// The incident form.
    Incident(IncidentForm),
    /// The check-in form.
    Symptoms(SymptomsForm),
    /// Picking a file (new) or changing its note (edit).
    Evidence(EvidenceForm),
    /// The online-abuse form.
    OnlineAbuse(OnlineAbuseForm),
}

/// A text field.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TextField {
    /// Label.
    pub label: String,
    /// Starting value.
    pub value: String,
    /// Many lines.
    pub multiline: bool,
}

/// A choice among a few options.
#[derive(Clone, Debug, PartialEq)]
pub struct PrecisionOption {
    /// Which.
    pub precision: een_diary::draft::Precision,
    /// In words.
    pub label: String,
    /// Chosen at the start.
    pub selected: bool,
}

/// The incident form.
#[derive(Clone, Debug, PartialEq)]
pub struct IncidentForm {
    /// Label of "when".
    pub when_label: String,
    /// Exact, approximately, unknown.
    pub precisions: Vec<PrecisionOption>,
    /// Date (input type date).
    pub date: TextField,
    /// Time (input type time).
    pub time: TextField,
    /// Approximately, in words.
    pub words: TextField,
    /// Where.
    pub place: TextField,
    /// What happened.
    pub what: TextField,
    /// People involved.
    pub people: TextField,
    /// Witnesses.
    pub witnesses: TextField,
}

/// One 0-10 scale.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleField {
    /// [`een_diary::entry::Symptom::id`].
    pub id: &'static str,
    /// Label.
    pub label: String,
    /// What 0 means.
    pub low: String,
    /// What 10 means.
    pub high: String,
    /// Starting value (`None`: not answered).
    pub value: Option<u8>,
}

/// The check-in form.
#[derive(Clone, Debug, PartialEq)]
pub struct SymptomsForm {
    /// The five scales.
    pub scales: Vec<ScaleField>,
    /// "Not answered" for a scale.
    pub skip_label: String,
    /// A note.
    pub note: TextField,
}

/// The evidence form.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceForm {
    /// Label of the file picker (absent when editing: the file stays).
    pub file_label: Option<String>,
    /// Label of the camera picker on phones (absent when editing).
    pub camera_label: Option<String>,
    /// Where the file goes: sealed in the diary, never in the gallery.
    pub file_note: String,
    /// What it shows.
    pub note: TextField,
    /// Sealing a large file: progress text.
    pub progress: Option<String>,
}

/// The online-abuse form.
#[derive(Clone, Debug, PartialEq)]
pub struct OnlineAbuseForm {
    /// Platform.
    pub platform: TextField,
    /// Accounts.
    pub accounts: TextField,
    /// Links, one per line.
    pub urls: TextField,
    /// What was shared.
    pub what: TextField,
    /// Screenshots are saved as evidence entries: this says how.
    pub screenshots_note: String,
    /// Where to ask for removal (Helpwanted).
    pub help_link: LinkView,
}

fn field(t: &Texts, id: &str, value: &str, multiline: bool) -> TextField {
    TextField {
        label: t.get(id),
        value: value.to_string(),
        multiline,
    }
}

pub(super) fn editor(open: &OpenState, e: &Editor, t: &Texts, mobile: bool) -> EditorView {
    let previous = e
        .replaces
        .and_then(|s| open.item(s))
        .and_then(|i| i.body.as_ref())
        .map(|b| &b.entry);
    let form = match e.kind {
        EntryKind::Incident => FormView::Incident(incident_form(t, previous)),
        EntryKind::Symptoms => {
            let (values, note) = match previous {
                Some(Entry::Symptoms { scales, note }) => (scales.values(), note.as_str()),
                _ => ([None; 5], ""),
            };
            FormView::Symptoms(SymptomsForm {
                scales: Symptom::ALL
                    .iter()
                    .map(|s| s.id())
                    .zip(values)
                    .map(|(id, value)| ScaleField {
                        id,
                        label: t.get(&format!("diary-scale-{id}")),
                        low: t.get(&format!("diary-scale-{id}-low")),
                        high: t.get(&format!("diary-scale-{id}-high")),
                        value,
                    })
                    .collect(),
                skip_label: t.get("diary-scale-skip"),
                note: field(t, "diary-field-note", note, true),
            })
        }
        EntryKind::Evidence => {
            let note = match previous {
                Some(Entry::Evidence { note, .. }) => note.as_str(),
                _ => "",
            };
            FormView::Evidence(EvidenceForm {
                file_label: previous.is_none().then(|| t.get("diary-field-pick")),
                // Phones only: desktops would just show a second file picker.
                camera_label: (previous.is_none() && mobile).then(|| t.get("diary-field-camera")),
                file_note: t.get("diary-file-note"),
                note: field(t, "diary-field-note", note, true),
                progress: e.progress.map(|(done, total)| {
                    t.get_with("diary-sealing", &[("percent", percent(done, total).into())])
                }),
            })
        }
        EntryKind::OnlineAbuse => {
            let (platform, accounts, urls, what) = match previous {
                Some(Entry::OnlineAbuse {
                    platform,
                    accounts,
                    urls,
                    what,
                }) => (
                    platform.as_str(),
                    accounts.as_str(),
                    urls.join("\n"),
                    what.as_str(),
                ),
                _ => ("", "", String::new(), ""),
            };
            FormView::OnlineAbuse(OnlineAbuseForm {
                platform: field(t, "diary-field-platform", platform, false),
                accounts: field(t, "diary-field-accounts", accounts, true),
                urls: field(t, "diary-field-urls-input", &urls, true),
                what: field(t, "diary-field-shared", what, true),
                screenshots_note: t.get("diary-screenshots-note"),
                help_link: help_link(t),
            })
        }
    };
    EditorView {
        kind: e.kind,
        title: if e.replaces.is_some() {
            t.get("diary-edit-title")
        } else {
            diary_kind_label(t, e.kind)
        },
        replaces: e.replaces,
        form,
        save_label: t.get("diary-save"),
        cancel_label: t.get("diary-cancel"),
        busy: e.busy,
        error: e.problem.map(|p| draft_problem(t, p)),
        generation: open.generation,
    }
}

fn incident_form(t: &Texts, previous: Option<&Entry>) -> IncidentForm {
    let (precision, date, time, words, place, what, people, witnesses) = match previous {
        Some(Entry::Incident {
            when,
            place,
            what,
            people,
            witnesses,
        }) => {
            let (p, d, tm, w) = match when {
                When::Exact { at } => (
                    Precision::Exact,
                    at.date().to_string(),
                    at.format("%H:%M").to_string(),
                    String::new(),
                ),
                When::Approximately { day, words } => (
                    Precision::Approximately,
                    day.map(|d| d.to_string()).unwrap_or_default(),
                    String::new(),
                    words.clone(),
                ),
                When::Unknown => (
                    Precision::Unknown,
                    String::new(),
                    String::new(),
                    String::new(),
                ),
            };
            (
                p,
                d,
                tm,
                w,
                place.as_str(),
                what.as_str(),
                people.as_str(),
                witnesses.as_str(),
            )
        }
        _ => (
            Precision::Unknown,
            String::new(),
            String::new(),
            String::new(),
            "",
            "",
            "",
            "",
        ),
    };
    IncidentForm {
        when_label: t.get("diary-field-when"),
        precisions: [
            (Precision::Exact, "diary-when-exact"),
            (Precision::Approximately, "diary-when-approximately"),
            (Precision::Unknown, "diary-when-unknown"),
        ]
        .into_iter()
        .map(|(p, id)| PrecisionOption {
            precision: p,
            label: t.get(id),
            selected: p == precision,
        })
        .collect(),
        date: field(t, "diary-field-date", &date, false),
        time: field(t, "diary-field-time", &time, false),
        words: field(t, "diary-field-words", &words, false),
        place: field(t, "diary-field-place", place, false),
        what: field(t, "diary-field-what", what, true),
        people: field(t, "diary-field-people", people, true),
        witnesses: field(t, "diary-field-witnesses", witnesses, true),
    }
}
