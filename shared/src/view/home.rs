//! The start screen: the call button first and largest, the chat beside it,
//! and in two sentences what the CSG does and why the first week matters.
use super::action::{call, csg_contact, Action};
use crate::helplines::{Helplines, EMERGENCY_ID};
use crate::i18n::Texts;
use crate::screen::Screen;

/// An entry to another section.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionLink {
    /// Where it goes.
    pub screen: Screen,
    /// Its title.
    pub title: String,
    /// One line on what is there.
    pub description: String,
}

/// The start screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HomeView {
    /// Heading.
    pub title: String,
    /// Call 0800-0188: the largest element.
    pub call: Action,
    /// The anonymous chat.
    pub chat: Action,
    /// What the CSG does.
    pub about: String,
    /// Why the first 7 days matter; that later is fine too.
    pub seven_days: String,
    /// That relatives and professionals can call too.
    pub for_others: String,
    /// In danger now: 112.
    pub danger: Action,
    /// Entries to the other sections.
    pub sections: Vec<SectionLink>,
    /// Heading over the information pages.
    pub info_title: String,
    /// Entries to the information pages.
    pub info_links: Vec<InfoLink>,
}

/// An entry to an information page.
#[derive(Clone, Debug, PartialEq)]
pub struct InfoLink {
    /// The page's id (its address is `/info/<id>`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// One line on what is there.
    pub description: String,
}

pub(super) fn home(t: &Texts, data: &Helplines) -> HomeView {
    let emergency = data
        .first_phone(EMERGENCY_ID)
        .expect("validated: 112 is present");
    let (call_csg, chat, _) = csg_contact(t, data);
    let section = |screen, id: &str| SectionLink {
        screen,
        title: t.get(&format!("section-{id}-title")),
        description: t.get(&format!("section-{id}-text")),
    };
    HomeView {
        title: t.get("home-title"),
        call: call_csg,
        chat,
        about: t.get("home-about"),
        seven_days: t.get("home-seven-days"),
        for_others: t.get("home-for-others"),
        danger: call(t, "home-danger", emergency, None),
        sections: vec![
            section(Screen::Locator, "locator"),
            section(Screen::Helplines, "helplines"),
            section(Screen::Kit, "kit"),
            section(Screen::ExitInfo, "exit-info"),
            section(Screen::Settings, "settings"),
        ],
        info_title: String::new(),
        info_links: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::view::tests::ready_view;

    #[test]
    fn the_call_button_dials_the_csg_exactly() {
        let home = ready_view("nl").home;
        assert_eq!(home.call.href, "tel:08000188");
        assert!(home.call.label.contains("0800-0188"));
        assert_eq!(home.danger.href, "tel:112");
        assert!(home.chat.href.starts_with("https://"));
    }

    #[test]
    fn texts_follow_the_language() {
        assert_ne!(ready_view("nl").home.about, ready_view("en").home.about);
        assert!(ready_view("nl").home.seven_days.contains('7'));
        assert!(ready_view("en").home.seven_days.contains('7'));
    }
}
