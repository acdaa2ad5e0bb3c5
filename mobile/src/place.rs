//! Where an in-app link goes, named without the router. Screens and
//! components link to a [`Place`]; only the router (`route.rs`, which names
//! the screens) turns an address into a screen. So the imports run one way:
//! app → router → screens → components → place.
use dioxus::router::exports::{percent_encoding::utf8_percent_encode, PATH_ASCII_SET};
use shared::view::Screen;

/// A page of the app a link can go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A screen the core names.
    Screen(Screen),
    /// An information page, by its section id.
    Info(String),
    /// The school kit's printable poster.
    KitPoster,
    /// The school kit's sheet of cards.
    KitCards,
}

impl From<Screen> for Place {
    fn from(screen: Screen) -> Self {
        Self::Screen(screen)
    }
}

/// The address shown now, without a query or fragment; a component that
/// reads it renders again when it changes.
pub fn current_path() -> String {
    let full = dioxus::router::router().full_route_string();
    full.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

impl Place {
    /// The start screen.
    pub const HOME: Self = Self::Screen(Screen::Home);

    /// Its address in the app, as the router writes it (`route.rs` checks
    /// that each one opens the screen it names).
    pub fn path(&self) -> String {
        let fixed = match self {
            Self::Info(section) => {
                return format!("/info/{}", utf8_percent_encode(section, PATH_ASCII_SET));
            }
            Self::KitPoster => "/kit/poster",
            Self::KitCards => "/kit/cards",
            Self::Screen(screen) => match screen {
                Screen::Home => "/",
                Screen::Locator => "/find",
                Screen::CsgList => "/find/all",
                Screen::Helplines => "/helplines",
                Screen::Diary => "/diary",
                Screen::Settings => "/settings",
                Screen::ExitInfo => "/quick-exit",
                Screen::About => "/about",
                Screen::Kit => "/kit",
            },
        };
        fixed.to_string()
    }
}
