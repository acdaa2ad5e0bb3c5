//! The whole view model: what may be on screen in each phase, the parts on
//! every screen, and the function that builds it all from the model.
use super::about::AboutView;
use super::cache::ViewCache;
use super::contact::ContactFailedView;
use super::diary::screen::{diary, DiaryView};
use super::exit::{ExitInfoView, ExitView};
use super::helplines::HelplinesView;
use super::home::HomeView;
use super::info::InfoView;
use super::kit::KitView;
use super::locator::list::CsgListView;
use super::locator::search::{locator, LocatorView};
use super::not_found::NotFoundView;
use super::settings::{LanguageOption, SettingsView};
use super::updates::UpdatesView;
use super::{contact, exit, settings, updates};
use crate::campaign::Arrival;
use crate::i18n::{Direction, Localizer, Texts};
use crate::model::{Model, Phase, Platform};
use crate::screen::Screen;

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
    /// The campaign link last opened and where it lands: the shell goes there.
    pub arrival: Option<Arrival>,
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

/// Builds the view model.
pub fn view(model: &Model) -> ViewModel {
    view_with(model, &mut ViewCache::default())
}

/// Builds the view model, taking the screens that did not change from
/// `cache` (the core keeps one; the result is the same as [`view`]'s).
pub fn view_with(model: &Model, cache: &mut ViewCache) -> ViewModel {
    let localizer = &model.content.localizer;
    let texts = localizer.texts(&model.language_preferences());
    let phase = match model.phase {
        Phase::Starting => PhaseView::Starting,
        Phase::Exited => PhaseView::Exited(exit::exit_view(model, &texts)),
        // The disguise is the same working calculator, on every platform.
        Phase::Disguised => PhaseView::Exited(ExitView::Neutral(exit::neutral(model, &texts))),
        Phase::Ready => PhaseView::Ready(Box::new(app_view(model, localizer, &texts, cache))),
    };
    ViewModel {
        lang: texts.lang(),
        dir: texts.direction(),
        phase,
    }
}

fn app_view(model: &Model, localizer: &Localizer, texts: &Texts, cache: &mut ViewCache) -> AppView {
    let content = &model.content;
    let helplines = &content.helplines;
    let kit = cache.kit(model, localizer, texts).clone();
    let fixed = cache.fixed(model, texts).clone();
    AppView {
        chrome: chrome(model, localizer, texts),
        kit,
        updates: updates::updates(model, texts),
        info: fixed.info,
        home: fixed.home,
        helplines: fixed.helplines,
        locator: locator(model, texts),
        csg_list: fixed.csg_list,
        settings: settings::settings(model, texts),
        diary: diary(model, texts),
        exit_info: exit::exit_info(model, texts),
        about: fixed.about,
        not_found: fixed.not_found,
        show_exit_intro: !model.settings.exit_info_seen,
        notice: model.notice.map(|k| texts.get(k.message_id())),
        contact_failed: model
            .contact_failed
            .as_deref()
            .and_then(|href| contact::contact_failed(texts, helplines, href)),
        arrival: model.arrival.clone(),
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
