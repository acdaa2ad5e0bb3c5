//! Small form pieces shared by the diary's forms: a labelled text field, a
//! passphrase field, a problem line, and the save/cancel row.
use dioxus::prelude::*;
use shared::secret::Passphrase;
use shared::view::TextField;

/// A labelled text field (one line or several) bound to a local signal.
/// Nothing typed is remembered by the browser (`autocomplete="off"`).
#[component]
pub fn TextInput(
    id: String,
    field: TextField,
    mut value: Signal<String>,
    /// `text`, `date` or `time`.
    #[props(default = "text".to_string())]
    kind: String,
) -> Element {
    rsx! {
        div { class: "diary-field",
            label { class: "field-label", r#for: "{id}", "{field.label}" }
            if field.multiline {
                textarea {
                    id: "{id}",
                    rows: "4",
                    autocomplete: "off",
                    value: "{value}",
                    oninput: move |e: FormEvent| value.set(e.value()),
                }
            } else {
                input {
                    id: "{id}",
                    r#type: "{kind}",
                    autocomplete: "off",
                    value: "{value}",
                    oninput: move |e: FormEvent| value.set(e.value()),
                }
            }
        }
    }
}

/// A passphrase field. Its signal is emptied by the form right after sending.
/// `autocomplete="off"` (not `new-password` or `current-password`): the
/// browser and password managers are not invited to store or fill the
/// diary's passphrase, where anyone with the phone could find it.
#[component]
pub fn PassphraseInput(
    id: String,
    label: String,
    mut value: Signal<String>,
    #[props(default)] describedby: Option<String>,
) -> Element {
    rsx! {
        div { class: "diary-field",
            label { class: "field-label", r#for: "{id}", "{label}" }
            input {
                id: "{id}",
                r#type: "password",
                autocomplete: "off",
                spellcheck: "false",
                aria_describedby: describedby,
                value: "{value}",
                oninput: move |e: FormEvent| value.set(e.value()),
            }
        }
    }
}

/// The typed passphrase, moved out of its field's signal (left empty), not
/// copied: the plain text lives only until the core wraps it.
pub fn take_passphrase(mut field: Signal<String>) -> Passphrase {
    Passphrase::new(std::mem::take(&mut *field.write()))
}

/// What is wrong, announced at once.
#[component]
pub fn Problem(text: Option<String>) -> Element {
    rsx! {
        if let Some(text) = text {
            p { class: "notice message", role: "alert", "{text}" }
        }
    }
}

/// The end of a passphrase form: its problem, the "working" line while the
/// key is made or checked, and the submit button (which says the same).
#[component]
pub fn KeySubmit(error: Option<String>, busy: bool, busy_text: String, label: String) -> Element {
    rsx! {
        Problem { text: error }
        if busy {
            p { class: "hint", role: "status", "{busy_text}" }
        }
        button {
            r#type: "submit",
            class: "confirm",
            disabled: busy,
            aria_busy: busy_attr(busy),
            if busy {
                "{busy_text}"
            } else {
                "{label}"
            }
        }
    }
}

/// Focuses an element when it appears (`onmounted`), so a screen reader and
/// a phone's scroll position follow to what just opened.
pub async fn focus_on_mount(e: MountedEvent) {
    let _ = e.set_focus(true).await;
}

/// `aria-busy` as the attribute wants it.
pub fn busy_attr(busy: bool) -> &'static str {
    if busy {
        "true"
    } else {
        "false"
    }
}

/// The end of an entry form: its problem, then save and cancel.
#[component]
pub fn FormEnd(
    error: Option<String>,
    save_label: String,
    cancel_label: String,
    busy: bool,
    on_cancel: EventHandler<()>,
) -> Element {
    rsx! {
        Problem { text: error }
        div { class: "diary-actions",
            button {
                r#type: "submit",
                class: "search",
                disabled: busy,
                aria_busy: busy_attr(busy),
                "{save_label}"
            }
            button {
                r#type: "button",
                class: "use-location",
                onclick: move |_| on_cancel.call(()),
                "{cancel_label}"
            }
        }
    }
}
