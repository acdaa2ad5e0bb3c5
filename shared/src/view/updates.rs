//! Content updates on screen: the consent question (asked once, changeable
//! in Settings), the state, "check now", what happened, and the date of the
//! information in use.
use crate::content::BUNDLED_VERSION;
use crate::i18n::Texts;
use crate::model::Model;
use crate::update::UpdateError;

/// The consent question.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ConsentView {
    /// The question, naming the host that would be contacted.
    pub question: String,
    /// Yes.
    pub yes: String,
    /// No.
    pub no: String,
}

/// Updates in Settings (and the question on Start).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UpdatesView {
    /// Whether this build can update at all (else nothing is shown but the date).
    pub available: bool,
    /// Heading.
    pub title: String,
    /// The question, until answered.
    pub ask: Option<ConsentView>,
    /// On or off, in words, once answered.
    pub state: Option<String>,
    /// The button that changes it, and the value it sends.
    pub toggle: Option<(String, bool)>,
    /// "Check now", when on and not already checking.
    pub check_now: Option<String>,
    /// Checking, up to date, updated, or what went wrong.
    pub status: Option<String>,
    /// The date of the information in use.
    pub content_date: String,
}

/// `2026112900` → `2026-11-29`.
fn version_date(version: u64) -> String {
    let d = version / 100;
    format!("{:04}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100)
}

pub(super) fn updates(model: &Model, t: &Texts) -> UpdatesView {
    let content_date = match model.content.published {
        Some(date) => t.get_with(
            "update-applied",
            &[("date", date.format("%Y-%m-%d").to_string().into())],
        ),
        None => t.get_with(
            "update-bundled",
            &[("date", version_date(BUNDLED_VERSION).into())],
        ),
    };
    let Some(source) = &model.config.update else {
        return UpdatesView {
            content_date,
            ..UpdatesView::default()
        };
    };
    let consent = model.settings.update_checks;
    let status = if model.update.checking {
        Some(t.get("update-checking"))
    } else {
        match model.update.last {
            None => None,
            Some(Ok(())) => Some(content_date.clone()),
            Some(Err(UpdateError::NotNewer)) => Some(t.get("update-up-to-date")),
            Some(Err(e)) => Some(t.get(e.message_id())),
        }
    };
    UpdatesView {
        available: true,
        title: t.get("update-title"),
        ask: consent.is_none().then(|| ConsentView {
            question: t.get_with("update-ask", &[("host", source.host().into())]),
            yes: t.get("update-yes"),
            no: t.get("update-no"),
        }),
        state: consent.map(|on| {
            t.get(if on {
                "update-state-on"
            } else {
                "update-state-off"
            })
        }),
        toggle: consent.map(|on| {
            if on {
                (t.get("update-turn-off"), false)
            } else {
                (t.get("update-turn-on"), true)
            }
        }),
        check_now: (consent == Some(true) && !model.update.checking)
            .then(|| t.get("update-check-now")),
        status,
        content_date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::model::CoreConfig;
    use crate::settings::Settings;
    use crate::time::test_now;
    use crate::update::UpdateSource;

    fn model(source: bool) -> Model {
        let update_source = source.then(|| UpdateSource {
            url: "https://content.example.org/bundle.json".into(),
            public_key: "x".into(),
        });
        let mut m = Model::new(CoreConfig {
            update: update_source,
            device_languages: vec!["en".into()],
            ..CoreConfig::default()
        });
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        m
    }

    fn t(m: &Model) -> Texts {
        m.content.localizer.texts(&m.language_preferences())
    }

    #[test]
    fn asks_once_naming_the_host_then_shows_state_and_check_now() {
        let mut m = model(true);
        let v = updates(&m, &t(&m));
        assert!(v.ask.unwrap().question.contains("content.example.org"));
        assert!(v.content_date.contains("2026-11-29"));
        update(&mut m, Event::UpdateConsent(true), test_now());
        let v = updates(&m, &t(&m));
        assert!(v.ask.is_none());
        assert_eq!(v.status.as_deref(), Some("Checking…"));
        update(
            &mut m,
            Event::UpdateFetched(Err(UpdateError::Timeout)),
            test_now(),
        );
        let v = updates(&m, &t(&m));
        assert!(v.status.unwrap().contains("no connection"));
        assert!(v.check_now.is_some());
        assert!(!v.toggle.unwrap().1, "the button turns checking off");
    }

    #[test]
    fn a_build_without_updates_never_asks() {
        let m = model(false);
        let v = updates(&m, &t(&m));
        assert!(!v.available && v.ask.is_none() && v.check_now.is_none());
    }
}
