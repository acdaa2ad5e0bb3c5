//! Preferences: the language (each named in itself), the disguise, the
//! diary's auto-lock, and the way back to the quick-exit explanation and its
//! safety advice.
use dioxus::prelude::*;
use shared::view::Screen;
use shared::Event;

use crate::bridge::{use_app, use_dispatch};
use crate::components::{AutoLockSettings, DisguiseSettings, NavLink, UpdateSettings};
use crate::place::Place;

/// The settings screen.
#[component]
pub fn Settings() -> Element {
    let core = use_dispatch();
    let Some((v, updates)) = use_app(|a| (a.settings.clone(), a.updates.clone())) else {
        return rsx! {};
    };
    rsx! {
        h1 { "{v.title}" }
        h2 { id: "language-label", "{v.language_label}" }
        div { class: "languages", role: "group", aria_labelledby: "language-label",
            for lang in v.languages {
                button {
                    key: "{lang.tag}",
                    class: "language",
                    lang: "{lang.tag}",
                    "data-tag": "{lang.tag}",
                    aria_pressed: if lang.selected { "true" } else { "false" },
                    onclick: move |_| core.send(Event::SetLanguage(lang.tag.clone())),
                    "{lang.name}"
                }
            }
        }
        p { class: "hint", "{v.storage_note}" }
        DisguiseSettings {
            view: v.disguise,
            on_code: move |code| core.send(Event::SetDisguise(code)),
        }
        AutoLockSettings {
            view: v.auto_lock,
            on_choose: move |minutes| core.send(Event::SetAutoLock(minutes)),
        }
        UpdateSettings {
            view: updates,
            on_consent: move |yes| core.send(Event::UpdateConsent(yes)),
            on_check: move |()| core.send(Event::CheckForUpdates),
        }
        p {
            NavLink { to: Place::Screen(Screen::ExitInfo), "{v.exit_info_link}" }
        }
        p {
            NavLink { to: Place::Screen(Screen::About), "{v.about_link}" }
        }
    }
}
