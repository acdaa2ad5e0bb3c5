//! Bounds on locale files that come from outside the app (a content update,
//! or the web build's other languages fetched from the site), checked before
//! and after Fluent reads them.
//!
//! Fluent's parser descends once per nested `{`, with no limit of its own:
//! a few thousand nested placeables (about 8 KB of text) overflow the stack
//! and abort the app. And a message may refer to other messages up to 100
//! times, each as long as the file allows, so a small file can format to
//! megabytes. The app's own texts nest at most 2 deep and have at most 6
//! `{` in one message, and format to a few hundred characters.
use super::Bundle;

/// The largest locale file accepted (the biggest is about 65 KB).
pub const MAX_LOCALE_BYTES: usize = 512 * 1024;

/// Most `{` in one entry (a message or term with its attributes): an upper
/// bound on how deep the parser descends.
pub const MAX_BRACES_PER_ENTRY: usize = 64;
/// Longest text one of the app's messages may format to.
pub const MAX_MESSAGE_CHARS: usize = 16 * 1024;

/// Whether a line starts an entry (`id =` or `-term =` at column 0). Such a
/// line also ends any placeable the parser was inside (`=` cannot follow
/// an expression there), so counting restarts.
fn starts_entry(line: &str) -> bool {
    let name = line.strip_prefix('-').unwrap_or(line);
    let id_len = name
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        .count();
    name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && name[id_len..].trim_start_matches(' ').starts_with('=')
}

/// Refuses a source that is too large for a locale file, or that could
/// make the parser descend deeper than [`MAX_BRACES_PER_ENTRY`]. Every `{`
/// counts, closed or not, inside strings or comments: this can only
/// overestimate the depth.
pub(super) fn check_source(source: &str) -> Result<(), ()> {
    if source.len() > MAX_LOCALE_BYTES {
        return Err(());
    }
    let mut braces = 0;
    // Only "\n" ends a line for Fluent (a lone "\r" is text).
    for line in source.split('\n') {
        if starts_entry(line) {
            braces = 0;
        }
        braces += line.bytes().filter(|b| *b == b'{').count();
        if braces > MAX_BRACES_PER_ENTRY {
            return Err(());
        }
    }
    Ok(())
}

/// Refuses a loaded locale in which one of the app's messages formats to
/// more than [`MAX_MESSAGE_CHARS`].
pub(super) fn check_bundle(bundle: &Bundle) -> Result<(), ()> {
    for id in super::reference_ids() {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if text.chars().count() > MAX_MESSAGE_CHARS {
            return Err(());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_recognised() {
        assert!(starts_entry("home-title = Hulp"));
        assert!(starts_entry("-brand-name=x"));
        assert!(!starts_entry("    .attr = x"));
        assert!(!starts_entry("NUMBER($n) ->"));
        assert!(!starts_entry("# home-title = x"));
        assert!(!starts_entry("  x = y"));
        assert!(!starts_entry(""));
    }

    #[test]
    fn the_app_s_own_locales_pass() {
        for locale in super::super::CATALOG {
            for (name, source) in locale.files {
                assert_eq!(check_source(source), Ok(()), "{}/{name}", locale.tag);
            }
        }
    }
}
