//! The locked diary: choosing the passphrase of a new one, and unlocking.
use super::errors::{create_problem, vault_error};
use crate::diary::flow::CreateProblem;
use crate::i18n::Texts;
use een_diary::vault::VaultError;

/// Choosing the passphrase of a new diary.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CreateView {
    /// What the diary is and where it is kept.
    pub intro: String,
    /// Label of the passphrase field.
    pub passphrase_label: String,
    /// Label of the repeat field.
    pub repeat_label: String,
    /// How long it must be, and advice.
    pub hint: String,
    /// The passphrase cannot be recovered: shown before anything is saved.
    pub warning: String,
    /// Label of the "I understand" checkbox (required).
    pub understood_label: String,
    /// The button.
    pub submit: String,
    /// The key is being made (takes a moment): disable the form.
    pub busy: bool,
    /// Shown while busy.
    pub busy_text: String,
    /// What is wrong, if anything.
    pub error: Option<String>,
}

/// Unlocking.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UnlockView {
    /// One line.
    pub intro: String,
    /// Label of the passphrase field.
    pub passphrase_label: String,
    /// The button.
    pub submit: String,
    /// Being checked: disable the form.
    pub busy: bool,
    /// Shown while busy.
    pub busy_text: String,
    /// Wrong passphrase, wait, damage: in words.
    pub error: Option<String>,
    /// Import is also possible here (e.g. a new phone): see [`TransferView`](super::transfer::TransferView).
    pub forgot: String,
    /// Button: erase the diary (asks first); works without the passphrase.
    pub wipe_label: String,
}

/// The form that makes a new diary.
pub(super) fn create_view(
    t: &Texts,
    busy: bool,
    problem: Option<CreateProblem>,
    failed: Option<&VaultError>,
) -> CreateView {
    CreateView {
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
        busy,
        busy_text: t.get("diary-creating"),
        error: problem
            .map(|p| create_problem(t, p))
            .or_else(|| failed.map(|e| vault_error(t, e))),
    }
}

/// The form that unlocks the diary.
pub(super) fn unlock_view(t: &Texts, busy: bool, failed: Option<&VaultError>) -> UnlockView {
    UnlockView {
        intro: t.get("diary-locked-intro"),
        passphrase_label: t.get("diary-passphrase"),
        submit: t.get("diary-unlock"),
        busy,
        busy_text: t.get("diary-unlocking"),
        error: failed.map(|e| vault_error(t, e)),
        forgot: t.get("diary-forgot"),
        wipe_label: t.get("diary-wipe"),
    }
}
