//! About the app and the sources of its facts.
use dioxus::prelude::*;

use crate::bridge::app_view;

/// The about screen.
#[component]
pub fn About() -> Element {
    let Some(app) = app_view() else {
        return rsx! {};
    };
    let v = app.about;
    rsx! {
        h1 { "{v.title}" }
        for p in v.paragraphs {
            p { key: "{p}", "{p}" }
        }
        p { class: "hint content-date", "{app.updates.content_date}" }
        h2 { "{v.sources_title}" }
        ul { class: "sources",
            for s in v.sources {
                li { key: "{s}", "{s}" }
            }
        }
    }
}
