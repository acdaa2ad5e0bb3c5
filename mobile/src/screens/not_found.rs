//! An unknown address: a friendly page that still leads to help.
use dioxus::prelude::*;

use crate::bridge::use_app;
use crate::components::{ActionLink, NavLink};
use crate::place::Place;

/// The page for any address the app does not know.
#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments; // the address itself is never echoed back
    rsx! { NotFoundBody {} }
}

/// The not-found content, also used for an unknown information page.
#[component]
pub fn NotFoundBody() -> Element {
    let Some((page, call, chat, home_label)) = use_app(|a| {
        (
            a.not_found.clone(),
            a.home.call.clone(),
            a.home.chat.clone(),
            a.chrome.home_label.clone(),
        )
    }) else {
        return rsx! {};
    };
    rsx! {
        h1 { "{page.title}" }
        p { "{page.text}" }
        div { class: "primary-actions",
            ActionLink { action: call, big: true }
            ActionLink { action: chat }
        }
        p {
            NavLink { to: Place::HOME, "{home_label}" }
        }
    }
}
