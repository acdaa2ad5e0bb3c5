//! The device's language list, as the platforms hand it over, read into
//! language tags. The shells pass on what the device says without reading
//! it: the desktop's POSIX variables (`nl_NL.UTF-8`, `LANGUAGE=nl:en`),
//! Android's comma list (`nl-NL,en-US`), the browser's and iOS's tags
//! (`zh-Hans-CN`). What no tag can be (`C`, `POSIX`, `und`, an empty entry,
//! anything with other characters) is left out; repeats keep their first
//! place.

/// At most this many tags are kept: more adds nothing to the choice.
pub const MAX_TAGS: usize = 16;

/// A tag longer than this is no language tag (BCP 47 allows long private
/// use tags, but no locale here needs one).
const MAX_TAG_LEN: usize = 35;

/// The language tags in `raw`, most preferred first.
#[must_use]
pub fn device_tags(raw: &[String]) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw
        .iter()
        .flat_map(|entry| entry.split([':', ',']))
        .filter_map(tag_of)
    {
        if tags.len() == MAX_TAGS {
            break;
        }
        if !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            tags.push(tag);
        }
    }
    tags
}

/// One entry as a tag: the POSIX codeset (`.UTF-8`) and modifier (`@euro`)
/// dropped, `_` read as `-`.
fn tag_of(entry: &str) -> Option<String> {
    let tag = entry
        .trim()
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let well_formed = !tag.is_empty()
        && tag.len() <= MAX_TAG_LEN
        && tag
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()))
        && tag
            .split('-')
            .next()
            .is_some_and(|lang| lang.bytes().all(|b| b.is_ascii_alphabetic()));
    let no_language = ["c", "posix", "und"].contains(&tag.to_ascii_lowercase().as_str());
    (well_formed && !no_language).then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(raw: &[&str]) -> Vec<String> {
        device_tags(&raw.iter().map(|s| (*s).to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn posix_variables_become_tags() {
        assert_eq!(
            tags(&["nl:en_GB", "nl_NL.UTF-8", "de_DE@euro", "C", "POSIX"]),
            ["nl", "en-GB", "nl-NL", "de-DE"]
        );
    }

    #[test]
    fn android_comma_list_becomes_tags() {
        assert_eq!(tags(&["ar-MA, fr-FR,und,"]), ["ar-MA", "fr-FR"]);
    }

    #[test]
    fn browser_and_ios_tags_pass_unchanged() {
        assert_eq!(
            tags(&["zh-Hans-CN", "en-NL", "tr"]),
            ["zh-Hans-CN", "en-NL", "tr"]
        );
    }

    #[test]
    fn repeats_keep_their_first_place() {
        assert_eq!(tags(&["en-GB", "nl", "en-gb", "nl"]), ["en-GB", "nl"]);
    }

    #[test]
    fn what_no_tag_can_be_is_left_out() {
        let long = "a".repeat(MAX_TAG_LEN + 1);
        assert!(tags(&[
            "",
            " ",
            "-",
            "nl--NL",
            "1nl",
            "n l",
            "nl<script>",
            &long,
            "und",
            "c"
        ])
        .is_empty());
    }

    #[test]
    fn a_long_list_is_cut() {
        let distinct: Vec<String> = (b'a'..=b'z')
            .map(|c| format!("x{}", char::from(c)))
            .collect();
        let kept = device_tags(&[distinct.join(",")]);
        assert_eq!(kept, distinct[..MAX_TAGS]);
    }
}
