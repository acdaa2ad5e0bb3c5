//! A call (`tel:`) or chat link, as the core built it.
use dioxus::prelude::*;
use shared::view::{Action, ActionKind};

/// Renders an [`Action`]. `big` makes it the screen's main element.
#[component]
pub fn ActionLink(action: Action, #[props(default)] big: bool) -> Element {
    let kind = match action.kind {
        ActionKind::Call => "call",
        ActionKind::Chat => "chat",
    };
    let class = format!(
        "action action-{kind}{}",
        if big { " action-big" } else { "" }
    );
    // Chats open the organisation's own site, outside the app.
    let external = action.kind == ActionKind::Chat;
    rsx! {
        a {
            class,
            href: "{action.href}",
            target: if external { "_blank" },
            rel: if external { "noopener noreferrer" },
            span { class: "action-label", "{action.label}" }
            if let Some(note) = &action.note {
                span { class: "action-note", "{note}" }
            }
        }
    }
}
