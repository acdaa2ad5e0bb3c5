//! Hostile input for the postcode and town field: any Unicode, very long
//! input, combining accents, right-to-left text, invisible and control
//! characters. Every input gets an outcome (an answer, a choice, or a reason
//! the view explains: `locator-err-*`), never a panic, with bounded work.
use proptest::prelude::*;

use super::data::data;
use super::normalize::{distance, fold};
use super::search::MAX_INPUT;
use super::{Invalid, Outcome};

/// Every index in an outcome points into the data.
fn consistent(o: &Outcome) -> bool {
    let d = data();
    let ok = |a: &super::Answer| {
        a.gemeente < d.gemeenten.len()
            && a.region < d.regions.len()
            && a.serving.is_none_or(|s| s < d.csgs.len())
            && a.point.0.is_finite()
            && a.point.1.is_finite()
    };
    match o {
        Outcome::Found(a) => ok(a),
        Outcome::Choose(cs) => !cs.is_empty() && cs.iter().all(|c| ok(&c.answer)),
        Outcome::UnknownPostcode { suggestions, .. } => suggestions.iter().all(|c| ok(&c.answer)),
        Outcome::UnknownPlace | Outcome::Invalid(_) | Outcome::Outside => true,
    }
}

/// Optimal string alignment distance, the textbook way (full table).
fn osa(a: &[u8], b: &[u8]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

const INVISIBLE: [char; 10] = [
    '\u{0301}', '\u{0308}', '\u{200B}', '\u{200D}', '\u{200F}', '\u{202E}', '\u{2066}', '\u{00AD}',
    '\u{FEFF}', '\u{FE0F}',
];

#[test]
fn very_long_input_is_refused_before_any_search() {
    let d = data();
    for s in [
        "a".repeat(1 << 20),
        "\u{0301}".repeat(1 << 19),
        "Amsterdam ".repeat(100_000),
        "\u{0627}".repeat(1 << 19),
        "1".repeat(1 << 20),
    ] {
        assert_eq!(d.find(&s), Outcome::Invalid(Invalid::TooLong));
    }
    // Edit distance itself stays bounded whatever it is given.
    let long = "a".repeat(1 << 20);
    assert_eq!(distance(&long, &long, usize::MAX), 65);
    assert_eq!(distance(&long, "amsterdam", 2), 3);
}

#[test]
fn decomposed_accents_and_invisible_marks_are_ignored() {
    let d = data();
    let want = d.find("Sûdwest-Fryslân");
    assert!(matches!(want, Outcome::Found(_)));
    assert_eq!(d.find("Su\u{0302}dwest-Frysla\u{0302}n"), want, "NFD");
    assert_eq!(d.find("\u{202B}Sûdwest\u{200B}-Fryslân\u{202C}"), want);
    assert_eq!(d.find("52\u{200B}23 GZ"), d.find("5223 GZ"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_text_gets_an_outcome(s in any::<String>()) {
        let o = data().find(&s);
        prop_assert!(consistent(&o), "{:?}", o);
        prop_assert_eq!(o == Outcome::Invalid(Invalid::TooLong), s.chars().count() > MAX_INPUT);
    }

    #[test]
    fn odd_unicode_gets_an_outcome(s in "[\\p{Arabic}\\p{Hebrew}\\p{Mn}\\p{Cf}\\p{Cc}\\p{Zs}a-z0-9 '-]{0,120}") {
        let o = data().find(&s);
        prop_assert!(consistent(&o), "{:?}", o);
    }

    #[test]
    fn edit_distance_is_the_textbook_one_and_bounded(a in "[a-e ]{0,12}", b in "[a-e ]{0,12}", max in any::<usize>()) {
        let got = distance(&a, &b, max);
        let cap = max.min(64);
        prop_assert_eq!(got, osa(a.as_bytes(), b.as_bytes()).min(cap + 1));
        prop_assert_eq!(got, distance(&b, &a, max), "symmetric");
    }

    #[test]
    fn fold_is_ascii_and_idempotent(s in any::<String>()) {
        let f = fold(&s);
        prop_assert!(f.is_ascii());
        prop_assert_eq!(fold(&f), f.clone());
        prop_assert!(f.len() <= 3 * s.chars().count());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A real place name or postcode with invisible marks and accents
    /// inserted, in other case: the same outcome as typed plainly.
    #[test]
    fn a_real_name_with_invisible_marks_finds_the_same(
        pick in any::<prop::sample::Index>(),
        postcode in any::<bool>(),
        inserts in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(&INVISIBLE[..])), 0..4),
        upper in any::<bool>(),
    ) {
        let d = data();
        let plain = if postcode {
            format!("{:04}", pick.get(&d.pc4).code)
        } else {
            pick.get(&d.names).display.clone()
        };
        let mut chars: Vec<char> = if upper { plain.to_uppercase().chars().collect() } else { plain.chars().collect() };
        for (at, c) in inserts {
            chars.insert(at.index(chars.len() + 1), c);
        }
        let marked: String = chars.into_iter().collect();
        prop_assume!(marked.chars().count() <= MAX_INPUT);
        prop_assert_eq!(d.find(&marked), d.find(&plain), "{:?}", marked);
    }
}
