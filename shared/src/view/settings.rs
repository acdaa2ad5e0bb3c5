//! Preferences: the language, and the way back to the quick-exit explanation.
use crate::i18n::Texts;
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
    /// Disguise mode.
    pub disguise: DisguiseSettingsView,
    /// The diary's auto-lock.
    pub auto_lock: AutoLockView,
}

/// Disguise mode in Settings.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DisguiseSettingsView {
    /// Heading.
    pub title: String,
    /// What it does.
    pub text: String,
    /// Label of the code field (digits only).
    pub code_label: String,
    /// Button: turn on with the code typed (`Event::SetDisguise(Some(code))`).
    pub on_label: String,
    /// Button: turn off (`Event::SetDisguise(None)`).
    pub off_label: String,
    /// On now.
    pub enabled: bool,
    /// Shown when on: remember the code.
    pub enabled_text: String,
    /// What the platform does not change (name and icon).
    pub icon_note: String,
    /// What is wrong with the code typed.
    pub error: Option<String>,
}

/// The diary's auto-lock in Settings.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AutoLockView {
    /// Label.
    pub label: String,
    /// Minutes (send `Event::SetAutoLock`), in words, chosen.
    pub choices: Vec<(u8, String, bool)>,
}

/// The available languages, each named in itself, the current one selected.
pub(super) fn languages(model: &Model) -> Vec<LanguageOption> {
    let localizer = &model.content.localizer;
    let requested = model.language_preferences();
    // The chosen language is selected even while it is still loading; when
    // it could not be loaded, the one shown is, so that choosing it again
    // is a change (and a retry).
    let chosen = localizer.negotiate(&requested);
    let current = if model.locale_problem.as_ref() == Some(&chosen) {
        localizer.texts(&requested).lang()
    } else {
        chosen
    };
    localizer
        .available()
        .into_iter()
        .map(|tag| LanguageOption {
            name: localizer.name(&tag).unwrap_or_else(|| tag.clone()),
            selected: tag == current,
            tag,
        })
        .collect()
}

pub(super) fn settings(model: &Model, t: &Texts) -> SettingsView {
    let languages = languages(model);
    SettingsView {
        title: t.get("settings-title"),
        language_label: t.get("settings-language"),
        languages,
        exit_info_link: t.get("settings-exit-info"),
        about_link: t.get("settings-about"),
        disguise: DisguiseSettingsView {
            title: t.get("settings-disguise-title"),
            text: t.get("settings-disguise-text"),
            code_label: t.get("settings-disguise-code"),
            on_label: t.get("settings-disguise-on"),
            off_label: t.get("settings-disguise-off"),
            enabled: model.settings.disguise.is_some(),
            enabled_text: t.get("settings-disguise-enabled"),
            icon_note: t.get("settings-disguise-icon"),
            error: model
                .disguise_problem
                .map(|_| t.get("settings-disguise-error")),
        },
        auto_lock: AutoLockView {
            label: t.get("settings-auto-lock"),
            choices: crate::settings::AUTO_LOCK_CHOICES
                .iter()
                .map(|&m| {
                    (
                        m,
                        t.get_with("settings-auto-lock-minutes", &[("minutes", m.into())]),
                        m == model.settings.auto_lock(),
                    )
                })
                .collect(),
        },
        storage_note: t.get(
            if model.config.data_dir.is_some()
                || model.config.platform == crate::model::Platform::Web
            {
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
