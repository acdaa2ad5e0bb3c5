//! The second passphrase for emergencies: it opens a separate, empty diary
//! when someone forces the user to open the app. Typed twice; the fields
//! are emptied as soon as it is sent. The result is the diary's notice.
use dioxus::prelude::*;
use shared::secret::Passphrase;
use shared::view::DuressView;

use super::fields::{busy_attr, take_passphrase, PassphraseInput};

/// The duress passphrase form.
#[component]
pub fn DuressForm(view: DuressView, on_set: EventHandler<(Passphrase, Passphrase)>) -> Element {
    let passphrase = use_signal(String::new);
    let repeat = use_signal(String::new);
    let busy = view.busy;
    let submit = move |e: FormEvent| {
        e.prevent_default();
        if busy {
            return;
        }
        let p = take_passphrase(passphrase);
        let r = take_passphrase(repeat);
        on_set.call((p, r));
    };
    rsx! {
        section { class: "diary-duress", aria_labelledby: "diary-duress-title",
            h2 { id: "diary-duress-title", "{view.title}" }
            p { class: "hint", "{view.text}" }
            form {
                class: "diary-form",
                aria_busy: busy_attr(busy),
                onsubmit: submit,
                fieldset { class: "diary-fieldset", disabled: busy,
                    PassphraseInput {
                        id: "diary-duress-passphrase",
                        label: view.passphrase_label,
                        value: passphrase,
                    }
                    PassphraseInput {
                        id: "diary-duress-repeat",
                        label: view.repeat_label,
                        value: repeat,
                    }
                    div { class: "diary-actions",
                        button {
                            r#type: "submit",
                            class: "search diary-duress-save",
                            aria_busy: busy_attr(busy),
                            "{view.save_label}"
                        }
                    }
                }
            }
        }
    }
}
