//! Export and import. The warning that an exported file leaves the
//! protected store comes before the buttons. The report; the encrypted
//! archive for a passphrase or for someone's age public key; progress; the
//! finished file (a download in a browser, a saved file elsewhere); import.
use dioxus::prelude::*;
use shared::diary::flow::ArchiveTo;
use shared::files::PickedFile;
use shared::secret::Passphrase;
use shared::view::{ExportResult, TransferView};

use super::download::DownloadLink;
use super::fields::{busy_attr, take_passphrase, PassphraseInput, Problem};
use super::held_file::use_held_file;
use crate::device::{hand_over, FilePicker};

/// What the transfer section asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum TransferRequest {
    /// The printable report.
    Report,
    /// An encrypted archive.
    Archive(ArchiveTo),
    /// Import an archive.
    Import(PickedFile, Passphrase),
    /// Done with the exported file.
    Dismiss,
}

/// Who the archive is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Protection {
    Passphrase,
    Recipient,
}

/// The export and import section.
#[component]
pub fn Transfer(view: TransferView, on_request: EventHandler<TransferRequest>) -> Element {
    let mut protection = use_signal(|| Protection::Passphrase);
    let passphrase = use_signal(String::new);
    let repeat = use_signal(String::new);
    let mut recipient = use_signal(String::new);
    let mut import_file = use_held_file();
    let mut share_failed = use_signal(|| None::<String>);
    let import_passphrase = use_signal(String::new);
    let running = view.progress.is_some();

    let archive = move |e: FormEvent| {
        e.prevent_default();
        let to = match protection() {
            Protection::Passphrase => ArchiveTo::Passphrase {
                passphrase: take_passphrase(passphrase),
                repeat: take_passphrase(repeat),
            },
            Protection::Recipient => ArchiveTo::Recipient(recipient.read().trim().to_string()),
        };
        on_request.call(TransferRequest::Archive(to));
    };
    let import = move |e: FormEvent| {
        e.prevent_default();
        let Some(file) = import_file.read().file().cloned() else {
            return;
        };
        let secret = take_passphrase(import_passphrase);
        on_request.call(TransferRequest::Import(file, secret));
    };
    let chosen = protection();
    rsx! {
        section { class: "diary-transfer", aria_labelledby: "diary-transfer-title",
            h2 { id: "diary-transfer-title", "{view.title}" }
            p { id: "diary-export-warning", class: "diary-warning", "{view.warning}" }
            div { class: "diary-actions",
                button {
                    r#type: "button",
                    class: "search diary-report",
                    disabled: running,
                    aria_describedby: "diary-export-warning",
                    onclick: move |_| on_request.call(TransferRequest::Report),
                    "{view.report_label}"
                }
            }
            form {
                class: "diary-form diary-archive",
                aria_busy: busy_attr(running),
                onsubmit: archive,
                fieldset { class: "diary-fieldset", disabled: running,
                    fieldset { class: "diary-choice",
                        legend { class: "field-label", "{view.archive_title}" }
                        label { class: "radio",
                            input {
                                r#type: "radio",
                                name: "diary-archive-to",
                                value: "passphrase",
                                checked: chosen == Protection::Passphrase,
                                onchange: move |_| protection.set(Protection::Passphrase),
                            }
                            span { "{view.to_passphrase_label}" }
                        }
                        label { class: "radio",
                            input {
                                r#type: "radio",
                                name: "diary-archive-to",
                                value: "recipient",
                                checked: chosen == Protection::Recipient,
                                onchange: move |_| protection.set(Protection::Recipient),
                            }
                            span { "{view.to_recipient_label}" }
                        }
                    }
                    if chosen == Protection::Passphrase {
                        PassphraseInput {
                            id: "diary-archive-passphrase",
                            label: view.archive_passphrase_label,
                            value: passphrase,
                        }
                        PassphraseInput {
                            id: "diary-archive-repeat",
                            label: view.archive_repeat_label,
                            value: repeat,
                        }
                    } else {
                        div { class: "diary-field",
                            label {
                                class: "field-label",
                                r#for: "diary-archive-key",
                                "{view.recipient_label}"
                            }
                            input {
                                id: "diary-archive-key",
                                r#type: "text",
                                autocomplete: "off",
                                spellcheck: "false",
                                placeholder: "age1…",
                                value: "{recipient}",
                                oninput: move |e: FormEvent| recipient.set(e.value()),
                            }
                        }
                    }
                    div { class: "diary-actions",
                        button {
                            r#type: "submit",
                            class: "search diary-make-archive",
                            aria_describedby: "diary-export-warning",
                            "{view.archive_label}"
                        }
                    }
                }
            }
            if let Some(progress) = &view.progress {
                div { class: "diary-progress", role: "status",
                    progress {
                        max: "100",
                        value: "{progress.percent}",
                        aria_labelledby: "diary-progress-text",
                    }
                    p { id: "diary-progress-text", "{progress.text}" }
                }
            }
            if let Some(result) = view.result {
                div { class: "diary-result",
                    match result {
                        ExportResult::Download { file_name, mime, data, label, print_label } => {
                            // A new file gets a new link (and its own address).
                            let key = format!("{:p}", data.as_ptr());
                            rsx! {
                                for key in [key] {
                                    DownloadLink {
                                        key: "{key}",
                                        file_name: file_name.clone(),
                                        mime: mime.clone(),
                                        data: data.clone(),
                                        label: label.clone(),
                                        print_label: print_label.clone(),
                                    }
                                }
                            }
                        }
                        ExportResult::Saved { text, path, mime, share_label, share_failed: failed } => rsx! {
                            p { class: "notice", role: "status", "{text}" }
                            // Android: the share sheet (Files, Drive, a person).
                            if let Some(label) = share_label {
                                button {
                                    r#type: "button",
                                    class: "search diary-share",
                                    onclick: move |_| {
                                        let (path, mime, failed) = (path.clone(), mime.clone(), failed.clone());
                                        spawn(async move {
                                            let outcome = hand_over(path, mime).await;
                                            share_failed.set(outcome.is_err().then_some(failed));
                                        });
                                    },
                                    "{label}"
                                }
                            }
                            Problem { text: share_failed() }
                        },
                    }
                    button {
                        r#type: "button",
                        class: "use-location diary-done",
                        onclick: move |_| on_request.call(TransferRequest::Dismiss),
                        "{view.done_label}"
                    }
                }
            }
            Problem { text: view.message }
            form { class: "diary-form diary-import", onsubmit: import,
                h3 { "{view.import_title}" }
                p { class: "hint", "{view.import_text}" }
                fieldset { class: "diary-fieldset", disabled: running,
                    div { class: "diary-field",
                        FilePicker {
                            id: "diary-import-file",
                            label: view.import_file_label,
                            on_pick: move |f: PickedFile| import_file.write().hold(f),
                        }
                    }
                    PassphraseInput {
                        id: "diary-import-passphrase",
                        label: view.import_passphrase_label,
                        value: import_passphrase,
                    }
                    div { class: "diary-actions",
                        button {
                            r#type: "submit",
                            class: "search diary-import-button",
                            disabled: import_file.read().file().is_none(),
                            "{view.import_label}"
                        }
                    }
                }
            }
        }
    }
}
