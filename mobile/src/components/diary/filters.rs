//! Search and filters over the unlocked diary: text, kind, from and to.
//! What is typed stays in this component and in the core's memory only.
use dioxus::prelude::*;
use shared::view::{EntryKind, FilterView};

/// A change of search or filters.
#[derive(Clone, Debug, PartialEq)]
pub enum FilterChange {
    /// Search text.
    Search(String),
    /// One kind, or all.
    Kind(Option<EntryKind>),
    /// From this day (`YYYY-MM-DD` or empty).
    From(String),
    /// Until this day.
    To(String),
    /// Everything cleared.
    Clear,
}

fn kind_from_id(id: &str) -> Option<EntryKind> {
    EntryKind::ALL.into_iter().find(|k| k.id() == id)
}

/// The search and filter controls.
#[component]
pub fn Filters(view: FilterView, on_change: EventHandler<FilterChange>) -> Element {
    // Kept here while typing so that a view arriving between two key
    // presses never overwrites what is being typed.
    let mut search = use_signal(|| view.search.clone());
    rsx! {
        form {
            class: "diary-filters",
            role: "search",
            onsubmit: move |e: FormEvent| e.prevent_default(),
            div { class: "diary-field diary-search",
                label { class: "field-label", r#for: "diary-search", "{view.search_label}" }
                input {
                    id: "diary-search",
                    r#type: "search",
                    autocomplete: "off",
                    maxlength: "200",
                    value: "{search}",
                    oninput: move |e: FormEvent| {
                        search.set(e.value());
                        on_change.call(FilterChange::Search(e.value()));
                    },
                }
            }
            div { class: "diary-filter-row",
                div { class: "diary-field",
                    label { class: "field-label", r#for: "diary-filter-kind", "{view.kind_label}" }
                    select {
                        id: "diary-filter-kind",
                        onchange: move |e: FormEvent| on_change.call(FilterChange::Kind(kind_from_id(&e.value()))),
                        for option in view.kinds {
                            option {
                                key: "{option.label}",
                                value: option.kind.map_or("", EntryKind::id),
                                selected: option.selected,
                                "{option.label}"
                            }
                        }
                    }
                }
                div { class: "diary-field",
                    label { class: "field-label", r#for: "diary-filter-from", "{view.from_label}" }
                    input {
                        id: "diary-filter-from",
                        r#type: "date",
                        value: "{view.from}",
                        onchange: move |e: FormEvent| on_change.call(FilterChange::From(e.value())),
                    }
                }
                div { class: "diary-field",
                    label { class: "field-label", r#for: "diary-filter-to", "{view.to_label}" }
                    input {
                        id: "diary-filter-to",
                        r#type: "date",
                        value: "{view.to}",
                        onchange: move |e: FormEvent| on_change.call(FilterChange::To(e.value())),
                    }
                }
            }
            button {
                r#type: "button",
                class: "use-location diary-clear",
                onclick: move |_| {
                    search.set(String::new());
                    on_change.call(FilterChange::Clear);
                },
                "{view.clear_label}"
            }
        }
    }
}
