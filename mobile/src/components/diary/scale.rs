//! One 0-10 scale: a slider labelled by its name, with what 0 and 10 mean,
//! and a "not answered" box (a scale starts unanswered).
use dioxus::prelude::*;
use shared::view::ScaleField;

/// Where the slider rests while the scale is not answered.
const MIDDLE: u8 = 5;

/// A scale; `value` is `None` while not answered.
#[component]
pub fn Scale(
    field: ScaleField,
    skip_label: String,
    value: Option<u8>,
    on_change: EventHandler<Option<u8>>,
) -> Element {
    let id = field.id;
    rsx! {
        fieldset {
            class: if value.is_none() { "diary-scale diary-scale-skipped" } else { "diary-scale" },
            "data-scale": id,
            legend { id: "scale-{id}-label", class: "field-label", "{field.label}" }
            div { class: "scale-row",
                span { id: "scale-{id}-low", class: "scale-end", "{field.low}" }
                input {
                    id: "scale-{id}",
                    r#type: "range",
                    min: "0",
                    max: "10",
                    step: "1",
                    value: "{value.unwrap_or(MIDDLE)}",
                    aria_labelledby: "scale-{id}-label",
                    aria_describedby: "scale-{id}-low scale-{id}-high",
                    oninput: move |e: FormEvent| {
                        if let Ok(v) = e.value().parse::<u8>() {
                            on_change.call(Some(v.min(10)));
                        }
                    },
                }
                span { id: "scale-{id}-high", class: "scale-end", "{field.high}" }
                output { "for": "scale-{id}", class: "scale-value",
                    if let Some(v) = value {
                        "{v}"
                    }
                }
            }
            label { class: "check",
                input {
                    r#type: "checkbox",
                    checked: value.is_none(),
                    onchange: move |e: FormEvent| {
                        on_change.call(if e.checked() { None } else { Some(MIDDLE) });
                    },
                }
                span { "{skip_label}" }
            }
        }
    }
}
