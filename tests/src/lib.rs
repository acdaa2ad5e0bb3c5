//! Helpers for the cross-crate tests in `tests/`.
use std::path::{Path, PathBuf};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file below `dir` (relative to the workspace root), with its text.
///
/// # Panics
/// When the folder or a file cannot be read: the test using it fails.
pub fn rust_sources(dir: &str) -> Vec<(PathBuf, String)> {
    sources(dir, &["rs"])
}

/// Every file below `dir` whose extension is one of `extensions`, with its
/// text (`["rs", "js"]`: the app's code, its page scripts included).
///
/// # Panics
/// When the folder or a file cannot be read: the test using it fails.
pub fn sources(dir: &str, extensions: &[&str]) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("readable source folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| extensions.iter().any(|x| e == *x))
            {
                let text = std::fs::read_to_string(&path).expect("readable source");
                out.push((path, text));
            }
        }
    }
    out
}
pub mod imports;
