//! The incident form: when (exact, approximately, unknown), where, what
//! happened, people, witnesses.
use dioxus::prelude::*;
use shared::diary::draft::{Draft, Precision};
use shared::view::IncidentForm;

use super::fields::TextInput;

fn precision_id(p: Precision) -> &'static str {
    match p {
        Precision::Exact => "exact",
        Precision::Approximately => "approximately",
        Precision::Unknown => "unknown",
    }
}

/// The incident form's fields; `children` is the end of the form.
#[component]
pub fn IncidentFields(
    form: IncidentForm,
    busy: bool,
    on_save: EventHandler<Draft>,
    children: Element,
) -> Element {
    let mut precision = use_signal(|| {
        form.precisions
            .iter()
            .find(|p| p.selected)
            .map_or(Precision::Unknown, |p| p.precision)
    });
    let date = use_signal(|| form.date.value.clone());
    let time = use_signal(|| form.time.value.clone());
    let words = use_signal(|| form.words.value.clone());
    let place = use_signal(|| form.place.value.clone());
    let what = use_signal(|| form.what.value.clone());
    let people = use_signal(|| form.people.value.clone());
    let witnesses = use_signal(|| form.witnesses.value.clone());
    let submit = move |e: FormEvent| {
        e.prevent_default();
        on_save.call(Draft::Incident {
            precision: precision(),
            date: date(),
            time: time(),
            words: words(),
            place: place(),
            what: what(),
            people: people(),
            witnesses: witnesses(),
        });
    };
    let chosen = precision();
    rsx! {
        form { class: "diary-form", onsubmit: submit,
            fieldset { class: "diary-fieldset", disabled: busy,
                fieldset { class: "diary-when",
                    legend { class: "field-label", "{form.when_label}" }
                    for option in form.precisions {
                        label {
                            key: "{precision_id(option.precision)}",
                            class: "radio",
                            input {
                                r#type: "radio",
                                name: "diary-precision",
                                value: precision_id(option.precision),
                                checked: chosen == option.precision,
                                onchange: move |_| precision.set(option.precision),
                            }
                            span { "{option.label}" }
                        }
                    }
                    if chosen != Precision::Unknown {
                        TextInput {
                            id: "diary-date",
                            field: form.date,
                            value: date,
                            kind: "date",
                        }
                    }
                    if chosen == Precision::Exact {
                        TextInput {
                            id: "diary-time",
                            field: form.time,
                            value: time,
                            kind: "time",
                        }
                    }
                    if chosen == Precision::Approximately {
                        TextInput {
                            id: "diary-words",
                            field: form.words,
                            value: words,
                        }
                    }
                }
                TextInput { id: "diary-place", field: form.place, value: place }
                TextInput { id: "diary-what", field: form.what, value: what }
                TextInput { id: "diary-people", field: form.people, value: people }
                TextInput {
                    id: "diary-witnesses",
                    field: form.witnesses,
                    value: witnesses,
                }
            }
            {children}
        }
    }
}
