//! The screens by address. Route parameters are ids only, never content.
use dioxus::prelude::*;

use crate::screens::{
    About, Campaign, CsgList, Diary, ExitInfo, Helplines, Home, InfoPage, Kit, KitCards, KitPoster,
    Locator, NotFound, Settings, Shell,
};

/// Every screen of the app in use.
#[derive(Routable, Clone, Debug, PartialEq)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Framed)]
        #[route("/")]
        Home {},
        #[route("/find")]
        Locator {},
        #[route("/find/all")]
        CsgList {},
        #[route("/info/:section")]
        InfoPage { section: String },
        #[route("/helplines")]
        Helplines {},
        #[route("/diary")]
        Diary {},
        #[route("/settings")]
        Settings {},
        #[route("/quick-exit")]
        ExitInfo {},
        #[route("/about")]
        About {},
        #[route("/kit")]
        Kit {},
        #[route("/kit/poster")]
        KitPoster {},
        #[route("/kit/cards")]
        KitCards {},
        #[route("/c/:..segments")]
        Campaign { segments: Vec<String> },
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

/// The layout of every route: the frame, with the screen the address names.
#[component]
fn Framed() -> Element {
    rsx! {
        Shell { Outlet::<Route> {} }
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr as _;

    use super::Route;
    use crate::place::Place;
    use shared::view::Screen;

    /// Each place the screens link to, and the route it must open.
    fn places() -> Vec<(Place, Route)> {
        vec![
            (Place::Screen(Screen::Home), Route::Home {}),
            (Place::Screen(Screen::Locator), Route::Locator {}),
            (Place::Screen(Screen::CsgList), Route::CsgList {}),
            (Place::Screen(Screen::Helplines), Route::Helplines {}),
            (Place::Screen(Screen::Diary), Route::Diary {}),
            (Place::Screen(Screen::Settings), Route::Settings {}),
            (Place::Screen(Screen::ExitInfo), Route::ExitInfo {}),
            (Place::Screen(Screen::About), Route::About {}),
            (Place::Screen(Screen::Kit), Route::Kit {}),
            (Place::KitPoster, Route::KitPoster {}),
            (Place::KitCards, Route::KitCards {}),
            (
                Place::Info("what-now".into()),
                Route::InfoPage {
                    section: "what-now".into(),
                },
            ),
            (
                Place::Info("a b".into()),
                Route::InfoPage {
                    section: "a b".into(),
                },
            ),
        ]
    }

    #[test]
    fn every_place_opens_the_screen_it_names() {
        for (place, route) in places() {
            let path = place.path();
            assert_eq!(Route::from_str(&path).ok(), Some(route.clone()), "{path}");
            assert_eq!(route.to_string(), path);
        }
    }
}
