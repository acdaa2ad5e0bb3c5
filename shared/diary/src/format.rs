//! `entries.json`, the readable half of an exported archive: its types, the
//! names of the files beside it, and reading it back.
use serde::{Deserialize, Serialize};

use crate::archive::names::sanitize_name;
use crate::draft::Body;

/// The `format` of `entries.json`.
pub const FORMAT: &str = "een-entree-diary";

/// Why `entries.json` could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Not this app's format (or another version of it).
    #[error("not a diary archive of this app")]
    NotAnArchive,
    /// This app's format, but a record in it breaks the diary's rules.
    #[error("a record in the archive is damaged")]
    Damaged,
}

/// A file's name inside the archive: its record number, then its own name
/// made safe by the archive's one rule ([`sanitize_name`]), which the
/// archive then finds nothing more to change in.
pub fn archive_name(seq: u64, name: &str) -> String {
    sanitize_name(&format!("{seq:06}-{name}"))
}

/// One record in `entries.json`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ExportedRecord {
    /// Its number.
    pub seq: u64,
    /// When it was written.
    pub at: chrono::DateTime<chrono::Utc>,
    /// Its SHA-256, hex.
    pub hash: String,
    /// What it holds.
    pub body: Body,
    /// For evidence: the file's name in the archive (under `files/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// `entries.json`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ExportedDiary {
    /// [`FORMAT`].
    pub format: String,
    /// 1.
    pub version: u32,
    /// The last record's SHA-256, hex.
    pub head: String,
    /// Whether the chain verified when exported.
    pub chain_intact: bool,
    /// Every readable record, in order.
    pub records: Vec<ExportedRecord>,
}

/// Reads `entries.json` of an archive.
///
/// # Errors
/// When it is not this app's format.
pub fn parse_entries(json: &[u8]) -> Result<ExportedDiary, FormatError> {
    let doc: ExportedDiary = serde_json::from_slice(json).map_err(|_| FormatError::NotAnArchive)?;
    if doc.format != FORMAT || doc.version != 1 {
        return Err(FormatError::NotAnArchive);
    }
    for r in &doc.records {
        if r.body.entry.validate().is_err() {
            return Err(FormatError::Damaged);
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_name_is_numbered_and_already_safe_for_the_archive() {
        for name in [
            "photo.jpg",
            "../../etc/passwd",
            ".hidden",
            "a:b*c?.png",
            "",
            &"x".repeat(300),
        ] {
            let named = archive_name(7, name);
            assert!(named.starts_with("000007-"), "{named}");
            assert_eq!(sanitize_name(&named), named, "one rule, applied once");
            assert!(!named.contains('/') && !named.contains(".."), "{named}");
        }
        assert_eq!(archive_name(12, "foto 1.jpg"), "000012-foto 1.jpg");
    }
}
