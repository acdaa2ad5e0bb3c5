//! The pure [`update`] that turns each [`Event`] into a new model and the
//! [`Effect`]s to perform. It delegates: each workflow of the model lives in
//! a file of its own (the diary in `diary/export.rs` and `diary/flow/`,
//! locales in `i18n/flow.rs`).
use std::time::Duration;

use crate::diary::flow::{DiaryEffect, DiaryEvent};
use crate::locator::Outcome;
use crate::model::{LocatorState, Model, Phase, UpdateStatus};
use crate::time::Now;

pub use crate::event::{Effect, Event};

/// Applies one event, handled at `now`, to the model and returns the
/// effects to perform. The loop reads the clock once per event; nothing
/// here reads it.
pub fn update(model: &mut Model, event: Event, now: Now) -> Vec<Effect> {
    let mut effects = react(model, event, now);
    // Only the open app asks: the disguise makes no request until its code
    // opens the app (SECURITY.md, a network observer).
    if model.phase == Phase::Ready {
        effects.extend(crate::i18n::flow::load_locales(model));
    }
    effects
}

fn react(model: &mut Model, event: Event, now: Now) -> Vec<Effect> {
    // After a quick exit only the neutral screen works. Nothing a stale
    // screen or a late effect sends may bring the app's content back.
    if model.phase == Phase::Exited {
        if let Event::Calculator(key) = event {
            model.calculator.press(key);
        }
        return vec![];
    }
    if let Event::LocaleLoaded { tag, result } = event {
        crate::i18n::flow::locale_loaded(model, tag, result);
        return vec![];
    }
    if model.phase == Phase::Disguised {
        return disguised(model, &event);
    }
    match event {
        Event::Start => vec![Effect::LoadSettings, Effect::LoadInstalledContent],
        Event::SettingsLoaded(Ok(settings)) => {
            model.settings = settings;
            if model.settings.disguise.is_some() {
                model.phase = Phase::Disguised;
                return vec![];
            }
            model.phase = Phase::Ready;
            check_for_updates(model)
        }
        Event::SetDisguise(code) => set_disguise(model, code),
        Event::SetAutoLock(minutes) => {
            if crate::settings::AUTO_LOCK_CHOICES.contains(&minutes) {
                model.settings.auto_lock_minutes = Some(minutes);
                vec![Effect::SaveSettings(model.settings.clone())]
            } else {
                vec![]
            }
        }
        Event::DiaryUse(sign) => diary_use(model, sign, now),
        Event::SettingsLoaded(Err(kind)) => {
            // Start with defaults: the app must work without saved settings.
            model.notice = Some(kind);
            model.phase = Phase::Ready;
            vec![]
        }
        Event::SetLanguage(tag) => crate::i18n::flow::chosen(model, tag),
        Event::OpenCampaign(path) => crate::campaign_flow::open(model, &path),
        Event::ExitInfoSeen => {
            model.settings.exit_info_seen = true;
            vec![Effect::SaveSettings(model.settings.clone())]
        }
        e @ (Event::ContactFailed(_) | Event::ContactFailedSeen) => contact(model, e),
        Event::QuickExit => {
            *model = model.after_exit();
            // The runtime drops the diary's key too.
            vec![Effect::Diary(DiaryEffect::Lock)]
        }
        Event::Diary(event) => crate::diary::export::update(model, event, now),
        Event::LocaleLoaded { .. } => vec![], // handled above
        Event::SettingsSaved(result) => {
            model.notice = result.err();
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
        Event::Calculator(_)
        | Event::LocatorSearch(_)
        | Event::LocatorChoose(_)
        | Event::LocatorLocating
        | Event::LocatorPosition(_) => {
            locator(model, event);
            vec![]
        }
        Event::UpdateConsent(_)
        | Event::CheckForUpdates
        | Event::InstalledContent(_)
        | Event::UpdateFetched(_)
        | Event::UpdateApplied(_) => content_update(model, event),
    }
}

/// A disguise code typed in Settings: kept when it can be used, else the
/// reason why not.
fn set_disguise(model: &mut Model, code: Option<String>) -> Vec<Effect> {
    model.disguise_problem = None;
    match code
        .map(|c| crate::disguise::DisguiseCode::new(&c))
        .transpose()
    {
        Ok(disguise) => {
            model.settings.disguise = disguise;
            vec![Effect::SaveSettings(model.settings.clone())]
        }
        Err(problem) => {
            model.disguise_problem = Some(problem);
            vec![]
        }
    }
}

/// What the shell saw of the user: the diary locks if `idle_lock` says so.
fn diary_use(model: &mut Model, sign: crate::idle_lock::UseSign, now: Now) -> Vec<Effect> {
    let idle = Duration::from_secs(60 * u64::from(model.settings.auto_lock()));
    if crate::idle_lock::locks(sign, idle) {
        react(model, Event::Diary(DiaryEvent::Lock), now)
    } else {
        vec![]
    }
}

/// A link the device could not open is said at once, until closed.
fn contact(model: &mut Model, event: Event) -> Vec<Effect> {
    model.contact_failed = match event {
        Event::ContactFailed(href) => Some(href),
        _ => None,
    };
    vec![]
}

/// Disguise mode: only the calculator works, and the code followed by "="
/// opens the app. Results of earlier work are dropped; a late diary unlock
/// is locked again.
fn disguised(model: &mut Model, event: &Event) -> Vec<Effect> {
    match *event {
        Event::Calculator(crate::calculator::CalcKey::Equals)
            if model
                .settings
                .disguise
                .as_ref()
                .is_some_and(|d| d.matches(model.calculator.entry())) =>
        {
            model.calculator = crate::calculator::Calculator::default();
            model.phase = Phase::Ready;
            check_for_updates(model)
        }
        Event::Calculator(key) => {
            model.calculator.press(key);
            vec![]
        }
        Event::QuickExit => {
            model.calculator = crate::calculator::Calculator::default();
            vec![Effect::Diary(DiaryEffect::Lock)]
        }
        Event::Diary(DiaryEvent::Opened(_)) => vec![Effect::Diary(DiaryEffect::Lock)],
        _ => vec![],
    }
}

/// Find my CSG: searches run on the content in use; nothing is stored.
fn locator(model: &mut Model, event: Event) {
    match event {
        Event::LocatorSearch(query) => {
            let outcome = model.content.locator.find(&query);
            model.locator = LocatorState::Done { query, outcome };
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
        }
        Event::LocatorLocating => model.locator = LocatorState::Locating,
        Event::LocatorPosition(result) => {
            model.locator = match result {
                Ok(point) => LocatorState::Done {
                    query: String::new(),
                    outcome: model.content.locator.find_position(point),
                },
                Err(e) => LocatorState::PositionFailed(e),
            };
        }
        // The calculator only works after an exit (handled above).
        _ => {}
    }
}

/// Content updates: consent, checks, and swapping in verified content.
fn content_update(model: &mut Model, event: Event) -> Vec<Effect> {
    match event {
        Event::UpdateConsent(allowed) => {
            model.settings.update_checks = Some(allowed);
            let mut effects = vec![Effect::SaveSettings(model.settings.clone())];
            effects.extend(check_for_updates(model));
            effects
        }
        Event::CheckForUpdates => check_for_updates(model),
        Event::InstalledContent(Some(content)) if content.version > model.content.version => {
            model.content = content;
            vec![]
        }
        Event::UpdateFetched(Ok(fetched)) => vec![Effect::ApplyUpdate {
            fetched,
            installed: model.content.version,
        }],
        Event::UpdateFetched(Err(e)) | Event::UpdateApplied(Err(e)) => {
            model.update = UpdateStatus {
                checking: false,
                last: Some(Err(e)),
            };
            vec![]
        }
        Event::UpdateApplied(Ok(content)) => {
            model.content = content;
            model.update = UpdateStatus {
                checking: false,
                last: Some(Ok(())),
            };
            vec![]
        }
        _ => vec![],
    }
}

/// Starts a check when the user allowed it, the build has an update source,
/// and no check is running.
fn check_for_updates(model: &mut Model) -> Vec<Effect> {
    if model.settings.update_checks == Some(true)
        && model.config.update.is_some()
        && !model.update.checking
    {
        model.update.checking = true;
        vec![Effect::FetchUpdate]
    } else {
        vec![]
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::calculator::CalcKey;
    use crate::error::ErrorKind;
    use crate::model::{CoreConfig, PositionError};
    use crate::settings::Settings;
    use crate::time::test_now;

    /// A model after its settings loaded: the app in use.
    pub(crate) fn ready() -> Model {
        ready_with(CoreConfig::default())
    }

    /// A first start on a device set to `lang`, its settings loaded.
    pub(crate) fn ready_in(lang: &str) -> Model {
        ready_with(CoreConfig {
            device_languages: vec![lang.into()],
            ..CoreConfig::default()
        })
    }

    fn ready_with(config: CoreConfig) -> Model {
        let mut m = Model::new(config);
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        m
    }

    #[test]
    fn the_core_decides_when_what_the_shell_saw_locks_the_diary() {
        use crate::idle_lock::UseSign;
        let lock = vec![Effect::Diary(DiaryEffect::Lock)];
        let mut m = ready();
        let idle = |ms| Event::DiaryUse(UseSign::Idle { ms });
        assert_eq!(update(&mut m, idle(119_000), test_now()), vec![]);
        assert_eq!(update(&mut m, idle(120_000), test_now()), lock);
        update(&mut m, Event::SetAutoLock(5), test_now());
        assert_eq!(update(&mut m, idle(125_000), test_now()), vec![]);
        assert_eq!(update(&mut m, idle(300_000), test_now()), lock);
        let hidden = |picking| Event::DiaryUse(UseSign::Hidden { picking });
        assert_eq!(update(&mut m, hidden(true), test_now()), vec![]);
        assert_eq!(update(&mut m, hidden(false), test_now()), lock);
        assert_eq!(
            update(&mut m, Event::DiaryUse(UseSign::Left), test_now()),
            lock
        );
    }

    #[test]
    fn a_link_the_device_could_not_open_is_said_until_closed_or_exit() {
        let mut m = ready();
        assert_eq!(
            update(
                &mut m,
                Event::ContactFailed("tel:08000188".into()),
                test_now()
            ),
            vec![]
        );
        assert_eq!(m.contact_failed.as_deref(), Some("tel:08000188"));
        update(&mut m, Event::ContactFailedSeen, test_now());
        assert_eq!(m.contact_failed, None);
        update(
            &mut m,
            Event::ContactFailed("tel:08000188".into()),
            test_now(),
        );
        update(&mut m, Event::QuickExit, test_now());
        assert_eq!(m.contact_failed, None);
    }

    #[test]
    fn start_loads_settings_then_is_ready() {
        let mut m = Model::new(CoreConfig::default());
        assert_eq!(
            update(&mut m, Event::Start, test_now()),
            vec![Effect::LoadSettings, Effect::LoadInstalledContent]
        );
        assert_eq!(m.phase, Phase::Starting);
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings {
                language: Some("en".into()),
                exit_info_seen: true,
                ..Settings::default()
            })),
            test_now(),
        );
        assert_eq!(m.phase, Phase::Ready);
        assert_eq!(m.language_preferences()[0], "en");
    }

    #[test]
    fn unreadable_settings_still_start_the_app_with_a_notice() {
        let mut m = Model::new(CoreConfig::default());
        update(
            &mut m,
            Event::SettingsLoaded(Err(ErrorKind::StoreCorrupt)),
            test_now(),
        );
        assert_eq!(m.phase, Phase::Ready);
        assert_eq!(m.notice, Some(ErrorKind::StoreCorrupt));
        assert_eq!(m.settings, Settings::default());
    }

    #[test]
    fn choosing_a_language_saves_it() {
        let mut m = ready();
        let effects = update(&mut m, Event::SetLanguage("en".into()), test_now());
        assert_eq!(
            effects,
            vec![Effect::SaveSettings(Settings {
                language: Some("en".into()),
                exit_info_seen: false,
                ..Settings::default()
            })]
        );
    }

    #[test]
    fn a_failed_save_keeps_the_choice_and_tells_the_user() {
        let mut m = ready();
        update(&mut m, Event::SetLanguage("en".into()), test_now());
        update(
            &mut m,
            Event::SettingsSaved(Err(ErrorKind::StoreUnavailable)),
            test_now(),
        );
        assert_eq!(m.settings.language.as_deref(), Some("en"));
        assert_eq!(m.notice, Some(ErrorKind::StoreUnavailable));
    }

    #[test]
    fn quick_exit_keeps_only_config_and_preferences() {
        let mut m = ready();
        update(&mut m, Event::SetLanguage("en".into()), test_now());
        m.notice = Some(ErrorKind::StoreUnavailable);
        let before = m.clone();
        assert_eq!(
            update(&mut m, Event::QuickExit, test_now()),
            vec![Effect::Diary(DiaryEffect::Lock)]
        );
        assert_eq!(m.phase, Phase::Exited);
        assert_eq!(m.config, before.config);
        assert_eq!(m.settings, before.settings);
        assert_eq!(m.notice, None);
    }

    #[test]
    fn locator_search_choice_and_position() {
        let mut m = ready();
        update(&mut m, Event::LocatorSearch("Emmen".into()), test_now());
        assert!(
            matches!(&m.locator, LocatorState::Done { outcome: Outcome::Choose(c), .. } if c.len() >= 2)
        );
        update(&mut m, Event::LocatorChoose(0), test_now());
        assert!(matches!(
            &m.locator,
            LocatorState::Done {
                outcome: Outcome::Found(_),
                ..
            }
        ));
        // A stale index (from an old screen) changes nothing.
        let before = m.locator.clone();
        update(&mut m, Event::LocatorChoose(99), test_now());
        assert_eq!(m.locator, before);
        update(&mut m, Event::LocatorLocating, test_now());
        assert_eq!(m.locator, LocatorState::Locating);
        update(
            &mut m,
            Event::LocatorPosition(Err(PositionError::Denied)),
            test_now(),
        );
        assert_eq!(
            m.locator,
            LocatorState::PositionFailed(PositionError::Denied)
        );
        update(
            &mut m,
            Event::LocatorPosition(Ok((51.44, 5.47))),
            test_now(),
        );
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
        update(&mut m, Event::LocatorSearch("3584".into()), test_now());
        update(&mut m, Event::QuickExit, test_now());
        assert_eq!(m.locator, LocatorState::Idle);
    }

    #[test]
    fn nothing_leaves_the_exited_phase_but_the_calculator_works() {
        let mut m = ready();
        update(&mut m, Event::QuickExit, test_now());
        for e in [
            Event::Start,
            Event::SettingsLoaded(Ok(Settings::default())),
            Event::SetLanguage("nl".into()),
            Event::ExitInfoSeen,
        ] {
            assert!(update(&mut m, e, test_now()).is_empty());
            assert_eq!(m.phase, Phase::Exited);
        }
        update(&mut m, Event::Calculator(CalcKey::Digit(7)), test_now());
        assert_eq!(m.calculator.display('.'), "7");
    }

    fn press_all(m: &mut Model, keys: &str) {
        for c in keys.chars() {
            let key = match c {
                '=' => CalcKey::Equals,
                '+' => CalcKey::Op(crate::calculator::Op::Add),
                d => CalcKey::Digit(u8::try_from(d.to_digit(10).unwrap()).unwrap()),
            };
            update(m, Event::Calculator(key), test_now());
        }
    }

    #[test]
    fn disguise_opens_as_a_calculator_and_only_the_code_opens_the_app() {
        let mut m = ready();
        m.config.platform = crate::Platform::Mobile;
        assert!(update(&mut m, Event::SetDisguise(Some("12".into())), test_now()).is_empty());
        assert!(m.disguise_problem.is_some() && m.settings.disguise.is_none());
        update(&mut m, Event::SetDisguise(Some("4711".into())), test_now());
        let saved = m.settings.clone();
        // The next start.
        let mut m = Model::new(m.config.clone());
        update(&mut m, Event::SettingsLoaded(Ok(saved)), test_now());
        assert_eq!(m.phase, Phase::Disguised);
        let dump = format!("{:?}", crate::view::view(&m));
        for word in ["0800", "CSG", "Snel", "hulp", "Dagboek"] {
            assert!(!dump.contains(word), "{word} in the disguise");
        }
        // A wrong code just calculates.
        press_all(&mut m, "12+4712=");
        assert_eq!(m.phase, Phase::Disguised);
        assert_eq!(m.calculator.display('.'), "4724");
        // Events from the app's screens do nothing.
        update(&mut m, Event::LocatorSearch("3584".into()), test_now());
        assert_eq!(m.locator, LocatorState::Idle);
        update(&mut m, Event::Calculator(CalcKey::Clear), test_now());
        press_all(&mut m, "4711=");
        assert_eq!(m.phase, Phase::Ready);
        // Quick exit returns to the disguise in the apps.
        update(&mut m, Event::QuickExit, test_now());
        assert_eq!(m.phase, Phase::Disguised);
        press_all(&mut m, "4711=");
        assert_eq!(m.phase, Phase::Ready);
        // On the web quick exit still leaves the site.
        m.config.platform = crate::Platform::Web;
        update(&mut m, Event::QuickExit, test_now());
        assert_eq!(m.phase, Phase::Exited);
    }

    #[test]
    fn auto_lock_takes_only_offered_minutes() {
        let mut m = ready();
        assert_eq!(m.settings.auto_lock(), 2);
        assert!(update(&mut m, Event::SetAutoLock(7), test_now()).is_empty());
        update(&mut m, Event::SetAutoLock(5), test_now());
        assert_eq!(m.settings.auto_lock(), 5);
    }
}
