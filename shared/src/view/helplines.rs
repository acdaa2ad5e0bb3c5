//! All helplines, each with what it is for and one tap to call or chat.
use super::action::{call, Action, ActionKind};
use crate::helplines::{Contact, Cost, Days, Helplines, Hours};
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
    /// Calls and chats, each with its own hours when a source states them.
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

/// "Monday to Friday, 9:00 to 17:00", with a mark when not yet checked.
pub(super) fn hours_text(t: &Texts, hours: &Hours) -> String {
    let text = match (hours.days, hours.open) {
        (_, None) => t.get("hours-always"),
        (days, Some((from, to))) => t.get_with(
            match days {
                Days::EveryDay => "hours-every-day",
                Days::Weekdays => "hours-weekdays",
            },
            &[("from", t.time(from).into()), ("to", t.time(to).into())],
        ),
    };
    if hours.verified {
        text
    } else {
        t.get_with("hours-unverified", &[("hours", text.into())])
    }
}

pub(super) fn helplines(t: &Texts, data: &Helplines) -> HelplinesView {
    let items = data
        .all()
        .iter()
        .map(|h| {
            let actions = h
                .contacts
                .iter()
                .map(|c| {
                    let mut action = match c {
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
                            ..Action::default()
                        },
                    };
                    action.hours = c.hours().map(|h| hours_text(t, h));
                    action
                })
                .collect();
            HelplineView {
                id: h.id.clone(),
                name: t.get(&format!("helpline-{}-name", h.id)),
                purpose: t.get(&format!("helpline-{}-purpose", h.id)),
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

    /// Issue 14, item 4: hours belong to each number and chat, not to the
    /// service: the Veilig Thuis phone is day and night, its chat is not.
    #[test]
    fn hours_are_shown_per_number_and_chat() {
        let v = ready_view("nl").helplines;
        let vt = v.items.iter().find(|h| h.id == "veilig-thuis").unwrap();
        let phone = vt
            .actions
            .iter()
            .find(|a| a.href == "tel:08002000")
            .unwrap();
        let chat = vt
            .actions
            .iter()
            .find(|a| a.href.starts_with("https"))
            .unwrap();
        assert_eq!(phone.hours.as_deref(), Some("Dag en nacht, elke dag"));
        let chat_hours = chat.hours.as_deref().unwrap();
        assert!(
            chat_hours.contains("vrijdag")
                && chat_hours.contains("9:00")
                && chat_hours.contains("17:00"),
            "{chat_hours}"
        );
        let kt = v.items.iter().find(|h| h.id == "kindertelefoon").unwrap();
        for a in &kt.actions {
            let hours = a.hours.as_deref().unwrap();
            assert!(
                hours.contains("11:00") && hours.contains("niet gecontroleerd"),
                "{hours}"
            );
        }
        let en = ready_view("en").helplines;
        let chat = en
            .items
            .iter()
            .find(|h| h.id == "veilig-thuis")
            .unwrap()
            .actions
            .iter()
            .find(|a| a.href.starts_with("https"))
            .unwrap()
            .hours
            .clone()
            .unwrap();
        assert!(chat.contains("Monday to Friday"), "{chat}");
    }
}
