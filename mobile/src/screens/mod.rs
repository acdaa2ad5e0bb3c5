//! One file per screen. Each reads its part of the view model and renders it
//! (the diary's parts are in `components/diary/`).
mod about;
mod campaign;
mod csg_list;
mod diary;
mod exit_info;
mod helplines;
mod home;
mod info;
mod kit;
mod locator;
mod neutral;
mod not_found;
mod poster;
mod settings;
mod shell;

pub use about::About;
pub use campaign::Campaign;
pub use csg_list::CsgList;
pub use diary::Diary;
pub use exit_info::ExitInfo;
pub use helplines::Helplines;
pub use home::Home;
pub use info::InfoPage;
pub use kit::Kit;
pub use locator::Locator;
pub use neutral::Neutral;
pub use not_found::NotFound;
pub use poster::{KitCards, KitPoster};
pub use settings::Settings;
pub use shell::Shell;
