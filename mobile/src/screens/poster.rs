//! Printable A4 poster and a sheet of cards, in the poster's language. The
//! app's own header and navigation do not print (see `@media print`).
use dioxus::prelude::*;
use serde_json::json;

use crate::bridge::use_app;
use crate::components::QrCode;
use crate::js::{self, Script};

/// The A4 poster.
#[component]
pub fn KitPoster() -> Element {
    let Some(p) = use_app(|a| a.kit.poster.clone()) else {
        return rsx! {};
    };
    rsx! {
        button { class: "search no-print", onclick: move |_| js::run(Script::Print, &json!({})), "{p.print}" }
        article { class: "poster", lang: "{p.lang}", dir: p.dir.as_html(),
            h1 { class: "poster-title", "{p.title}" }
            p { class: "poster-save", "{p.save}" }
            p { class: "poster-number", "{p.number}" }
            p { class: "poster-call", "{p.call}" }
            p { "{p.chat}" }
            p { class: "poster-online", "{p.online}" }
            if let (Some(qr), Some(url)) = (p.qr, p.url) {
                div { class: "poster-qr",
                    p { "{p.scan}" }
                    QrCode { qr, label: url.clone() }
                    p { class: "poster-url", "{url}" }
                }
            }
        }
    }
}

/// A sheet of eight cards to cut out.
#[component]
pub fn KitCards() -> Element {
    let Some(p) = use_app(|a| a.kit.poster.clone()) else {
        return rsx! {};
    };
    rsx! {
        button { class: "search no-print", onclick: move |_| js::run(Script::Print, &json!({})), "{p.print}" }
        div { class: "cards", lang: "{p.lang}", dir: p.dir.as_html(),
            for i in 0..8 {
                div { key: "{i}", class: "card",
                    div { class: "card-text",
                        p { class: "card-title", "{p.card_title}" }
                        p { class: "card-number", "{p.number}" }
                        p { class: "card-call", "{p.card_call}" }
                    }
                    if let Some(qr) = p.qr.clone() {
                        QrCode { qr, label: p.url.clone().unwrap_or_default() }
                    }
                }
            }
        }
    }
}
