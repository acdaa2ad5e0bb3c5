//! What a forensic copy of a store's files would find: tests use it to show
//! that nothing readable is left on disk (no plaintext, nothing deleted).
use std::path::Path;

/// Whether any file under `dir` (and its folders) holds `needle`.
pub fn found_in_files(dir: &Path, needle: &[u8]) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        if p.is_dir() {
            found_in_files(&p, needle)
        } else {
            std::fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
        }
    })
}
