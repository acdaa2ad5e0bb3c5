//! The screens by address. Route parameters are ids only, never content.
use dioxus::prelude::*;
use shared::view::Screen;

use crate::screens::{ExitInfo, Helplines, Home, NotFound, Settings, Shell};

/// Every screen of the app in use.
#[derive(Routable, Clone, Debug, PartialEq)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/helplines")]
        Helplines {},
        #[route("/settings")]
        Settings {},
        #[route("/quick-exit")]
        ExitInfo {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

impl From<Screen> for Route {
    fn from(screen: Screen) -> Self {
        match screen {
            Screen::Home => Self::Home {},
            Screen::Helplines => Self::Helplines {},
            Screen::Settings => Self::Settings {},
            Screen::ExitInfo => Self::ExitInfo {},
        }
    }
}
