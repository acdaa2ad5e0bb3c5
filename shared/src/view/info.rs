//! The information pages: texts from `info.ftl`, structure and article
//! numbers from `assets/data/info.json`, phone numbers from the helpline
//! data. Each page ends with the call and the chat.
use super::action::{Action, ActionKind};
use crate::helplines::{Helplines, CSG_ID, EMERGENCY_ID};
use crate::i18n::Texts;
use crate::info::{Block, Info};

/// A block: heading, paragraphs and list, the articles it explains.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InfoBlockView {
    /// Heading.
    pub heading: String,
    /// Paragraphs before the list.
    pub before: Vec<String>,
    /// List items.
    pub items: Vec<String>,
    /// Paragraphs after the list.
    pub after: Vec<String>,
    /// "Istanbul Convention, article 18", one per article.
    pub articles: Vec<String>,
    /// Present when the block's facts are not yet verified.
    pub unverified: Option<String>,
}

/// One information page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InfoSectionView {
    /// Id, for the address.
    pub id: String,
    /// Heading.
    pub title: String,
    /// One line for lists.
    pub summary: String,
    /// Opening sentences.
    pub intro: String,
    /// Since when the convention applies (rights page only).
    pub in_force: Option<String>,
    /// The blocks.
    pub blocks: Vec<InfoBlockView>,
    /// The whole page as one text, for reading aloud.
    pub speech: String,
    /// Call 0800-0188.
    pub call: Action,
    /// The chat.
    pub chat: Action,
}

/// Labels of the read-aloud control (shown only where a voice exists).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ReadAloudView {
    /// "Read this page aloud".
    pub start: String,
    /// "Stop reading".
    pub stop: String,
}

/// All information pages.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InfoView {
    /// Heading of the list on the start screen.
    pub list_title: String,
    /// The pages in order.
    pub sections: Vec<InfoSectionView>,
    /// Read-aloud labels.
    pub read_aloud: ReadAloudView,
}

impl InfoView {
    /// A page by id.
    pub fn section(&self, id: &str) -> Option<&InfoSectionView> {
        self.sections.iter().find(|s| s.id == id)
    }
}

fn block(t: &Texts, section: &str, b: &Block, numbers: &[(&str, &str)]) -> InfoBlockView {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
        numbers.iter().map(|(k, v)| (*k, (*v).into())).collect();
    let text = |id: String| t.get_with(&id, &args);
    let split = b.items_after.unwrap_or(b.paragraphs);
    let paragraph = |n: usize| text(format!("info-{section}-{}-text-{n}", b.id));
    InfoBlockView {
        heading: text(format!("info-{section}-{}-heading", b.id)),
        before: (1..=split).map(paragraph).collect(),
        items: (1..=b.items)
            .map(|n| text(format!("info-{section}-{}-item-{n}", b.id)))
            .collect(),
        after: (split + 1..=b.paragraphs).map(paragraph).collect(),
        articles: b
            .articles
            .iter()
            .map(|a| t.get_with("info-article", &[("article", a.to_string().into())]))
            .collect(),
        unverified: (!b.verified).then(|| t.get("info-unverified")),
    }
}

pub(super) fn info(
    t: &Texts,
    data: &Info,
    helplines: &Helplines,
    call: &Action,
    chat: &Action,
) -> InfoView {
    let csg = helplines.first_phone(CSG_ID).unwrap_or_default();
    let emergency = helplines.first_phone(EMERGENCY_ID).unwrap_or_default();
    let police = helplines.first_phone("police").unwrap_or_default();
    let numbers = [("csg", csg), ("emergency", emergency), ("police", police)];
    let sections = data
        .sections
        .iter()
        .map(|s| {
            let blocks: Vec<InfoBlockView> = s
                .blocks
                .iter()
                .map(|b| block(t, &s.id, b, &numbers))
                .collect();
            let in_force = (s.id == "rights").then(|| {
                let since = t.date(data.convention.in_force_nl);
                t.get_with("info-in-force", &[("date", since.into())])
            });
            let title = t.get(&format!("info-{}-title", s.id));
            let intro = t.get(&format!("info-{}-intro", s.id));
            let mut speech = vec![title.clone(), intro.clone()];
            for b in &blocks {
                speech.push(b.heading.clone());
                speech.extend(b.before.iter().chain(&b.items).chain(&b.after).cloned());
            }
            InfoSectionView {
                id: s.id.clone(),
                summary: t.get(&format!("info-{}-summary", s.id)),
                title,
                intro,
                in_force,
                blocks,
                speech: speech.join("\n"),
                call: call.clone(),
                chat: Action {
                    kind: ActionKind::Chat,
                    ..chat.clone()
                },
            }
        })
        .collect();
    InfoView {
        list_title: t.get("info-sections-title"),
        sections,
        read_aloud: ReadAloudView {
            start: t.get("info-read-aloud"),
            stop: t.get("info-stop-reading"),
        },
    }
}

#[cfg(test)]
mod tests {
    use crate::view::tests::ready_view;

    #[test]
    fn pages_take_numbers_and_articles_from_the_data() {
        for lang in ["nl", "en"] {
            let info = ready_view(lang).info;
            assert_eq!(info.sections.len(), 5);
            let rights = info.section("rights").unwrap();
            let articles: Vec<&String> = rights.blocks.iter().flat_map(|b| &b.articles).collect();
            assert!(articles.iter().any(|a| a.contains("18")), "{articles:?}");
            let in_force = rights.in_force.as_deref().unwrap();
            assert!(
                in_force.contains("2016") && !in_force.contains("2016-03-01"),
                "{in_force}"
            );
            assert!(
                rights.blocks.iter().any(|b| b.unverified.is_some()),
                "the text of article 18 was not found: that block says so"
            );
            let now = format!("{:?}", info.section("now").unwrap());
            assert!(
                now.contains("0800-0188") && now.contains("112"),
                "{lang}: numbers filled in from data"
            );
            assert_eq!(rights.call.href, "tel:08000188");
        }
    }

    #[test]
    fn list_follows_the_paragraph_that_introduces_it() {
        let info = ready_view("nl").info;
        let seven = &info.section("now").unwrap().blocks[2];
        assert_eq!(seven.before.len(), 1);
        assert!(seven.before[0].ends_with(':'));
        assert_eq!(seven.items.len(), 5);
        assert_eq!(seven.after.len(), 1);
    }
}
