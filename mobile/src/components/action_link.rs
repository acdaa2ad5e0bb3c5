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
    // The number never wraps, in any language: it is its own left-to-right
    // span inside the label (`.phone-number` in main.css).
    let (before, number, after) = match action.number.as_deref() {
        Some(n) => match action.label.split_once(n) {
            Some((b, a)) => (b.to_string(), Some(n.to_string()), a.to_string()),
            None => (action.label.clone(), None, String::new()),
        },
        None => (action.label.clone(), None, String::new()),
    };
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
            span { class: "action-label",
                "{before}"
                if let Some(n) = number {
                    bdi { class: "phone-number", dir: "ltr", "{n}" }
                }
                "{after}"
            }
            if let Some(note) = &action.note {
                span { class: "action-note", "{note}" }
            }
            if let Some(hours) = &action.hours {
                span { class: "action-hours", "{hours}" }
            }
        }
    }
}
