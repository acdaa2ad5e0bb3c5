//! What the user can do to the diary as a whole: a duress passphrase, a new
//! passphrase, erasing it.
use crate::diary::flow::{Notice, OpenState};
use crate::i18n::Texts;

/// Setting a duress passphrase: it opens a separate, empty diary, for when
/// someone forces the user to open the app.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DuressView {
    /// Heading.
    pub title: String,
    /// What it does.
    pub text: String,
    /// Label of the passphrase field.
    pub passphrase_label: String,
    /// Label of the repeat field.
    pub repeat_label: String,
    /// Button (`DiaryEvent::SetDuress`).
    pub save_label: String,
    /// Being set: disable the form.
    pub busy: bool,
}

/// Changing the diary's passphrase: the current one, then the new one twice.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChangeView {
    /// Heading.
    pub title: String,
    /// What it does (and that it cannot be undone).
    pub text: String,
    /// Label of the current passphrase.
    pub current_label: String,
    /// Label of the new passphrase.
    pub new_label: String,
    /// Label of the repeat field.
    pub repeat_label: String,
    /// Button (`DiaryEvent::ChangePassphrase`).
    pub save_label: String,
    /// Being changed: disable the form.
    pub busy: bool,
}

/// Erasing the diary: a deliberate action with a confirmation.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct WipeView {
    /// What it does and that it cannot be undone.
    pub text: String,
    /// Button: erase for good.
    pub confirm_label: String,
    /// Button: keep the diary.
    pub cancel_label: String,
}

/// The second passphrase's form.
pub(super) fn duress_form(open: &OpenState, t: &Texts) -> DuressView {
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
pub(super) fn change_form(open: &OpenState, t: &Texts) -> ChangeView {
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

/// The question before erasing.
pub(super) fn wipe_view(t: &Texts) -> WipeView {
    WipeView {
        text: t.get("diary-wipe-text"),
        confirm_label: t.get("diary-wipe-confirm"),
        cancel_label: t.get("diary-wipe-cancel"),
    }
}
