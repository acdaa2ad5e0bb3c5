//! The school kit: audience, language and campaign code in; a link, its QR
//! code, a printable A4 poster and a sheet of cards out. The poster speaks
//! the language chosen for it, not necessarily the app's.
use super::settings::languages;
use super::settings::LanguageOption;
use crate::campaign::{qr, valid_code, Audience, CampaignLink, QrSvg};
use crate::helplines::{Helplines, CSG_ID};
use crate::i18n::{Direction, Localizer, Texts};
use crate::model::Model;

/// A choice of audience.
#[derive(Clone, Debug, PartialEq)]
pub struct AudienceOption {
    /// Sent back with `Event::KitAudience`.
    pub audience: Audience,
    /// Its name.
    pub label: String,
    /// Chosen.
    pub selected: bool,
}

/// The poster and the cards, in the poster's language.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PosterView {
    /// The poster's language.
    pub lang: String,
    /// Its direction.
    pub dir: Direction,
    /// Headline.
    pub title: String,
    /// "Save this number in your phone".
    pub save: String,
    /// The number, large.
    pub number: String,
    /// Free, day and night.
    pub call: String,
    /// The chat.
    pub chat: String,
    /// Online counts too.
    pub online: String,
    /// Scan the code.
    pub scan: String,
    /// Card headline.
    pub card_title: String,
    /// Card call line.
    pub card_call: String,
    /// The link printed under the code.
    pub url: Option<String>,
    /// The QR code.
    pub qr: Option<QrSvg>,
    /// Print button.
    pub print: String,
}

/// The kit screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct KitView {
    /// Heading.
    pub title: String,
    /// What it is for.
    pub intro: String,
    /// "Who is it for?"
    pub audience_label: String,
    /// The audiences.
    pub audiences: Vec<AudienceOption>,
    /// Label of the language choice.
    pub language_label: String,
    /// The languages (the poster's one selected).
    pub languages: Vec<LanguageOption>,
    /// Label of the code field.
    pub code_label: String,
    /// Hint under it.
    pub code_hint: String,
    /// The code as typed.
    pub code: String,
    /// Why the code cannot be used.
    pub code_error: Option<String>,
    /// "The link".
    pub link_label: String,
    /// The link, when it can be made.
    pub link: Option<String>,
    /// Why no link can be made here.
    pub no_link: Option<String>,
    /// What the link does and does not carry.
    pub privacy: String,
    /// Share button.
    pub share_label: String,
    /// Copy button.
    pub copy_label: String,
    /// After copying.
    pub copied_label: String,
    /// Poster link text.
    pub poster_label: String,
    /// Cards link text.
    pub cards_label: String,
    /// Text alternative of the QR code.
    pub qr_label: String,
    /// The poster and cards.
    pub poster: PosterView,
}

pub(super) fn kit(
    model: &Model,
    localizer: &Localizer,
    t: &Texts,
    helplines: &Helplines,
) -> KitView {
    let number = helplines.first_phone(CSG_ID).unwrap_or_default();
    let lang = model
        .kit
        .lang
        .clone()
        .filter(|l| localizer.available().contains(l))
        .unwrap_or_else(|| t.lang());
    let code = model.kit.code.trim();
    let code_ok = code.is_empty() || valid_code(code);
    let link = CampaignLink {
        audience: model.kit.audience,
        lang: lang.clone(),
        code: (!code.is_empty()).then(|| code.to_string()),
    };
    let url = model
        .config
        .public_url
        .as_deref()
        .filter(|_| code_ok)
        .map(|base| link.url(base));
    let qr = url.as_deref().and_then(|u| qr(u).ok());
    let pt = localizer.texts(std::slice::from_ref(&lang));
    let with_number = |t: &Texts, id: &str| t.get_with(id, &[("number", number.into())]);
    let mut language_options = languages(model);
    for option in &mut language_options {
        option.selected = option.tag == lang;
    }
    KitView {
        title: t.get("kit-title"),
        intro: with_number(t, "kit-intro"),
        audience_label: t.get("kit-audience"),
        audiences: Audience::ALL
            .into_iter()
            .map(|a| AudienceOption {
                audience: a,
                label: t.get(&format!("kit-audience-{}", a.code())),
                selected: a == model.kit.audience,
            })
            .collect(),
        language_label: t.get("kit-language"),
        languages: language_options,
        code_label: t.get("kit-code"),
        code_hint: t.get("kit-code-hint"),
        code: model.kit.code.clone(),
        code_error: (!code_ok).then(|| t.get("kit-code-invalid")),
        link_label: t.get("kit-link"),
        no_link: model
            .config
            .public_url
            .is_none()
            .then(|| t.get("kit-no-base")),
        link: url.clone(),
        privacy: t.get("kit-privacy"),
        share_label: t.get("kit-share"),
        copy_label: t.get("kit-copy"),
        copied_label: t.get("kit-copied"),
        poster_label: t.get("kit-poster"),
        cards_label: t.get("kit-cards"),
        qr_label: t.get("kit-qr-label"),
        poster: PosterView {
            lang: pt.lang(),
            dir: pt.direction(),
            title: pt.get("poster-title"),
            save: pt.get("poster-save"),
            number: number.to_string(),
            call: with_number(&pt, "poster-call"),
            chat: pt.get("poster-chat"),
            online: pt.get("poster-online"),
            scan: pt.get("poster-scan"),
            card_title: pt.get("card-title"),
            card_call: with_number(&pt, "card-call"),
            url,
            qr,
            print: t.get("kit-print"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::model::CoreConfig;
    use crate::settings::Settings;
    use crate::time::test_now;

    fn kit_after(public_url: Option<&str>, events: Vec<Event>) -> KitView {
        let config = CoreConfig {
            public_url: public_url.map(str::to_string),
            device_languages: vec!["nl".into()],
            ..CoreConfig::default()
        };
        let mut m = Model::new(config);
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        for e in events {
            update(&mut m, e, test_now());
        }
        let l = Localizer::embedded();
        let t = l.texts(&m.language_preferences());
        kit(&m, &l, &t, &Helplines::bundled())
    }

    #[test]
    fn builds_the_link_qr_and_a_poster_in_the_chosen_language() {
        let v = kit_after(
            Some("https://example.org/"),
            vec![
                Event::KitAudience(Audience::Parents),
                Event::KitLanguage("en".into()),
                Event::KitCode("mavo-2026".into()),
            ],
        );
        assert_eq!(
            v.link.as_deref(),
            Some("https://example.org/c/1/parents/en/mavo-2026")
        );
        assert!(v.poster.qr.is_some());
        assert_eq!(v.poster.lang, "en");
        assert!(v.poster.call.contains("0800-0188"));
        assert!(
            v.title.contains("scholen"),
            "the screen stays in the app's language"
        );
    }

    #[test]
    fn a_bad_code_or_no_web_address_gives_no_link_and_says_why() {
        let v = kit_after(
            Some("https://example.org"),
            vec![Event::KitCode("Jan de Vries".into())],
        );
        assert!(v.link.is_none() && v.code_error.is_some() && v.poster.qr.is_none());
        let v = kit_after(None, vec![]);
        assert!(v.link.is_none() && v.no_link.is_some());
    }
}
