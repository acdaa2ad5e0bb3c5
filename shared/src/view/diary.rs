//! The diary screens, from [`DiaryState`]: create, unlock, the list with
//! search and filters, forms, an entry with its versions, the check-in
//! chart, export and import. Every text in the user's language.
use chrono::NaiveDate;

use super::diary_types::{
    ChainView, ChangeView, ChartView, CreateView, DetailView, DiaryStateView, DiaryView,
    DuressView, EditorView, EntryCardView, EntryKind, EvidenceForm, ExportResult, FieldView,
    FilterView, FormView, IncidentForm, KindOption, LinkView, OnlineAbuseForm, OpenView,
    PrecisionOption, ProgressView, ScaleField, SeriesView, SymptomsForm, TextField, TransferView,
    UnlockView, VersionView, WipeView,
};
use crate::diary::flow::{
    CreateProblem, DiaryState, Editor, Exported, Notice, OpenState, TransferError, TransferFailure,
};
use crate::diary::words::{diary_fields, diary_kind_label, diary_written};
use crate::i18n::Texts;
use crate::model::Model;
use een_diary::draft::{Item, Precision};
use een_diary::entry::{Entry, Symptom, When};
use een_diary::vault::VaultError;

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

/// Builds the diary screen.
pub(super) fn diary(model: &Model, t: &Texts) -> DiaryView {
    let state = match &model.diary {
        DiaryState::Unknown => DiaryStateView::Loading,
        DiaryState::Unavailable(kind) => DiaryStateView::Unavailable {
            message: t.get(kind.message_id()),
        },
        DiaryState::Absent {
            busy,
            problem,
            failed,
        } => DiaryStateView::Create(CreateView {
            intro: t.get("diary-create-intro"),
            passphrase_label: t.get("diary-passphrase"),
            repeat_label: t.get("diary-passphrase-repeat"),
            hint: t.get_with(
                "diary-passphrase-hint",
                &[("min", (crate::diary::flow::MIN_PASSPHRASE).into())],
            ),
            warning: t.get("diary-no-recovery"),
            understood_label: t.get("diary-understood"),
            submit: t.get("diary-create"),
            busy: *busy,
            busy_text: t.get("diary-creating"),
            error: problem
                .map(|p| create_problem(t, p))
                .or_else(|| failed.as_ref().map(|e| vault_error(t, e))),
        }),
        DiaryState::Locked { busy, failed } => DiaryStateView::Locked(UnlockView {
            intro: t.get("diary-locked-intro"),
            passphrase_label: t.get("diary-passphrase"),
            submit: t.get("diary-unlock"),
            busy: *busy,
            busy_text: t.get("diary-unlocking"),
            error: failed.as_ref().map(|e| vault_error(t, e)),
            forgot: t.get("diary-forgot"),
            wipe_label: t.get("diary-wipe"),
        }),
        DiaryState::ConfirmWipe => DiaryStateView::ConfirmWipe(WipeView {
            text: t.get("diary-wipe-text"),
            confirm_label: t.get("diary-wipe-confirm"),
            cancel_label: t.get("diary-wipe-cancel"),
        }),
        DiaryState::Wiping => DiaryStateView::Wiping {
            text: t.get("diary-wiping"),
        },
        DiaryState::Open(open) => DiaryStateView::Open(Box::new(open_view(
            open,
            t,
            model.config.platform == crate::model::Platform::Mobile,
            model.config.can_hand_over,
        ))),
    };
    DiaryView {
        title: t.get("diary-title"),
        honesty: t.get("diary-honesty"),
        auto_lock_seconds: matches!(model.diary, DiaryState::Open(_))
            .then(|| u32::from(model.settings.auto_lock()) * 60),
        state,
    }
}

fn create_problem(t: &Texts, p: CreateProblem) -> String {
    match p {
        CreateProblem::TooShort => t.get_with(
            "diary-error-short",
            &[("min", (crate::diary::flow::MIN_PASSPHRASE).into())],
        ),
        CreateProblem::Mismatch => t.get("diary-error-mismatch"),
        CreateProblem::NotUnderstood => t.get("diary-error-understood"),
    }
}

fn seconds(d: std::time::Duration) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let s = d.as_secs() as f64;
    s.max(1.0)
}

fn vault_error(t: &Texts, e: &VaultError) -> String {
    match e {
        VaultError::WrongPassphrase { wait } if wait.is_zero() => t.get("diary-error-wrong"),
        VaultError::WrongPassphrase { wait } => t.get_with(
            "diary-error-wrong-wait",
            &[("seconds", seconds(*wait).into())],
        ),
        VaultError::TooSoon { wait } => {
            t.get_with("diary-error-wait", &[("seconds", seconds(*wait).into())])
        }
        VaultError::State => t.get("diary-error-state"),
        VaultError::TooMuchWork { required } => {
            t.get_with("diary-error-key-too-costly", &work_args(*required))
        }
        _ => t.get("diary-error-damaged"),
    }
}

/// The media type of an export, by the name the core gave it.
fn export_mime(path: &std::path::Path) -> &'static str {
    if path.extension().is_some_and(|e| e == "html") {
        "text/html"
    } else {
        "application/octet-stream"
    }
}

/// `needed` and `allowed`, in MiB, for a work factor over the budget.
fn work_args(required: u8) -> [(&'static str, fluent_bundle::FluentValue<'static>); 2] {
    use een_diary::budget;
    #[allow(clippy::cast_precision_loss)] // at most a few thousand
    let mib = |n: u8| budget::mib_for(n).min(1 << 40) as f64;
    [
        ("needed", mib(required).into()),
        ("allowed", mib(budget::max_work_factor()).into()),
    ]
}

fn transfer_error(t: &Texts, e: &TransferError) -> String {
    if let TransferError::TooMuchWork { required } = e {
        return t.get_with("diary-import-too-costly", &work_args(*required));
    }
    t.get(match e {
        TransferError::WrongPassphrase => "diary-import-wrong",
        TransferError::NotAnArchive => "diary-import-foreign",
        TransferError::Damaged => "diary-import-damaged",
        TransferError::BadRecipient => "diary-export-bad-key",
        TransferError::TooLarge => "diary-import-too-large",
        TransferError::Locked => "diary-error-state",
        _ => "diary-transfer-failed",
    })
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The latest version of every entry, filtered, newest first.
fn shown<'a>(open: &'a OpenState, t: &Texts) -> Vec<&'a Item> {
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

fn kind_options(t: &Texts, selected: Option<EntryKind>, with_all: bool) -> Vec<KindOption> {
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

fn open_view(open: &OpenState, t: &Texts, mobile: bool, hand_over: bool) -> OpenView {
    let shown = shown(open, t);
    let total = open
        .items
        .iter()
        .filter(|i| i.body.is_some() && !open.is_replaced(i.seq))
        .count();
    let entries = shown
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
        .collect();
    let chain = if open.breaks.is_empty() {
        ChainView {
            ok: true,
            text: t.get_with("diary-chain-ok", &[("count", (open.items.len()).into())]),
        }
    } else {
        ChainView {
            ok: false,
            text: t.get_with(
                "diary-chain-broken",
                &[("count", (open.breaks.len()).into())],
            ),
        }
    };
    OpenView {
        lock_label: t.get("diary-lock"),
        duress: duress_form(open, t),
        change: change_form(open, t),
        wipe_label: t.get("diary-wipe"),
        chain,
        new_title: t.get("diary-new"),
        new_entries: kind_options(t, None, false),
        filter: FilterView {
            search_label: t.get("diary-search"),
            search: open.search.clone(),
            kind_label: t.get("diary-filter-kind"),
            kinds: kind_options(t, open.kind, true),
            from_label: t.get("diary-filter-from"),
            from: open.from.clone(),
            to_label: t.get("diary-filter-to"),
            to: open.to.clone(),
            clear_label: t.get("diary-filter-clear"),
        },
        count_text: if total == 0 {
            t.get("diary-empty")
        } else {
            t.get_with(
                "diary-count",
                &[("shown", (shown.len()).into()), ("total", (total).into())],
            )
        },
        more_label: (shown.len() > open.limit.max(1)).then(|| t.get("diary-more")),
        chart: chart(&shown, t),
        entries,
        editor: open.editor.as_ref().map(|e| editor(open, e, t, mobile)),
        detail: open
            .selected
            .filter(|_| open.editor.is_none())
            .and_then(|s| detail(open, s, t)),
        transfer: transfer(open, t, hand_over),
        notice: open.notice.as_ref().map(|n| notice(t, n)),
    }
}

/// The second passphrase's form.
fn duress_form(open: &OpenState, t: &Texts) -> DuressView {
    DuressView {
        title: t.get("diary-duress-title"),
        text: t.get("diary-duress-text"),
        passphrase_label: t.get("diary-duress-passphrase"),
        repeat_label: t.get("diary-passphrase-repeat"),
        save_label: t.get("diary-duress-save"),
        busy: open.notice == Some(Notice::DuressBusy),
    }
}

/// The form that changes the passphrase.
fn change_form(open: &OpenState, t: &Texts) -> ChangeView {
    ChangeView {
        title: t.get("diary-change-title"),
        text: t.get("diary-change-text"),
        current_label: t.get("diary-change-current"),
        new_label: t.get("diary-change-new"),
        repeat_label: t.get("diary-passphrase-repeat"),
        save_label: t.get("diary-change-save"),
        busy: open.notice == Some(Notice::ChangeBusy),
    }
}

/// A notice of the open diary, in words.
fn notice(t: &Texts, n: &Notice) -> String {
    match n {
        Notice::Saved => t.get("diary-saved"),
        Notice::SaveFailed(e) => {
            t.get_with("diary-save-failed", &[("reason", vault_error(t, e).into())])
        }
        Notice::DuressBusy => t.get("diary-duress-busy"),
        Notice::DuressSet => t.get("diary-duress-set"),
        Notice::DuressRefused(p) | Notice::ChangeRefused(p) => create_problem(t, *p),
        Notice::DuressSame => t.get("diary-duress-same"),
        Notice::DuressFailed(e) | Notice::ChangeFailed(e) => vault_error(t, e),
        Notice::ChangeBusy => t.get("diary-change-busy"),
        Notice::Changed => t.get("diary-change-done"),
        Notice::ChangeWrong => t.get("diary-change-wrong"),
        Notice::ChangeSame => t.get("diary-change-same"),
    }
}

fn detail(open: &OpenState, seq: u64, t: &Texts) -> Option<DetailView> {
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

fn help_link(t: &Texts) -> LinkView {
    LinkView {
        text: t.get("diary-helpwanted-text"),
        label: t.get("diary-helpwanted-link"),
        href: HELPWANTED.into(),
    }
}

fn field(t: &Texts, id: &str, value: &str, multiline: bool) -> TextField {
    TextField {
        label: t.get(id),
        value: value.to_string(),
        multiline,
    }
}

fn editor(open: &OpenState, e: &Editor, t: &Texts, mobile: bool) -> EditorView {
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

fn draft_problem(t: &Texts, p: een_diary::draft::DraftError) -> String {
    use een_diary::draft::DraftError as D;
    use een_diary::entry::EntryError as E;
    t.get(match p {
        D::Entry(E::Empty) => "diary-error-empty",
        D::Entry(E::TooLong) => "diary-error-too-long",
        D::Entry(E::OutOfScale) => "diary-error-scale",
        D::Entry(E::BadUrl) => "diary-error-url",
        D::BadDate => "diary-error-date",
        D::MissingDate => "diary-error-no-date",
        D::FutureDate => "diary-error-future",
    })
}

fn percent(done: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        #[allow(clippy::cast_precision_loss)]
        let p = (done.min(total) as f64 * 100.0 / total as f64).floor();
        p
    }
}

fn transfer(open: &OpenState, t: &Texts, hand_over: bool) -> TransferView {
    let tr = &open.transfer;
    TransferView {
        title: t.get("diary-transfer-title"),
        warning: t.get("diary-export-warning"),
        report_label: t.get("diary-export-report"),
        archive_title: t.get("diary-archive-title"),
        to_passphrase_label: t.get("diary-archive-to-passphrase"),
        to_recipient_label: t.get("diary-archive-to-key"),
        recipient_label: t.get("diary-archive-key"),
        archive_passphrase_label: t.get("diary-passphrase"),
        archive_repeat_label: t.get("diary-passphrase-repeat"),
        archive_label: t.get("diary-archive-make"),
        import_title: t.get("diary-import-title"),
        import_text: t.get("diary-import-text"),
        import_file_label: t.get("diary-import-file"),
        import_passphrase_label: t.get("diary-import-passphrase"),
        import_label: t.get("diary-import"),
        progress: tr.running.map(|(done, total)| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let p = percent(done, total) as u8;
            ProgressView {
                percent: p,
                text: t.get_with("diary-progress", &[("percent", f64::from(p).into())]),
            }
        }),
        result: tr.done.as_ref().map(|d| match d {
            Exported::Bytes {
                file_name,
                mime,
                data,
            } => ExportResult::Download {
                file_name: file_name.clone(),
                mime: mime.clone(),
                data: data.clone(),
                label: t.get_with("diary-download", &[("name", file_name.clone().into())]),
                print_label: mime.starts_with("text/html").then(|| t.get("diary-print")),
            },
            Exported::File(path) => {
                ExportResult::Saved {
                    // A folder the user cannot reach is not worth naming.
                    text: if hand_over {
                        t.get("diary-export-ready")
                    } else {
                        t.get_with(
                            "diary-exported-to",
                            &[("path", path.display().to_string().into())],
                        )
                    },
                    mime: export_mime(path).into(),
                    path: path.clone(),
                    share_label: hand_over.then(|| t.get("diary-export-share")),
                    share_failed: t.get("diary-export-share-failed"),
                }
            }
        }),
        message: tr
            .failed
            .as_ref()
            .map(|f| match f {
                TransferFailure::Form(p) => create_problem(t, *p),
                TransferFailure::Error(e) => transfer_error(t, e),
            })
            .or_else(|| tr.imported.map(|s| imported_text(t, s))),
        done_label: t.get("diary-export-done"),
    }
}

/// What an import added, what it left out, and whether the archive's
/// chain held.
fn imported_text(t: &Texts, s: crate::diary::flow::ImportSummary) -> String {
    let mut parts = vec![t.get_with("diary-imported", &[("count", (s.added).into())])];
    if s.skipped > 0 {
        parts.push(t.get_with("diary-import-skipped", &[("count", (s.skipped).into())]));
    }
    if s.chain.records > 0 {
        parts.push(if s.chain.breaks == 0 {
            t.get_with(
                "diary-import-chain-ok",
                &[("count", (s.chain.records).into())],
            )
        } else {
            t.get_with(
                "diary-import-chain-broken",
                &[("count", (s.chain.breaks).into())],
            )
        });
    }
    parts.join(" ")
}

/// The check-in chart over the shown check-ins (oldest left).
#[allow(clippy::cast_precision_loss)] // pixel positions of days and 0-10 values
fn chart(shown: &[&Item], t: &Texts) -> Option<ChartView> {
    // The last year of check-ins at most: enough to see a trend, small enough to draw.
    let points: Vec<(NaiveDate, [Option<u8>; 5])> = shown
        .iter()
        .take(366)
        .rev()
        .filter_map(|i| match i.body.as_ref().map(|b| &b.entry) {
            Some(Entry::Symptoms { scales, .. }) => Some((i.local.date(), scales.values())),
            _ => None,
        })
        .collect();
    let (first, last) = (points.first()?.0, points.last()?.0);
    let (width, height, pad) = (320u32, 160u32, 24f32);
    let span = (last - first).num_days().max(1) as f32;
    let x = |d: NaiveDate| pad + (d - first).num_days() as f32 / span * (width as f32 - 2.0 * pad);
    let y = |v: u8| pad + (10.0 - f32::from(v)) / 10.0 * (height as f32 - 2.0 * pad);
    let series = Symptom::ALL
        .iter()
        .map(|s| s.id())
        .enumerate()
        .filter_map(|(k, id)| {
            let dots: Vec<(f32, f32)> = points
                .iter()
                .filter_map(|(d, v)| v[k].map(|v| (x(*d), y(v))))
                .collect();
            (!dots.is_empty()).then(|| SeriesView {
                id,
                label: t.get(&format!("diary-scale-{id}")),
                points: dots
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                dots,
            })
        })
        .collect::<Vec<_>>();
    if series.is_empty() {
        return None;
    }
    let label = |d: NaiveDate| t.day_month(d);
    Some(ChartView {
        title: t.get("diary-chart-title"),
        summary: t.get_with(
            "diary-chart-summary",
            &[
                ("count", (points.len()).into()),
                ("from", t.date(first).into()),
                ("to", t.date(last).into()),
            ],
        ),
        width,
        height,
        series,
        x_labels: if first == last {
            vec![(x(first), label(first))]
        } else {
            vec![(x(first), label(first)), (x(last), label(last))]
        },
        y_labels: [0u8, 5, 10]
            .iter()
            .map(|&v| (y(v), v.to_string()))
            .collect(),
    })
}
