//! The diary's export and import archive.
//!
//! An archive is a standard [age](https://age-encryption.org/v1) file, so the
//! `age` and `rage` command-line tools can open it without this app. Its
//! plaintext is a ustar tar archive holding:
//!
//! - `README.txt`: what this is, in English and Dutch, with the export date;
//! - `report.html`: the readable report, given by the caller;
//! - `entries.json`: the machine-readable diary that [`import()`] returns;
//! - `files/<name>`: the evidence files, streamed in and out in chunks, never
//!   held in memory whole.
//!
//! The archive is protected with a passphrase (age's scrypt recipient) or to
//! an age X25519 public key. Both directions stream: memory use does not grow
//! with the size of the evidence files.
//!
//! Everything here works on `std::io` readers and writers only, so the module
//! builds for the web (wasm32) as well as for the apps.
//!
//! One concept per file: `age_file.rs` (the age layer), `tar.rs` (ustar),
//! `stream.rs` (the decrypted stream and its faults), `export.rs`,
//! `import.rs`, `names.rs` (file names in an archive), `layout.rs` (what an
//! archive holds), `error.rs`. This file only declares and re-exports.
mod age_file;
mod error;
mod export;
mod import;
mod layout;
pub(crate) mod names;
mod stream;
mod tar;

pub use age_file::{Protect, Unprotect, MAX_WORK_FACTOR};
pub use error::ArchiveError;
pub use export::{export, ExportFile, ExportInput, Progress, PROGRESS_STEP};
pub use import::{import, Imported};
pub use layout::MAX_ENTRIES_JSON;
pub use names::{sanitize_name, MAX_NAME};

#[cfg(test)]
mod testing;
