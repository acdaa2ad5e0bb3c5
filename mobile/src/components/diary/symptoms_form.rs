//! The check-in form: five 0-10 scales, each may stay unanswered, and a note.
use dioxus::prelude::*;
use shared::diary::draft::Draft;
use shared::diary::entry::Symptom;
use shared::view::SymptomsForm;

use super::fields::TextInput;
use super::scale::Scale;

/// The check-in form's fields; `children` is the end of the form.
#[component]
pub fn SymptomsFields(
    form: SymptomsForm,
    busy: bool,
    on_save: EventHandler<Draft>,
    children: Element,
) -> Element {
    let mut values = use_signal(|| {
        form.scales
            .iter()
            .map(|s| (s.id, s.value))
            .collect::<Vec<_>>()
    });
    let note = use_signal(|| form.note.value.clone());
    let submit = move |e: FormEvent| {
        e.prevent_default();
        let of = |id: &str| {
            values
                .read()
                .iter()
                .find(|(i, _)| *i == id)
                .and_then(|(_, v)| *v)
        };
        on_save.call(Draft::Symptoms {
            sleep: of(Symptom::Sleep.id()),
            anxiety: of(Symptom::Anxiety.id()),
            pain: of(Symptom::Pain.id()),
            flashbacks: of(Symptom::Flashbacks.id()),
            mood: of(Symptom::Mood.id()),
            note: note(),
        });
    };
    let current = values.read().clone();
    rsx! {
        form { class: "diary-form", onsubmit: submit,
            fieldset { class: "diary-fieldset", disabled: busy,
                for (i, field) in form.scales.into_iter().enumerate() {
                    Scale {
                        key: "{field.id}",
                        value: current.get(i).and_then(|(_, v)| *v),
                        field,
                        skip_label: form.skip_label.clone(),
                        on_change: move |v| {
                            if let Some(slot) = values.write().get_mut(i) {
                                slot.1 = v;
                            }
                        },
                    }
                }
                TextInput { id: "diary-note", field: form.note, value: note }
            }
            {children}
        }
    }
}
