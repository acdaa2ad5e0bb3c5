//! The offline map: an SVG dot outline of the Netherlands with the CSG
//! locations and the searched point. No tiles, no network.
use dioxus::prelude::*;
use shared::view::{MapView, MarkerKind};

/// Renders a [`MapView`].
#[component]
pub fn Map(view: MapView) -> Element {
    rsx! {
        svg {
            class: "nl-map",
            view_box: "0 0 {view.width} {view.height}",
            role: "img",
            "aria-label": "{view.label}",
            path {
                d: view.dots,
                stroke: "#cfc9bd",
                stroke_width: "2.4",
                stroke_linecap: "round",
                fill: "none",
            }
            for (i , m) in view.markers.into_iter().enumerate() {
                circle {
                    key: "{i}",
                    cx: "{m.x:.1}",
                    cy: "{m.y:.1}",
                    r: if m.kind == MarkerKind::Csg { "4" } else { "6" },
                    class: match m.kind {
                        MarkerKind::Csg => "marker marker-csg",
                        MarkerKind::Serving => "marker marker-serving",
                        MarkerKind::You => "marker marker-you",
                    },
                    title { "{m.label}" }
                }
            }
        }
    }
}
