//! An in-app link that *replaces* the current history entry instead of
//! adding one. On the web the whole visit then takes one entry in the
//! browser's history, and quick exit (which replaces that entry) leaves no
//! page of the app to go Back to.
use dioxus::prelude::*;

use crate::place::{current_path, Place};

/// A link to a page of the app.
#[component]
pub fn NavLink(to: Place, #[props(default)] class: String, children: Element) -> Element {
    let path = to.path();
    let current = current_path() == path;
    rsx! {
        a {
            class,
            href: "{path}",
            aria_current: if current { "page" },
            onclick: move |e: MouseEvent| {
                e.prevent_default();
                navigator().replace(path.clone());
            },
            {children}
        }
    }
}
