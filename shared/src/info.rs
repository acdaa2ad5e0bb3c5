//! The information sections (what to do now, rights, online abuse, for
//! relatives, for schools): their structure and facts, from
//! `assets/data/info.json`. The words are in `locales/<lang>/info.ftl`; every
//! article number and date shown comes from here, with its source.
use chrono::NaiveDate;
use serde::Deserialize;

const BUNDLED: &str = include_str!("../../assets/data/info.json");

/// One block of a section: a heading, paragraphs, maybe a list.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Block {
    /// Id; its texts are `info-<section>-<id>-heading`, `-text-N`, `-item-N`.
    pub id: String,
    /// Number of paragraphs.
    pub paragraphs: usize,
    /// Number of list items.
    pub items: usize,
    /// The paragraph after which the list comes (default: the last).
    pub items_after: Option<usize>,
    /// Istanbul Convention articles this block explains.
    #[serde(default)]
    pub articles: Vec<u16>,
    /// Where its facts come from.
    pub source: Option<String>,
    /// Whether those facts are verified; `false` shows a "not yet checked" note.
    pub verified: Option<bool>,
}

/// A section (one page).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Section {
    /// `now`, `rights`, `online`, `relatives`, `schools`.
    pub id: String,
    /// Its blocks in order.
    pub blocks: Vec<Block>,
}

/// The Istanbul Convention as the rights section cites it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Convention {
    /// Full name.
    pub name: String,
    /// In force for the Netherlands since.
    pub in_force_nl: NaiveDate,
    /// Source.
    pub source: String,
    /// Verified.
    pub verified: bool,
}

/// All sections.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Info {
    /// The convention.
    pub convention: Convention,
    /// The sections in order.
    pub sections: Vec<Section>,
}

impl Info {
    /// The sections that ship with the app.
    ///
    /// # Panics
    /// Never in a released build: the bundled file is validated by the tests.
    pub fn bundled() -> Self {
        Self::parse(BUNDLED).expect("bundled info data is valid (tested)")
    }

    /// Parses and validates.
    ///
    /// # Errors
    /// The first problem found.
    pub fn parse(json: &str) -> Result<Self, String> {
        let info: Self = serde_json::from_str(json).map_err(|e| e.to_string())?;
        for s in &info.sections {
            if s.blocks.is_empty() {
                return Err(format!("section {} has no blocks", s.id));
            }
            for b in &s.blocks {
                if b.paragraphs == 0 && b.items == 0 {
                    return Err(format!("{}/{} is empty", s.id, b.id));
                }
                if b.items_after.is_some_and(|n| n == 0 || n > b.paragraphs) {
                    return Err(format!("{}/{}: items_after out of range", s.id, b.id));
                }
                if !b.articles.is_empty() && b.source.as_deref().is_none_or(str::is_empty) {
                    return Err(format!("{}/{} cites articles without a source", s.id, b.id));
                }
            }
        }
        if info
            .section("rights")
            .is_none_or(|s| s.blocks.iter().all(|b| b.articles.is_empty()))
        {
            return Err("the rights section must cite its articles".into());
        }
        Ok(info)
    }

    /// A section by id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Every message id the sections need, for the locale checks.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for s in &self.sections {
            for part in ["title", "summary", "intro"] {
                ids.push(format!("info-{}-{part}", s.id));
            }
            for b in &s.blocks {
                ids.push(format!("info-{}-{}-heading", s.id, b.id));
                ids.extend((1..=b.paragraphs).map(|n| format!("info-{}-{}-text-{n}", s.id, b.id)));
                ids.extend((1..=b.items).map(|n| format!("info-{}-{}-item-{n}", s.id, b.id)));
            }
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_sections_are_valid_and_complete() {
        let info = Info::bundled();
        let ids: Vec<_> = info.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["now", "rights", "online", "relatives", "schools"]);
        assert_eq!(
            info.convention.in_force_nl,
            NaiveDate::from_ymd_opt(2016, 3, 1).unwrap()
        );
        let articles: Vec<u16> = info
            .section("rights")
            .unwrap()
            .blocks
            .iter()
            .flat_map(|b| b.articles.clone())
            .collect();
        for a in [18, 19, 22, 24, 25, 56, 57] {
            assert!(articles.contains(&a), "article {a}");
        }
    }

    #[test]
    fn rejects_bad_structure() {
        let ok = r#"{"convention":{"name":"x","in_force_nl":"2016-03-01","source":"s","verified":true},
            "sections":[{"id":"rights","blocks":[{"id":"a","paragraphs":1,"items":0,"articles":[18],"source":"s"}]}]}"#;
        assert!(Info::parse(ok).is_ok());
        assert!(Info::parse(&ok.replace(r#""source":"s"}"#, r#""source":""}"#)).is_err());
        assert!(Info::parse(&ok.replace("2016-03-01", "2016-13-01")).is_err());
        assert!(Info::parse(&ok.replace(r#""paragraphs":1"#, r#""paragraphs":0"#)).is_err());
        assert!(
            Info::parse(&ok.replace(r#""items":0,"#, r#""items":0,"items_after":2,"#)).is_err()
        );
    }
}
