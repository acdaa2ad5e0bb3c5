//! Unlocking the diary with its passphrase.
use dioxus::prelude::*;
use shared::secret::Passphrase;
use shared::view::UnlockView;

use super::fields::{busy_attr, take_passphrase, KeySubmit, PassphraseInput};

/// The unlock form.
#[component]
pub fn UnlockForm(view: UnlockView, on_unlock: EventHandler<Passphrase>) -> Element {
    let passphrase = use_signal(String::new);
    let busy = view.busy;
    let submit = move |e: FormEvent| {
        e.prevent_default();
        if busy {
            return;
        }
        on_unlock.call(take_passphrase(passphrase));
    };
    rsx! {
        p { "{view.intro}" }
        form {
            class: "diary-form diary-unlock",
            aria_busy: busy_attr(busy),
            onsubmit: submit,
            fieldset { class: "diary-fieldset", disabled: busy,
                PassphraseInput {
                    id: "diary-unlock-passphrase",
                    label: view.passphrase_label,
                    value: passphrase,
                }
            }
            KeySubmit {
                error: view.error,
                busy,
                busy_text: view.busy_text,
                label: view.submit,
            }
        }
        p { class: "hint", "{view.forgot}" }
    }
}
