//! File names inside an archive: [`sanitize_name`], the one rule that makes
//! a name safe both in the archive and on any disk it is extracted to, and
//! [`NameSet`], which keeps every name in one archive unique.
use std::collections::HashSet;

use crate::archive::layout::FILES_DIR;

/// The longest evidence file name, in bytes: with `files/` it fits the
/// 100-byte ustar name field.
pub const MAX_NAME: usize = 100 - FILES_DIR.len();

/// Makes `name` safe as one file name inside the archive and on any disk it
/// is extracted to: no `/` or `\`, no `..`, no leading dot, no control
/// characters or characters Windows refuses, at most [`MAX_NAME`] bytes
/// (keeping a short extension), never empty.
pub fn sanitize_name(name: &str) -> String {
    let mapped: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let dots = mapped.len() - mapped.trim_start_matches('.').len();
    let mut safe = "_".repeat(dots) + &mapped[dots..];
    while safe.contains("..") {
        safe = safe.replace("..", "._");
    }
    if safe.is_empty() {
        safe.push_str("file");
    }
    fit_name(&safe, "")
}

/// `name` with `suffix` before its extension, shortened to [`MAX_NAME`]
/// bytes at a character boundary; a short extension is kept.
fn fit_name(name: &str, suffix: &str) -> String {
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 && name.len() - dot <= 16 => name.split_at(dot),
        _ => (name, ""),
    };
    let room = MAX_NAME.saturating_sub(suffix.len() + ext.len());
    let mut end = room.min(stem.len());
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{suffix}{ext}", &stem[..end])
}

/// The names already used in one archive, to keep every name unique.
#[derive(Default)]
pub(super) struct NameSet(HashSet<String>);

impl NameSet {
    /// `name`, or `name (2)`, `name (3)`... if it is taken; marked as taken.
    pub(super) fn claim(&mut self, name: &str) -> String {
        let mut candidate = name.to_string();
        let mut n = 1;
        while self.0.contains(&candidate) {
            n += 1;
            candidate = fit_name(name, &format!(" ({n})"));
        }
        self.0.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::testing::*;

    #[test]
    fn names_are_sanitised() {
        assert_eq!(sanitize_name("photo.jpg"), "photo.jpg");
        assert_eq!(sanitize_name("../../etc/passwd"), "___.__etc_passwd");
        assert_eq!(sanitize_name(".."), "__");
        assert_eq!(sanitize_name("."), "_");
        assert_eq!(sanitize_name(".hidden"), "_hidden");
        assert_eq!(sanitize_name("a..b"), "a._b");
        assert_eq!(sanitize_name("C:\\Users\\me\\x?.png"), "C__Users_me_x_.png");
        assert_eq!(sanitize_name("line\nbreak\0"), "line_break_");
        assert_eq!(sanitize_name("   "), "file");
        assert_eq!(
            sanitize_name("foto van mij – één.jpg"),
            "foto van mij – één.jpg"
        );
        let long = "é".repeat(80) + ".jpeg";
        let fitted = sanitize_name(&long);
        assert!(
            fitted.len() <= MAX_NAME && fitted.to_lowercase().ends_with(".jpeg"),
            "{fitted}"
        );
        for hostile in ["a/b", "../x", "....", "/abs", "x/../../y", &"z/".repeat(80)] {
            let s = sanitize_name(hostile);
            assert!(
                !s.contains('/') && !s.contains("..") && !s.is_empty() && s.len() <= MAX_NAME,
                "{s}"
            );
        }
    }

    #[test]
    fn names_in_archives_are_sanitised_and_unique_both_ways() {
        let (public, secret) = keypair();
        let archive = export_to(
            Protect::Recipient(public.clone()),
            input(vec![
                file("../secret", b"1"),
                file("dup.jpg", b"2"),
                file("dup.jpg", b"3"),
                file("a/dup.jpg", b"4"),
            ]),
        );
        let (imported, _) = import_all(&archive, Unprotect::Identity(secret.clone())).unwrap();
        let names: Vec<&str> = imported.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["___secret", "dup.jpg", "dup (2).jpg", "a_dup.jpg"]);

        let hostile = tar_of(&[
            ("entries.json", b"[]"),
            ("files/../../etc/passwd", b"root"),
            ("files/x", b"1"),
            ("files/x", b"2"),
            ("../outside", b"skipped"),
        ]);
        let (imported, files) =
            import_all(&seal(&hostile, &public), Unprotect::Identity(secret)).unwrap();
        let names: Vec<&str> = imported.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["___.__etc_passwd", "x", "x (2)"]);
        assert_eq!(files[2].1, b"2");
    }
}
