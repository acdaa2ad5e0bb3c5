//! What can happen ([`Event`]) and what the core asks the outside world to
//! do ([`Effect`]): the words the model, its workflows, the runtime and the
//! shell share. [`crate::app::update`] connects them.
use crate::calculator::CalcKey;
use crate::campaign::Audience;
use crate::content::SharedContent;
use crate::diary::flow::{DiaryEffect, DiaryEvent};
use crate::error::ErrorKind;
use crate::i18n::LocaleError;
use crate::idle_lock::UseSign;
use crate::model::PositionError;
use crate::settings::Settings;
use crate::update::fetch::Fetched;
use crate::update::UpdateError;

/// Something the user did, or the result of an effect.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// Sent by the core's loop once, at launch: reads the saved preferences.
    Start,
    /// The user picked a language (a tag from the settings screen's list).
    SetLanguage(String),
    /// A campaign link was opened (its path, `/c/…`): the core chooses its
    /// language and where it lands ([`crate::model::Model::arrival`]).
    OpenCampaign(String),
    /// The user closed the quick-exit explanation.
    ExitInfoSeen,
    /// The user activated quick exit (button, skip link or Shift three times).
    QuickExit,
    /// A key on the neutral calculator.
    Calculator(CalcKey),
    /// The user searched the locator for a postcode or place name.
    LocatorSearch(String),
    /// The user picked one of the offered places or postcodes.
    LocatorChoose(usize),
    /// The shell started asking the platform for the position (after a tap).
    LocatorLocating,
    /// The platform's answer: latitude and longitude, or why not.
    LocatorPosition(Result<(f64, f64), PositionError>),
    /// School kit: who the poster is for.
    KitAudience(Audience),
    /// School kit: the poster's language.
    KitLanguage(String),
    /// School kit: the campaign code as typed.
    KitCode(String),
    /// The user answered whether the app may check for updated information.
    UpdateConsent(bool),
    /// The user asked to check now.
    CheckForUpdates,
    /// Result of [`Effect::LoadInstalledContent`]. Sent by the runtime only.
    InstalledContent(Option<SharedContent>),
    /// Result of [`Effect::FetchUpdate`]. Sent by the runtime only.
    UpdateFetched(Result<Fetched, UpdateError>),
    /// Result of [`Effect::ApplyUpdate`]. Sent by the runtime only.
    UpdateApplied(Result<SharedContent, UpdateError>),
    /// Result of [`Effect::LoadSettings`]. Sent by the runtime only.
    SettingsLoaded(Result<Settings, ErrorKind>),
    /// Result of [`Effect::SaveSettings`]. Sent by the runtime only.
    SettingsSaved(Result<(), ErrorKind>),
    /// The encrypted diary (see [`crate::diary::flow`]).
    Diary(DiaryEvent),
    /// Settings: turn disguise mode on with this code (4-8 digits), or off.
    SetDisguise(Option<String>),
    /// Settings: lock the diary after this many minutes without use.
    SetAutoLock(u8),
    /// What the shell saw of the user while the diary is open: the core
    /// decides whether it locks (`idle_lock.rs`).
    DiaryUse(UseSign),
    /// The device could not open this call or chat link (no dialler, no
    /// browser, an error): sent by the shell at once, never silently nothing.
    ContactFailed(String),
    /// The user closed the message about a link that could not be opened.
    ContactFailedSeen,
    /// Result of [`Effect::LoadLocale`]: the locale's FTL source, or why
    /// not. Sent by the runtime only.
    LocaleLoaded {
        /// The locale asked for.
        tag: String,
        /// Its source.
        result: Result<String, LocaleError>,
    },
}

/// Work for the runtime; performed outside the pure core.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Effect {
    /// Read the saved preferences; answers with [`Event::SettingsLoaded`].
    LoadSettings,
    /// Save the preferences; answers with [`Event::SettingsSaved`].
    SaveSettings(Settings),
    /// Load and verify a previously installed update; answers with [`Event::InstalledContent`].
    LoadInstalledContent,
    /// Download the update (asynchronous); answers with [`Event::UpdateFetched`].
    FetchUpdate,
    /// Verify and store a download; answers with [`Event::UpdateApplied`].
    ApplyUpdate {
        /// What was downloaded.
        fetched: Fetched,
        /// The version in use: the update must be newer.
        installed: u64,
    },
    /// The diary's work (see [`crate::diary::flow`]).
    Diary(DiaryEffect),
    /// Fetch a locale the web build does not embed (same origin, kept
    /// offline by the service worker); answers with [`Event::LocaleLoaded`].
    LoadLocale(String),
}
