//! One file per screen. Each reads its part of the view model and renders it.
mod exit_info;
mod helplines;
mod home;
mod neutral;
mod not_found;
mod settings;
mod shell;

pub use exit_info::ExitInfo;
pub use helplines::Helplines;
pub use home::Home;
pub use neutral::Neutral;
pub use not_found::NotFound;
pub use settings::Settings;
pub use shell::Shell;
