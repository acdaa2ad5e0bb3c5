//! About the app: what it is, what it does not do with your data, and where
//! its facts come from (with the licences the data asks to be named).
use crate::i18n::Texts;

/// The about screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AboutView {
    /// Heading.
    pub title: String,
    /// What the app is and what it does not do.
    pub paragraphs: Vec<String>,
    /// Heading over the sources.
    pub sources_title: String,
    /// One line per data source, with its licence.
    pub sources: Vec<String>,
}

pub(super) fn about(t: &Texts) -> AboutView {
    AboutView {
        title: t.get("about-title"),
        paragraphs: vec![
            t.get("about-what"),
            t.get("about-privacy"),
            t.get("about-code"),
        ],
        sources_title: t.get("about-sources-title"),
        sources: [
            "about-source-helplines",
            "about-source-csg",
            "about-source-cbs",
            "about-source-geonames",
            "about-source-regions",
        ]
        .iter()
        .map(|id| t.get(id))
        .collect(),
    }
}
