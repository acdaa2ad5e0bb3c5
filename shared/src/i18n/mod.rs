//! Localisation: every word the user reads comes through here.
//!
//! Locales live in `locales/<bcp47>/<feature>.ftl` and are embedded at build
//! time. The reference locale is Dutch (`nl`); the chain for lookups is the
//! negotiated locale, then English, then Dutch, so a message missing from a
//! translation shows in a language the user is more likely to read than a raw
//! id. `tests/tests/locales.rs` lists every missing message.
mod catalog;

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

struct Loaded {
    id: LanguageIdentifier,
    bundle: Arc<Bundle>,
    reviewed: bool,
}

/// All embedded locales, parsed once.
pub struct Localizer {
    locales: Vec<Loaded>,
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
        let locales = CATALOG
            .iter()
            .filter_map(|locale| {
                let files = locale.files.iter().map(|(_, source)| (*source).to_string());
                Self::load(locale.tag, locale.reviewed, files, false).ok()
            })
            .collect();
        Self { locales }
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
        Ok(Self { locales })
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
            let resource = match FluentResource::try_new(source) {
                Ok(r) => r,
                Err(_) if strict => return Err(format!("{tag}: a file does not parse")),
                // Bundled files: keep what parsed; the locale test fails on any error.
                Err((partial, _)) => partial,
            };
            bundle.add_resource_overriding(resource);
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

    /// The tags of the available locales, in a stable order.
    pub fn available(&self) -> Vec<String> {
        self.locales.iter().map(|l| l.id.to_string()).collect()
    }

    fn find(&self, tag: &str) -> Option<&Loaded> {
        self.locales.iter().find(|l| l.id == tag)
    }

    /// Picks the best available locale for the user's preferences (most
    /// preferred first; malformed tags are ignored) and returns its texts.
    ///
    /// # Panics
    /// Never: the reference tag is a constant, valid tag.
    pub fn texts(&self, requested: &[String]) -> Texts {
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|t| t.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> =
            self.locales.iter().map(|l| l.id.clone()).collect();
        let reference: LanguageIdentifier = REFERENCE.parse().expect("valid tag");
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&reference),
            NegotiationStrategy::Filtering,
        )
        .first()
        .map_or_else(|| REFERENCE.to_string(), ToString::to_string);

        let mut chain = Vec::new();
        for tag in [chosen.as_str(), SECOND, REFERENCE] {
            if let Some(l) = self.find(tag) {
                if !chain.iter().any(|b| Arc::ptr_eq(b, &l.bundle)) {
                    chain.push(Arc::clone(&l.bundle));
                }
            }
        }
        let (lang, reviewed) = self
            .find(&chosen)
            .map_or((reference, true), |l| (l.id.clone(), l.reviewed));
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

#[cfg(test)]
mod tests {
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
    fn direction_follows_the_script() {
        assert_eq!(texts(&["nl"]).direction(), Direction::Ltr);
    }
}
