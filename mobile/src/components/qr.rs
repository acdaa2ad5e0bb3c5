//! A QR code drawn as SVG from the core's module path (made offline).
use dioxus::prelude::*;
use shared::campaign::QrSvg;

/// Renders a [`QrSvg`] with a white background and crisp modules.
#[component]
pub fn QrCode(qr: QrSvg, label: String, #[props(default)] class: String) -> Element {
    rsx! {
        svg {
            class: "qr {class}",
            view_box: "0 0 {qr.size} {qr.size}",
            shape_rendering: "crispEdges",
            role: "img",
            "aria-label": "{label}",
            rect { width: "{qr.size}", height: "{qr.size}", fill: "#ffffff" }
            path { d: "{qr.path}", fill: "#000000" }
        }
    }
}
