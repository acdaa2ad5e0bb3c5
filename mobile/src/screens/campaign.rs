//! A campaign link (`/c/1/<audience>/<lang>[/<code>]`, format in
//! `shared::campaign`): sets the language and opens the audience's page.
//! Anything malformed or hostile opens Start; nothing else can be reached.
use dioxus::prelude::*;
use shared::campaign::{CampaignLink, Landing};
use shared::Event;

use crate::bridge::{app_view, use_dispatch};
use crate::route::Route;

/// Resolves a campaign link, then replaces it with its page.
#[component]
pub fn Campaign(segments: Vec<String>) -> Element {
    let core = use_dispatch();
    let nav = navigator();
    let languages: Vec<String> = app_view()
        .map(|a| a.chrome.languages.into_iter().map(|l| l.tag).collect())
        .unwrap_or_default();
    use_hook(move || {
        let path = format!("/c/{}", segments.join("/"));
        let target = match CampaignLink::parse_path(&path, &languages) {
            Ok(link) => {
                core.send(Event::SetLanguage(link.lang.clone()));
                match link.audience.landing() {
                    Landing::Screen(screen) => Route::from(screen),
                    Landing::Info(section) => Route::InfoPage {
                        section: section.to_string(),
                    },
                }
            }
            Err(_) => Route::Home {},
        };
        nav.replace(target);
    });
    rsx! {}
}
