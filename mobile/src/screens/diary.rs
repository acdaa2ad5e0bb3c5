//! The encrypted diary: create, unlock, and the unlocked diary (lock, new
//! entries, the form, the opened entry, search and filters, the list, the
//! check-in chart, export and import, the second passphrase for emergencies);
//! erasing it after a confirmation. (Auto-lock runs in the shell, so it
//! also locks while another screen is shown.)
//!
//! This screen only turns the pieces' callbacks into the core's events; what
//! is decrypted lives in the core's model until lock or quick exit, never in
//! this shell.
use dioxus::prelude::*;
use shared::diary::flow::DiaryEvent;
use shared::view::{DiaryStateView, OpenView};
use shared::Event;

use crate::bridge::{use_app, use_dispatch};
use crate::components::diary::{
    ChangeForm, Chart, ConfirmWipe, CreateForm, DuressForm, Editor, EntryDetail, EntryList,
    FilterChange, Filters, NewEntryButtons, Transfer, TransferRequest, UnlockForm, WipeButton,
};

/// The diary screen.
#[component]
pub fn Diary() -> Element {
    let core = use_dispatch();
    // Whether there is a diary, and whether it is locked, is the core's to say.
    use_hook(move || core.send(Event::Diary(DiaryEvent::Check)));
    let Some(v) = use_app(|a| a.diary.clone()) else {
        return rsx! {};
    };
    let send = move |e: DiaryEvent| core.send(Event::Diary(e));
    rsx! {
        div { class: "diary",
            h1 { "{v.title}" }
            match v.state {
                DiaryStateView::Loading => rsx! {
                    div { class: "diary-loading", aria_busy: "true" }
                },
                DiaryStateView::Unavailable { message } => rsx! {
                    p { class: "notice message", role: "alert", "{message}" }
                },
                DiaryStateView::Create(view) => rsx! {
                    CreateForm {
                        view,
                        on_create: move |(passphrase, repeat, understood)| {
                            send(DiaryEvent::Create {
                                passphrase,
                                repeat,
                                understood,
                            });
                        },
                    }
                },
                DiaryStateView::Locked(view) => rsx! {
                    UnlockForm { view: view.clone(), on_unlock: move |p| send(DiaryEvent::Unlock(p)) }
                    WipeButton { label: view.wipe_label, on_ask: move |()| send(DiaryEvent::AskWipe) }
                },
                DiaryStateView::Open(open) => rsx! {
                    OpenDiary { view: *open, honesty: v.honesty }
                },
                DiaryStateView::ConfirmWipe(view) => rsx! {
                    ConfirmWipe {
                        view,
                        on_confirm: move |()| send(DiaryEvent::ConfirmWipe),
                        on_cancel: move |()| send(DiaryEvent::CancelWipe),
                    }
                },
                DiaryStateView::Wiping { text } => rsx! {
                    p { class: "notice", role: "status", aria_busy: "true", "{text}" }
                },
            }
        }
    }
}

/// The unlocked diary.
#[component]
fn OpenDiary(view: OpenView, honesty: String) -> Element {
    let core = use_dispatch();
    let send = move |e: DiaryEvent| core.send(Event::Diary(e));
    let selected = view.detail.as_ref().map(|d| d.seq);
    rsx! {
        div { class: "diary-bar",
            p {
                class: if view.chain.ok { "diary-chain chain-ok" } else { "diary-chain chain-broken" },
                role: if view.chain.ok { "status" } else { "alert" },
                "{view.chain.text}"
            }
            button {
                r#type: "button",
                class: "diary-lock",
                onclick: move |_| send(DiaryEvent::Lock),
                "{view.lock_label}"
            }
        }
        p { class: "hint diary-honesty", "{honesty}" }
        if let Some(notice) = &view.notice {
            p { class: "notice diary-notice", role: "status", "{notice}" }
        }
        NewEntryButtons {
            title: view.new_title,
            kinds: view.new_entries,
            on_new: move |kind| send(DiaryEvent::New(kind)),
        }
        // Mounted anew on every opening, so the fields start from the view.
        for editor in view.editor {
            Editor {
                key: "{editor.generation}",
                view: editor,
                on_save: move |draft| send(DiaryEvent::Save(draft)),
                on_attach: move |(note, file)| send(DiaryEvent::Attach { note, file }),
                on_cancel: move |()| send(DiaryEvent::CancelEdit),
            }
        }
        for detail in view.detail {
            EntryDetail {
                key: "{detail.seq}",
                view: detail,
                on_edit: move |seq| send(DiaryEvent::Edit(seq)),
                on_close: move |()| send(DiaryEvent::OpenEntry(None)),
            }
        }
        Filters {
            view: view.filter,
            on_change: move |change| send(filter_event(change)),
        }
        p { class: "diary-count", role: "status", "{view.count_text}" }
        if let Some(chart) = view.chart {
            Chart { view: chart }
        }
        EntryList {
            entries: view.entries,
            selected,
            more_label: view.more_label,
            on_open: move |seq| send(DiaryEvent::OpenEntry(Some(seq))),
            on_more: move |()| send(DiaryEvent::ShowMore),
        }
        Transfer {
            view: view.transfer,
            on_request: move |request| send(transfer_event(request)),
        }
        ChangeForm {
            view: view.change,
            on_change: move |(current, new, repeat)| send(DiaryEvent::ChangePassphrase {
                current,
                new,
                repeat,
            }),
        }
        DuressForm {
            view: view.duress,
            on_set: move |(passphrase, repeat)| send(DiaryEvent::SetDuress {
                passphrase,
                repeat,
            }),
        }
        WipeButton {
            label: view.wipe_label,
            on_ask: move |()| send(DiaryEvent::AskWipe),
        }
    }
}

fn filter_event(change: FilterChange) -> DiaryEvent {
    match change {
        FilterChange::Search(text) => DiaryEvent::Search(text),
        FilterChange::Kind(kind) => DiaryEvent::FilterKind(kind),
        FilterChange::From(day) => DiaryEvent::FilterFrom(day),
        FilterChange::To(day) => DiaryEvent::FilterTo(day),
        FilterChange::Clear => DiaryEvent::ClearFilters,
    }
}

fn transfer_event(request: TransferRequest) -> DiaryEvent {
    match request {
        TransferRequest::Report => DiaryEvent::ExportReport,
        TransferRequest::Archive(to) => DiaryEvent::ExportArchive(to),
        TransferRequest::Import(file, passphrase) => DiaryEvent::Import { file, passphrase },
        TransferRequest::Dismiss => DiaryEvent::DismissExport,
    }
}
