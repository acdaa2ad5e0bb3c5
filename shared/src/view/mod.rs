//! The pure projection from [`Model`] to [`ViewModel`]: every string
//! localised, every link built, every decision made. The shell renders it
//! as it is.
mod about;
mod contact;
mod diary;
mod diary_types;
mod exit;
mod helplines;
mod home;
mod info;
mod kit;
mod locator;
mod settings;
mod updates;

use crate::helplines::tel_href;
use crate::i18n::{Direction, Localizer, Texts};
use crate::model::{Model, Phase, Platform};

pub use about::AboutView;
pub use contact::ContactFailedView;
pub use diary::{diary_fields, diary_kind_label, diary_written};
pub use diary_types::*;
pub use exit::{ExitInfoView, ExitView, NeutralKey, NeutralView};
pub use helplines::{HelplineView, HelplinesView};
pub use home::{HomeView, InfoLink, SectionLink};
pub use info::{InfoBlockView, InfoSectionView, InfoView, ReadAloudView};
pub use kit::{AudienceOption, KitView, PosterView};
pub use locator::{
    ChoiceView, CsgCardView, CsgListView, LocationView, LocatorResultView, LocatorView, MapMarker,
    MapView, MarkerKind, ProvinceView,
};
pub use settings::{AutoLockView, DisguiseSettingsView, LanguageOption, SettingsView};
pub use updates::{ConsentView, UpdatesView};

/// What the shell shows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewModel {
    /// BCP 47 tag of the texts, for the root's `lang`.
    pub lang: String,
    /// Writing direction, for the root's `dir`.
    pub dir: Direction,
    /// What may be on screen.
    pub phase: PhaseView,
}

/// What may be on screen. After a quick exit the view model carries nothing
/// of the app at all, so no screen can show it by mistake.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum PhaseView {
    /// Starting: show nothing yet.
    #[default]
    Starting,
    /// In use.
    Ready(Box<AppView>),
    /// Left through quick exit.
    Exited(ExitView),
}

/// The screens of the app in use.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppView {
    /// Parts on every screen: the quick-exit controls and navigation.
    pub chrome: ChromeView,
    /// The start screen.
    pub home: HomeView,
    /// All helplines.
    pub helplines: HelplinesView,
    /// Find my CSG.
    pub locator: LocatorView,
    /// The information pages.
    pub info: InfoView,
    /// The school kit.
    pub kit: KitView,
    /// Content updates.
    pub updates: UpdatesView,
    /// All CSGs by province.
    pub csg_list: CsgListView,
    /// Preferences.
    pub settings: SettingsView,
    /// The encrypted diary.
    pub diary: DiaryView,
    /// What quick exit does and does not do.
    pub exit_info: ExitInfoView,
    /// About the app and its sources.
    pub about: AboutView,
    /// A page that does not exist.
    pub not_found: NotFoundView,
    /// Show the quick-exit explanation before anything else (first run).
    pub show_exit_intro: bool,
    /// A problem to mention, already in words.
    pub notice: Option<String>,
    /// A call or chat link the device could not open: what to do instead.
    pub contact_failed: Option<ContactFailedView>,
}

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

/// What kind of contact an [`Action`] opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ActionKind {
    /// A phone call (`tel:`).
    #[default]
    Call,
    /// A chat on the service's website.
    Chat,
}

/// A call or chat link, ready to render.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Action {
    /// Call or chat.
    pub kind: ActionKind,
    /// The link text, e.g. "Bel 0800-0188".
    pub label: String,
    /// `tel:08000188` or an https address.
    pub href: String,
    /// A short line under the label, e.g. "free, day and night".
    pub note: Option<String>,
    /// The phone number as it appears in the label: the shell keeps it on
    /// one line, in every language (issue 14).
    pub number: Option<String>,
    /// When this number or chat can be reached, with a "not yet checked"
    /// mark when its source is not confirmed.
    pub hours: Option<String>,
}

/// Shown on every screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChromeView {
    /// The visible quick-exit button.
    pub exit_label: String,
    /// The screen-reader skip link.
    pub exit_skip_label: String,
    /// Where the exit link points without scripts (web: the neutral site).
    pub exit_href: String,
    /// The link back to the start screen.
    pub home_label: String,
    /// The name of the navigation landmark.
    pub nav_label: String,
    /// Navigation entries.
    pub nav: Vec<(Screen, String)>,
    /// Label of the language choice on every screen.
    pub language_label: String,
    /// The languages to choose from.
    pub languages: Vec<LanguageOption>,
    /// One line in the page's language when its translation is not reviewed.
    pub unreviewed: Option<String>,
    /// Why the chosen language is not shown (it could not be loaded).
    pub language_problem: Option<String>,
}

/// The friendly page for an unknown address.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NotFoundView {
    /// Heading.
    pub title: String,
    /// What to do.
    pub text: String,
}

/// Builds the view model.
pub fn view(model: &Model) -> ViewModel {
    let localizer = &model.content.localizer;
    let texts = localizer.texts(&model.language_preferences());
    let phase = match model.phase {
        Phase::Starting => PhaseView::Starting,
        Phase::Exited => PhaseView::Exited(exit::exit_view(model, &texts)),
        // The disguise is the same working calculator, on every platform.
        Phase::Disguised => PhaseView::Exited(ExitView::Neutral(exit::neutral(model, &texts))),
        Phase::Ready => PhaseView::Ready(Box::new(app_view(model, localizer, &texts))),
    };
    ViewModel {
        lang: texts.lang(),
        dir: texts.direction(),
        phase,
    }
}

fn app_view(model: &Model, localizer: &Localizer, texts: &Texts) -> AppView {
    let content = &model.content;
    let helplines = &content.helplines;
    let texts = texts.clone();
    let mut home = home::home(&texts, helplines);
    let info = info::info(&texts, &content.info, helplines, &home.call, &home.chat);
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
    AppView {
        chrome: chrome(model, localizer, &texts),
        kit: kit::kit(model, localizer, &texts, helplines),
        updates: updates::updates(model, &texts),
        info,
        home,
        helplines: helplines::helplines(&texts, helplines),
        locator: locator::locator(model, &texts),
        csg_list: locator::csg_list(&texts, content),
        settings: settings::settings(model, &texts),
        diary: diary::diary(model, &texts),
        exit_info: exit::exit_info(model, &texts),
        about: about::about(&texts),
        not_found: NotFoundView {
            title: texts.get("not-found-title"),
            text: texts.get("not-found-text"),
        },
        show_exit_intro: !model.settings.exit_info_seen,
        notice: model.notice.map(|k| texts.get(k.message_id())),
        contact_failed: model
            .contact_failed
            .as_deref()
            .and_then(|href| contact::contact_failed(&texts, helplines, href)),
    }
}

fn chrome(model: &Model, localizer: &Localizer, t: &Texts) -> ChromeView {
    ChromeView {
        language_label: t.get("language-switch"),
        languages: settings::languages(model),
        unreviewed: (!t.reviewed()).then(|| t.get("translation-unreviewed")),
        language_problem: model.locale_problem.as_ref().map(|tag| {
            let name = localizer.name(tag).unwrap_or_else(|| tag.clone());
            t.get_with("language-unavailable", &[("language", name.into())])
        }),
        exit_label: t.get("exit-button"),
        exit_skip_label: t.get("exit-skip-link"),
        exit_href: match model.config.platform {
            Platform::Web => model.config.neutral_url.clone(),
            Platform::Desktop | Platform::Mobile => "#".into(),
        },
        home_label: t.get("nav-home"),
        nav_label: t.get("nav-label"),
        nav: vec![
            (Screen::Home, t.get("nav-home")),
            (Screen::Locator, t.get("nav-locator")),
            (Screen::Helplines, t.get("nav-helplines")),
            (Screen::Diary, t.get("nav-diary")),
            (Screen::Settings, t.get("nav-settings")),
        ],
    }
}

/// The CSG's call (0800-0188, the largest button) and anonymous chat, as
/// every screen that leads to help shows them; also the number itself.
fn csg_contact(t: &Texts, helplines: &crate::helplines::Helplines) -> (Action, Action, String) {
    use crate::helplines::CSG_ID;
    let number = helplines
        .first_phone(CSG_ID)
        .expect("validated: the CSG has a number");
    let chat = Action {
        kind: ActionKind::Chat,
        label: t.get("home-chat"),
        href: helplines
            .first_chat(CSG_ID)
            .expect("validated: the CSG has a chat")
            .to_string(),
        note: Some(t.get("home-chat-note")),
        ..Action::default()
    };
    (
        call(t, "home-call", number, Some(t.get("home-call-note"))),
        chat,
        number.to_string(),
    )
}

/// A call action for a Dutch number, with its label from `label_id`.
fn call(t: &Texts, label_id: &str, number: &str, note: Option<String>) -> Action {
    Action {
        kind: ActionKind::Call,
        label: t.get_with(label_id, &[("number", number.into())]),
        href: tel_href(number),
        note,
        number: Some(number.to_string()),
        hours: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::model::CoreConfig;
    use crate::settings::Settings;

    pub(super) fn ready_view(lang: &str) -> AppView {
        let mut m = Model::new(CoreConfig {
            device_languages: vec![lang.into()],
            ..CoreConfig::default()
        });
        update(&mut m, Event::SettingsLoaded(Ok(Settings::default())));
        match view(&m).phase {
            PhaseView::Ready(app) => *app,
            other => panic!("expected ready, got {other:?}"),
        }
    }

    #[test]
    fn exited_view_carries_nothing_of_the_app() {
        let mut m = Model::new(CoreConfig::default());
        update(&mut m, Event::SettingsLoaded(Ok(Settings::default())));
        update(&mut m, Event::QuickExit);
        let vm = view(&m);
        let dump = format!("{vm:?}");
        for word in ["0800", "CSG", "seksu", "Snel weg", "hulp"] {
            assert!(!dump.contains(word), "{word} left in {dump}");
        }
        assert_eq!(
            vm.phase,
            PhaseView::Exited(ExitView::LeaveTo {
                url: crate::quick_exit::DEFAULT_NEUTRAL_URL.into()
            })
        );
    }

    #[test]
    fn the_exit_link_points_to_the_neutral_site_on_the_web_only() {
        assert_eq!(
            ready_view("nl").chrome.exit_href,
            crate::quick_exit::DEFAULT_NEUTRAL_URL
        );
        let mut m = Model::new(CoreConfig {
            platform: Platform::Desktop,
            ..CoreConfig::default()
        });
        update(&mut m, Event::SettingsLoaded(Ok(Settings::default())));
        let PhaseView::Ready(app) = view(&m).phase else {
            panic!()
        };
        assert_eq!(app.chrome.exit_href, "#");
    }

    #[test]
    fn first_run_shows_the_exit_intro_until_seen() {
        assert!(ready_view("nl").show_exit_intro);
    }
}
