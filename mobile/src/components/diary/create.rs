//! A new diary: the warning that the passphrase cannot be recovered comes
//! first, then the passphrase twice, the required "I understand", and the
//! button.
use dioxus::prelude::*;
use shared::secret::Passphrase;
use shared::view::CreateView;

use super::fields::{busy_attr, take_passphrase, KeySubmit, PassphraseInput};

/// What the create form sends: passphrase, repeat, "I understand" ticked.
pub type CreateRequest = (Passphrase, Passphrase, bool);

/// The create form.
#[component]
pub fn CreateForm(view: CreateView, on_create: EventHandler<CreateRequest>) -> Element {
    let passphrase = use_signal(String::new);
    let repeat = use_signal(String::new);
    let mut understood = use_signal(|| false);
    let busy = view.busy;
    let submit = move |e: FormEvent| {
        e.prevent_default();
        if busy {
            return;
        }
        // Moved out of the signals (which are left empty), not copied.
        let p = take_passphrase(passphrase);
        let r = take_passphrase(repeat);
        on_create.call((p, r, understood()));
    };
    rsx! {
        p { "{view.intro}" }
        p { id: "diary-no-recovery", class: "diary-warning", "{view.warning}" }
        form {
            class: "diary-form diary-create",
            aria_busy: busy_attr(busy),
            onsubmit: submit,
            fieldset { class: "diary-fieldset", disabled: busy,
                PassphraseInput {
                    id: "diary-passphrase",
                    label: view.passphrase_label,
                    value: passphrase,
                    describedby: "diary-passphrase-hint",
                }
                p { id: "diary-passphrase-hint", class: "hint", "{view.hint}" }
                PassphraseInput {
                    id: "diary-repeat",
                    label: view.repeat_label,
                    value: repeat,
                }
                label { class: "check diary-understood",
                    input {
                        r#type: "checkbox",
                        aria_required: "true",
                        aria_describedby: "diary-no-recovery",
                        checked: understood(),
                        onchange: move |e: FormEvent| understood.set(e.checked()),
                    }
                    span { "{view.understood_label}" }
                }
            }
            KeySubmit {
                error: view.error,
                busy,
                busy_text: view.busy_text,
                label: view.submit,
            }
        }
    }
}
