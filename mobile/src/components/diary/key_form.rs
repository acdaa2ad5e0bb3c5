//! A passphrase form in the open diary: the second passphrase for
//! emergencies (it opens a separate, empty diary when someone forces the
//! user to open the app), and changing the passphrase. The fields are
//! emptied as soon as the form is sent; the result is the diary's notice.
use dioxus::prelude::*;
use shared::secret::Passphrase;
use shared::view::{ChangeView, DuressView};

use super::fields::{busy_attr, take_passphrase, PassphraseInput};

/// One field: its element id and label.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyField {
    id: &'static str,
    label: String,
}

/// The second passphrase, typed twice.
#[component]
pub fn DuressForm(view: DuressView, on_set: EventHandler<(Passphrase, Passphrase)>) -> Element {
    rsx! {
        KeyForm {
            name: "duress",
            title: view.title,
            text: view.text,
            fields: vec![
                KeyField { id: "diary-duress-passphrase", label: view.passphrase_label },
                KeyField { id: "diary-duress-repeat", label: view.repeat_label },
            ],
            save_label: view.save_label,
            busy: view.busy,
            on_submit: move |mut typed: Vec<Passphrase>| {
                if let (Some(repeat), Some(passphrase)) = (typed.pop(), typed.pop()) {
                    on_set.call((passphrase, repeat));
                }
            },
        }
    }
}

/// Changing the passphrase: the current one, then the new one twice.
#[component]
pub fn ChangeForm(
    view: ChangeView,
    on_change: EventHandler<(Passphrase, Passphrase, Passphrase)>,
) -> Element {
    rsx! {
        KeyForm {
            name: "change",
            title: view.title,
            text: view.text,
            fields: vec![
                KeyField { id: "diary-change-current", label: view.current_label },
                KeyField { id: "diary-change-new", label: view.new_label },
                KeyField { id: "diary-change-repeat", label: view.repeat_label },
            ],
            save_label: view.save_label,
            busy: view.busy,
            on_submit: move |mut typed: Vec<Passphrase>| {
                if let (Some(repeat), Some(new), Some(current)) = (typed.pop(), typed.pop(), typed.pop()) {
                    on_change.call((current, new, repeat));
                }
            },
        }
    }
}

/// A titled form of passphrase fields and one button: `diary-<name>` is its
/// section's class, `diary-<name>-save` its button's.
#[component]
fn KeyForm(
    name: &'static str,
    title: String,
    text: String,
    fields: Vec<KeyField>,
    save_label: String,
    busy: bool,
    on_submit: EventHandler<Vec<Passphrase>>,
) -> Element {
    let count = fields.len();
    let values = use_hook(|| {
        (0..count)
            .map(|_| Signal::new(String::new()))
            .collect::<Vec<_>>()
    });
    let sent = values.clone();
    let submit = move |e: FormEvent| {
        e.prevent_default();
        if busy {
            return;
        }
        on_submit.call(sent.iter().map(|v| take_passphrase(*v)).collect());
    };
    rsx! {
        section { class: "diary-{name}", aria_labelledby: "diary-{name}-title",
            h2 { id: "diary-{name}-title", "{title}" }
            p { class: "hint", "{text}" }
            form {
                class: "diary-form",
                aria_busy: busy_attr(busy),
                onsubmit: submit,
                fieldset { class: "diary-fieldset", disabled: busy,
                    for (field, value) in fields.into_iter().zip(values.iter().copied()) {
                        PassphraseInput { key: "{field.id}", id: field.id, label: field.label, value }
                    }
                    div { class: "diary-actions",
                        button {
                            r#type: "submit",
                            class: "search diary-{name}-save",
                            aria_busy: busy_attr(busy),
                            "{save_label}"
                        }
                    }
                }
            }
        }
    }
}
