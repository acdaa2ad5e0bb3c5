//! The unlocked diary: the chain check, new entries, the list, the form or
//! the entry opened, export and import, and what just happened.
use super::chart::{chart, ChartView};
use super::entries::{
    cards, detail, filter_view, kind_options, shown, total, DetailView, EntryCardView, FilterView,
    KindOption,
};
use super::errors::{create_problem, vault_error};
use super::form::{editor, EditorView};
use super::settings::{change_form, duress_form, ChangeView, DuressView};
use super::transfer::{transfer, TransferView};
use crate::diary::flow::{Notice, OpenState};
use crate::i18n::Texts;

/// The unlocked diary.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OpenView {
    /// The lock button.
    pub lock_label: String,
    /// Whether the chain is intact, in words.
    pub chain: ChainView,
    /// Heading and buttons for new entries, one per kind.
    pub new_title: String,
    /// One per kind: send `Event::DiaryNew(kind)`.
    pub new_entries: Vec<KindOption>,
    /// Search and filters.
    pub filter: FilterView,
    /// The entries shown (latest version of each), newest first.
    pub entries: Vec<EntryCardView>,
    /// "12 of 40 entries", or the empty text.
    pub count_text: String,
    /// "Show more": send `DiaryEvent::ShowMore` (when the list is cut short).
    pub more_label: Option<String>,
    /// The check-in chart, when there are check-ins among the entries shown.
    pub chart: Option<ChartView>,
    /// The form being filled in, if any.
    pub editor: Option<EditorView>,
    /// The entry opened, if any.
    pub detail: Option<DetailView>,
    /// Export and import.
    pub transfer: TransferView,
    /// "Saved", or a problem, in words.
    pub notice: Option<String>,
    /// Button: erase the diary (asks first).
    pub wipe_label: String,
    /// The duress passphrase form.
    pub duress: DuressView,
    /// The form that changes the passphrase.
    pub change: ChangeView,
}

/// The chain check's result.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChainView {
    /// Intact.
    pub ok: bool,
    /// In words.
    pub text: String,
}

pub(super) fn open_view(open: &OpenState, t: &Texts, mobile: bool, hand_over: bool) -> OpenView {
    let shown = shown(open, t);
    let total = total(open);
    let entries = cards(open, &shown, t);
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
        filter: filter_view(open, t),
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
