//! All helplines, each with what it is for and one tap to call or chat.
use super::{call, Action, ActionKind};
use crate::helplines::{Contact, Cost, Helplines, Hours};
use crate::i18n::Texts;

/// One helpline.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HelplineView {
    /// Stable id, for keys and tests.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is for, in one line.
    pub purpose: String,
    /// When it can be reached, when the source says so.
    pub hours: Option<String>,
    /// Calls and chats.
    pub actions: Vec<Action>,
    /// Present when a contact is not yet verified at its source.
    pub unverified_note: Option<String>,
}

/// The helplines screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HelplinesView {
    /// Heading.
    pub title: String,
    /// The honest warning that calls show in the call log.
    pub call_log_notice: String,
    /// The helplines, in order.
    pub items: Vec<HelplineView>,
}

pub(super) fn helplines(t: &Texts, data: &Helplines) -> HelplinesView {
    let items = data
        .all()
        .iter()
        .map(|h| {
            let actions = h
                .contacts
                .iter()
                .map(|c| match c {
                    Contact::Phone { number, cost, .. } => {
                        let note = cost.map(|c| match c {
                            Cost::Free => t.get("cost-free"),
                            Cost::Local => t.get("cost-local"),
                        });
                        call(t, "contact-call", number, note)
                    }
                    Contact::Chat { url, .. } => Action {
                        kind: ActionKind::Chat,
                        label: t.get("contact-chat"),
                        href: url.clone(),
                        note: Some(t.get("contact-chat-note")),
                    },
                })
                .collect();
            HelplineView {
                id: h.id.clone(),
                name: t.get(&format!("helpline-{}-name", h.id)),
                purpose: t.get(&format!("helpline-{}-purpose", h.id)),
                hours: h.hours.map(|hours| match hours {
                    Hours::Always => t.get("hours-always"),
                    Hours::Evenings => t.get("hours-evenings"),
                }),
                actions,
                unverified_note: h
                    .contacts
                    .iter()
                    .any(|c| !c.verified())
                    .then(|| t.get("helpline-unverified")),
            }
        })
        .collect();
    HelplinesView {
        title: t.get("helplines-title"),
        call_log_notice: t.get("helplines-call-log"),
        items,
    }
}

#[cfg(test)]
mod tests {
    use crate::view::tests::ready_view;

    #[test]
    fn every_helpline_has_a_name_purpose_and_action() {
        for lang in ["nl", "en"] {
            let v = ready_view(lang).helplines;
            assert!(v.items.len() >= 9);
            for h in &v.items {
                assert!(!h.name.starts_with('['), "{lang}: {} has no name", h.id);
                assert!(
                    !h.purpose.starts_with('['),
                    "{lang}: {} has no purpose",
                    h.id
                );
                assert!(!h.actions.is_empty());
            }
        }
    }

    #[test]
    fn numbers_become_exact_tel_links() {
        let v = ready_view("nl").helplines;
        let hrefs: Vec<_> = v
            .items
            .iter()
            .flat_map(|h| h.actions.iter().map(|a| a.href.as_str()))
            .collect();
        for href in [
            "tel:112",
            "tel:08000188",
            "tel:08002000",
            "tel:09000101",
            "tel:113",
            "tel:08000113",
            "tel:09008844",
            "tel:08000432",
        ] {
            assert!(hrefs.contains(&href), "{href} missing");
        }
    }

    #[test]
    fn only_unverified_entries_carry_the_note() {
        let v = ready_view("en").helplines;
        let flagged: Vec<_> = v
            .items
            .iter()
            .filter(|h| h.unverified_note.is_some())
            .map(|h| h.id.as_str())
            .collect();
        assert!(flagged.contains(&"kindertelefoon"));
        assert!(!flagged.contains(&"csg"));
        assert!(!v.call_log_notice.is_empty());
    }
}
