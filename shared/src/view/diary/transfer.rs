//! Export and import: the printable report, the encrypted archive, reading
//! an archive in, and their progress and results.
use std::sync::Arc;

use super::errors::{create_problem, transfer_error};
use crate::diary::flow::{Exported, OpenState, TransferFailure};
use crate::i18n::Texts;

/// Export and import.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TransferView {
    /// Heading.
    pub title: String,
    /// An exported file leaves the protected store: said before export.
    pub warning: String,
    /// Button: printable report.
    pub report_label: String,
    /// Heading of the encrypted archive.
    pub archive_title: String,
    /// Label: protect with a passphrase.
    pub to_passphrase_label: String,
    /// Label: protect for someone's age public key.
    pub to_recipient_label: String,
    /// Label of the public key field.
    pub recipient_label: String,
    /// Label of the passphrase fields (archive).
    pub archive_passphrase_label: String,
    /// Label of the repeat field.
    pub archive_repeat_label: String,
    /// Button: make the archive.
    pub archive_label: String,
    /// Heading of import.
    pub import_title: String,
    /// What import does (adds to this diary; nothing is removed).
    pub import_text: String,
    /// Label of the file picker.
    pub import_file_label: String,
    /// Label of the archive's passphrase.
    pub import_passphrase_label: String,
    /// Button: import.
    pub import_label: String,
    /// Under way: "Encrypting… 40 %".
    pub progress: Option<ProgressView>,
    /// The finished export.
    pub result: Option<ExportResult>,
    /// What went wrong, or the import's result, in words.
    pub message: Option<String>,
    /// Button: done (forget the exported file).
    pub done_label: String,
}

/// Progress of a long job.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressView {
    /// 0-100.
    pub percent: u8,
    /// In words.
    pub text: String,
}

/// A finished export.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportResult {
    /// Web: offer the bytes as a download.
    Download {
        /// File name.
        file_name: String,
        /// Media type.
        mime: String,
        /// The file.
        data: Arc<[u8]>,
        /// Link text.
        label: String,
        /// For the report: a print button's label.
        print_label: Option<String>,
    },
    /// Desktop and phones: written to a file.
    Saved {
        /// Where, in words; or, where the device hands the file over, that
        /// it is ready.
        text: String,
        /// The file.
        path: std::path::PathBuf,
        /// Its media type.
        mime: String,
        /// Where the device hands it over (Android's share sheet): the
        /// button's label.
        share_label: Option<String>,
        /// What to say when handing it over did not work.
        share_failed: String,
    },
}

/// The media type of an export, by the name the core gave it.
fn export_mime(path: &std::path::Path) -> &'static str {
    if path.extension().is_some_and(|e| e == "html") {
        "text/html"
    } else {
        "application/octet-stream"
    }
}

pub(super) fn percent(done: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        #[allow(clippy::cast_precision_loss)]
        let p = (done.min(total) as f64 * 100.0 / total as f64).floor();
        p
    }
}

pub(super) fn transfer(open: &OpenState, t: &Texts, hand_over: bool) -> TransferView {
    let tr = &open.transfer;
    TransferView {
        title: t.get("diary-transfer-title"),
        warning: t.get("diary-export-warning"),
        report_label: t.get("diary-export-report"),
        archive_title: t.get("diary-archive-title"),
        to_passphrase_label: t.get("diary-archive-to-passphrase"),
        to_recipient_label: t.get("diary-archive-to-key"),
        recipient_label: t.get("diary-archive-key"),
        archive_passphrase_label: t.get("diary-passphrase"),
        archive_repeat_label: t.get("diary-passphrase-repeat"),
        archive_label: t.get("diary-archive-make"),
        import_title: t.get("diary-import-title"),
        import_text: t.get("diary-import-text"),
        import_file_label: t.get("diary-import-file"),
        import_passphrase_label: t.get("diary-import-passphrase"),
        import_label: t.get("diary-import"),
        progress: tr.running.map(|(done, total)| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let p = percent(done, total) as u8;
            ProgressView {
                percent: p,
                text: t.get_with("diary-progress", &[("percent", f64::from(p).into())]),
            }
        }),
        result: tr.done.as_ref().map(|d| match d {
            Exported::Bytes {
                file_name,
                mime,
                data,
            } => ExportResult::Download {
                file_name: file_name.clone(),
                mime: mime.clone(),
                data: data.clone(),
                label: t.get_with("diary-download", &[("name", file_name.clone().into())]),
                print_label: mime.starts_with("text/html").then(|| t.get("diary-print")),
            },
            Exported::File(path) => {
                ExportResult::Saved {
                    // A folder the user cannot reach is not worth naming.
                    text: if hand_over {
                        t.get("diary-export-ready")
                    } else {
                        t.get_with(
                            "diary-exported-to",
                            &[("path", path.display().to_string().into())],
                        )
                    },
                    mime: export_mime(path).into(),
                    path: path.clone(),
                    share_label: hand_over.then(|| t.get("diary-export-share")),
                    share_failed: t.get("diary-export-share-failed"),
                }
            }
        }),
        message: tr
            .failed
            .as_ref()
            .map(|f| match f {
                TransferFailure::Form(p) => create_problem(t, *p),
                TransferFailure::Error(e) => transfer_error(t, e),
            })
            .or_else(|| tr.imported.map(|s| imported_text(t, s))),
        done_label: t.get("diary-export-done"),
    }
}

/// What an import added, what it left out, and whether the archive's
/// chain held.
fn imported_text(t: &Texts, s: crate::diary::flow::ImportSummary) -> String {
    let mut parts = vec![t.get_with("diary-imported", &[("count", (s.added).into())])];
    if s.skipped > 0 {
        parts.push(t.get_with("diary-import-skipped", &[("count", (s.skipped).into())]));
    }
    if s.chain.records > 0 {
        parts.push(if s.chain.breaks == 0 {
            t.get_with(
                "diary-import-chain-ok",
                &[("count", (s.chain.records).into())],
            )
        } else {
            t.get_with(
                "diary-import-chain-broken",
                &[("count", (s.chain.breaks).into())],
            )
        });
    }
    parts.join(" ")
}
