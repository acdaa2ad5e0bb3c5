//! The buttons for a new entry (one per kind) and the list of entries, each
//! a button that opens it.
use dioxus::prelude::*;
use shared::view::{EntryCardView, EntryKind, KindOption};

/// One button per kind of entry.
#[component]
pub fn NewEntryButtons(
    title: String,
    kinds: Vec<KindOption>,
    on_new: EventHandler<EntryKind>,
) -> Element {
    rsx! {
        section { class: "diary-new", aria_labelledby: "diary-new-title",
            h2 { id: "diary-new-title", "{title}" }
            div { class: "diary-kinds",
                for option in kinds {
                    if let Some(kind) = option.kind {
                        button {
                            key: "{kind.id()}",
                            r#type: "button",
                            class: "diary-kind diary-kind-{kind.id()}",
                            "data-kind": kind.id(),
                            onclick: move |_| on_new.call(kind),
                            "{option.label}"
                        }
                    }
                }
            }
        }
    }
}

/// The entries shown, newest first; the opened one is marked. When the
/// list is cut short, a button shows more.
#[component]
pub fn EntryList(
    entries: Vec<EntryCardView>,
    selected: Option<u64>,
    more_label: Option<String>,
    on_open: EventHandler<u64>,
    on_more: EventHandler<()>,
) -> Element {
    rsx! {
        ul { class: "diary-entries",
            for entry in entries {
                li { key: "{entry.seq}",
                    button {
                        r#type: "button",
                        class: "diary-card diary-card-{entry.kind.id()}",
                        "data-seq": "{entry.seq}",
                        aria_current: if selected == Some(entry.seq) { "true" },
                        onclick: move |_| on_open.call(entry.seq),
                        span { class: "card-kind", "{entry.kind_label}" }
                        span { class: "card-title", "{entry.title}" }
                        span { class: "card-when", "{entry.when}" }
                        if let Some(versions) = &entry.versions {
                            span { class: "card-versions", "{versions}" }
                        }
                    }
                }
            }
        }
        if let Some(more) = more_label {
            button {
                r#type: "button",
                class: "use-location diary-more",
                onclick: move |_| on_more.call(()),
                "{more}"
            }
        }
    }
}
