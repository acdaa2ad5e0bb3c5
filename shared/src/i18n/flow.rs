//! The web build's other locales through the core: which to ask for, and
//! what happens when one arrives or cannot be had. (The apps embed every
//! locale, so none of this happens there.)
use crate::content::SharedContent;
use crate::event::Effect;
use crate::i18n::LocaleError;
use crate::model::Model;

/// Asks once per tag for a chosen locale that is not loaded yet: the app's
/// language, or the school kit's poster language.
pub(crate) fn load_locales(model: &mut Model) -> Vec<Effect> {
    let localizer = &model.content.localizer;
    let wanted = [
        localizer.missing(&model.language_preferences()),
        model
            .kit
            .lang
            .as_ref()
            .and_then(|l| localizer.missing(std::slice::from_ref(l))),
    ];
    let mut effects = Vec::new();
    for tag in wanted.into_iter().flatten() {
        if !model.locales_asked.contains(&tag) {
            model.locales_asked.push(tag.clone());
            effects.push(Effect::LoadLocale(tag));
        }
    }
    effects
}

/// The user chose `tag` (again), in Settings or through a campaign link:
/// the choice is saved, a locale that failed is asked for anew, and an
/// earlier failure is no longer news.
pub(crate) fn chosen(model: &mut Model, tag: String) -> Vec<Effect> {
    model.locales_asked.retain(|t| *t != tag);
    model.locale_problem = None;
    model.settings.language = Some(tag);
    vec![Effect::SaveSettings(model.settings.clone())]
}

/// A locale arrived: the content in use gains it, or the user is told that
/// the app stays in English.
pub(crate) fn locale_loaded(model: &mut Model, tag: String, result: Result<String, LocaleError>) {
    if !model.content.localizer.is_pending(&tag) {
        return; // loaded meanwhile, or replaced by a content update
    }
    match result.and_then(|source| model.content.with_locale(&tag, source)) {
        Ok(content) => {
            model.content = SharedContent::new(content);
            if model.locale_problem.as_ref() == Some(&tag) {
                model.locale_problem = None;
            }
        }
        Err(_) => model.locale_problem = Some(tag),
    }
}

#[cfg(test)]
mod tests {
    use crate::app::{update, Effect, Event};
    use crate::content::{bundled_ref, Content, SharedContent};
    use crate::i18n::testing::{source_of, web_catalog};
    use crate::i18n::{LocaleError, Localizer};
    use crate::model::{CoreConfig, Model, Phase};
    use crate::settings::Settings;
    use crate::time::test_now;
    use crate::view::{view, PhaseView};

    /// A model whose content is the web build's: only nl and en embedded.
    fn web_model(device: &str) -> Model {
        let content = Content {
            localizer: Localizer::from_catalog(&web_catalog()),
            ..bundled_ref().clone()
        };
        let mut m = Model::new(CoreConfig {
            device_languages: vec![device.into()],
            ..CoreConfig::default()
        });
        m.content = SharedContent::new(content);
        m
    }

    fn lang(m: &Model) -> String {
        view(m).lang
    }

    fn problem(m: &Model) -> Option<String> {
        match view(m).phase {
            PhaseView::Ready(app) => app.chrome.language_problem,
            _ => None,
        }
    }

    /// The language the language choice shows as selected.
    fn selected(m: &Model) -> Option<String> {
        match view(m).phase {
            PhaseView::Ready(app) => app
                .chrome
                .languages
                .into_iter()
                .find(|l| l.selected)
                .map(|l| l.tag),
            _ => None,
        }
    }

    #[test]
    fn the_device_language_is_asked_for_once_and_shown_when_it_arrives() {
        let mut m = web_model("ar-SA");
        let fx = update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        assert!(fx.contains(&Effect::LoadLocale("ar".into())), "{fx:?}");
        assert_eq!(lang(&m), "en", "English while it loads");
        assert_eq!(
            selected(&m).as_deref(),
            Some("ar"),
            "the choice shows what is coming"
        );
        // Other events do not ask again.
        let fx = update(&mut m, Event::LocatorSearch("Emmen".into()), test_now());
        assert!(!fx.iter().any(|e| matches!(e, Effect::LoadLocale(_))));

        let before = m.content.clone();
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "ar".into(),
                result: Ok(source_of("ar")),
            },
            test_now(),
        );
        assert_eq!(lang(&m), "ar");
        assert_ne!(
            m.content, before,
            "a new content, so the screen is drawn again"
        );
        assert_eq!(problem(&m), None);
    }

    #[test]
    fn dutch_and_english_need_nothing() {
        for device in ["nl-NL", "en-GB", "xx"] {
            let mut m = web_model(device);
            let fx = update(
                &mut m,
                Event::SettingsLoaded(Ok(Settings::default())),
                test_now(),
            );
            assert!(
                !fx.iter().any(|e| matches!(e, Effect::LoadLocale(_))),
                "{device}: {fx:?}"
            );
        }
    }

    #[test]
    fn a_failed_load_says_so_in_english_and_choosing_again_retries() {
        let mut m = web_model("nl");
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        let fx = update(&mut m, Event::SetLanguage("uk".into()), test_now());
        assert!(fx.contains(&Effect::LoadLocale("uk".into())), "{fx:?}");
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "uk".into(),
                result: Err(LocaleError::Unavailable),
            },
            test_now(),
        );
        assert_eq!(lang(&m), "en");
        let line = problem(&m).expect("the user is told");
        assert!(
            line.contains("Українська") && line.contains("English"),
            "{line}"
        );
        // Nothing else is lost: the choice is kept and the app works.
        assert_eq!(m.settings.language.as_deref(), Some("uk"));
        // The choice shows the language on screen, so choosing Ukrainian
        // again is a change the page reports.
        assert_eq!(selected(&m).as_deref(), Some("en"));

        // Choosing another language ends the message.
        update(&mut m, Event::SetLanguage("nl".into()), test_now());
        assert_eq!((lang(&m), problem(&m)), ("nl".into(), None));
        update(&mut m, Event::SetLanguage("uk".into()), test_now());
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "uk".into(),
                result: Err(LocaleError::Unavailable),
            },
            test_now(),
        );
        assert!(problem(&m).is_some());

        let fx = update(&mut m, Event::SetLanguage("uk".into()), test_now());
        assert!(fx.contains(&Effect::LoadLocale("uk".into())), "{fx:?}");
        assert_eq!(problem(&m), None);
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "uk".into(),
                result: Ok("not = a locale\n".into()),
            },
            test_now(),
        );
        assert!(problem(&m).is_some(), "an invalid file is a problem too");
        update(&mut m, Event::SetLanguage("uk".into()), test_now());
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "uk".into(),
                result: Ok(source_of("uk")),
            },
            test_now(),
        );
        assert_eq!((lang(&m), problem(&m)), ("uk".into(), None));
    }

    #[test]
    fn the_posters_language_is_loaded_too() {
        let mut m = web_model("nl");
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        let fx = update(&mut m, Event::KitLanguage("tr".into()), test_now());
        assert_eq!(fx, vec![Effect::LoadLocale("tr".into())]);
    }

    #[test]
    fn the_disguise_asks_for_nothing_until_its_code_opens_the_app() {
        use crate::calculator::CalcKey;
        let mut m = web_model("tr");
        let settings = Settings {
            disguise: Some(crate::disguise::DisguiseCode::new("1234").expect("valid")),
            ..Settings::default()
        };
        let mut asked = update(&mut m, Event::SettingsLoaded(Ok(settings)), test_now());
        for key in [
            CalcKey::Digit(1),
            CalcKey::Digit(2),
            CalcKey::Digit(3),
            CalcKey::Digit(4),
        ] {
            asked.extend(update(&mut m, Event::Calculator(key), test_now()));
        }
        assert_eq!(m.phase, Phase::Disguised);
        assert!(
            !asked.iter().any(|e| matches!(e, Effect::LoadLocale(_))),
            "{asked:?}"
        );
        let fx = update(&mut m, Event::Calculator(CalcKey::Equals), test_now());
        assert_eq!(m.phase, Phase::Ready);
        assert!(fx.contains(&Effect::LoadLocale("tr".into())), "{fx:?}");
    }

    #[test]
    fn after_a_quick_exit_a_late_locale_changes_nothing() {
        let mut m = web_model("fa");
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        update(&mut m, Event::QuickExit, test_now());
        assert_eq!(m.phase, Phase::Exited);
        let before = m.content.clone();
        let fx = update(
            &mut m,
            Event::LocaleLoaded {
                tag: "fa".into(),
                result: Ok(source_of("fa")),
            },
            test_now(),
        );
        assert!(fx.is_empty());
        assert_eq!(m.content, before);
    }

    #[test]
    fn a_locale_that_is_no_longer_pending_is_ignored() {
        let mut m = web_model("pl");
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "pl".into(),
                result: Ok(source_of("pl")),
            },
            test_now(),
        );
        let before = m.content.clone();
        update(
            &mut m,
            Event::LocaleLoaded {
                tag: "pl".into(),
                result: Err(LocaleError::Unavailable),
            },
            test_now(),
        );
        assert_eq!(m.content, before);
        assert_eq!(problem(&m), None);
    }
}
