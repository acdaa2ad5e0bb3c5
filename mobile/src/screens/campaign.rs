//! A campaign link (`/c/1/<audience>/<lang>[/<code>]`): hands the link to
//! the core, which chooses its language and where it lands
//! (`shared::campaign_flow`), then replaces the link with that page.
use dioxus::prelude::*;
use shared::campaign::{Arrival, Landing};
use shared::Event;

use crate::bridge::{use_app, use_dispatch};
use crate::place::Place;

/// Opens a campaign link, then goes where the core says it lands.
#[component]
pub fn Campaign(segments: Vec<String>) -> Element {
    let core = use_dispatch();
    let nav = navigator();
    let path = use_hook(|| format!("/c/{}", segments.join("/")));
    let key = use_hook(|| Arrival::key(&path));
    use_hook({
        let path = path.clone();
        move || core.send(Event::OpenCampaign(path))
    });
    let arrival = use_app(|a| a.arrival.clone()).flatten();
    use_effect(use_reactive!(|arrival| {
        let Some(arrival) = arrival.filter(|a| a.path == key) else {
            return;
        };
        let place = match arrival.landing {
            Landing::Screen(screen) => Place::Screen(screen),
            Landing::Info(section) => Place::Info(section.to_string()),
        };
        nav.replace(place.path());
    }));
    rsx! {}
}
