//! The quick-exit control. Every screen has it twice: a visible button at the
//! top (`class: "quick-exit"`), and a skip link that is the first thing a
//! screen reader or the Tab key reaches, hidden until focused, as GOV.UK's
//! "Exit this page" does (`class: "skip-exit"`).
use dioxus::prelude::*;

use crate::app::QuickExit;

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
