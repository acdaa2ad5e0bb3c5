//! The form for a new entry or a new version: its heading, the fields of
//! its kind, its problem, save and cancel. The screen mounts it anew for
//! every opening (keyed by the view's `generation`), so its fields start
//! from the view's values each time.
use dioxus::prelude::*;
use shared::diary::draft::Draft;
use shared::files::PickedFile;
use shared::view::{EditorView, FormView};

use super::evidence_form::EvidenceFields;
use super::fields::{focus_on_mount, FormEnd};
use super::incident_form::IncidentFields;
use super::online_abuse_form::OnlineAbuseFields;
use super::symptoms_form::SymptomsFields;

/// The open form.
#[component]
pub fn Editor(
    view: EditorView,
    on_save: EventHandler<Draft>,
    on_attach: EventHandler<(String, PickedFile)>,
    on_cancel: EventHandler<()>,
) -> Element {
    let end = rsx! {
        FormEnd {
            error: view.error.clone(),
            save_label: view.save_label.clone(),
            cancel_label: view.cancel_label.clone(),
            busy: view.busy,
            on_cancel,
        }
    };
    let busy = view.busy;
    rsx! {
        section {
            class: "diary-editor diary-editor-{view.kind.id()}",
            aria_labelledby: "diary-editor-title",
            h2 {
                id: "diary-editor-title",
                tabindex: "-1",
                onmounted: focus_on_mount,
                "{view.title}"
            }
            match view.form {
                FormView::Incident(form) => rsx! {
                    IncidentFields { form, busy, on_save, {end} }
                },
                FormView::Symptoms(form) => rsx! {
                    SymptomsFields { form, busy, on_save, {end} }
                },
                FormView::Evidence(form) => rsx! {
                    EvidenceFields {
                        form,
                        busy,
                        on_save,
                        on_attach,
                        {end}
                    }
                },
                FormView::OnlineAbuse(form) => rsx! {
                    OnlineAbuseFields { form, busy, on_save, {end} }
                },
            }
        }
    }
}
