//! The rules for a new passphrase, and asking for a change of it.

use een_diary::secret::Passphrase;

use super::events::{CreateProblem, DiaryEffect};
use super::state::{Notice, OpenState};

/// Shortest passphrase accepted for a diary or an archive.
pub const MIN_PASSPHRASE: usize = 8;

pub(super) fn change_passphrase(
    open: &mut OpenState,
    current: Passphrase,
    new: Passphrase,
    repeat: &Passphrase,
) -> Vec<DiaryEffect> {
    if open.notice == Some(Notice::ChangeBusy) {
        return vec![];
    }
    if let Some(problem) = passphrase_problem(&new, repeat) {
        open.notice = Some(Notice::ChangeRefused(problem));
        return vec![];
    }
    open.notice = Some(Notice::ChangeBusy);
    vec![DiaryEffect::ChangePassphrase { current, new }]
}

pub(super) fn passphrase_problem(p: &Passphrase, repeat: &Passphrase) -> Option<CreateProblem> {
    if p.chars() < MIN_PASSPHRASE || p.is_blank() {
        Some(CreateProblem::TooShort)
    } else if p != repeat {
        Some(CreateProblem::Mismatch)
    } else {
        None
    }
}
