//! The facts and texts the app shows, as one unit: helplines, information
//! pages, the locator's CSGs and regions, and the translations. The bundled
//! content ships with the app; a verified content update replaces it whole
//! (see [`crate::update`]). The model holds the current content, so `update`
//! and `view` stay pure and a swap is atomic.
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};

use crate::helplines::Helplines;
use crate::i18n::Localizer;
use crate::info::Info;
use crate::locator::LocatorData;

/// The version of the content that ships with this build, as `YYYYMMDDNN`.
/// Updates must be newer.
#[allow(clippy::inconsistent_digit_grouping)] // grouped as a date: YYYY_MM_DD_NN
pub const BUNDLED_VERSION: u64 = 2026_11_29_00;

/// Everything factual the app shows.
#[derive(Clone, Debug)]
pub struct Content {
    /// Helplines.
    pub helplines: Helplines,
    /// Information pages.
    pub info: Info,
    /// CSGs, regions and the geography to search them.
    pub locator: Arc<LocatorData>,
    /// Translations.
    pub localizer: Localizer,
    /// Content version (bundled: [`BUNDLED_VERSION`]).
    pub version: u64,
    /// When the update was published; `None` for the bundled content.
    pub published: Option<DateTime<Utc>>,
}

impl Content {
    /// Parses the bundled content.
    ///
    /// # Panics
    /// Never in a released build: the bundled data is validated by the tests.
    pub fn parse_bundled() -> Self {
        Self {
            helplines: Helplines::bundled(),
            info: Info::bundled(),
            locator: Arc::new(
                LocatorData::parse().expect("bundled locator data is valid (tested)"),
            ),
            localizer: Localizer::embedded(),
            version: BUNDLED_VERSION,
            published: None,
        }
    }
}

impl Content {
    /// This content with a locale that was loaded later (see
    /// [`Localizer::missing`]); everything else is shared, not copied.
    ///
    /// # Errors
    /// The locale is not pending here or its source is not valid.
    pub fn with_locale(&self, tag: &str, source: String) -> Result<Self, crate::i18n::LocaleError> {
        Ok(Self {
            localizer: self.localizer.with_loaded(tag, source)?,
            ..self.clone()
        })
    }
}

/// The current content, shared cheaply; equal only to itself.
#[derive(Clone)]
pub struct SharedContent(pub Arc<Content>);

impl SharedContent {
    /// Wraps content.
    pub fn new(content: Content) -> Self {
        Self(Arc::new(content))
    }
}

impl std::ops::Deref for SharedContent {
    type Target = Content;
    fn deref(&self) -> &Content {
        &self.0
    }
}

impl PartialEq for SharedContent {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for SharedContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Content(v{})", self.version)
    }
}

impl Default for SharedContent {
    fn default() -> Self {
        bundled()
    }
}

/// The bundled content, parsed once per process.
pub fn bundled() -> SharedContent {
    static BUNDLED: OnceLock<SharedContent> = OnceLock::new();
    BUNDLED
        .get_or_init(|| SharedContent::new(Content::parse_bundled()))
        .clone()
}

/// The bundled content for the life of the program.
pub fn bundled_ref() -> &'static Content {
    static BUNDLED: OnceLock<SharedContent> = OnceLock::new();
    BUNDLED.get_or_init(bundled)
}
