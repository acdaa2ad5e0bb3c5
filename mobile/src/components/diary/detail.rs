//! An opened entry: its fields, when it was written, every earlier version,
//! and edit and close. Online abuse points to where to ask for removal.
use dioxus::prelude::*;
use shared::view::{DetailView, FieldView, LinkView};

use super::fields::focus_on_mount;

/// Labelled values; a value keeps its line breaks.
#[component]
pub fn FieldList(fields: Vec<FieldView>) -> Element {
    rsx! {
        dl { class: "diary-fields",
            for (i, f) in fields.into_iter().enumerate() {
                div { key: "{i}",
                    dt { "{f.label}" }
                    dd { "{f.value}" }
                }
            }
        }
    }
}

/// A line of text with an outside link (opened apart from the app).
#[component]
pub fn HelpLink(link: LinkView) -> Element {
    rsx! {
        p { class: "diary-help",
            "{link.text} "
            a {
                href: "{link.href}",
                target: "_blank",
                rel: "noopener noreferrer",
                "{link.label}"
            }
        }
    }
}

/// The opened entry.
#[component]
pub fn EntryDetail(
    view: DetailView,
    on_edit: EventHandler<u64>,
    on_close: EventHandler<()>,
) -> Element {
    let seq = view.seq;
    rsx! {
        section {
            class: "diary-detail diary-detail-{view.kind.id()}",
            aria_labelledby: "diary-detail-title",
            h2 {
                id: "diary-detail-title",
                tabindex: "-1",
                onmounted: focus_on_mount,
                "{view.title}"
            }
            FieldList { fields: view.fields }
            p { class: "hint diary-written", "{view.written}" }
            if let Some(link) = view.help_link {
                HelpLink { link }
            }
            if !view.history.is_empty() {
                h3 { "{view.history_title}" }
                ol { class: "diary-history",
                    for (i, version) in view.history.into_iter().enumerate() {
                        li { key: "{i}",
                            p { class: "diary-version-label", "{version.label}" }
                            FieldList { fields: version.fields }
                        }
                    }
                }
            }
            div { class: "diary-actions",
                button {
                    r#type: "button",
                    class: "search diary-edit",
                    onclick: move |_| on_edit.call(seq),
                    "{view.edit_label}"
                }
                button {
                    r#type: "button",
                    class: "use-location diary-close",
                    onclick: move |_| on_close.call(()),
                    "{view.close_label}"
                }
            }
        }
    }
}
