//! Quick exit on screen: the explanation of what it does and does not erase,
//! and what is left after it (a neutral site on the web, a calculator in the app).
use crate::calculator::{CalcKey, KEYPAD};
use crate::i18n::Texts;
use crate::model::{Model, Platform};

/// The explanation screen (first run, and from Settings).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ExitInfoView {
    /// Heading.
    pub title: String,
    /// How to use it and what happens, one paragraph each.
    pub how: Vec<String>,
    /// Heading of the list of what it does not erase.
    pub not_erased_title: String,
    /// What it does not erase.
    pub not_erased: Vec<String>,
    /// The button that closes the first-run explanation.
    pub confirm_label: String,
    /// Heading of the safety advice.
    pub safety_title: String,
    /// Safety advice: what can reveal help-seeking, and a safer device.
    pub safety: Vec<String>,
}

/// What is left after a quick exit.
#[derive(Clone, Debug, PartialEq)]
pub enum ExitView {
    /// Web: replace this page in the history with the neutral site.
    LeaveTo {
        /// The neutral site.
        url: String,
    },
    /// Desktop and phones: the neutral calculator.
    Neutral(NeutralView),
}

/// A key on the neutral calculator.
#[derive(Clone, Debug, PartialEq)]
pub struct NeutralKey {
    /// The key, sent back with `Event::Calculator`.
    pub key: CalcKey,
    /// What is printed on it.
    pub symbol: String,
}

/// The neutral calculator.
#[derive(Clone, Debug, PartialEq)]
pub struct NeutralView {
    /// The window or screen title.
    pub title: String,
    /// The display.
    pub display: String,
    /// The keypad, row by row, then the clear key.
    pub rows: Vec<Vec<NeutralKey>>,
    /// The clear key.
    pub clear: NeutralKey,
}

pub(super) fn exit_info(model: &Model, t: &Texts) -> ExitInfoView {
    let (platform_line, traces) = match model.config.platform {
        Platform::Web => ("exit-info-web", "exit-info-not-history"),
        Platform::Desktop | Platform::Mobile => ("exit-info-app", "exit-info-not-recents"),
    };
    ExitInfoView {
        title: t.get("exit-info-title"),
        how: vec![
            t.get("exit-info-how"),
            t.get("exit-info-keys"),
            t.get(platform_line),
        ],
        not_erased_title: t.get("exit-info-not-title"),
        not_erased: [
            traces,
            "exit-info-not-app",
            "exit-info-not-calls",
            "exit-info-not-downloads",
        ]
        .iter()
        .map(|id| t.get(id))
        .collect(),
        confirm_label: t.get("exit-info-confirm"),
        safety_title: t.get("exit-info-safety-title"),
        safety: [
            "exit-info-safety-presence",
            "exit-info-safety-store",
            "exit-info-safety-backup",
            "exit-info-safety-device",
        ]
        .iter()
        .map(|id| t.get(id))
        .collect(),
    }
}

pub(super) fn exit_view(model: &Model, t: &Texts) -> ExitView {
    match model.config.platform {
        Platform::Web => ExitView::LeaveTo {
            url: model.config.neutral_url.clone(),
        },
        Platform::Desktop | Platform::Mobile => ExitView::Neutral(neutral(model, t)),
    }
}

/// The working calculator (after an exit in the apps, and as the disguise).
pub(super) fn neutral(model: &Model, t: &Texts) -> NeutralView {
    let decimal = t.get("number-decimal").chars().next().unwrap_or('.');
    let key = |key: CalcKey| NeutralKey {
        key,
        symbol: key.symbol(decimal),
    };
    NeutralView {
        title: t.get("neutral-title"),
        display: model.calculator.display(decimal),
        rows: KEYPAD
            .iter()
            .map(|row| row.iter().copied().map(key).collect())
            .collect(),
        clear: key(CalcKey::Clear),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::model::CoreConfig;
    use crate::settings::Settings;
    use crate::time::test_now;
    use crate::view::{view, PhaseView};

    #[test]
    fn app_platforms_get_a_working_calculator_after_exit() {
        let mut m = Model::new(CoreConfig {
            platform: Platform::Mobile,
            device_languages: vec!["nl".into()],
            ..CoreConfig::default()
        });
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        update(&mut m, Event::QuickExit, test_now());
        for k in [CalcKey::Digit(1), CalcKey::Point, CalcKey::Digit(5)] {
            update(&mut m, Event::Calculator(k), test_now());
        }
        let PhaseView::Exited(ExitView::Neutral(n)) = view(&m).phase else {
            panic!("expected the neutral calculator")
        };
        assert_eq!(n.display, "1,5");
        assert_eq!(n.rows.len(), 4);
        assert_eq!(n.title, "Rekenmachine");
    }

    #[test]
    fn explanation_is_honest_about_the_platform() {
        let web = crate::view::tests::ready_view("en").exit_info;
        assert_eq!(web.not_erased.len(), 4);
        assert!(web.how.iter().any(|p| p.contains("Shift")));
    }
}
