//! The evidence form: a file (any kind; on a phone also straight from the
//! camera) sealed in the diary, never put in the gallery, and a note. When
//! an evidence entry is edited only its note changes.
use dioxus::prelude::*;
use shared::diary::draft::Draft;
use shared::files::PickedFile;
use shared::view::EvidenceForm;

use super::fields::TextInput;
use super::held_file::use_held_file;
use crate::device::FilePicker;

/// The evidence form's fields; `children` is the end of the form.
#[component]
pub fn EvidenceFields(
    form: EvidenceForm,
    busy: bool,
    on_save: EventHandler<Draft>,
    on_attach: EventHandler<(String, PickedFile)>,
    children: Element,
) -> Element {
    let mut file = use_held_file();
    let note = use_signal(|| form.note.value.clone());
    let submit = move |e: FormEvent| {
        e.prevent_default();
        match file.read().file().cloned() {
            Some(f) => on_attach.call((note(), f)),
            // An edit; or no file picked, which the core answers with its message.
            None => on_save.call(Draft::EvidenceNote { note: note() }),
        }
    };
    let pick = move |f: PickedFile| file.write().hold(f);
    rsx! {
        form { class: "diary-form", onsubmit: submit,
            fieldset { class: "diary-fieldset", disabled: busy,
                if let Some(label) = &form.file_label {
                    div { class: "diary-field",
                        FilePicker {
                            id: "diary-file",
                            label: label.clone(),
                            describedby: "diary-file-note",
                            on_pick: pick,
                        }
                    }
                    // A second picker that opens the camera on phones
                    // (elsewhere it is an ordinary picker for images).
                    if let Some(camera) = &form.camera_label {
                        div { class: "diary-field",
                            FilePicker {
                                id: "diary-camera",
                                label: camera.clone(),
                                camera: true,
                                describedby: "diary-file-note",
                                on_pick: pick,
                            }
                        }
                    }
                    p { id: "diary-file-note", class: "hint", "{form.file_note}" }
                }
                TextInput {
                    id: "diary-evidence-note",
                    field: form.note,
                    value: note,
                }
            }
            if let Some(progress) = &form.progress {
                p { class: "hint diary-progress", role: "status", "{progress}" }
            }
            {children}
        }
    }
}
