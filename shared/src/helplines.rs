//! The helplines the app shows, loaded from `assets/data/helplines.json`.
//!
//! Every contact keeps its source and a `verified` flag. The data is embedded
//! at build time and validated when loaded: a phone number that could not be
//! dialled exactly, an entry without a source, or a duplicate id is an error,
//! caught by the tests before it can reach a user.
use chrono::NaiveTime;
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

/// Where a fact was read: the address, what it states, when (if the page
/// has a date), and whether it was confirmed there.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Source {
    /// The page.
    pub url: String,
    /// What the page says, in short.
    pub states: String,
    /// The page's date, when it has one.
    #[serde(default)]
    pub seen: Option<String>,
    /// Whether the fact was confirmed at this source.
    pub verified: bool,
}

/// Which days a contact is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Days {
    /// Every day of the week.
    EveryDay,
    /// Monday to Friday.
    Weekdays,
}

#[derive(Deserialize)]
struct RawHours {
    days: Days,
    from: Option<String>,
    to: Option<String>,
    sources: Vec<Source>,
    verified: bool,
}

/// When one phone number or chat can be reached, with its sources.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RawHours")]
pub struct Hours {
    /// Which days.
    pub days: Days,
    /// Opening and closing time; `None` means around the clock.
    pub open: Option<(NaiveTime, NaiveTime)>,
    /// Where the hours were read.
    pub sources: Vec<Source>,
    /// Whether they were confirmed (every source verified).
    pub verified: bool,
}

impl TryFrom<RawHours> for Hours {
    type Error = String;

    fn try_from(raw: RawHours) -> Result<Self, String> {
        let time = |s: &str| {
            NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| format!("{s:?} is not HH:MM"))
        };
        let open = match (raw.from.as_deref(), raw.to.as_deref()) {
            (None, None) => None,
            (Some(from), Some(to)) => Some((time(from)?, time(to)?)),
            _ => return Err("hours need both from and to, or neither".into()),
        };
        if open.is_none() && raw.days == Days::Weekdays {
            return Err("weekday hours need a time".into());
        }
        Ok(Self {
            days: raw.days,
            open,
            sources: raw.sources,
            verified: raw.verified,
        })
    }
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
        /// When it can be called, when a source states it.
        hours: Option<Hours>,
        /// Where the number was read.
        sources: Vec<Source>,
        /// Whether the number was confirmed (every source verified).
        verified: bool,
    },
    /// A chat, opened on the service's own website.
    Chat {
        /// The page where the chat starts.
        url: String,
        /// When it is open, when a source states it.
        hours: Option<Hours>,
        /// Where the address was read.
        sources: Vec<Source>,
        /// Whether the address was confirmed (every source verified).
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

    /// Its opening hours, when known.
    pub fn hours(&self) -> Option<&Hours> {
        match self {
            Self::Phone { hours, .. } | Self::Chat { hours, .. } => hours.as_ref(),
        }
    }

    /// Its sources.
    pub fn sources(&self) -> &[Source] {
        match self {
            Self::Phone { sources, .. } | Self::Chat { sources, .. } => sources,
        }
    }
}

/// A helpline with its contacts.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Helpline {
    /// Stable id; also the key of its texts (`helpline-<id>-name`).
    pub id: String,
    /// Ways to reach it, in the order they are shown, each with its sources.
    pub contacts: Vec<Contact>,
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
    /// A contact or its hours has no source, a source has no address, or
    /// something is flagged verified while one of its sources is not.
    #[error(
        "helpline {0}: a contact or its hours lacks a source, or claims more than its sources"
    )]
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
            if h.contacts.is_empty() {
                return Err(DataError::NoContacts(h.id.clone()));
            }
            for c in &h.contacts {
                let sourced = |sources: &[Source], verified: bool| {
                    !sources.is_empty()
                        && sources
                            .iter()
                            .all(|s| s.url.starts_with("http") && !s.states.trim().is_empty())
                        && (!verified || sources.iter().all(|s| s.verified))
                };
                if !sourced(c.sources(), c.verified())
                    || c.hours().is_some_and(|o| !sourced(&o.sources, o.verified))
                {
                    return Err(DataError::NoSource(h.id.clone()));
                }
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

    const SRC: &str = r#"[{"url": "https://a.nl/", "states": "s", "verified": true}]"#;

    fn with_csg(extra: &str) -> String {
        format!(
            r#"{{"helplines": [
            {{"id": "csg", "contacts": [{{"kind": "phone", "number": "0800-0188", "sources": {SRC}, "verified": true}},
                {{"kind": "chat", "url": "https://a.nl/", "sources": {SRC}, "verified": true}}]}},
            {{"id": "emergency", "contacts": [{{"kind": "phone", "number": "112", "sources": {SRC}, "verified": true}}]}}
            {extra}]}}"#
        )
    }

    fn entry(contact: &str) -> String {
        format!(r#"{{"id":"x","contacts":[{contact}]}}"#)
    }

    #[test]
    fn the_fixture_itself_is_valid() {
        assert!(Helplines::parse(&with_csg("")).is_ok());
    }

    #[test]
    fn rejects_bad_data() {
        let bad = |entry: &str| Helplines::parse(&with_csg(&format!(", {entry}"))).unwrap_err();
        let phone = |number: &str| {
            entry(&format!(
                r#"{{"kind":"phone","number":"{number}","sources":{SRC},"verified":true}}"#
            ))
        };
        assert!(matches!(
            bad(&phone("0800 0188")),
            DataError::BadNumber { .. }
        ));
        assert!(matches!(
            bad(&phone("08-00-01")),
            DataError::BadNumber { .. }
        ));
        assert!(matches!(
            bad(&entry(&format!(
                r#"{{"kind":"chat","url":"javascript:alert(1)","sources":{SRC},"verified":true}}"#
            ))),
            DataError::BadUrl { .. }
        ));
        assert!(matches!(
            bad(&entry(
                r#"{"kind":"chat","url":"https://a.nl/","sources":[],"verified":true}"#
            )),
            DataError::NoSource(_)
        ));
        assert!(matches!(
            bad(r#"{"id":"x","contacts":[]}"#),
            DataError::NoContacts(_)
        ));
        assert!(matches!(
            bad(&format!(
                r#"{{"id":"csg","contacts":[{{"kind":"chat","url":"https://a.nl/","sources":{SRC},"verified":true}}]}}"#
            )),
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

    /// Issue 14: a contact flagged verified while a source is not, hours
    /// without a source, or without an explicit flag, are refused.
    #[test]
    fn every_contact_and_hours_entry_needs_sources_and_an_honest_flag() {
        let bad = |entry: &str| Helplines::parse(&with_csg(&format!(", {entry}"))).is_err();
        let unverified_source = r#"[{"url": "https://a.nl/", "states": "s", "verified": false}]"#;
        assert!(bad(&entry(&format!(
            r#"{{"kind":"phone","number":"113","sources":{unverified_source},"verified":true}}"#
        ))));
        assert!(!bad(&entry(&format!(
            r#"{{"kind":"phone","number":"113","sources":{unverified_source},"verified":false}}"#
        ))));
        // No flag at all.
        assert!(bad(&entry(&format!(
            r#"{{"kind":"phone","number":"113","sources":{SRC}}}"#
        ))));
        // Hours without sources, without a flag, or half a time.
        for hours in [
            r#"{"days":"every-day","sources":[],"verified":true}"#.to_string(),
            format!(r#"{{"days":"every-day","sources":{SRC}}}"#),
            format!(r#"{{"days":"every-day","from":"09:00","sources":{SRC},"verified":true}}"#),
            format!(r#"{{"days":"weekdays","sources":{SRC},"verified":true}}"#),
            format!(
                r#"{{"days":"weekdays","from":"9","to":"17","sources":{SRC},"verified":true}}"#
            ),
        ] {
            assert!(
                bad(&entry(&format!(
                    r#"{{"kind":"chat","url":"https://a.nl/","hours":{hours},"sources":{SRC},"verified":true}}"#
                ))),
                "{hours}"
            );
        }
    }

    /// The bundled data: every phone number, chat and hours entry has
    /// sources and a flag that agrees with them (the parse checks this; here
    /// the facts the issue names are pinned).
    #[test]
    fn bundled_hours_are_per_contact_and_honest() {
        let h = Helplines::bundled();
        let vt = h.get("veilig-thuis").unwrap();
        let chat = vt
            .contacts
            .iter()
            .find(|c| matches!(c, Contact::Chat { .. }))
            .unwrap();
        let hours = chat.hours().unwrap();
        assert_eq!(
            hours.days,
            Days::Weekdays,
            "the Veilig Thuis chat is not 24/7"
        );
        assert!(hours.open.is_some());
        let phone = vt
            .contacts
            .iter()
            .find(|c| matches!(c, Contact::Phone { .. }))
            .unwrap();
        assert!(phone.hours().unwrap().open.is_none(), "the phone is 24/7");
        let kt = h.get("kindertelefoon").unwrap();
        assert!(kt
            .contacts
            .iter()
            .all(|c| c.hours().is_some_and(|o| !o.verified)));
        for line in h.all() {
            for c in &line.contacts {
                assert!(!c.sources().is_empty(), "{}", line.id);
            }
        }
    }
}
