//! Hostile input for locales: a file fetched from the site (the web build's
//! other languages) or carried in an update. Each must be loaded or refused
//! with [`LocaleError::Invalid`] (the app then stays in English and says so),
//! never a panic or a crash; what is loaded must format every message within
//! bounds; an update whose locale misses a message is refused.
use proptest::prelude::*;

use super::limits::MAX_BRACES_PER_ENTRY;
use super::testing::{source_of, web_catalog};
use super::{reference_ids, LocaleError, Localizer};

fn web() -> &'static Localizer {
    static WEB: std::sync::OnceLock<Localizer> = std::sync::OnceLock::new();
    WEB.get_or_init(|| Localizer::from_catalog(&web_catalog()))
}

/// Loads `source` as Arabic; when it is accepted, every message of the app
/// must format, each within [`super::limits::MAX_MESSAGE_CHARS`].
fn load(source: String) -> Result<(), LocaleError> {
    let loaded = web().with_loaded("ar", source)?;
    let texts = loaded.texts(&["ar".to_string()]);
    for id in reference_ids() {
        let text = texts.get_with(id, &[("number", "0800-0188".into()), ("count", 3.into())]);
        assert!(
            text.chars().count() <= super::limits::MAX_MESSAGE_CHARS,
            "{id}: {} chars",
            text.chars().count()
        );
    }
    Ok(())
}

/// Truncated, a bit flipped, a stretch repeated, or a line dropped.
fn damage(good: &str, at: usize, bit: u8, how: u8) -> String {
    let bytes = good.as_bytes();
    let at = at % (bytes.len() + 1);
    let damaged = match how {
        0 => bytes[..at].to_vec(),
        1 => {
            let mut d = bytes.to_vec();
            let i = at.min(d.len().saturating_sub(1));
            d[i] ^= 1 << bit;
            d
        }
        2 => [&bytes[..at], &bytes[at..], &bytes[at..]].concat(),
        _ => {
            let lines: Vec<&str> = good.lines().collect();
            let skip = at % lines.len().max(1);
            let kept: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| *l)
                .collect();
            kept.join("\n").into_bytes()
        }
    };
    String::from_utf8_lossy(&damaged).into_owned()
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    for n in [MAX_BRACES_PER_ENTRY + 1, 10_000, 200_000] {
        for source in [
            format!("home-title = {}", "{ ".repeat(n)),
            format!("home-title = {}x{}", "{ ".repeat(n), "} ".repeat(n)),
            format!("home-title = {}\"x\"{}", "{ ".repeat(n), " }".repeat(n)),
            format!(
                "home-title = {}",
                "{ $n ->\n *[other] ".repeat(n) + &"}\n".repeat(n)
            ),
        ] {
            assert_eq!(load(source), Err(LocaleError::Invalid), "depth {n}");
        }
    }
    // At the limit the parser's descent fits easily in a test thread's stack.
    let n = MAX_BRACES_PER_ENTRY;
    let deepest = format!("home-title = {}\"x\"{}", "{ ".repeat(n), " }".repeat(n));
    assert_eq!(load(deepest), Ok(()));
}

#[test]
fn a_message_that_multiplies_itself_is_refused() {
    // 100 references to 100 references to a long text: a small file whose
    // messages would format to megabytes.
    let long = "x".repeat(4000);
    let refs = |to: &str| format!("{{ {to} }}").repeat(100);
    let source = format!(
        "home-title = {}\nlanguage-name = {}\n-a = {}\n-b = {long}\n",
        refs("-a"),
        refs("-b"),
        refs("-b")
    );
    assert_eq!(load(source), Err(LocaleError::Invalid));
    // Messages that refer to each other in a loop format to an error marker,
    // not forever.
    assert!(
        load("home-title = { language-name }\nlanguage-name = { home-title }\n".into()).is_ok()
    );
}

#[test]
fn an_oversized_file_is_refused_however_it_arrives() {
    let mut source = source_of("ar");
    source.push_str("# ");
    source.push_str(&"x".repeat(super::limits::MAX_LOCALE_BYTES));
    source.push('\n');
    assert_eq!(load(source), Err(LocaleError::Invalid));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_text_is_loaded_or_refused(text in "\\PC{0,600}", bytes in prop::collection::vec(any::<u8>(), 0..600), raw in any::<bool>()) {
        let source = if raw { String::from_utf8_lossy(&bytes).into_owned() } else { text };
        let _ = load(source);
    }

    /// Text that looks like Fluent: ids the app uses, placeables, selectors,
    /// terms, attributes, RTL marks, combining accents, control characters.
    #[test]
    fn fluent_like_text_is_loaded_or_refused(
        parts in prop::collection::vec(prop_oneof![
            Just("home-title = ".to_string()),
            Just("language-name = ".to_string()),
            Just("-term = ".to_string()),
            Just("{ ".to_string()), Just(" }".to_string()),
            Just("{ $number }".to_string()), Just("{ -term }".to_string()),
            Just("{ home-title }".to_string()), Just("{ NUMBER($count) }".to_string()),
            Just("{ $count ->\n [one] a\n *[other] b\n}".to_string()),
            Just("\n".to_string()), Just("\n    ".to_string()), Just(".attr = ".to_string()),
            Just("\"".to_string()), Just("\\u0000".to_string()), Just("\u{202e}\u{200f}".to_string()),
            Just("e\u{0301}\u{0301}\u{0301}".to_string()), Just("\u{0000}\u{0007}\u{001b}".to_string()),
            Just("# comment\n".to_string()), "\\PC{0,12}",
        ], 0..60)
    ) {
        let _ = load(parts.concat());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    /// The real Arabic file, damaged: loaded (the messages that survive are
    /// used, English fills the gaps) or refused, never a panic.
    #[test]
    fn a_damaged_locale_file_is_loaded_or_refused(at in any::<usize>(), bit in 0u8..8, how in 0u8..4) {
        let _ = load(damage(&source_of("ar"), at, bit, how));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// An update's locale that lost any one message is refused as incomplete.
    #[test]
    fn an_update_missing_any_message_is_refused(tag in prop::sample::select(vec!["nl", "en", "ar", "fa", "uk"]), pick in any::<prop::sample::Index>()) {
        use crate::update::bundle::tests::good_bundle;
        use crate::update::UpdateError;
        let mut bundle = good_bundle(crate::content::BUNDLED_VERSION + 1);
        let locale = bundle.locales.get_mut(tag).unwrap();
        // Every line that starts a message, in every file of the locale.
        let starts: Vec<(String, usize)> = locale
            .files
            .iter()
            .flat_map(|(name, source)| {
                source.lines().enumerate().filter(|(_, l)| {
                    l.split_once(" =").is_some_and(|(id, _)| reference_ids().iter().any(|r| r == id))
                }).map(|(i, _)| (name.clone(), i)).collect::<Vec<_>>()
            })
            .collect();
        let (file, line) = pick.get(&starts).clone();
        let source = locale.files.get_mut(&file).unwrap();
        *source = source
            .lines()
            .enumerate()
            .filter(|(i, _)| *i != line)
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join("
");
        prop_assert_eq!(bundle.into_content().err(), Some(UpdateError::IncompleteLocale));
    }
}
