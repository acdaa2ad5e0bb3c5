//! What the entry forms send (text as typed), what is sealed for each
//! record ([`Body`]), and a record as the app shows it ([`Item`]).
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::entry::{Entry, EntryError, Scale, Symptoms, When};

/// How precisely the user knows when an incident happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Precision {
    /// Date and time.
    Exact,
    /// Roughly: maybe a day, and words.
    Approximately,
    /// Not given.
    #[default]
    Unknown,
}

/// A form as typed. The core turns it into an [`Entry`] and says what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    /// The incident form.
    Incident {
        /// How precise "when" is.
        precision: Precision,
        /// `YYYY-MM-DD` (date input), or empty.
        date: String,
        /// `HH:MM` (time input), or empty.
        time: String,
        /// "Approximately" in words.
        words: String,
        /// Where.
        place: String,
        /// What happened.
        what: String,
        /// People involved.
        people: String,
        /// Witnesses.
        witnesses: String,
    },
    /// The check-in form: each scale 0-10 or not answered.
    Symptoms {
        /// Sleep.
        sleep: Option<u8>,
        /// Anxiety.
        anxiety: Option<u8>,
        /// Pain.
        pain: Option<u8>,
        /// Flashbacks.
        flashbacks: Option<u8>,
        /// Mood.
        mood: Option<u8>,
        /// A note.
        note: String,
    },
    /// The online-abuse form; links one per line.
    OnlineAbuse {
        /// Platform or app.
        platform: String,
        /// Account names.
        accounts: String,
        /// Links, one per line.
        urls: String,
        /// What was shared.
        what: String,
    },
    /// A new note for an evidence entry (its file stays).
    EvidenceNote {
        /// The note.
        note: String,
    },
}

/// Why a form cannot be saved, for the message next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// One of the entry rules.
    Entry(EntryError),
    /// The date or time is not a real one.
    BadDate,
    /// "Exact" without a date.
    MissingDate,
    /// A date in the future.
    FutureDate,
}

impl From<EntryError> for DraftError {
    fn from(e: EntryError) -> Self {
        Self::Entry(e)
    }
}

fn scale(v: Option<u8>) -> Result<Option<Scale>, DraftError> {
    v.map(Scale::try_from).transpose().map_err(DraftError::from)
}

fn date(s: &str) -> Result<Option<NaiveDate>, DraftError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| DraftError::BadDate)
}

impl Draft {
    /// The entry this form describes, checked. `today` (local) refuses dates
    /// in the future; `previous` is the entry being edited (evidence keeps its file).
    ///
    /// # Errors
    /// What is wrong with the form.
    pub fn to_entry(
        &self,
        today: NaiveDate,
        previous: Option<&Entry>,
    ) -> Result<Entry, DraftError> {
        let entry = match self {
            Self::Incident {
                precision,
                date: d,
                time,
                words,
                place,
                what,
                people,
                witnesses,
            } => {
                let day = date(d)?;
                if day.is_some_and(|d| d > today) {
                    return Err(DraftError::FutureDate);
                }
                let when = match precision {
                    Precision::Exact => {
                        let day = day.ok_or(DraftError::MissingDate)?;
                        let t = time.trim();
                        let t = if t.is_empty() {
                            NaiveTime::MIN
                        } else {
                            NaiveTime::parse_from_str(t, "%H:%M")
                                .map_err(|_| DraftError::BadDate)?
                        };
                        When::Exact {
                            at: NaiveDateTime::new(day, t),
                        }
                    }
                    Precision::Approximately => When::Approximately {
                        day,
                        words: words.trim().to_string(),
                    },
                    Precision::Unknown => When::Unknown,
                };
                Entry::Incident {
                    when,
                    place: place.trim().to_string(),
                    what: what.trim().to_string(),
                    people: people.trim().to_string(),
                    witnesses: witnesses.trim().to_string(),
                }
            }
            Self::Symptoms {
                sleep,
                anxiety,
                pain,
                flashbacks,
                mood,
                note,
            } => Entry::Symptoms {
                scales: Symptoms {
                    sleep: scale(*sleep)?,
                    anxiety: scale(*anxiety)?,
                    pain: scale(*pain)?,
                    flashbacks: scale(*flashbacks)?,
                    mood: scale(*mood)?,
                },
                note: note.trim().to_string(),
            },
            Self::OnlineAbuse {
                platform,
                accounts,
                urls,
                what,
            } => Entry::OnlineAbuse {
                platform: platform.trim().to_string(),
                accounts: accounts.trim().to_string(),
                urls: urls
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
                what: what.trim().to_string(),
            },
            Self::EvidenceNote { note } => match previous {
                Some(Entry::Evidence {
                    name,
                    size,
                    mime,
                    blob,
                    ..
                }) => Entry::Evidence {
                    name: name.clone(),
                    size: *size,
                    mime: mime.clone(),
                    blob: blob.clone(),
                    note: note.trim().to_string(),
                },
                _ => return Err(DraftError::Entry(EntryError::Empty)),
            },
        };
        entry.validate()?;
        Ok(entry)
    }
}

/// What one record seals: an entry, and the record it replaces when it is
/// an edit (the old version stays in the diary).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    /// Format version.
    pub v: u8,
    /// The entry.
    pub entry: Entry,
    /// The record number of the version this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<u64>,
    /// For an imported record: when and as which number it was first written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

/// Where an imported record came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// When it was first written (system clock of the device it came from).
    pub at: chrono::DateTime<chrono::Utc>,
    /// Its number there.
    pub seq: u64,
    /// The SHA-256 (hex) it had in the diary where it was first written:
    /// how a second import of the same archive is recognised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

impl Body {
    /// A body of the current format.
    pub fn new(entry: Entry, replaces: Option<u64>) -> Self {
        Self {
            v: 1,
            entry,
            replaces,
            origin: None,
        }
    }
}

/// A record as the app uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Record number.
    pub seq: u64,
    /// When it was written (system clock), in UTC.
    pub at: chrono::DateTime<chrono::Utc>,
    /// The same moment in the device's local time, for display.
    pub local: NaiveDateTime,
    /// What it holds; `None` when the record could not be understood.
    pub body: Option<Body>,
    /// The SHA-256 of its sealed plaintext: the link the next record carries.
    pub hash: crate::chain::Hash,
}

impl Item {
    /// Decodes a record, with its local time.
    pub fn from_record(
        record: &crate::vault::records::Record,
        hash: crate::chain::Hash,
        local: NaiveDateTime,
    ) -> Self {
        Self {
            seq: record.seq,
            at: record.at,
            local,
            body: serde_json::from_str(&record.body).ok(),
            hash,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn incident(precision: Precision, date: &str, time: &str) -> Draft {
        Draft::Incident {
            precision,
            date: date.into(),
            time: time.into(),
            words: String::new(),
            place: "station".into(),
            what: "x".into(),
            people: String::new(),
            witnesses: String::new(),
        }
    }

    #[test]
    fn forms_become_checked_entries() {
        let e = incident(Precision::Exact, "2026-11-28", "21:30")
            .to_entry(today(), None)
            .unwrap();
        let Entry::Incident {
            when: When::Exact { at },
            ..
        } = e
        else {
            panic!("{e:?}")
        };
        assert_eq!(at.to_string(), "2026-11-28 21:30:00");
        assert_eq!(
            incident(Precision::Exact, "", "").to_entry(today(), None),
            Err(DraftError::MissingDate)
        );
        assert_eq!(
            incident(Precision::Exact, "2026-02-30", "").to_entry(today(), None),
            Err(DraftError::BadDate)
        );
        assert_eq!(
            incident(Precision::Approximately, "2027-01-01", "").to_entry(today(), None),
            Err(DraftError::FutureDate)
        );
        let links = Draft::OnlineAbuse {
            platform: "x".into(),
            accounts: String::new(),
            urls: " https://a.example/1 \n\n https://b.example/2".into(),
            what: String::new(),
        }
        .to_entry(today(), None)
        .unwrap();
        assert!(matches!(links, Entry::OnlineAbuse { ref urls, .. } if urls.len() == 2));
        let high = Draft::Symptoms {
            sleep: Some(11),
            anxiety: None,
            pain: None,
            flashbacks: None,
            mood: None,
            note: String::new(),
        };
        assert_eq!(
            high.to_entry(today(), None),
            Err(DraftError::Entry(EntryError::OutOfScale))
        );
    }

    #[test]
    fn a_new_evidence_note_keeps_the_file() {
        let old = Entry::Evidence {
            name: "a.jpg".into(),
            size: 3,
            mime: None,
            blob: "ab".into(),
            note: "old".into(),
        };
        let new = Draft::EvidenceNote { note: "new".into() }
            .to_entry(today(), Some(&old))
            .unwrap();
        assert!(
            matches!(new, Entry::Evidence { ref blob, ref note, .. } if blob == "ab" && note == "new")
        );
        assert!(Draft::EvidenceNote { note: "n".into() }
            .to_entry(today(), None)
            .is_err());
    }
}
