//! The helplines the app shows, loaded from `assets/data/helplines.json`.
//!
//! Every contact keeps its source and a `verified` flag. The data is embedded
//! at build time and validated when loaded: a phone number that could not be
//! dialled exactly, an entry without a source, or a duplicate id is an error,
//! caught by the tests before it can reach a user.
use serde::Deserialize;
use thiserror::Error;

const BUNDLED: &str = include_str!("../../assets/data/helplines.json");

/// The national number of the Centra Seksueel Geweld.
pub const CSG_ID: &str = "csg";
/// The emergency number entry.
pub const EMERGENCY_ID: &str = "emergency";

/// What a call costs, as stated by the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cost {
    /// Free of charge.
    Free,
    /// The caller's normal rate.
    Local,
}

/// When a service can be reached, as stated by the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hours {
    /// Day and night, every day.
    Always,
    /// Evenings and nights.
    Evenings,
}

/// One way to reach a service.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Contact {
    /// A number to call.
    Phone {
        /// As written in the Netherlands, e.g. `0800-0188`.
        number: String,
        /// Cost, when the source states it.
        cost: Option<Cost>,
        /// Whether the number was confirmed at its source.
        verified: bool,
    },
    /// A chat, opened on the service's own website.
    Chat {
        /// The page where the chat starts.
        url: String,
        /// Whether the address was confirmed at its source.
        verified: bool,
    },
}

impl Contact {
    /// Whether this contact was confirmed at its source.
    pub fn verified(&self) -> bool {
        match self {
            Self::Phone { verified, .. } | Self::Chat { verified, .. } => *verified,
        }
    }
}

/// A helpline with its contacts and provenance.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Helpline {
    /// Stable id; also the key of its texts (`helpline-<id>-name`).
    pub id: String,
    /// Ways to reach it, in the order they are shown.
    pub contacts: Vec<Contact>,
    /// Opening hours, when the source states them.
    pub hours: Option<Hours>,
    /// Where the contact details were read.
    pub source: String,
}

#[derive(Deserialize)]
struct File {
    helplines: Vec<Helpline>,
}

/// Why helpline data was rejected.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataError {
    /// The JSON did not parse into helplines.
    #[error("helpline data does not parse: {0}")]
    Parse(String),
    /// A phone number has characters other than digits and one dash.
    #[error("helpline {id}: {number:?} is not a dialable Dutch number")]
    BadNumber {
        /// The helpline.
        id: String,
        /// The number as written.
        number: String,
    },
    /// A chat address is not an https URL.
    #[error("helpline {id}: {url:?} is not an https address")]
    BadUrl {
        /// The helpline.
        id: String,
        /// The address as written.
        url: String,
    },
    /// An entry has no source.
    #[error("helpline {0} has no source")]
    NoSource(String),
    /// An entry has no contacts.
    #[error("helpline {0} has no contacts")]
    NoContacts(String),
    /// Two entries share an id.
    #[error("helpline id {0} appears twice")]
    DuplicateId(String),
    /// A required entry is missing.
    #[error("helpline {0} is missing")]
    Missing(&'static str),
}

/// The `tel:` link for a number written like `0800-0188`: digits only.
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{digits}")
}

fn dialable(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    (3..=11).contains(&digits)
        && number.chars().all(|c| c.is_ascii_digit() || c == '-')
        && number.matches('-').count() <= 1
        && !number.starts_with('-')
        && !number.ends_with('-')
}

/// The helplines, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Helplines(Vec<Helpline>);

impl Helplines {
    /// The data that ships with the app.
    ///
    /// # Panics
    /// Never in a released build: the bundled file is validated by the tests.
    pub fn bundled() -> Self {
        Self::parse(BUNDLED).expect("bundled helpline data is valid (tested)")
    }

    /// Parses and validates helpline data.
    ///
    /// # Errors
    /// The first problem found; see [`DataError`].
    pub fn parse(json: &str) -> Result<Self, DataError> {
        let file: File = serde_json::from_str(json).map_err(|e| DataError::Parse(e.to_string()))?;
        let mut seen = std::collections::BTreeSet::new();
        for h in &file.helplines {
            if !seen.insert(h.id.as_str()) {
                return Err(DataError::DuplicateId(h.id.clone()));
            }
            if h.source.trim().is_empty() {
                return Err(DataError::NoSource(h.id.clone()));
            }
            if h.contacts.is_empty() {
                return Err(DataError::NoContacts(h.id.clone()));
            }
            for c in &h.contacts {
                match c {
                    Contact::Phone { number, .. } if !dialable(number) => {
                        return Err(DataError::BadNumber {
                            id: h.id.clone(),
                            number: number.clone(),
                        });
                    }
                    Contact::Chat { url, .. }
                        if !url.starts_with("https://") || url.contains(char::is_whitespace) =>
                    {
                        return Err(DataError::BadUrl {
                            id: h.id.clone(),
                            url: url.clone(),
                        });
                    }
                    _ => {}
                }
            }
        }
        for required in [CSG_ID, EMERGENCY_ID] {
            if !seen.contains(required) {
                return Err(DataError::Missing(required));
            }
        }
        let helplines = Self(file.helplines);
        if helplines.first_phone(CSG_ID).is_none() || helplines.first_chat(CSG_ID).is_none() {
            return Err(DataError::Missing("the CSG's number and chat"));
        }
        Ok(helplines)
    }

    /// All helplines in display order.
    pub fn all(&self) -> &[Helpline] {
        &self.0
    }

    /// One helpline by id.
    pub fn get(&self, id: &str) -> Option<&Helpline> {
        self.0.iter().find(|h| h.id == id)
    }

    /// The first phone number of a helpline.
    pub fn first_phone(&self, id: &str) -> Option<&str> {
        self.get(id)?.contacts.iter().find_map(|c| match c {
            Contact::Phone { number, .. } => Some(number.as_str()),
            Contact::Chat { .. } => None,
        })
    }

    /// The first chat address of a helpline.
    pub fn first_chat(&self, id: &str) -> Option<&str> {
        self.get(id)?.contacts.iter().find_map(|c| match c {
            Contact::Chat { url, .. } => Some(url.as_str()),
            Contact::Phone { .. } => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_valid_and_has_the_csg_number() {
        let h = Helplines::parse(BUNDLED).unwrap();
        assert_eq!(h.first_phone(CSG_ID), Some("0800-0188"));
        assert_eq!(tel_href(h.first_phone(CSG_ID).unwrap()), "tel:08000188");
        assert_eq!(h.first_phone(EMERGENCY_ID), Some("112"));
    }

    #[test]
    fn every_issue_helpline_is_present() {
        let h = Helplines::bundled();
        let numbers: Vec<_> = h
            .all()
            .iter()
            .flat_map(|h| &h.contacts)
            .filter_map(|c| match c {
                Contact::Phone { number, .. } => Some(number.as_str()),
                Contact::Chat { .. } => None,
            })
            .collect();
        for n in [
            "112",
            "0800-0188",
            "0800-2000",
            "0900-0101",
            "113",
            "0800-0113",
            "0900-8844",
            "0800-0432",
        ] {
            assert!(numbers.contains(&n), "{n} missing");
        }
        assert!(h.first_chat("helpwanted").is_some());
    }

    #[test]
    fn unverified_number_stays_flagged() {
        let h = Helplines::bundled();
        let kt = h.get("kindertelefoon").unwrap();
        assert!(kt.contacts.iter().any(|c| !c.verified()));
    }

    fn with_csg(extra: &str) -> String {
        format!(
            r#"{{"helplines": [
            {{"id": "csg", "source": "s", "contacts": [{{"kind": "phone", "number": "0800-0188", "verified": true}}]}},
            {{"id": "emergency", "source": "s", "contacts": [{{"kind": "phone", "number": "112", "verified": true}}]}}
            {extra}]}}"#
        )
    }

    #[test]
    fn rejects_bad_data() {
        let bad = |entry: &str| Helplines::parse(&with_csg(&format!(", {entry}"))).unwrap_err();
        assert!(matches!(
            bad(
                r#"{"id":"x","source":"s","contacts":[{"kind":"phone","number":"0800 0188","verified":true}]}"#
            ),
            DataError::BadNumber { .. }
        ));
        assert!(matches!(
            bad(
                r#"{"id":"x","source":"s","contacts":[{"kind":"phone","number":"08-00-01","verified":true}]}"#
            ),
            DataError::BadNumber { .. }
        ));
        assert!(matches!(
            bad(
                r#"{"id":"x","source":"s","contacts":[{"kind":"chat","url":"javascript:alert(1)","verified":true}]}"#
            ),
            DataError::BadUrl { .. }
        ));
        assert!(matches!(
            bad(
                r#"{"id":"x","source":" ","contacts":[{"kind":"chat","url":"https://a.nl/","verified":true}]}"#
            ),
            DataError::NoSource(_)
        ));
        assert!(matches!(
            bad(r#"{"id":"x","source":"s","contacts":[]}"#),
            DataError::NoContacts(_)
        ));
        assert!(matches!(
            bad(
                r#"{"id":"csg","source":"s","contacts":[{"kind":"chat","url":"https://a.nl/","verified":true}]}"#
            ),
            DataError::DuplicateId(_)
        ));
        assert!(matches!(
            Helplines::parse("{not json"),
            Err(DataError::Parse(_))
        ));
        assert!(matches!(
            Helplines::parse(r#"{"helplines": []}"#),
            Err(DataError::Missing(_))
        ));
    }
}
