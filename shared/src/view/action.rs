//! Call and chat links, ready to render: the one shape every screen that
//! leads to help uses.
use crate::helplines::tel_href;
use crate::i18n::Texts;

/// What kind of contact an [`Action`] opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ActionKind {
    /// A phone call (`tel:`).
    #[default]
    Call,
    /// A chat on the service's website.
    Chat,
}

/// A call or chat link, ready to render.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Action {
    /// Call or chat.
    pub kind: ActionKind,
    /// The link text, e.g. "Bel 0800-0188".
    pub label: String,
    /// `tel:08000188` or an https address.
    pub href: String,
    /// A short line under the label, e.g. "free, day and night".
    pub note: Option<String>,
    /// The phone number as it appears in the label: the shell keeps it on
    /// one line, in every language (issue 14).
    pub number: Option<String>,
    /// When this number or chat can be reached, with a "not yet checked"
    /// mark when its source is not confirmed.
    pub hours: Option<String>,
}

/// The CSG's call (0800-0188, the largest button) and anonymous chat, as
/// every screen that leads to help shows them; also the number itself.
pub(crate) fn csg_contact(
    t: &Texts,
    helplines: &crate::helplines::Helplines,
) -> (Action, Action, String) {
    use crate::helplines::CSG_ID;
    let number = helplines
        .first_phone(CSG_ID)
        .expect("validated: the CSG has a number");
    let chat = Action {
        kind: ActionKind::Chat,
        label: t.get("home-chat"),
        href: helplines
            .first_chat(CSG_ID)
            .expect("validated: the CSG has a chat")
            .to_string(),
        note: Some(t.get("home-chat-note")),
        ..Action::default()
    };
    (
        call(t, "home-call", number, Some(t.get("home-call-note"))),
        chat,
        number.to_string(),
    )
}

/// A call action for a Dutch number, with its label from `label_id`.
pub(crate) fn call(t: &Texts, label_id: &str, number: &str, note: Option<String>) -> Action {
    Action {
        kind: ActionKind::Call,
        label: t.get_with(label_id, &[("number", number.into())]),
        href: tel_href(number),
        note,
        number: Some(number.to_string()),
        hours: None,
    }
}
