//! Localisation: every word the user reads comes through here.
//!
//! Locales live in `locales/<bcp47>/<feature>.ftl` and are embedded at build
//! time. The reference locale is Dutch (`nl`); the chain for lookups is the
//! negotiated locale, then English, then Dutch, so a message missing from a
//! translation shows in a language the user is more likely to read than a raw
//! id. `tests/tests/locales.rs` lists every missing message.
mod catalog;
pub mod device;
pub mod fetch;
pub(crate) mod flow;
mod format;
#[cfg(test)]
mod hostile_tests;
pub mod limits;

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub use catalog::{EmbeddedLocale, CATALOG};

/// The reference locale: complete by definition, the last fallback.
pub const REFERENCE: &str = "nl";
/// The fallback between a translation and the reference.
pub const SECOND: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Arabic, Farsi, ...).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

#[derive(Clone)]
struct Loaded {
    id: LanguageIdentifier,
    bundle: Arc<Bundle>,
    reviewed: bool,
}

/// A locale the app knows but has not loaded yet (the web build's others).
#[derive(Clone)]
struct Pending {
    id: LanguageIdentifier,
    name: String,
    reviewed: bool,
}

/// Why a locale loaded later could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocaleError {
    /// The file could not be fetched (offline before it was kept, or a
    /// missing file).
    Unavailable,
    /// The file is not a valid translation of this app.
    Invalid,
}

/// The app's locales: parsed ones, and (in the web build) ones loaded when
/// chosen.
#[derive(Clone)]
pub struct Localizer {
    locales: Vec<Loaded>,
    pending: Vec<Pending>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Localizer({})", self.available().join(", "))
    }
}

impl Localizer {
    /// Loads every embedded locale. A locale folder whose name is not a valid
    /// language tag is skipped; a file with syntax errors keeps the messages
    /// that did parse (the locale test fails on any such error).
    pub fn embedded() -> Self {
        Self::from_catalog(CATALOG)
    }

    /// Loads the locales of a catalog; those without files are pending.
    pub fn from_catalog(catalog: &[EmbeddedLocale]) -> Self {
        let (with_files, without): (Vec<_>, Vec<_>) =
            catalog.iter().partition(|l| !l.files.is_empty());
        let locales = with_files
            .into_iter()
            .filter_map(|locale| {
                let files = locale.files.iter().map(|(_, source)| (*source).to_string());
                Self::load(locale.tag, locale.reviewed, files, false).ok()
            })
            .collect();
        let pending = without
            .into_iter()
            .filter_map(|l| {
                Some(Pending {
                    id: l.tag.parse().ok()?,
                    name: l.name.to_string(),
                    reviewed: l.reviewed,
                })
            })
            .collect();
        Self { locales, pending }
    }

    /// Builds a localizer from given sources (a content update): every file
    /// must parse without errors.
    ///
    /// # Errors
    /// The first locale tag or file that is not valid.
    pub fn from_sources<'a>(
        locales: impl IntoIterator<Item = (&'a str, bool, Vec<String>)>,
    ) -> Result<Self, String> {
        let locales = locales
            .into_iter()
            .map(|(tag, reviewed, files)| Self::load(tag, reviewed, files.into_iter(), true))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            locales,
            pending: Vec::new(),
        })
    }

    /// This localizer with a pending locale loaded from its FTL source.
    ///
    /// # Errors
    /// [`LocaleError::Invalid`] when `tag` is not pending here, the source
    /// does not parse, or it holds none of the app's messages.
    pub fn with_loaded(&self, tag: &str, source: String) -> Result<Self, LocaleError> {
        let i = self
            .pending
            .iter()
            .position(|p| p.id == tag)
            .ok_or(LocaleError::Invalid)?;
        let reviewed = self.pending[i].reviewed;
        let loaded = Self::load(tag, reviewed, std::iter::once(source), true)
            .map_err(|_| LocaleError::Invalid)?;
        if ids_of(&loaded.bundle).is_empty() {
            return Err(LocaleError::Invalid);
        }
        let mut next = self.clone();
        next.pending.remove(i);
        next.locales.push(loaded);
        Ok(next)
    }

    fn load(
        tag: &str,
        reviewed: bool,
        files: impl Iterator<Item = String>,
        strict: bool,
    ) -> Result<Loaded, String> {
        let id: LanguageIdentifier = tag
            .parse()
            .map_err(|_| format!("{tag}: not a language tag"))?;
        let mut bundle = Bundle::new_concurrent(vec![id.clone()]);
        // Isolation marks keep numbers and names the right way round
        // inside right-to-left text; elsewhere they only add noise.
        bundle.set_use_isolating(id.character_direction() == CharacterDirection::RTL);
        for source in files {
            if strict && limits::check_source(&source).is_err() {
                return Err(format!("{tag}: a file is too large or nests too deep"));
            }
            let resource = match FluentResource::try_new(source) {
                Ok(r) => r,
                Err(_) if strict => return Err(format!("{tag}: a file does not parse")),
                // Bundled files: keep what parsed; the locale test fails on any error.
                Err((partial, _)) => partial,
            };
            bundle.add_resource_overriding(resource);
        }
        if strict && limits::check_bundle(&bundle).is_err() {
            return Err(format!("{tag}: a message formats too long"));
        }
        Ok(Loaded {
            id,
            bundle: Arc::new(bundle),
            reviewed,
        })
    }

    /// The message ids of a locale (for completeness checks of updates).
    pub fn message_ids(&self, tag: &str) -> Vec<String> {
        let Some(l) = self.find(tag) else {
            return Vec::new();
        };
        crate::i18n::ids_of(&l.bundle)
    }

    /// The tags of the known locales (loaded or not), in a stable order.
    pub fn available(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .locales
            .iter()
            .map(|l| l.id.to_string())
            .chain(self.pending.iter().map(|p| p.id.to_string()))
            .collect();
        tags.sort();
        tags
    }

    /// Whether `tag` is known but not loaded yet.
    pub fn is_pending(&self, tag: &str) -> bool {
        self.pending.iter().any(|p| p.id == tag)
    }

    /// A language's name in itself, loaded or not.
    pub fn name(&self, tag: &str) -> Option<String> {
        if let Some(p) = self.pending.iter().find(|p| p.id == tag) {
            return Some(p.name.clone());
        }
        let bundle = &self.find(tag)?.bundle;
        let pattern = bundle.get_message("language-name")?.value()?;
        Some(
            bundle
                .format_pattern(pattern, None, &mut vec![])
                .into_owned(),
        )
    }

    fn find(&self, tag: &str) -> Option<&Loaded> {
        self.locales.iter().find(|l| l.id == tag)
    }

    /// The best known locale for the user's preferences (most preferred
    /// first; malformed tags are ignored), loaded or not.
    ///
    /// # Panics
    /// Never: the reference tag is a constant, valid tag.
    pub fn negotiate(&self, requested: &[String]) -> String {
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|t| t.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = self
            .locales
            .iter()
            .map(|l| l.id.clone())
            .chain(self.pending.iter().map(|p| p.id.clone()))
            .collect();
        let reference: LanguageIdentifier = REFERENCE.parse().expect("valid tag");
        negotiate_languages(
            &requested,
            &available,
            Some(&reference),
            NegotiationStrategy::Filtering,
        )
        .first()
        .map_or_else(|| REFERENCE.to_string(), ToString::to_string)
    }

    /// The locale the preferences ask for when it is known but not loaded:
    /// the runtime should fetch it ([`crate::app::Effect::LoadLocale`]).
    pub fn missing(&self, requested: &[String]) -> Option<String> {
        let chosen = self.negotiate(requested);
        self.pending
            .iter()
            .any(|p| p.id == chosen.as_str())
            .then_some(chosen)
    }

    /// The texts for the user's preferences. While the chosen locale is not
    /// loaded yet the texts are English (then Dutch), and say so by their
    /// [`Texts::lang`].
    ///
    /// # Panics
    /// Never: the reference tag is a constant, valid tag.
    pub fn texts(&self, requested: &[String]) -> Texts {
        let chosen = self.negotiate(requested);
        let mut chain = Vec::new();
        for tag in [chosen.as_str(), SECOND, REFERENCE] {
            if let Some(l) = self.find(tag) {
                if !chain.iter().any(|b| Arc::ptr_eq(b, &l.bundle)) {
                    chain.push(Arc::clone(&l.bundle));
                }
            }
        }
        // The language actually shown: the first of the chain.
        let shown = [chosen.as_str(), SECOND, REFERENCE]
            .into_iter()
            .find_map(|tag| self.find(tag));
        let (lang, reviewed) = shown.map_or_else(
            || (REFERENCE.parse().expect("valid tag"), true),
            |l| (l.id.clone(), l.reviewed),
        );
        Texts {
            chain,
            lang,
            reviewed,
        }
    }
}

/// The messages of one negotiated locale, with its fallbacks.
#[derive(Clone)]
pub struct Texts {
    chain: Vec<Arc<Bundle>>,
    lang: LanguageIdentifier,
    reviewed: bool,
}

/// The same texts: the same language from the same loaded bundles (an
/// update or a newly loaded locale makes new bundles, so it is not equal).
impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.reviewed == other.reviewed
            && self.chain.len() == other.chain.len()
            && self
                .chain
                .iter()
                .zip(&other.chain)
                .all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({})", self.lang)
    }
}

impl Texts {
    /// The BCP 47 tag of the locale in use.
    pub fn lang(&self) -> String {
        self.lang.to_string()
    }

    /// Whether a native speaker has reviewed the locale in use.
    pub fn reviewed(&self) -> bool {
        self.reviewed
    }

    /// The writing direction of the locale in use.
    pub fn direction(&self) -> Direction {
        match self.lang.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with variables, e.g. `[("number", "0800-0188".into())]`.
    pub fn get_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    /// Whether the locale in use (not a fallback) has this message.
    pub fn has_own(&self, id: &str) -> bool {
        self.chain.first().is_some_and(|b| b.has_message(id))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in &self.chain {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // Every id used in code exists in the reference locale (tested), so
        // this only shows during development: visible, never a crash.
        format!("[{id}]")
    }
}

/// The reference locale's message ids that a bundle has. (A Fluent bundle
/// cannot list its messages, so each id the app uses is asked for.)
fn ids_of(bundle: &Bundle) -> Vec<String> {
    reference_ids()
        .iter()
        .filter(|id| bundle.has_message(id))
        .cloned()
        .collect()
}

/// The ids of the embedded reference locale.
pub fn reference_ids() -> &'static [String] {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        CATALOG
            .iter()
            .filter(|l| l.tag == REFERENCE)
            .flat_map(|l| l.files.iter())
            .flat_map(|(_, source)| source.lines())
            .filter_map(|line| {
                let (id, _) = line.split_once('=')?;
                let id = id.trim_end();
                let valid = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                valid.then(|| id.to_string())
            })
            .collect()
    })
}

/// Test helpers: the web build's catalog, and a locale's whole source.
#[cfg(test)]
pub(crate) mod testing {
    use super::{EmbeddedLocale, CATALOG};

    /// The catalog as the web build has it: every locale but nl and en
    /// without files.
    pub(crate) fn web_catalog() -> Vec<EmbeddedLocale> {
        CATALOG
            .iter()
            .map(|l| EmbeddedLocale {
                tag: l.tag,
                name: l.name,
                reviewed: l.reviewed,
                files: if matches!(l.tag, "nl" | "en") {
                    l.files
                } else {
                    &[]
                },
            })
            .collect()
    }

    /// A locale's files as one source, as `scripts/build-web.sh` joins them.
    pub(crate) fn source_of(tag: &str) -> String {
        let locale = CATALOG
            .iter()
            .find(|l| l.tag == tag)
            .expect("embedded here");
        locale.files.iter().flat_map(|(_, s)| [*s, "\n"]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{source_of, web_catalog};
    use super::*;

    fn texts(langs: &[&str]) -> Texts {
        Localizer::embedded().texts(&langs.iter().map(ToString::to_string).collect::<Vec<_>>())
    }

    #[test]
    fn dutch_and_english_are_embedded() {
        let available = Localizer::embedded().available();
        assert!(available.contains(&"nl".to_string()));
        assert!(available.contains(&"en".to_string()));
    }

    #[test]
    fn negotiates_region_variants_and_falls_back_to_dutch() {
        assert_eq!(texts(&["en-GB", "nl"]).lang(), "en");
        assert_eq!(texts(&["nl-BE"]).lang(), "nl");
        assert_eq!(texts(&["xx", "not a tag!"]).lang(), "nl");
        assert_eq!(texts(&[]).lang(), "nl");
    }

    #[test]
    fn formats_variables_and_differs_per_language() {
        let nl = texts(&["nl"]).get_with("home-call", &[("number", "0800-0188".into())]);
        let en = texts(&["en"]).get_with("home-call", &[("number", "0800-0188".into())]);
        assert!(nl.contains("0800-0188") && en.contains("0800-0188"));
        assert_ne!(nl, en);
    }

    #[test]
    fn unknown_id_is_visible_not_a_panic() {
        assert_eq!(texts(&["en"]).get("no-such-message"), "[no-such-message]");
    }

    #[test]
    fn a_locale_without_files_is_offered_named_and_asked_for() {
        let web = Localizer::from_catalog(&web_catalog());
        assert_eq!(web.available(), Localizer::embedded().available());
        assert_eq!(web.name("ar").as_deref(), Some("العربية"));
        assert_eq!(web.name("nl").as_deref(), Some("Nederlands"));
        let ar = vec!["ar-MA".to_string()];
        assert_eq!(web.negotiate(&ar), "ar");
        assert_eq!(web.missing(&ar).as_deref(), Some("ar"));
        assert_eq!(web.missing(&["nl".to_string()]), None);
        // Meanwhile the app speaks English, and says so.
        let t = web.texts(&ar);
        assert_eq!(t.lang(), "en");
        assert_eq!(t.direction(), Direction::Ltr);
        assert_eq!(t.get("language-name"), "English");
    }

    #[test]
    fn a_loaded_locale_replaces_the_fallback() {
        let web = Localizer::from_catalog(&web_catalog());
        let ar = vec!["ar".to_string()];
        let loaded = web.with_loaded("ar", source_of("ar")).expect("valid");
        assert_eq!(loaded.missing(&ar), None);
        assert!(!loaded.is_pending("ar") && web.is_pending("ar"));
        let t = loaded.texts(&ar);
        assert_eq!(t.lang(), "ar");
        assert_eq!(t.direction(), Direction::Rtl);
        assert_eq!(t.get("home-title"), texts(&["ar"]).get("home-title"));
        assert_eq!(loaded.available(), web.available());
    }

    #[test]
    fn a_bad_locale_file_is_refused_and_changes_nothing() {
        let web = Localizer::from_catalog(&web_catalog());
        assert_eq!(
            web.with_loaded("ar", "home-title = { $".into()).err(),
            Some(LocaleError::Invalid)
        );
        assert_eq!(
            web.with_loaded("ar", "<!doctype html><p>not found</p>".into())
                .err(),
            Some(LocaleError::Invalid)
        );
        assert_eq!(
            web.with_loaded("ar", "something = else\n".into()).err(),
            Some(LocaleError::Invalid)
        );
        // Only a known, pending locale can be added.
        assert_eq!(
            web.with_loaded("xx", source_of("ar")).err(),
            Some(LocaleError::Invalid)
        );
        assert_eq!(
            web.with_loaded("nl", source_of("nl")).err(),
            Some(LocaleError::Invalid)
        );
        assert!(web.is_pending("ar"));
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(texts(&["nl"]).direction(), Direction::Ltr);
    }
}
