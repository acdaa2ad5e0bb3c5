//! The diary screen: its heading, and which of its states is shown.
use super::lock::{create_view, unlock_view, CreateView, UnlockView};
use super::open::{open_view, OpenView};
use super::settings::{wipe_view, WipeView};
use crate::diary::flow::DiaryState;
use crate::i18n::Texts;
use crate::model::Model;

/// The diary screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DiaryView {
    /// Heading.
    pub title: String,
    /// One honest line: the chain shows changes, it is not forensic proof.
    pub honesty: String,
    /// What to show.
    pub state: DiaryStateView,
    /// While unlocked: the idle time, in seconds, after which the page
    /// reports the app unused (the core then locks, `idle_lock.rs`).
    pub auto_lock_seconds: Option<u32>,
}

/// The diary's state.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum DiaryStateView {
    /// Checking whether there is a diary.
    #[default]
    Loading,
    /// The store cannot be used.
    Unavailable {
        /// Why, in words.
        message: String,
    },
    /// No diary yet: choose a passphrase.
    Create(CreateView),
    /// A diary exists and is locked.
    Locked(UnlockView),
    /// Unlocked.
    Open(Box<OpenView>),
    /// Erase the diary? (Reached from the locked or the open diary.)
    ConfirmWipe(WipeView),
    /// Being erased.
    Wiping {
        /// In words.
        text: String,
    },
}

/// Builds the diary screen.
pub(crate) fn diary(model: &Model, t: &Texts) -> DiaryView {
    let state = match &model.diary {
        DiaryState::Unknown => DiaryStateView::Loading,
        DiaryState::Unavailable(kind) => DiaryStateView::Unavailable {
            message: t.get(kind.message_id()),
        },
        DiaryState::Absent {
            busy,
            problem,
            failed,
        } => DiaryStateView::Create(create_view(t, *busy, *problem, failed.as_ref())),
        DiaryState::Locked { busy, failed } => {
            DiaryStateView::Locked(unlock_view(t, *busy, failed.as_ref()))
        }
        DiaryState::ConfirmWipe => DiaryStateView::ConfirmWipe(wipe_view(t)),
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
