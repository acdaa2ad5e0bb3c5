//! The screens by address. Route parameters are ids only, never content.
use dioxus::prelude::*;
use shared::view::Screen;

use crate::screens::{
    About, Campaign, CsgList, Diary, ExitInfo, Helplines, Home, InfoPage, Kit, KitCards, KitPoster,
    Locator, NotFound, Settings, Shell,
};

/// Every screen of the app in use.
#[derive(Routable, Clone, Debug, PartialEq)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
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

impl From<Screen> for Route {
    fn from(screen: Screen) -> Self {
        match screen {
            Screen::Home => Self::Home {},
            Screen::Locator => Self::Locator {},
            Screen::CsgList => Self::CsgList {},
            Screen::Helplines => Self::Helplines {},
            Screen::Diary => Self::Diary {},
            Screen::Settings => Self::Settings {},
            Screen::ExitInfo => Self::ExitInfo {},
            Screen::About => Self::About {},
            Screen::Kit => Self::Kit {},
        }
    }
}
