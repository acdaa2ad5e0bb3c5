//! The places a user can go to in the app. The model and campaign links
//! name them; the shell maps each to its route.

/// The screens a user can go to; the shell maps them to its routes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Start.
    Home,
    /// All helplines.
    Helplines,
    /// Find my CSG.
    Locator,
    /// All CSGs by province.
    CsgList,
    /// Preferences.
    Settings,
    /// About quick exit.
    ExitInfo,
    /// About the app.
    About,
    /// The school kit.
    Kit,
    /// The encrypted diary.
    Diary,
}
