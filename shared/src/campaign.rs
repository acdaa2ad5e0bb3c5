//! Campaign links for schools, youth workers and GGDs, and their QR codes.
//!
//! # Link format, version 1
//!
//! ```text
//! <base>/c/1/<audience>/<lang>[/<campaign>]
//! ```
//! - `1`: the format version. Another version is refused (the app opens Start).
//! - `<audience>`: `pupils`, `parents` or `staff`: who the poster is for; it
//!   picks the page that opens (Start, For relatives, For schools).
//! - `<lang>`: one of the app's language tags, e.g. `nl`, `ar`.
//! - `<campaign>`: optional, 1 to 24 letters, digits or `-`, chosen by the
//!   school (e.g. `mavo-noord-2026`). It names a poster run, never a person.
//!
//! Nothing else is ever in a link: no personal data, no per-person or
//! per-device identifier, no query string. Parsing is strict: anything else,
//! however close, is [`LinkError`] and the app opens Start.
use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

use crate::screen::Screen;

/// The format version this app writes and reads.
pub const VERSION: &str = "1";
/// The path prefix of campaign links.
pub const PREFIX: &str = "/c/";
/// Longest campaign code.
pub const MAX_CODE: usize = 24;
/// Longest link path accepted at all.
pub const MAX_PATH: usize = 96;

/// Who a campaign is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Pupils and students: the start screen with the call button.
    Pupils,
    /// Parents and carers: the page for relatives.
    Parents,
    /// Teachers and other school staff: the page for schools.
    Staff,
}

impl Audience {
    /// All audiences, in the order the kit offers them.
    pub const ALL: [Self; 3] = [Self::Pupils, Self::Parents, Self::Staff];

    /// The word in the link.
    pub fn code(self) -> &'static str {
        match self {
            Self::Pupils => "pupils",
            Self::Parents => "parents",
            Self::Staff => "staff",
        }
    }

    fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == s)
    }

    /// Where a link for this audience opens.
    pub fn landing(self) -> Landing {
        match self {
            Self::Pupils => Landing::Screen(Screen::Home),
            Self::Parents => Landing::Info("relatives"),
            Self::Staff => Landing::Info("schools"),
        }
    }
}

/// Where a campaign link lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landing {
    /// A screen of the app.
    Screen(Screen),
    /// An information page, by id.
    Info(&'static str),
}

/// A campaign link that was opened, and where it lands. A malformed or
/// hostile link lands on the start screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrival {
    /// The link's path as it was opened.
    pub path: String,
    /// Where it lands.
    pub landing: Landing,
}

impl Arrival {
    /// The part of a link's path an arrival keeps: enough to tell links
    /// apart where they land differently (a longer path never parses), and
    /// never more than that of a hostile link.
    #[must_use]
    pub fn key(path: &str) -> String {
        path.chars().take(MAX_PATH + 1).collect()
    }
}

/// A parsed campaign link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignLink {
    /// Who it is for.
    pub audience: Audience,
    /// The language it opens in.
    pub lang: String,
    /// The school's campaign code, if any.
    pub code: Option<String>,
}

/// Why a link was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// Not a campaign path, or not this format.
    #[error("not a campaign link")]
    Shape,
    /// A version this app does not know.
    #[error("unknown link version")]
    Version,
    /// Unknown audience.
    #[error("unknown audience")]
    Audience,
    /// A language the app does not have.
    #[error("unknown language")]
    Language,
    /// A campaign code with other characters or too long.
    #[error("invalid campaign code")]
    Code,
}

/// Whether a campaign code is acceptable.
pub fn valid_code(code: &str) -> bool {
    (1..=MAX_CODE).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl CampaignLink {
    /// The link's path, e.g. `/c/1/parents/ar/mavo-noord`.
    pub fn path(&self) -> String {
        let mut p = format!("{PREFIX}{VERSION}/{}/{}", self.audience.code(), self.lang);
        if let Some(code) = &self.code {
            p.push('/');
            p.push_str(code);
        }
        p
    }

    /// The full link on `base` (e.g. `https://example.org`, no trailing slash needed).
    pub fn url(&self, base: &str) -> String {
        format!("{}{}", base.trim_end_matches('/'), self.path())
    }

    /// Parses a path strictly. `languages` are the app's language tags.
    ///
    /// # Errors
    /// [`LinkError`] for anything that is not exactly a version-1 link.
    pub fn parse_path(path: &str, languages: &[String]) -> Result<Self, LinkError> {
        if path.len() > MAX_PATH || !path.is_ascii() {
            return Err(LinkError::Shape);
        }
        let rest = path.strip_prefix(PREFIX).ok_or(LinkError::Shape)?;
        let parts: Vec<&str> = rest.split('/').collect();
        let (version, audience, lang, code) = match parts[..] {
            [v, a, l] => (v, a, l, None),
            [v, a, l, c] => (v, a, l, Some(c)),
            _ => return Err(LinkError::Shape),
        };
        if version != VERSION {
            return Err(LinkError::Version);
        }
        let audience = Audience::from_code(audience).ok_or(LinkError::Audience)?;
        if !languages.iter().any(|l| l == lang) {
            return Err(LinkError::Language);
        }
        if let Some(c) = code {
            if !valid_code(c) {
                return Err(LinkError::Code);
            }
        }
        Ok(Self {
            audience,
            lang: lang.to_string(),
            code: code.map(str::to_string),
        })
    }
}

/// A QR code as an SVG path of dark modules, with its size in modules.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct QrSvg {
    /// Width and height in modules, including the quiet zone.
    pub size: usize,
    /// `M x y h1 v1 h-1 z` for every dark module.
    pub path: String,
}

/// Encodes `text` as a QR code (error correction M, quiet zone of 4).
///
/// # Errors
/// When the text is too long for any QR code.
pub fn qr(text: &str) -> Result<QrSvg, qrcode::types::QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)?;
    let width = code.width();
    let quiet = 4;
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            let _ = write!(path, "M{x} {y}h1v1h-1z");
        }
    }
    Ok(QrSvg {
        size: width + 2 * quiet,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn langs() -> Vec<String> {
        static LANGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        LANGS
            .get_or_init(|| crate::i18n::Localizer::embedded().available())
            .clone()
    }

    #[test]
    fn every_audience_and_language_round_trips() {
        for lang in langs() {
            for audience in Audience::ALL {
                for code in [None, Some("mavo-noord-2026".to_string())] {
                    let link = CampaignLink {
                        audience,
                        lang: lang.clone(),
                        code,
                    };
                    assert_eq!(CampaignLink::parse_path(&link.path(), &langs()), Ok(link));
                }
            }
        }
    }

    #[test]
    fn hostile_and_malformed_links_are_refused() {
        let l = langs();
        for (path, why) in [
            ("/c/2/pupils/nl", LinkError::Version),
            ("/c/1/everyone/nl", LinkError::Audience),
            ("/c/1/pupils/xx", LinkError::Language),
            ("/c/1/pupils/nl/<script>", LinkError::Code),
            ("/c/1/pupils/nl/a b", LinkError::Code),
            ("/c/1/pupils/nl/%2e%2e", LinkError::Code),
            ("/c/1/pupils/nl/", LinkError::Code),
            (
                "/c/1/pupils/nl/this-code-is-far-too-long-for-a-poster",
                LinkError::Code,
            ),
            ("/c/1/pupils", LinkError::Shape),
            ("/c/1/pupils/nl/a/b", LinkError::Shape),
            ("/diary", LinkError::Shape),
            ("/c/1/pupils/nl?user=123", LinkError::Language),
            ("/c/1/pupils/nl/naïve", LinkError::Shape),
        ] {
            assert_eq!(CampaignLink::parse_path(path, &l), Err(why), "{path}");
        }
        assert_eq!(
            CampaignLink::parse_path(&"/c/1/pupils/nl/".repeat(20), &l),
            Err(LinkError::Shape)
        );
    }

    #[test]
    fn each_audience_lands_on_its_page() {
        assert_eq!(Audience::Pupils.landing(), Landing::Screen(Screen::Home));
        assert_eq!(Audience::Parents.landing(), Landing::Info("relatives"));
        assert_eq!(Audience::Staff.landing(), Landing::Info("schools"));
    }

    fn decode(svg: &QrSvg) -> String {
        // Rasterise the modules at 4 px each, white background, and let a QR
        // decoder read it back.
        let scale = 4;
        let n = svg.size;
        let mut dark = vec![false; n * n];
        for cmd in svg.path.split('M').filter(|c| !c.is_empty()) {
            let xy: Vec<usize> = cmd
                .trim_end_matches("h1v1h-1z")
                .split(' ')
                .map(|v| v.parse().unwrap())
                .collect();
            dark[xy[1] * n + xy[0]] = true;
        }
        let px = n * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if dark[(y / scale) * n + x / scale] {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code found");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn qr_code_decodes_back_to_the_exact_link() {
        for lang in ["nl", "ar"] {
            for audience in Audience::ALL {
                let url = CampaignLink {
                    audience,
                    lang: lang.into(),
                    code: Some("GGD-west".into()),
                }
                .url("https://example.org/");
                assert_eq!(decode(&qr(&url).unwrap()), url);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn parser_never_panics_and_accepts_only_well_formed_links(s in "\\PC{0,120}") {
            let l = langs();
            if let Ok(link) = CampaignLink::parse_path(&s, &l) {
                prop_assert_eq!(link.path(), s);
            }
        }

        /// A valid link, damaged: cut, a bit flipped, a part repeated, a
        /// character inserted (odd Unicode, `%`, `/`, `.`, `?`), upper case.
        /// Either refused with a reason, or exactly a valid link again.
        #[test]
        fn damaged_valid_links_are_refused_or_exact(
            lang in prop::sample::select(langs()),
            audience in prop::sample::select(&Audience::ALL[..]),
            code in prop::option::of("[a-zA-Z0-9-]{1,24}"),
            at in any::<usize>(), bit in 0u8..8, how in 0u8..5,
            insert in prop::sample::select(vec!["%2e", "/", "..", "?x=1", "#", "\u{202e}", "e\u{301}", "\0", " ", "\u{ff0f}"]),
        ) {
            let good = CampaignLink { audience, lang, code }.path();
            let at = at % (good.len() + 1);
            let bytes = good.as_bytes();
            let damaged = match how {
                0 => good[..at].to_string(),
                1 => {
                    let mut d = bytes.to_vec();
                    let i = at.min(d.len() - 1);
                    d[i] ^= 1 << bit;
                    String::from_utf8_lossy(&d).into_owned()
                }
                2 => format!("{}{}", &good[..at], &good[at..].repeat(2)),
                3 => format!("{}{insert}{}", &good[..at], &good[at..]),
                _ => good.to_uppercase(),
            };
            match CampaignLink::parse_path(&damaged, &langs()) {
                Ok(link) => {
                    prop_assert_eq!(link.path(), damaged);
                    prop_assert!(langs().contains(&link.lang));
                    prop_assert!(link.code.as_deref().is_none_or(valid_code));
                }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }

        #[test]
        fn parser_survives_near_misses(audience in "[a-z]{0,8}", lang in "[a-zA-Z-]{0,6}", code in "[ -~]{0,30}") {
            let l = langs();
            let path = format!("/c/1/{audience}/{lang}/{code}");
            if let Ok(link) = CampaignLink::parse_path(&path, &l) {
                prop_assert!(valid_code(link.code.as_deref().unwrap()));
                prop_assert!(l.contains(&link.lang));
            }
        }
    }
}
