//! An entry's fields, walked once, in the order they are shown: the rules
//! an entry must keep before it is sealed ([`Entry::validate`]) and the
//! entry in words (the report and the screen, `shared/src/diary/words.rs`)
//! both read [`Entry::fields`]. A field added to a kind is then checked and
//! shown without a second list to remember. (The form's fields become an
//! entry in `draft.rs`: the other direction.)
use crate::entry::{Entry, EntryError, Symptom, When, MAX_SHORT, MAX_TEXT};

/// How long a text field may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// A place, a name, a platform: [`MAX_SHORT`] characters.
    Short,
    /// What happened, a note: [`MAX_TEXT`] characters.
    Long,
}

/// One field of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field<'a> {
    /// When it happened.
    When(&'a When),
    /// A text, named as in `entries.json` (`what` of online abuse is named
    /// `shared`: what was shared or sent).
    Text {
        /// The field's name (its label is `diary-field-<name>`).
        name: &'static str,
        /// What was written.
        value: &'a str,
        /// How long it may be.
        length: Length,
    },
    /// One check-in scale, 0 to 10, or not filled in.
    Scale {
        /// Which scale.
        symptom: Symptom,
        /// Its value.
        value: Option<u8>,
    },
    /// The kept file: its name as picked and its size.
    File {
        /// Its name.
        name: &'a str,
        /// Its size in bytes.
        size: u64,
    },
    /// Links.
    Urls(&'a [String]),
}

fn text<'a>(name: &'static str, value: &'a str, length: Length) -> Field<'a> {
    Field::Text {
        name,
        value,
        length,
    }
}

impl Entry {
    /// The entry's fields, in the order they are shown.
    #[must_use]
    pub fn fields(&self) -> Vec<Field<'_>> {
        use Length::{Long, Short};
        match self {
            Self::Incident {
                when,
                place,
                what,
                people,
                witnesses,
            } => vec![
                Field::When(when),
                text("place", place, Short),
                text("what", what, Long),
                text("people", people, Long),
                text("witnesses", witnesses, Long),
            ],
            Self::Symptoms { scales, note } => Symptom::ALL
                .into_iter()
                .zip(scales.values())
                .map(|(symptom, value)| Field::Scale { symptom, value })
                .chain([text("note", note, Long)])
                .collect(),
            Self::Evidence {
                name, size, note, ..
            } => vec![Field::File { name, size: *size }, text("note", note, Long)],
            Self::OnlineAbuse {
                platform,
                accounts,
                urls,
                what,
            } => vec![
                text("platform", platform, Short),
                text("accounts", accounts, Long),
                Field::Urls(urls),
                text("shared", what, Long),
            ],
        }
    }

    /// Checks an entry before it is saved.
    ///
    /// # Errors
    /// The first rule it breaks.
    pub fn validate(&self) -> Result<(), EntryError> {
        let fields = self.fields();
        for field in &fields {
            field.check()?;
        }
        if let Self::Evidence { name, mime, .. } = self {
            // A file entry needs its file; a note alone is no evidence.
            if mime
                .as_deref()
                .is_some_and(|m| crate::entry::media_type(m).is_none())
            {
                return Err(EntryError::TooLong);
            }
            if name.trim().is_empty() {
                return Err(EntryError::Empty);
            }
        } else if fields.iter().all(Field::is_blank) {
            return Err(EntryError::Empty);
        }
        Ok(())
    }
}

impl Field<'_> {
    /// Nothing filled in.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        match self {
            Self::When(when) => **when == When::Unknown,
            Self::Text { value, .. } => value.trim().is_empty(),
            Self::Scale { value, .. } => value.is_none(),
            Self::File { name, .. } => name.trim().is_empty(),
            Self::Urls(urls) => urls.is_empty(),
        }
    }

    /// The field's own rule: its length; a link must be a web address.
    fn check(&self) -> Result<(), EntryError> {
        match self {
            Self::When(When::Approximately { words, .. }) => at_most(words, MAX_SHORT),
            Self::When(_) | Self::Scale { .. } => Ok(()),
            Self::Text { value, length, .. } => at_most(
                value,
                match length {
                    Length::Short => MAX_SHORT,
                    Length::Long => MAX_TEXT,
                },
            ),
            Self::File { name, .. } => at_most(name, MAX_SHORT),
            Self::Urls(urls) => urls.iter().try_for_each(|u| {
                at_most(u, MAX_SHORT)?;
                let web = (u.starts_with("https://") || u.starts_with("http://"))
                    && !u.contains(char::is_whitespace);
                if web {
                    Ok(())
                } else {
                    Err(EntryError::BadUrl)
                }
            }),
        }
    }
}

fn at_most(s: &str, chars: usize) -> Result<(), EntryError> {
    if s.chars().count() > chars {
        Err(EntryError::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::{Scale, Symptoms};

    fn no_scales() -> Symptoms {
        Symptoms {
            sleep: None,
            anxiety: None,
            pain: None,
            flashbacks: None,
            mood: None,
        }
    }

    fn abuse(urls: &[&str], what: &str) -> Entry {
        Entry::OnlineAbuse {
            platform: String::new(),
            accounts: String::new(),
            urls: urls.iter().map(|u| (*u).to_string()).collect(),
            what: what.into(),
        }
    }

    #[test]
    fn each_kind_lists_its_fields_in_the_order_shown() {
        let names = |e: &Entry| -> Vec<String> {
            e.fields()
                .iter()
                .map(|f| match f {
                    Field::When(_) => "when".to_string(),
                    Field::Text { name, .. } => (*name).to_string(),
                    Field::Scale { symptom, .. } => symptom.id().to_string(),
                    Field::File { .. } => "file".to_string(),
                    Field::Urls(_) => "urls".to_string(),
                })
                .collect()
        };
        let incident = Entry::Incident {
            when: When::Unknown,
            place: String::new(),
            what: "x".into(),
            people: String::new(),
            witnesses: String::new(),
        };
        assert_eq!(
            names(&incident),
            ["when", "place", "what", "people", "witnesses"]
        );
        let symptoms = Entry::Symptoms {
            scales: no_scales(),
            note: String::new(),
        };
        let mut expected: Vec<&str> = Symptom::ALL.iter().map(|s| s.id()).collect();
        expected.push("note");
        assert_eq!(names(&symptoms), expected);
        assert_eq!(
            names(&abuse(&[], "x")),
            ["platform", "accounts", "urls", "shared"]
        );
    }

    #[test]
    fn every_field_counts_against_an_empty_entry() {
        assert_eq!(abuse(&[], " ").validate(), Err(EntryError::Empty));
        assert_eq!(abuse(&["https://example.org/p"], "").validate(), Ok(()));
        let one_scale = Entry::Symptoms {
            scales: Symptoms {
                mood: Some(Scale::try_from(0).unwrap()),
                ..no_scales()
            },
            note: String::new(),
        };
        assert_eq!(one_scale.validate(), Ok(()), "a scale at 0 is filled in");
    }

    #[test]
    fn each_fields_own_rule_holds() {
        let long = "x".repeat(MAX_TEXT + 1);
        assert_eq!(abuse(&[], &long).validate(), Err(EntryError::TooLong));
        assert_eq!(abuse(&["ftp://x"], "x").validate(), Err(EntryError::BadUrl));
        assert_eq!(
            abuse(&["https://a b"], "x").validate(),
            Err(EntryError::BadUrl)
        );
        let words = "w".repeat(MAX_SHORT + 1);
        let vague = Entry::Incident {
            when: When::Approximately { day: None, words },
            place: String::new(),
            what: "x".into(),
            people: String::new(),
            witnesses: String::new(),
        };
        assert_eq!(vague.validate(), Err(EntryError::TooLong));
    }
}
