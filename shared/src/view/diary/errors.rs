//! The diary's errors in words: a form's problem, the vault's refusals,
//! an archive that cannot be read, a draft that cannot be saved.
use crate::diary::flow::{CreateProblem, TransferError};
use crate::i18n::Texts;
use een_diary::vault::VaultError;

pub(super) fn create_problem(t: &Texts, p: CreateProblem) -> String {
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

pub(super) fn vault_error(t: &Texts, e: &VaultError) -> String {
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

pub(super) fn transfer_error(t: &Texts, e: &TransferError) -> String {
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

pub(super) fn draft_problem(t: &Texts, p: een_diary::draft::DraftError) -> String {
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
