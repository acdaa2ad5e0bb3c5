//! The quick-exit control. Every screen has it twice: a visible button at the
//! top (`class: "quick-exit"`), and a skip link that is the first thing a
//! screen reader or the Tab key reaches, hidden until focused, as GOV.UK's
//! "Exit this page" does (`class: "skip-exit"`).
use dioxus::prelude::*;

use serde_json::json;
use shared::view::{ExitView, PhaseView};
use shared::{Event, ViewModel};

use crate::js::{self, Script};

/// A link that activates quick exit. `href` is where it goes even if the
/// click handler never runs (the neutral site on the web).
#[component]
pub fn ExitLink(label: String, href: String, class: &'static str) -> Element {
    let exit = use_context::<QuickExit>();
    rsx! {
        a {
            class,
            href,
            rel: "nofollow noreferrer",
            onclick: move |e: MouseEvent| {
                e.prevent_default();
                exit.activate();
            },
            "{label}"
        }
    }
}

/// Activates quick exit from anywhere: `use_context::<QuickExit>().activate()`.
#[derive(Clone, Copy)]
pub struct QuickExit {
    /// Whether the cover shows.
    pub covered: Signal<bool>,
    /// The core.
    pub core: Coroutine<Event>,
    /// The latest view model.
    pub view: Signal<ViewModel>,
}

impl QuickExit {
    /// In this order: cover everything (the next render shows only the
    /// cover), then have the core drop its sensitive state. What comes last
    /// (leaving for the neutral site, or the calculator) follows from the
    /// core's answer, in `app.rs`. On the calculator there is nothing to
    /// cover (and a cover would outlast it when the disguise's code opens
    /// the app).
    pub fn activate(mut self) {
        if !matches!(
            self.view.peek().phase,
            PhaseView::Exited(ExitView::Neutral(_))
        ) {
            self.covered.set(true);
        }
        // Reading aloud must stop with everything else, and files picked
        // but not yet saved are forgotten.
        js::run(Script::StopSpeech, &json!({}));
        crate::device::forget_picked();
        self.core.send(Event::QuickExit);
    }
}
