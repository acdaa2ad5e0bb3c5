//! All CSGs by province, with their locations, and the call and chat.
use dioxus::prelude::*;
use shared::view::CsgCardView;

use crate::bridge::use_app;
use crate::components::{ActionLink, LocationCard};

/// The list of all CSGs.
#[component]
pub fn CsgList() -> Element {
    let Some(v) = use_app(|a| a.csg_list.clone()) else {
        return rsx! {};
    };
    rsx! {
        h1 { "{v.title}" }
        p { "{v.intro}" }
        div { class: "primary-actions",
            ActionLink { action: v.call, big: true }
            ActionLink { action: v.chat }
        }
        for p in v.provinces {
            section { key: "{p.name}", class: "province",
                h2 { "{p.name}" }
                for c in p.csgs {
                    CsgCard { key: "{c.name}", view: c }
                }
                if let Some(note) = &p.unknown_note {
                    p { class: "unverified", "{note}" }
                }
            }
        }
        if !v.other.is_empty() {
            section { class: "province",
                h2 { "{v.other_title}" }
                for c in v.other {
                    CsgCard { key: "{c.name}", view: c }
                }
            }
        }
    }
}

#[component]
fn CsgCard(view: CsgCardView) -> Element {
    rsx! {
        div { class: "csg-card",
            h3 { "{view.name}" }
            if let Some(r) = &view.regions {
                p { class: "hint", "{r}" }
            }
            if let Some(b) = &view.based_at {
                p { class: "hint based-at", "{b}" }
            }
            ul { class: "locations",
                for (i , l) in view.locations.into_iter().enumerate() {
                    LocationCard { key: "{i}", view: l }
                }
            }
        }
    }
}
