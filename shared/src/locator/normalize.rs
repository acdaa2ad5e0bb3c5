//! Folding of place names so that "Den Haag", "den haag" and "DEN-HAAG" are
//! the same, and "Sûdwest-Fryslân" can be typed as "sudwest fryslan".

/// Combining accents (as typed or pasted in decomposed form, "e" + U+0301)
/// and invisible format characters (zero-width spaces and joiners, soft
/// hyphen, direction marks and isolates, byte order mark): dropped, so that
/// they neither split a word nor count as a letter.
pub(crate) fn invisible(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
        | '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Lower case, accents removed, every run of non-letters/digits one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s
        .chars()
        .filter(|c| !invisible(*c))
        .flat_map(char::to_lowercase)
    {
        let mapped: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'æ' => "ae",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ĳ' => "ij",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                space = false;
                continue;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
        };
        out.push_str(mapped);
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Edit distance with transpositions (optimal string alignment), stopping
/// early once it exceeds `max` (at most 64); returns `max + 1` then.
///
/// Works on bytes: [`fold`] only ever produces ASCII, and every name is
/// compared in folded form. The rows live on the stack for names up to 63
/// bytes (all Dutch place names); longer ones are never a near match of a
/// searched name anyway, since the input is capped.
#[allow(clippy::many_single_char_names)] // the textbook names of the algorithm
pub fn distance(a: &str, b: &str, max: usize) -> usize {
    const W: usize = 64;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // No search needs more; it also bounds the work to 64 rows of 64.
    let max = max.min(W);
    if a.len().abs_diff(b.len()) > max || b.len() >= W {
        return max + 1;
    }
    let w = b.len() + 1;
    // Three rows, rotated by index: two back (for transpositions), one back, current.
    let mut rows = [[0usize; W]; 3];
    for (j, slot) in rows[1].iter_mut().enumerate().take(w) {
        *slot = j;
    }
    let (mut p2, mut p1, mut c) = (0, 1, 2);
    for i in 1..=a.len() {
        rows[c][0] = i;
        let mut row_min = i;
        for j in 1..w {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[p1][j] + 1)
                .min(rows[c][j - 1] + 1)
                .min(rows[p1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[p2][j - 2] + 1);
            }
            rows[c][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
        (p2, p1, c) = (p1, c, p2);
    }
    rows[p1][w - 1].min(max + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("'s-Gravenhage"), "s gravenhage");
        assert_eq!(fold("  Den   HAAG "), "den haag");
        assert_eq!(fold("Sûdwest-Fryslân"), "sudwest fryslan");
        assert_eq!(fold("Bergen (NH.)"), "bergen nh");
        assert_eq!(fold("🙂🙂"), "");
    }

    #[test]
    fn fold_output_is_ascii_so_distance_may_use_bytes() {
        for name in [
            "Sûdwest-Fryslân",
            "Ĳsselstein",
            "Curaçao",
            "straße",
            "Ærø",
            "日本",
        ] {
            assert!(fold(name).is_ascii(), "{name}");
        }
    }

    #[test]
    fn counts_edits_and_transpositions() {
        assert_eq!(distance("amsterdam", "amsterdam", 2), 0);
        assert_eq!(distance("amsterdm", "amsterdam", 2), 1);
        assert_eq!(distance("amstedram", "amsterdam", 2), 1);
        assert_eq!(distance("utrecht", "utercht", 2), 1);
        assert_eq!(distance("abc", "xyzxyz", 2), 3);
        assert_eq!(distance("", "ab", 2), 2);
    }
}
