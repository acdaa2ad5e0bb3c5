//! An in-app link that *replaces* the current history entry instead of
//! adding one. On the web the whole visit then takes one entry in the
//! browser's history, and quick exit (which replaces that entry) leaves no
//! page of the app to go Back to.
use dioxus::prelude::*;

use crate::route::Route;

/// A link to a screen of the app.
#[component]
pub fn NavLink(to: Route, #[props(default)] class: String, children: Element) -> Element {
    let current = use_route::<Route>() == to;
    rsx! {
        a {
            class,
            href: "{to}",
            aria_current: if current { "page" },
            onclick: move |e: MouseEvent| {
                e.prevent_default();
                navigator().replace(to.clone());
            },
            {children}
        }
    }
}
