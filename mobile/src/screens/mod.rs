//! One file per screen. Each reads its part of the view model and renders it.
mod about;
mod csg_list;
mod exit_info;
mod helplines;
mod home;
mod info;
mod locator;
mod neutral;
mod not_found;
mod settings;
mod shell;

pub use about::About;
pub use csg_list::CsgList;
pub use exit_info::ExitInfo;
pub use helplines::Helplines;
pub use home::Home;
pub use info::InfoPage;
pub use locator::Locator;
pub use neutral::Neutral;
pub use not_found::NotFound;
pub use settings::Settings;
pub use shell::Shell;
