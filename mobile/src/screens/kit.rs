//! For schools: choose audience, language and a campaign code; get the link,
//! its QR code, and printable posters and cards.
use dioxus::prelude::*;
use shared::Event;

use crate::bridge::{use_app, use_dispatch};
use crate::components::{NavLink, QrCode, ShareLink};
use crate::place::Place;

/// The kit screen.
#[component]
pub fn Kit() -> Element {
    let core = use_dispatch();
    let Some(v) = use_app(|a| a.kit.clone()) else {
        return rsx! {};
    };
    rsx! {
        h1 { "{v.title}" }
        p { "{v.intro}" }
        fieldset { class: "kit-audience",
            legend { "{v.audience_label}" }
            for a in v.audiences {
                label { key: "{a.label}", class: "radio",
                    input {
                        r#type: "radio",
                        name: "audience",
                        value: a.audience.code(),
                        checked: a.selected,
                        onchange: move |_| core.send(Event::KitAudience(a.audience)),
                    }
                    " {a.label}"
                }
            }
        }
        label { r#for: "kit-language", class: "field-label", "{v.language_label}" }
        select {
            id: "kit-language",
            class: "kit-language",
            onchange: move |e: FormEvent| core.send(Event::KitLanguage(e.value())),
            for l in v.languages {
                option { key: "{l.tag}", value: "{l.tag}", lang: "{l.tag}", selected: l.selected, "{l.name}" }
            }
        }
        label { r#for: "kit-code", class: "field-label", "{v.code_label}" }
        input {
            id: "kit-code",
            class: "kit-code",
            r#type: "text",
            autocomplete: "off",
            maxlength: "64",
            aria_describedby: "kit-code-hint",
            value: "{v.code}",
            oninput: move |e: FormEvent| core.send(Event::KitCode(e.value())),
        }
        p { id: "kit-code-hint", class: "hint", "{v.code_hint}" }
        if let Some(err) = &v.code_error {
            p { class: "notice message", role: "alert", "{err}" }
        }
        h2 { "{v.link_label}" }
        if let Some(no) = &v.no_link {
            p { class: "notice", "{no}" }
        }
        if let Some(link) = v.link.clone() {
            p { class: "kit-link",
                code { "{link}" }
            }
            ShareLink { url: link, share_label: v.share_label, copy_label: v.copy_label, copied_label: v.copied_label }
        }
        if let Some(qr) = v.poster.qr.clone() {
            QrCode { qr, label: v.qr_label, class: "kit-qr" }
        }
        p { class: "hint", "{v.privacy}" }
        p {
            NavLink { to: Place::KitPoster, "{v.poster_label}" }
        }
        p {
            NavLink { to: Place::KitCards, "{v.cards_label}" }
        }
    }
}
