//! The four kinds of diary entry and their rules. What a user writes is
//! checked here before it is sealed; the UI only shows what these rules say.
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// The four kinds of entry, without their contents (what the UI names in
/// events and filters by).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// What happened.
    Incident,
    /// A daily check-in.
    Symptoms,
    /// A photo or file.
    Evidence,
    /// Online abuse.
    OnlineAbuse,
}

impl EntryKind {
    /// All kinds, in the order the app offers them.
    pub const ALL: [Self; 4] = [
        Self::Incident,
        Self::Symptoms,
        Self::Evidence,
        Self::OnlineAbuse,
    ];

    /// A stable name for CSS classes and test ids.
    pub fn id(self) -> &'static str {
        match self {
            Self::Incident => "incident",
            Self::Symptoms => "symptoms",
            Self::Evidence => "evidence",
            Self::OnlineAbuse => "online-abuse",
        }
    }
}

impl Entry {
    /// Which of the four kinds this entry is.
    pub fn kind(&self) -> EntryKind {
        match self {
            Self::Incident { .. } => EntryKind::Incident,
            Self::Symptoms { .. } => EntryKind::Symptoms,
            Self::Evidence { .. } => EntryKind::Evidence,
            Self::OnlineAbuse { .. } => EntryKind::OnlineAbuse,
        }
    }
}

/// Longest free text in one field (about 20 pages): enough for anything a
/// person writes, small enough that a mistaken paste cannot fill the phone.
pub const MAX_TEXT: usize = 50_000;
/// Longest short field (a place, a name, a platform).
pub const MAX_SHORT: usize = 500;

/// Longest media type kept for a file (RFC 6838 allows 127 + 1 + 127).
pub const MAX_MEDIA_TYPE: usize = 255;

/// `text` trimmed and cut to [`MAX_SHORT`] characters (a picked file's
/// name, as the platform gives it), with control characters replaced.
pub fn short_text(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_control() { '_' } else { c })
        .take(MAX_SHORT)
        .collect()
}

/// A media type as the platform gives it, kept only when it looks like one
/// (`type/subtype`, printable ASCII, no spaces, at most [`MAX_MEDIA_TYPE`]).
pub fn media_type(mime: &str) -> Option<String> {
    let m = mime.trim();
    let ok = m.len() <= MAX_MEDIA_TYPE
        && m.split_once('/')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && m.bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'\\'));
    ok.then(|| m.to_ascii_lowercase())
}

/// When an incident happened, as precisely as the user knows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "precision", rename_all = "lowercase")]
pub enum When {
    /// Date and time known, as the user gives them (local time).
    Exact {
        /// The moment.
        at: NaiveDateTime,
    },
    /// Only roughly: a day, or words like "last summer".
    Approximately {
        /// A day, if the user gives one.
        day: Option<NaiveDate>,
        /// In the user's words.
        words: String,
    },
    /// Not given.
    Unknown,
}

/// A 0-10 check-in value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Scale(u8);

impl TryFrom<u8> for Scale {
    type Error = EntryError;
    fn try_from(v: u8) -> Result<Self, EntryError> {
        if v <= 10 {
            Ok(Self(v))
        } else {
            Err(EntryError::OutOfScale)
        }
    }
}

impl From<Scale> for u8 {
    fn from(s: Scale) -> u8 {
        s.0
    }
}

/// The daily check-in scales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Symptoms {
    /// How well the user slept (0 bad, 10 good).
    pub sleep: Option<Scale>,
    /// Anxiety (0 none, 10 worst).
    pub anxiety: Option<Scale>,
    /// Pain (0 none, 10 worst).
    pub pain: Option<Scale>,
    /// Flashbacks (0 none, 10 constant).
    pub flashbacks: Option<Scale>,
    /// Mood (0 low, 10 good).
    pub mood: Option<Scale>,
}

/// The five check-in scales, in the order the app asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Symptom {
    /// How well the user slept.
    Sleep,
    /// Anxiety.
    Anxiety,
    /// Pain.
    Pain,
    /// Flashbacks.
    Flashbacks,
    /// Mood.
    Mood,
}

impl Symptom {
    /// All five, in the order the app asks them.
    pub const ALL: [Self; 5] = [
        Self::Sleep,
        Self::Anxiety,
        Self::Pain,
        Self::Flashbacks,
        Self::Mood,
    ];

    /// The stable name: the field in `entries.json`, the form's id, the
    /// message `diary-scale-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Sleep => "sleep",
            Self::Anxiety => "anxiety",
            Self::Pain => "pain",
            Self::Flashbacks => "flashbacks",
            Self::Mood => "mood",
        }
    }
}

impl Symptoms {
    /// The answer on one scale.
    pub fn get(&self, symptom: Symptom) -> Option<Scale> {
        match symptom {
            Symptom::Sleep => self.sleep,
            Symptom::Anxiety => self.anxiety,
            Symptom::Pain => self.pain,
            Symptom::Flashbacks => self.flashbacks,
            Symptom::Mood => self.mood,
        }
    }

    /// Every answer, in [`Symptom::ALL`]'s order.
    pub fn values(&self) -> [Option<u8>; 5] {
        Symptom::ALL.map(|s| self.get(s).map(u8::from))
    }
}

/// One diary entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    /// What happened.
    Incident {
        /// When.
        when: When,
        /// Where.
        place: String,
        /// What happened, in the user's words.
        what: String,
        /// People involved.
        people: String,
        /// Witnesses.
        witnesses: String,
    },
    /// A check-in.
    Symptoms {
        /// The scales.
        scales: Symptoms,
        /// A note.
        note: String,
    },
    /// A photo or file kept in the diary (its bytes are sealed separately).
    Evidence {
        /// The file's name as picked.
        name: String,
        /// Its size in bytes.
        size: u64,
        /// Its media type, when the platform gave one.
        #[serde(default)]
        mime: Option<String>,
        /// Where its sealed bytes are (see [`crate::blob`]).
        #[serde(default)]
        blob: String,
        /// What it shows.
        note: String,
    },
    /// Online abuse.
    OnlineAbuse {
        /// Platform or app.
        platform: String,
        /// Account names involved.
        accounts: String,
        /// Links.
        urls: Vec<String>,
        /// What was shared or sent.
        what: String,
    },
}

/// Why an entry cannot be saved as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    /// Nothing was filled in.
    #[error("empty")]
    Empty,
    /// A text is longer than allowed.
    #[error("too long")]
    TooLong,
    /// A scale value above 10.
    #[error("scale out of range")]
    OutOfScale,
    /// A link that is not a web address.
    #[error("not a web address")]
    BadUrl,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident(what: &str) -> Entry {
        Entry::Incident {
            when: When::Unknown,
            place: String::new(),
            what: what.into(),
            people: String::new(),
            witnesses: String::new(),
        }
    }

    #[test]
    fn entries_round_trip_through_json() {
        let entries = [
            incident("he followed me home"),
            Entry::Incident {
                when: When::Approximately {
                    day: NaiveDate::from_ymd_opt(2026, 7, 1),
                    words: "early July".into(),
                },
                place: "the station".into(),
                what: "x".into(),
                people: "A.".into(),
                witnesses: String::new(),
            },
            Entry::Symptoms {
                scales: Symptoms {
                    sleep: Some(Scale(3)),
                    anxiety: Some(Scale(8)),
                    pain: None,
                    flashbacks: None,
                    mood: None,
                },
                note: String::new(),
            },
            Entry::Evidence {
                name: "photo.jpg".into(),
                size: 123_456,
                mime: Some("image/jpeg".into()),
                blob: "00ff".into(),
                note: "bruise".into(),
            },
            Entry::OnlineAbuse {
                platform: "Snapchat".into(),
                accounts: "@x".into(),
                urls: vec!["https://example.org/p".into()],
                what: "shared a photo".into(),
            },
        ];
        for e in entries {
            e.validate().unwrap();
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(serde_json::from_str::<Entry>(&json).unwrap(), e);
        }
    }

    #[test]
    fn empty_too_long_and_malformed_entries_are_refused() {
        assert_eq!(incident("   ").validate(), Err(EntryError::Empty));
        assert_eq!(
            incident(&"x".repeat(MAX_TEXT + 1)).validate(),
            Err(EntryError::TooLong)
        );
        let no_scales = Entry::Symptoms {
            scales: Symptoms {
                sleep: None,
                anxiety: None,
                pain: None,
                flashbacks: None,
                mood: None,
            },
            note: " ".into(),
        };
        assert_eq!(no_scales.validate(), Err(EntryError::Empty));
        assert_eq!(Scale::try_from(11), Err(EntryError::OutOfScale));
        assert!(serde_json::from_str::<Entry>(r#"{"kind":"symptoms","scales":{"sleep":42,"anxiety":null,"pain":null,"flashbacks":null,"mood":null},"note":""}"#).is_err());
        let bad_link = Entry::OnlineAbuse {
            platform: "x".into(),
            accounts: String::new(),
            urls: vec!["javascript:alert(1)".into()],
            what: String::new(),
        };
        assert_eq!(bad_link.validate(), Err(EntryError::BadUrl));
        assert!(serde_json::from_str::<Entry>(r#"{"kind":"unknown"}"#).is_err());
    }

    #[test]
    fn each_symptom_id_is_its_field_in_entries_json() {
        let scales = Symptoms {
            sleep: Some(Scale(1)),
            anxiety: Some(Scale(2)),
            pain: Some(Scale(3)),
            flashbacks: Some(Scale(4)),
            mood: Some(Scale(5)),
        };
        let json = serde_json::to_value(scales).unwrap();
        for (n, symptom) in Symptom::ALL.into_iter().enumerate() {
            assert_eq!(json[symptom.id()], n + 1, "{symptom:?}");
        }
        assert_eq!(scales.values(), [1, 2, 3, 4, 5].map(Some));
    }
}
