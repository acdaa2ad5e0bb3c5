//! The pure projection from [`Model`] to [`ViewModel`]: every string
//! localised, every link built, every decision made. The shell renders it
//! as it is.
mod about;
mod action;
mod cache;
mod contact;
mod diary;
mod exit;
mod helplines;
mod home;
mod info;
mod kit;
mod locator;
mod not_found;
mod root;
mod settings;
mod updates;

pub use crate::diary::words::{diary_fields, diary_kind_label, diary_written};
pub use crate::screen::Screen;
pub use about::AboutView;
pub use action::{Action, ActionKind};
pub use cache::ViewCache;
pub use contact::ContactFailedView;
pub use diary::{
    ChainView, ChangeView, ChartView, CreateView, DetailView, DiaryStateView, DiaryView,
    DuressView, EditorView, EntryCardView, EntryKind, EvidenceForm, ExportResult, FieldView,
    FilterView, FormView, IncidentForm, KindOption, LinkView, OnlineAbuseForm, OpenView,
    PrecisionOption, ProgressView, ScaleField, SeriesView, SymptomsForm, TextField, TransferView,
    UnlockView, VersionView, WipeView,
};
pub use exit::{ExitInfoView, ExitView, NeutralKey, NeutralView};
pub use helplines::{HelplineView, HelplinesView};
pub use home::{HomeView, InfoLink, SectionLink};
pub use info::{InfoBlockView, InfoSectionView, InfoView, ReadAloudView};
pub use kit::{AudienceOption, KitView, PosterView};
pub use locator::{
    ChoiceView, CsgCardView, CsgListView, LocationView, LocatorResultView, LocatorView, MapMarker,
    MapView, MarkerKind, ProvinceView,
};
pub use not_found::NotFoundView;
pub use root::{view, view_with, AppView, ChromeView, PhaseView, ViewModel};
pub use settings::{AutoLockView, DisguiseSettingsView, LanguageOption, SettingsView};
pub use updates::{ConsentView, UpdatesView};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::model::{CoreConfig, Model, Platform};
    use crate::settings::Settings;
    use crate::time::test_now;

    pub(super) fn ready_view(lang: &str) -> AppView {
        let m = crate::app::tests::ready_in(lang);
        match view(&m).phase {
            PhaseView::Ready(app) => *app,
            other => panic!("expected ready, got {other:?}"),
        }
    }

    #[test]
    fn exited_view_carries_nothing_of_the_app() {
        let mut m = Model::new(CoreConfig::default());
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        update(&mut m, Event::QuickExit, test_now());
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
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
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
