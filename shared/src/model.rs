//! The core's state. Only [`crate::app::update`] changes it.
use crate::calculator::Calculator;
use crate::campaign::{Arrival, Audience};
use crate::content::SharedContent;
use crate::error::ErrorKind;
use crate::i18n::device::device_tags;
use crate::locator::Outcome;
use crate::quick_exit::DEFAULT_NEUTRAL_URL;
use crate::settings::Settings;
use crate::update::fetch::Timeouts;
use crate::update::{UpdateError, UpdateSource};

/// Where the app runs: decides what quick exit does last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Platform {
    /// A browser: leave for a neutral website, replacing the history entry.
    #[default]
    Web,
    /// A desktop window: show the neutral screen.
    Desktop,
    /// Android or iOS: show the neutral screen.
    Mobile,
}

/// Facts about the platform, supplied by the shell at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoreConfig {
    /// Where the app runs.
    pub platform: Platform,
    /// The device's preferred languages, most preferred first, as the
    /// device gives them (read by `i18n::device`).
    pub device_languages: Vec<String>,
    /// Where a web quick exit goes.
    pub neutral_url: String,
    /// Folder for the app's own files; `None` keeps settings in memory only.
    pub data_dir: Option<std::path::PathBuf>,
    /// Where the web version is published (for campaign links); `None` when unknown.
    pub public_url: Option<String>,
    /// Where content updates come from; `None`: this build has no updates.
    pub update: Option<UpdateSource>,
    /// Network timeouts for updates.
    pub update_timeouts: Timeouts,
    /// Where diary exports are written on desktop and phones; `None` on the
    /// web, where they are offered as downloads.
    pub export_dir: Option<std::path::PathBuf>,
    /// Whether the device hands a written export to the user (Android's
    /// share sheet): the export screen then offers to share or save it
    /// instead of naming a folder the user cannot reach.
    pub can_hand_over: bool,
}

impl Default for CoreConfig {
    fn default() -> Self {
        Self {
            platform: Platform::Web,
            device_languages: Vec::new(),
            neutral_url: DEFAULT_NEUTRAL_URL.to_string(),
            data_dir: None,
            public_url: None,
            update: None,
            update_timeouts: Timeouts::default(),
            export_dir: None,
            can_hand_over: false,
        }
    }
}

/// Whether the app is in use or has been left through quick exit.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Phase {
    /// Settings are being read; nothing is shown yet but the cover.
    #[default]
    Starting,
    /// Normal use.
    Ready,
    /// Quick exit happened. Only the neutral screen may be shown from now on.
    Exited,
    /// Disguise mode: the working calculator; the user's code opens the app.
    Disguised,
}

/// Why the device's position could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PositionError {
    /// The user (or the platform) refused access.
    Denied,
    /// No position could be had in time.
    Unavailable,
}

/// The locator's state. Nothing of it is stored: it lives until the app
/// closes or quick exit drops it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LocatorState {
    /// Nothing searched yet.
    #[default]
    Idle,
    /// Waiting for the device's position.
    Locating,
    /// A search and its outcome.
    Done {
        /// What was typed (empty for a position search).
        query: String,
        /// What was found.
        outcome: Outcome,
    },
    /// The position could not be used.
    PositionFailed(PositionError),
}

/// Content updates: what happened last.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateStatus {
    /// A check is under way.
    pub checking: bool,
    /// The last check's result, this session: `Ok` when new content was applied.
    pub last: Option<Result<(), UpdateError>>,
}

/// The school kit's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KitState {
    /// Who the poster is for.
    pub audience: Audience,
    /// The poster's language; `None` follows the app's language.
    pub lang: Option<String>,
    /// The campaign code as typed.
    pub code: String,
}

impl Default for KitState {
    fn default() -> Self {
        Self {
            audience: Audience::Pupils,
            lang: None,
            code: String::new(),
        }
    }
}

/// Everything the core knows.
///
/// Quick exit rebuilds the model through [`Model::after_exit`], which keeps an
/// explicit allow-list (configuration and saved preferences) and drops the
/// rest. Anything sensitive added later (drafts, unlocked keys, search text)
/// is therefore cleared without having to remember to clear it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    /// Platform facts.
    pub config: CoreConfig,
    /// Saved preferences.
    pub settings: Settings,
    /// Use or exit.
    pub phase: Phase,
    /// The neutral calculator shown after an exit on desktop and phones.
    pub calculator: Calculator,
    /// A problem the user should know about, shown until the next change.
    pub notice: Option<ErrorKind>,
    /// Find my CSG.
    pub locator: LocatorState,
    /// The school kit.
    pub kit: KitState,
    /// The facts and texts shown (bundled, or a verified update).
    pub content: SharedContent,
    /// Content updates.
    pub update: UpdateStatus,
    /// The encrypted diary (what is on screen while unlocked; never the key).
    pub diary: crate::diary::flow::DiaryState,
    /// Why the disguise code typed in Settings cannot be used.
    pub disguise_problem: Option<crate::disguise::CodeProblem>,
    /// Locales asked for this session (each once, unless chosen again).
    pub locales_asked: Vec<String>,
    /// A chosen locale that could not be loaded (English is shown instead).
    pub locale_problem: Option<String>,
    /// A call or chat link the device could not open (its `href`): the
    /// screen says so and shows the number or address to use by hand.
    pub contact_failed: Option<String>,
    /// The campaign link last opened and where it lands (the shell goes there).
    pub arrival: Option<Arrival>,
}

impl Model {
    /// A fresh model for the given platform.
    pub fn new(mut config: CoreConfig) -> Self {
        // The shells hand over what the device says; the core reads it.
        config.device_languages = device_tags(&config.device_languages);
        Self {
            config,
            ..Self::default()
        }
    }

    /// The model after a quick exit: configuration, preferences and the
    /// content survive, everything else is dropped.
    #[must_use]
    pub fn after_exit(&self) -> Self {
        // In disguise mode the apps return to the disguise (the code opens
        // them again); the web always leaves the site.
        let phase = if self.settings.disguise.is_some() && self.config.platform != Platform::Web {
            Phase::Disguised
        } else {
            Phase::Exited
        };
        Self {
            config: self.config.clone(),
            settings: self.settings.clone(),
            content: self.content.clone(),
            phase,
            ..Self::default()
        }
    }

    /// The user's language preferences: their explicit choice first, then the device's.
    pub fn language_preferences(&self) -> Vec<String> {
        self.settings
            .language
            .iter()
            .cloned()
            .chain(self.config.device_languages.iter().cloned())
            .collect()
    }
}
