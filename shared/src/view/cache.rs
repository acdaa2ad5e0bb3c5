//! The screens that do not change from one event to the next, built once
//! and kept: start, information, helplines, all CSGs, about and the unknown
//! page depend only on the content and the language; the kit (its QR code
//! the costliest part of the view) only on those and its own choices. So a
//! keystroke in the diary's search or the locator builds neither again.
//! The core keeps one [`ViewCache`]; `view()` without one builds everything
//! and gives the same view model (tested below and in `tests/view_snapshots.rs`).
use super::about::{about, AboutView};
use super::helplines::{helplines, HelplinesView};
use super::home::{home, HomeView, InfoLink};
use super::info::{info, InfoView};
use super::kit::{kit, KitView};
use super::locator::list::{csg_list, CsgListView};
use super::not_found::{not_found, NotFoundView};
use crate::content::SharedContent;
use crate::i18n::{Localizer, Texts};
use crate::model::{KitState, Model};

/// The screens that depend only on the content and the language.
#[derive(Clone, Debug)]
pub(crate) struct FixedViews {
    pub(crate) home: HomeView,
    pub(crate) info: InfoView,
    pub(crate) helplines: HelplinesView,
    pub(crate) csg_list: CsgListView,
    pub(crate) about: AboutView,
    pub(crate) not_found: NotFoundView,
}

impl FixedViews {
    fn build(model: &Model, texts: &Texts) -> Self {
        let content = &model.content;
        let lines = &content.helplines;
        let mut home = home(texts, lines);
        let info = info(texts, &content.info, lines, &home.call, &home.chat);
        home.info_title.clone_from(&info.list_title);
        home.info_links = info
            .sections
            .iter()
            .map(|s| InfoLink {
                id: s.id.clone(),
                title: s.title.clone(),
                description: s.summary.clone(),
            })
            .collect();
        Self {
            home,
            info,
            helplines: helplines(texts, lines),
            csg_list: csg_list(texts, content),
            about: about(texts),
            not_found: not_found(texts),
        }
    }
}

/// What the fixed screens were built from. The content is held, not only
/// its address, so a new content can never be taken for the old one.
#[derive(PartialEq)]
struct FixedKey {
    content: SharedContent,
    languages: Vec<String>,
}

/// What the kit was built from.
#[derive(PartialEq)]
struct KitKey {
    content: SharedContent,
    languages: Vec<String>,
    locale_problem: Option<String>,
    kit: KitState,
    public_url: Option<String>,
}

/// The screens kept from the last view.
#[derive(Default)]
pub struct ViewCache {
    fixed: Option<(FixedKey, FixedViews)>,
    kit: Option<(KitKey, KitView)>,
    /// How often each part was built (fixed screens, kit), for the tests.
    #[cfg(test)]
    builds: (u32, u32),
}

impl ViewCache {
    /// The fixed screens for this model, built again only when the content
    /// or the language changed.
    pub(crate) fn fixed(&mut self, model: &Model, texts: &Texts) -> &FixedViews {
        let key = FixedKey {
            content: model.content.clone(),
            languages: model.language_preferences(),
        };
        if self.fixed.as_ref().is_none_or(|(k, _)| *k != key) {
            self.fixed = Some((key, FixedViews::build(model, texts)));
            #[cfg(test)]
            {
                self.builds.0 += 1;
            }
        }
        &self.fixed.as_ref().expect("just built").1
    }

    /// The kit for this model, built again only when it could differ.
    pub(crate) fn kit(&mut self, model: &Model, localizer: &Localizer, texts: &Texts) -> &KitView {
        let key = KitKey {
            content: model.content.clone(),
            languages: model.language_preferences(),
            locale_problem: model.locale_problem.clone(),
            kit: model.kit.clone(),
            public_url: model.config.public_url.clone(),
        };
        if self.kit.as_ref().is_none_or(|(k, _)| *k != key) {
            let built = kit(model, localizer, texts, &model.content.helplines);
            self.kit = Some((key, built));
            #[cfg(test)]
            {
                self.builds.1 += 1;
            }
        }
        &self.kit.as_ref().expect("just built").1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::update;
    use crate::campaign::Audience;
    use crate::event::Event;
    use crate::model::CoreConfig;
    use crate::settings::Settings;
    use crate::time::test_now;
    use crate::view::root::{view, view_with};

    /// Events that change the language, the kit, the content's locales and
    /// other screens, in an order a user could give them.
    fn events() -> Vec<Event> {
        vec![
            Event::SettingsLoaded(Ok(Settings::default())),
            Event::LocatorSearch("Utrecht".into()),
            Event::LocatorSearch("Utrech".into()),
            Event::KitAudience(Audience::Parents),
            Event::KitCode("noord-7".into()),
            Event::KitCode("not a code!".into()),
            Event::KitLanguage("en".into()),
            Event::SetLanguage("en".into()),
            Event::LocatorSearch("5223 GZ".into()),
            Event::SetLanguage("ar".into()),
            Event::LocaleLoaded {
                tag: "ar".into(),
                result: Err(crate::i18n::LocaleError::Invalid),
            },
            Event::SetLanguage("nl".into()),
            Event::ExitInfoSeen,
            Event::ContactFailed("tel:08000188".into()),
            Event::QuickExit,
        ]
    }

    #[test]
    fn the_kept_screens_give_the_same_view_as_building_everything() {
        let mut model = Model::new(CoreConfig {
            public_url: Some("https://example.org".into()),
            ..CoreConfig::default()
        });
        let mut cache = ViewCache::default();
        assert_eq!(view_with(&model, &mut cache), view(&model));
        for event in events() {
            let shown = format!("{event:?}");
            update(&mut model, event, test_now());
            assert_eq!(view_with(&model, &mut cache), view(&model), "after {shown}");
        }
    }

    #[test]
    fn a_keystroke_builds_neither_the_fixed_screens_nor_the_kit_again() {
        let mut model = Model::new(CoreConfig::default());
        update(
            &mut model,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        let mut cache = ViewCache::default();
        view_with(&model, &mut cache);
        assert_eq!(cache.builds, (1, 1));
        for typed in ["U", "Ut", "Utr"] {
            update(&mut model, Event::LocatorSearch(typed.into()), test_now());
            view_with(&model, &mut cache);
        }
        assert_eq!(cache.builds, (1, 1));
        update(&mut model, Event::KitCode("noord".into()), test_now());
        view_with(&model, &mut cache);
        assert_eq!(cache.builds, (1, 2), "the kit's code changes only the kit");
        update(&mut model, Event::SetLanguage("en".into()), test_now());
        view_with(&model, &mut cache);
        assert_eq!(cache.builds, (2, 3), "a new language builds both");
    }
}
