//! Opening a campaign link (`/c/1/<audience>/<lang>[/<code>]`, format in
//! `campaign.rs`): the link's language is chosen as if the user had chosen
//! it, and the model notes where the link lands, for the shell to go there.
//! Anything malformed or hostile lands on the start screen and changes
//! nothing else.
use crate::campaign::{Arrival, CampaignLink, Landing};
use crate::event::Effect;
use crate::model::Model;
use crate::screen::Screen;

/// Opens the campaign link at `path`.
pub(crate) fn open(model: &mut Model, path: &str) -> Vec<Effect> {
    let languages = model.content.localizer.available();
    let (landing, effects) = match CampaignLink::parse_path(path, &languages) {
        Ok(link) => {
            let effects = crate::i18n::flow::chosen(model, link.lang);
            (link.audience.landing(), effects)
        }
        Err(_) => (Landing::Screen(Screen::Home), vec![]),
    };
    model.arrival = Some(Arrival {
        path: Arrival::key(path),
        landing,
    });
    effects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::tests::ready;
    use crate::app::update;
    use crate::campaign::Audience;
    use crate::event::Event;
    use crate::time::test_now;

    fn link(audience: Audience, lang: &str) -> String {
        CampaignLink {
            audience,
            lang: lang.into(),
            code: Some("noord-7".into()),
        }
        .path()
    }

    #[test]
    fn a_link_chooses_its_language_and_lands_on_its_audiences_page() {
        for (audience, landing) in [
            (Audience::Pupils, Landing::Screen(Screen::Home)),
            (Audience::Parents, Landing::Info("relatives")),
            (Audience::Staff, Landing::Info("schools")),
        ] {
            let mut m = ready();
            let path = link(audience, "en");
            let effects = update(&mut m, Event::OpenCampaign(path.clone()), test_now());
            assert_eq!(m.settings.language.as_deref(), Some("en"));
            assert!(effects.contains(&Effect::SaveSettings(m.settings.clone())));
            assert_eq!(m.arrival, Some(Arrival { path, landing }));
        }
    }

    #[test]
    fn a_malformed_or_hostile_link_lands_on_start_and_changes_nothing() {
        let long = format!("{}{}", link(Audience::Staff, "en"), "x".repeat(10_000));
        for path in [
            "/c/2/s/en".to_string(),
            "/c/1/s/xx-not-a-locale".to_string(),
            "/c/1/s/en/<script>".to_string(),
            "/c/1/ś/en".to_string(),
            long,
        ] {
            let mut m = ready();
            let effects = update(&mut m, Event::OpenCampaign(path.clone()), test_now());
            assert_eq!(m.settings.language, None, "{path}");
            assert!(effects.is_empty(), "{path}: {effects:?}");
            let arrival = m.arrival.expect("lands");
            assert_eq!(arrival.landing, Landing::Screen(Screen::Home));
            assert_eq!(arrival.path, Arrival::key(&path));
            assert!(arrival.path.chars().count() <= crate::campaign::MAX_PATH + 1);
        }
    }

    #[test]
    fn quick_exit_forgets_the_link() {
        let mut m = ready();
        update(
            &mut m,
            Event::OpenCampaign(link(Audience::Parents, "en")),
            test_now(),
        );
        update(&mut m, Event::QuickExit, test_now());
        assert_eq!(m.arrival, None);
    }
}
