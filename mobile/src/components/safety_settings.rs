//! Settings for a phone someone else may look at: the disguise (the app
//! opens as a working calculator; the user's code followed by "=" opens it)
//! and how soon the diary locks itself. The screen turns the callbacks into
//! the core's events.
use dioxus::prelude::*;
use shared::view::{AutoLockView, DisguiseSettingsView};

/// Disguise mode: what it does, the code, on and off. `on_code` gets the
/// code typed to turn it on, or `None` to turn it off.
#[component]
pub fn DisguiseSettings(
    view: DisguiseSettingsView,
    on_code: EventHandler<Option<String>>,
) -> Element {
    let mut code = use_signal(String::new);
    let turn_on = move |e: FormEvent| {
        e.prevent_default();
        // Moved out of the signal (which is left empty), not copied.
        let typed = std::mem::take(&mut *code.write());
        on_code.call(Some(typed));
    };
    rsx! {
        section { class: "settings-disguise", aria_labelledby: "disguise-title",
            h2 { id: "disguise-title", "{view.title}" }
            p { class: "hint", "{view.text}" }
            if view.enabled {
                p { class: "notice disguise-enabled", role: "status", "{view.enabled_text}" }
            }
            form { class: "disguise-form", onsubmit: turn_on,
                label { class: "field-label", r#for: "disguise-code", "{view.code_label}" }
                div { class: "disguise-row",
                    input {
                        id: "disguise-code",
                        r#type: "password",
                        inputmode: "numeric",
                        autocomplete: "off",
                        spellcheck: "false",
                        value: "{code}",
                        oninput: move |e: FormEvent| code.set(e.value()),
                    }
                    button { r#type: "submit", class: "search disguise-on", "{view.on_label}" }
                }
            }
            if let Some(error) = &view.error {
                p { class: "notice message disguise-error", role: "alert", "{error}" }
            }
            if view.enabled {
                div { class: "share",
                    button {
                        r#type: "button",
                        class: "use-location disguise-off",
                        onclick: move |_| on_code.call(None),
                        "{view.off_label}"
                    }
                }
            }
            p { class: "hint", "{view.icon_note}" }
        }
    }
}

/// The diary's auto-lock: one button per choice of minutes, handed to
/// `on_choose`.
#[component]
pub fn AutoLockSettings(view: AutoLockView, on_choose: EventHandler<u8>) -> Element {
    rsx! {
        section { class: "settings-auto-lock",
            h2 { id: "auto-lock-label", "{view.label}" }
            div { class: "languages auto-lock", role: "group", aria_labelledby: "auto-lock-label",
                for (minutes , label , selected) in view.choices {
                    button {
                        key: "{minutes}",
                        r#type: "button",
                        class: "language",
                        "data-minutes": "{minutes}",
                        aria_pressed: if selected { "true" } else { "false" },
                        onclick: move |_| on_choose.call(minutes),
                        "{label}"
                    }
                }
            }
        }
    }
}
