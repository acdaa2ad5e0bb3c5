//! A call (`tel:`) or chat link, as the core built it. It stays a real
//! `<a href>` (the web follows it, screen readers announce it, long-press
//! copies it); in the apps its click goes to the device room instead of
//! Dioxus's default (which cannot dial on a phone), and when the device
//! cannot do it the core is told at once.
use dioxus::prelude::*;
use shared::view::{Action, ActionKind};
use shared::Event;

use crate::bridge::use_dispatch;
use crate::device;

/// Renders an [`Action`]. `big` makes it the screen's main element.
#[component]
pub fn ActionLink(action: Action, #[props(default)] big: bool) -> Element {
    let core = use_dispatch();
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
    let href = action.href.clone();
    rsx! {
        a {
            class,
            href: "{action.href}",
            target: if external { "_blank" },
            rel: if external { "noopener noreferrer" },
            onclick: move |e: MouseEvent| {
                if device::FOLLOWS_LINKS {
                    e.prevent_default();
                    let href = href.clone();
                    spawn(async move {
                        if device::follow(&href).await.is_err() {
                            core.send(Event::ContactFailed(href));
                        }
                    });
                }
            },
            span { class: "action-label", "{action.label}" }
            if let Some(note) = &action.note {
                span { class: "action-note", "{note}" }
            }
        }
    }
}
