//! One CSG location: host or city, address when verified, a note, a distance
//! (postcode-level only), and always: call first.
use dioxus::prelude::*;
use shared::view::LocationView;

/// Renders a [`LocationView`].
#[component]
pub fn LocationCard(view: LocationView) -> Element {
    rsx! {
        li { class: "location",
            span { class: "location-title", "{view.title}" }
            if let Some(d) = &view.distance {
                span { class: "distance", " · {d}" }
            }
            for line in view.lines {
                span { key: "{line}", class: "location-line", "{line}" }
            }
            if let Some(note) = &view.note {
                span { class: "location-note", "{note}" }
            }
            span { class: "location-call-first", "{view.call_first}" }
        }
    }
}
