//! The friendly page for an unknown address.
use crate::i18n::Texts;

/// The friendly page for an unknown address.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NotFoundView {
    /// Heading.
    pub title: String,
    /// What to do.
    pub text: String,
}

pub(super) fn not_found(t: &Texts) -> NotFoundView {
    NotFoundView {
        title: t.get("not-found-title"),
        text: t.get("not-found-text"),
    }
}
