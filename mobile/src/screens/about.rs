//! About the app and the sources of its facts.
use dioxus::prelude::*;

use crate::bridge::use_app;

/// The about screen.
#[component]
pub fn About() -> Element {
    let Some((v, content_date)) = use_app(|a| (a.about.clone(), a.updates.content_date.clone()))
    else {
        return rsx! {};
    };
    rsx! {
        h1 { "{v.title}" }
        for p in v.paragraphs {
            p { key: "{p}", "{p}" }
        }
        p { class: "hint content-date", "{content_date}" }
        h2 { "{v.sources_title}" }
        ul { class: "sources",
            for s in v.sources {
                li { key: "{s}", "{s}" }
            }
        }
    }
}
