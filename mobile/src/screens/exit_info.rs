//! The safety onboarding: what quick exit does and what it does not erase,
//! and what else can show that someone looks for help (the app on the phone,
//! the store's history, backups) with the advice to use a safer device.
//! Shown once at first run (with a button to continue, which also skips it)
//! and any time from Settings or Start.
use dioxus::prelude::*;
use shared::view::ExitInfoView;
use shared::Event;

use crate::bridge::{app_view, use_dispatch};

/// The explanation as a screen of its own.
#[component]
pub fn ExitInfo() -> Element {
    let Some(app) = app_view() else {
        return rsx! {};
    };
    rsx! { ExitInfoBody { view: app.exit_info, first_run: false } }
}

/// The explanation; at first run it ends with a button to continue.
#[component]
pub fn ExitInfoBody(view: ExitInfoView, first_run: bool) -> Element {
    let core = use_dispatch();
    rsx! {
        section { class: "exit-info",
            h1 { "{view.title}" }
            for p in view.how {
                p { key: "{p}", "{p}" }
            }
            h2 { "{view.not_erased_title}" }
            ul {
                for item in view.not_erased {
                    li { key: "{item}", "{item}" }
                }
            }
            h2 { "{view.safety_title}" }
            ul { class: "safety",
                for item in view.safety {
                    li { key: "{item}", "{item}" }
                }
            }
            if first_run {
                button { class: "confirm", onclick: move |_| core.send(Event::ExitInfoSeen), "{view.confirm_label}" }
            }
        }
    }
}
