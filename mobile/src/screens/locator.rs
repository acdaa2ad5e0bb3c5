//! Find my CSG: postcode or town (or the device's position, only on a tap),
//! the answer with the call first, the map, and a link to all CSGs.
use dioxus::prelude::*;
use shared::view::Screen;
use shared::Event;

use crate::bridge::{use_app, use_dispatch};
use crate::components::{ActionLink, LocationCard, Map, NavLink};
use crate::device;
use crate::place::Place;

/// The locator screen.
#[component]
pub fn Locator() -> Element {
    let core = use_dispatch();
    // What is being typed stays here until it is searched (and is gone with
    // the screen, e.g. after a quick exit).
    let mut query = use_signal(String::new);
    let Some(v) = use_app(|a| a.locator.clone()) else {
        return rsx! {};
    };
    let locate = move |_| {
        core.send(Event::LocatorLocating);
        spawn(async move { core.send(Event::LocatorPosition(device::position().await)) });
    };
    rsx! {
        h1 { "{v.title}" }
        p { "{v.intro}" }
        form {
            class: "locator-form",
            role: "search",
            onsubmit: move |e: FormEvent| {
                e.prevent_default();
                core.send(Event::LocatorSearch(query()));
            },
            label { r#for: "locator-query", "{v.input_label}" }
            div { class: "locator-row",
                input {
                    id: "locator-query",
                    r#type: "search",
                    autocomplete: "off",
                    maxlength: "100",
                    aria_describedby: "locator-hint",
                    value: "{query}",
                    oninput: move |e: FormEvent| query.set(e.value()),
                }
                button { r#type: "submit", class: "search", "{v.search_label}" }
            }
            p { id: "locator-hint", class: "hint", "{v.input_hint}" }
        }
        button { class: "use-location", onclick: locate, "{v.use_location_label}" }
        p { class: "hint", "{v.location_note}" }
        if let Some(text) = &v.locating {
            p { class: "notice", role: "status", "{text}" }
        }
        if let Some(text) = &v.message {
            p { class: "notice message", role: "alert", "{text}" }
        }
        if let Some(title) = &v.choices_title {
            h2 { "{title}" }
            ul { class: "choices",
                for c in v.choices {
                    li { key: "{c.index}",
                        button { class: "choice", onclick: move |_| core.send(Event::LocatorChoose(c.index)), "{c.label}" }
                    }
                }
            }
        }
        if let Some(r) = v.result {
            section { class: "result", aria_live: "polite",
                if let Some(d) = &r.did_you_mean {
                    p { class: "hint", "{d}" }
                }
                p { class: "area", "{r.area}" }
                h2 { class: "result-heading", "{r.heading}" }
                p { "{r.connect}" }
                div { class: "primary-actions",
                    ActionLink { action: v.call.clone(), big: true }
                    ActionLink { action: v.chat.clone() }
                }
                p { class: "call-first", "{r.call_first}" }
                if let Some(t) = &r.locations_title {
                    h3 { "{t}" }
                    ul { class: "locations",
                        for (i , l) in r.locations.into_iter().enumerate() {
                            LocationCard { key: "{i}", view: l }
                        }
                    }
                }
                if let Some(b) = &r.based_at {
                    p { class: "based-at", "{b}" }
                }
            }
        } else {
            div { class: "primary-actions",
                ActionLink { action: v.call, big: true }
                ActionLink { action: v.chat }
            }
        }
        Map { view: v.map }
        p { NavLink { to: Place::Screen(Screen::CsgList), "{v.all_link}" } }
        p { class: "credit", "{v.credit}" }
    }
}
