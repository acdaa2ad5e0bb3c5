//! What can happen ([`Event`]), what the core asks the outside world to do
//! ([`Effect`]), and the pure [`update`] that connects them.
use crate::calculator::CalcKey;
use crate::campaign::Audience;
use crate::error::ErrorKind;
use crate::locator::Outcome;
use crate::model::{LocatorState, Model, Phase, PositionError};
use crate::settings::Settings;

/// Something the user did, or the result of an effect.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// Sent by the core's loop once, at launch: reads the saved preferences.
    Start,
    /// The user picked a language (a tag from the settings screen's list).
    SetLanguage(String),
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
    /// Result of [`Effect::LoadSettings`]. Sent by the runtime only.
    SettingsLoaded(Result<Settings, ErrorKind>),
    /// Result of [`Effect::SaveSettings`]. Sent by the runtime only.
    SettingsSaved(Result<(), ErrorKind>),
}

/// Work for the runtime; performed outside the pure core.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Effect {
    /// Read the saved preferences; answers with [`Event::SettingsLoaded`].
    LoadSettings,
    /// Save the preferences; answers with [`Event::SettingsSaved`].
    SaveSettings(Settings),
}

/// Applies one event to the model and returns the effects to perform.
pub fn update(model: &mut Model, event: Event) -> Vec<Effect> {
    // After a quick exit only the neutral screen works. Nothing a stale
    // screen or a late effect sends may bring the app's content back.
    if model.phase == Phase::Exited {
        if let Event::Calculator(key) = event {
            model.calculator.press(key);
        }
        return vec![];
    }
    match event {
        Event::Start => vec![Effect::LoadSettings],
        Event::SettingsLoaded(Ok(settings)) => {
            model.settings = settings;
            model.phase = Phase::Ready;
            vec![]
        }
        Event::SettingsLoaded(Err(kind)) => {
            // Start with defaults: the app must work without saved settings.
            model.notice = Some(kind);
            model.phase = Phase::Ready;
            vec![]
        }
        Event::SetLanguage(tag) => {
            model.settings.language = Some(tag);
            vec![Effect::SaveSettings(model.settings.clone())]
        }
        Event::ExitInfoSeen => {
            model.settings.exit_info_seen = true;
            vec![Effect::SaveSettings(model.settings.clone())]
        }
        Event::QuickExit => {
            *model = model.after_exit();
            vec![]
        }
        Event::SettingsSaved(result) => {
            model.notice = result.err();
            vec![]
        }
        Event::Calculator(_) => vec![],
        Event::LocatorSearch(query) => {
            let outcome = model.content.locator.find(&query);
            model.locator = LocatorState::Done { query, outcome };
            vec![]
        }
        Event::LocatorChoose(index) => {
            if let LocatorState::Done {
                query,
                outcome: Outcome::Choose(c) | Outcome::UnknownPostcode { suggestions: c, .. },
            } = &model.locator
            {
                if let Some(candidate) = c.get(index) {
                    model.locator = LocatorState::Done {
                        query: query.clone(),
                        outcome: Outcome::Found(candidate.answer.clone()),
                    };
                }
            }
            vec![]
        }
        Event::KitAudience(audience) => {
            model.kit.audience = audience;
            vec![]
        }
        Event::KitLanguage(lang) => {
            model.kit.lang = Some(lang);
            vec![]
        }
        Event::KitCode(code) => {
            // Keep what was typed (the view says if it is not usable), but
            // never more than a poster code could ever be.
            model.kit.code = code.chars().take(64).collect();
            vec![]
        }
        Event::LocatorLocating => {
            model.locator = LocatorState::Locating;
            vec![]
        }
        Event::LocatorPosition(result) => {
            model.locator = match result {
                Ok(point) => LocatorState::Done {
                    query: String::new(),
                    outcome: model.content.locator.find_position(point),
                },
                Err(e) => LocatorState::PositionFailed(e),
            };
            vec![]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CoreConfig;

    fn ready() -> Model {
        let mut m = Model::new(CoreConfig::default());
        update(&mut m, Event::SettingsLoaded(Ok(Settings::default())));
        m
    }

    #[test]
    fn start_loads_settings_then_is_ready() {
        let mut m = Model::new(CoreConfig::default());
        assert_eq!(update(&mut m, Event::Start), vec![Effect::LoadSettings]);
        assert_eq!(m.phase, Phase::Starting);
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings {
                language: Some("en".into()),
                exit_info_seen: true,
            })),
        );
        assert_eq!(m.phase, Phase::Ready);
        assert_eq!(m.language_preferences()[0], "en");
    }

    #[test]
    fn unreadable_settings_still_start_the_app_with_a_notice() {
        let mut m = Model::new(CoreConfig::default());
        update(&mut m, Event::SettingsLoaded(Err(ErrorKind::StoreCorrupt)));
        assert_eq!(m.phase, Phase::Ready);
        assert_eq!(m.notice, Some(ErrorKind::StoreCorrupt));
        assert_eq!(m.settings, Settings::default());
    }

    #[test]
    fn choosing_a_language_saves_it() {
        let mut m = ready();
        let effects = update(&mut m, Event::SetLanguage("en".into()));
        assert_eq!(
            effects,
            vec![Effect::SaveSettings(Settings {
                language: Some("en".into()),
                exit_info_seen: false
            })]
        );
    }

    #[test]
    fn a_failed_save_keeps_the_choice_and_tells_the_user() {
        let mut m = ready();
        update(&mut m, Event::SetLanguage("en".into()));
        update(
            &mut m,
            Event::SettingsSaved(Err(ErrorKind::StoreUnavailable)),
        );
        assert_eq!(m.settings.language.as_deref(), Some("en"));
        assert_eq!(m.notice, Some(ErrorKind::StoreUnavailable));
    }

    #[test]
    fn quick_exit_keeps_only_config_and_preferences() {
        let mut m = ready();
        update(&mut m, Event::SetLanguage("en".into()));
        m.notice = Some(ErrorKind::StoreUnavailable);
        let before = m.clone();
        assert!(update(&mut m, Event::QuickExit).is_empty());
        assert_eq!(m.phase, Phase::Exited);
        assert_eq!(m.config, before.config);
        assert_eq!(m.settings, before.settings);
        assert_eq!(m.notice, None);
    }

    #[test]
    fn locator_search_choice_and_position() {
        let mut m = ready();
        update(&mut m, Event::LocatorSearch("Emmen".into()));
        assert!(
            matches!(&m.locator, LocatorState::Done { outcome: Outcome::Choose(c), .. } if c.len() >= 2)
        );
        update(&mut m, Event::LocatorChoose(0));
        assert!(matches!(
            &m.locator,
            LocatorState::Done {
                outcome: Outcome::Found(_),
                ..
            }
        ));
        // A stale index (from an old screen) changes nothing.
        let before = m.locator.clone();
        update(&mut m, Event::LocatorChoose(99));
        assert_eq!(m.locator, before);
        update(&mut m, Event::LocatorLocating);
        assert_eq!(m.locator, LocatorState::Locating);
        update(&mut m, Event::LocatorPosition(Err(PositionError::Denied)));
        assert_eq!(
            m.locator,
            LocatorState::PositionFailed(PositionError::Denied)
        );
        update(&mut m, Event::LocatorPosition(Ok((51.44, 5.47))));
        assert!(matches!(
            &m.locator,
            LocatorState::Done {
                outcome: Outcome::Found(_),
                ..
            }
        ));
    }

    #[test]
    fn quick_exit_forgets_the_locator_search() {
        let mut m = ready();
        update(&mut m, Event::LocatorSearch("3584".into()));
        update(&mut m, Event::QuickExit);
        assert_eq!(m.locator, LocatorState::Idle);
    }

    #[test]
    fn nothing_leaves_the_exited_phase_but_the_calculator_works() {
        let mut m = ready();
        update(&mut m, Event::QuickExit);
        for e in [
            Event::Start,
            Event::SettingsLoaded(Ok(Settings::default())),
            Event::SetLanguage("nl".into()),
            Event::ExitInfoSeen,
        ] {
            assert!(update(&mut m, e).is_empty());
            assert_eq!(m.phase, Phase::Exited);
        }
        update(&mut m, Event::Calculator(CalcKey::Digit(7)));
        assert_eq!(m.calculator.display('.'), "7");
    }
}
