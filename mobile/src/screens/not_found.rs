//! An unknown address: a friendly page that still leads to help.
use dioxus::prelude::*;

use crate::bridge::app_view;
use crate::components::{ActionLink, NavLink};
use crate::route::Route;

/// The page for any address the app does not know.
#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments; // the address itself is never echoed back
    rsx! { NotFoundBody {} }
}

/// The not-found content, also used for an unknown information page.
#[component]
pub fn NotFoundBody() -> Element {
    let Some(app) = app_view() else {
        return rsx! {};
    };
    rsx! {
        h1 { "{app.not_found.title}" }
        p { "{app.not_found.text}" }
        div { class: "primary-actions",
            ActionLink { action: app.home.call, big: true }
            ActionLink { action: app.home.chat }
        }
        p {
            NavLink { to: Route::Home {}, "{app.chrome.home_label}" }
        }
    }
}
