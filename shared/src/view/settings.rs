//! Preferences: the language, and the way back to the quick-exit explanation.
use crate::i18n::{Localizer, Texts};
use crate::model::Model;

/// A language the user can pick, named in itself ("English", "Nederlands").
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LanguageOption {
    /// BCP 47 tag, sent back with `Event::SetLanguage`.
    pub tag: String,
    /// The language's own name for itself.
    pub name: String,
    /// Whether it is the language in use.
    pub selected: bool,
}

/// The settings screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SettingsView {
    /// Heading.
    pub title: String,
    /// Label of the language choice.
    pub language_label: String,
    /// The choices.
    pub languages: Vec<LanguageOption>,
    /// Link text to the quick-exit explanation.
    pub exit_info_link: String,
    /// Link text to the about screen.
    pub about_link: String,
    /// Whether preferences are remembered on this device, in words.
    pub storage_note: String,
}

/// The available languages, each named in itself, the current one selected.
pub(super) fn languages(localizer: &Localizer, t: &Texts) -> Vec<LanguageOption> {
    let current = t.lang();
    localizer
        .available()
        .into_iter()
        .map(|tag| LanguageOption {
            name: localizer
                .texts(std::slice::from_ref(&tag))
                .get("language-name"),
            selected: tag == current,
            tag,
        })
        .collect()
}

pub(super) fn settings(model: &Model, localizer: &Localizer, t: &Texts) -> SettingsView {
    let languages = languages(localizer, t);
    SettingsView {
        title: t.get("settings-title"),
        language_label: t.get("settings-language"),
        languages,
        exit_info_link: t.get("settings-exit-info"),
        about_link: t.get("settings-about"),
        storage_note: t.get(
            if model.config.data_dir.is_some() || model.config.platform == crate::Platform::Web {
                "settings-stored-here"
            } else {
                "settings-not-stored"
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::view::tests::ready_view;

    #[test]
    fn lists_languages_by_their_own_names_and_marks_the_current_one() {
        let v = ready_view("en").settings;
        let en = v.languages.iter().find(|l| l.tag == "en").unwrap();
        let nl = v.languages.iter().find(|l| l.tag == "nl").unwrap();
        assert_eq!(en.name, "English");
        assert_eq!(nl.name, "Nederlands");
        assert!(en.selected && !nl.selected);
    }
}
