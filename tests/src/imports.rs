//! The import graph of a crate's `src` folder, file by file: which module
//! names which other module of the same crate (`crate::…`, `super::…`,
//! `self::…`). Used by the layer test (`tests/layers.rs`) and by the figures
//! example (`examples/imports.rs`).
//!
//! It reads text, not the compiler's resolution: a path is attributed to the
//! longest module it starts with, so `crate::view::Screen` is an edge to
//! `view` (`view/mod.rs`) and `crate::view::diary::x` one to `view::diary`.
//! Test code is left out: everything from a file's first `#[cfg(test)]` (or
//! `#[cfg(all(test, …))]`) on,
//! and files named `*tests.rs` (they are declared under `#[cfg(test)]`).
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One module: its path inside the crate (`""` for the crate root,
/// `"diary::flow"`), its file and the code that is not test code.
#[derive(Debug, Clone)]
pub struct Module {
    /// `a::b`, empty for `lib.rs`.
    pub path: String,
    /// The file, as found.
    pub file: PathBuf,
    /// The file's text up to its first `#[cfg(test)]`.
    pub code: String,
}

/// The graph: each module's path, and the modules it names.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The module path of `file` below `src`: `a/mod.rs` and `a.rs` are `a`.
pub fn module_path(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs").to_owned();
        if stem != "mod" && stem != "lib" {
            parts.push(stem);
        }
    }
    parts.join("::")
}

/// Every module of the crate whose sources are in `src`, test files left out.
///
/// # Panics
/// When the folder cannot be read.
pub fn modules(src: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable source folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                // `src/bin` holds programs of their own, not modules.
                if path.file_name().is_some_and(|n| n != "bin") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.file_stem().unwrap_or_default().to_string_lossy();
                if name.ends_with("tests") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("readable source");
                let at = ["#[cfg(test)]", "#[cfg(all(test"]
                    .iter()
                    .filter_map(|m| text.find(m))
                    .min();
                let code = match at {
                    Some(at) => text[..at].to_owned(),
                    None => text,
                };
                out.push(Module {
                    path: module_path(src, &path),
                    file: path,
                    code,
                });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// Strips `//` comments (doc comments too) and string literals, so that a
/// path named in prose or in a message is not an import.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_str = false;
        let mut escaped = false;
        let mut prev = ' ';
        for c in line.chars() {
            if in_str {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_str = false;
                }
                continue;
            }
            if c == '/' && prev == '/' {
                out.pop();
                break;
            }
            if c == '"' {
                in_str = true;
                prev = ' ';
                continue;
            }
            out.push(c);
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// The name of the inline module whose body a `{` right after `before`
/// opens (`mod name {`, `pub(crate) mod name {`), if it is one.
fn inline_module(before: &str) -> Option<String> {
    let head = before.trim_end();
    let name_at = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_ident(c))
        .last()
        .map(|(i, _)| i)?;
    let name = &head[name_at..];
    let keyword = head[..name_at].trim_end();
    let is_mod = keyword.ends_with("mod")
        && !keyword[..keyword.len() - 3]
            .chars()
            .last()
            .is_some_and(is_ident);
    (is_mod && name != "mod").then(|| name.to_owned())
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Reads a path (`a::b::{c, d::e}`) at the start of `s` and returns every
/// full path it names, each as its segments.
fn read_paths(s: &str) -> Vec<Vec<String>> {
    let (paths, _) = read_group_item(s);
    paths
}

/// One item: segments, then possibly `::{…}`. Returns the paths and how
/// many bytes were read.
fn read_group_item(s: &str) -> (Vec<Vec<String>>, usize) {
    let bytes: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut segments = Vec::new();
    loop {
        while i < bytes.len() && bytes[i].is_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == '{' {
            // A group: each item below this prefix.
            i += 1;
            let mut out = Vec::new();
            loop {
                let rest: String = bytes[i..].iter().collect();
                let (inner, used) = read_group_item(&rest);
                for p in inner {
                    let mut full = segments.clone();
                    full.extend(p);
                    out.push(full);
                }
                i += rest[..used].chars().count();
                while i < bytes.len() && bytes[i].is_whitespace() {
                    i += 1;
                }
                if i < bytes.len() && bytes[i] == ',' {
                    i += 1;
                    continue;
                }
                if i < bytes.len() && bytes[i] == '}' {
                    i += 1;
                }
                break;
            }
            let used: usize = bytes[..i].iter().map(|c| c.len_utf8()).sum();
            return (out, used);
        }
        let start = i;
        while i < bytes.len() && is_ident(bytes[i]) {
            i += 1;
        }
        if i == start {
            break;
        }
        segments.push(bytes[start..i].iter().collect());
        if i + 1 < bytes.len() && bytes[i] == ':' && bytes[i + 1] == ':' {
            i += 2;
        } else {
            break;
        }
    }
    let used: usize = bytes[..i].iter().map(|c| c.len_utf8()).sum();
    (vec![segments], used)
}

/// Every module path that `module` names, resolved against `known`.
fn references(
    module: &Module,
    known: &BTreeSet<String>,
    aliases: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeSet<String> {
    let code = code_only(&module.code);
    let own: Vec<&str> = if module.path.is_empty() {
        vec![]
    } else {
        module.path.split("::").collect()
    };
    // A `mod.rs` or `lib.rs` is the parent of the files beside it.
    let mut out = BTreeSet::new();
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    // The braces open here; `Some(name)` for an inline `mod name { … }`,
    // whose `super::` is this file's module, not its parent.
    let mut braces: Vec<Option<String>> = Vec::new();
    for (n, &(at, c)) in chars.iter().enumerate() {
        if c == '{' {
            braces.push(inline_module(&code[..at]));
            continue;
        }
        if c == '}' {
            braces.pop();
            continue;
        }
        if !(c == 'c' || c == 's') {
            continue;
        }
        if n > 0 && (is_ident(chars[n - 1].1) || chars[n - 1].1 == ':') {
            continue;
        }
        let rest = &code[at..];
        let (base, after): (Vec<&str>, &str) = if let Some(r) = rest.strip_prefix("crate::") {
            (vec![], r)
        } else if rest.starts_with("super::") || rest.starts_with("self::") {
            let mut r = rest;
            let mut base = own.clone();
            base.extend(braces.iter().flatten().map(String::as_str));
            if let Some(x) = r.strip_prefix("self::") {
                r = x;
            }
            while let Some(x) = r.strip_prefix("super::") {
                base.pop();
                r = x;
            }
            (base, r)
        } else {
            continue;
        };
        for path in read_paths(after) {
            let mut full: Vec<String> = base.iter().map(|s| (*s).to_owned()).collect();
            full.extend(path);
            // The longest known module the path starts with.
            for len in (0..=full.len()).rev() {
                let candidate = full[..len].join("::");
                if let Some(targets) = aliases.get(&candidate) {
                    out.extend(targets.iter().cloned());
                    break;
                }
                if known.contains(&candidate) {
                    if candidate != module.path {
                        out.insert(candidate);
                    }
                    break;
                }
            }
        }
    }
    // `use child::X` (a path relative to this module, as in a `mod.rs`).
    for (at, _) in code.match_indices("use ") {
        if at > 0 && is_ident(code[..at].chars().last().unwrap_or(' ')) {
            continue;
        }
        for path in read_paths(&code[at + 4..]) {
            let Some(first) = path.first() else { continue };
            if matches!(first.as_str(), "crate" | "super" | "self") {
                continue;
            }
            let mut full: Vec<String> = own.iter().map(|s| (*s).to_owned()).collect();
            full.extend(path.iter().cloned());
            for len in (own.len() + 1..=full.len()).rev() {
                let candidate = full[..len].join("::");
                if let Some(targets) = aliases.get(&candidate) {
                    out.extend(targets.iter().cloned());
                    break;
                }
                if known.contains(&candidate) {
                    out.insert(candidate);
                    break;
                }
            }
        }
    }
    out
}

/// The crate's import graph.
pub fn graph(modules: &[Module]) -> Graph {
    let known: BTreeSet<String> = modules.iter().map(|m| m.path.clone()).collect();
    let aliases = aliases(modules);
    modules
        .iter()
        .map(|m| {
            let named = references(m, &known, &aliases)
                .into_iter()
                .filter(|n| *n != m.path)
                .collect();
            (m.path.clone(), named)
        })
        .collect()
}

/// Modules declared under another name in a `mod.rs` or `lib.rs`
/// (`#[path = "android.rs"] mod imp;`, one per platform): `device::imp`
/// stands for `device::android`, `device::web`, ….
fn aliases(modules: &[Module]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in modules {
        let stem = m.file.file_stem().unwrap_or_default();
        if stem != "mod" && stem != "lib" {
            continue;
        }
        for (at, _) in m.code.match_indices("#[path = \"") {
            let rest = &m.code[at + 10..];
            let Some(end) = rest.find('"') else { continue };
            let file = &rest[..end];
            let Some(target) = file.strip_suffix(".rs").filter(|f| !f.contains('/')) else {
                continue;
            };
            let decl = rest[end..].split(';').next().unwrap_or_default();
            let Some(name) = decl.split_whitespace().skip_while(|w| *w != "mod").nth(1) else {
                continue;
            };
            let join = |n: &str| {
                if m.path.is_empty() {
                    n.to_owned()
                } else {
                    format!("{}::{n}", m.path)
                }
            };
            out.entry(join(name)).or_default().insert(join(target));
        }
    }
    out
}

/// The graph's circles: its strongly connected parts of more than one
/// module (Tarjan's algorithm), each sorted, largest first.
pub fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        if let Some(edges) = s.graph.get(v) {
            for w in edges {
                let w = w.as_str();
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let lw = s.low[w];
                    let lv = s.low.get_mut(v).expect("visited");
                    *lv = (*lv).min(lw);
                } else if s.on_stack.contains(w) {
                    let iw = s.index[w];
                    let lv = s.low.get_mut(v).expect("visited");
                    *lv = (*lv).min(iw);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut part = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                part.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if part.len() > 1 {
                part.sort();
                s.out.push(part);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    s.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(path: &str, code: &str) -> Module {
        Module {
            path: path.into(),
            file: PathBuf::new(),
            code: code.into(),
        }
    }

    #[test]
    fn groups_super_and_comments_are_read() {
        let ms = vec![
            module("", ""),
            module("a", "use crate::{b::X, c};\n// crate::d is only prose\n"),
            module("b", "use super::a::Y; let s = \"crate::d\";"),
            module("e", "pub use f::Z;"),
            module("e::f", ""),
            module("c", "fn f() { crate::d::g() }"),
            module("d", ""),
        ];
        let g = graph(&ms);
        assert_eq!(g["a"], BTreeSet::from(["b".into(), "c".into()]));
        assert_eq!(g["b"], BTreeSet::from(["a".into()]));
        assert_eq!(g["c"], BTreeSet::from(["d".into()]));
        assert_eq!(g["e"], BTreeSet::from(["e::f".into()]));
        assert_eq!(circles(&g), vec![vec!["a".to_owned(), "b".to_owned()]]);
    }

    #[test]
    fn super_inside_an_inline_module_is_the_file_itself() {
        let ms = vec![
            module("", "pub use a::X;"),
            module(
                "a",
                "pub enum X {}\n#[cfg(unix)]\nmod web {\n    use super::X;\n    fn f() { if true { } }\n}\nuse super::b::Y;",
            ),
            module("b", "pub(crate) mod inner { use super::super::a::X; }"),
        ];
        let g = graph(&ms);
        assert_eq!(g["a"], BTreeSet::from(["b".into()]), "not the crate root");
        assert_eq!(g["b"], BTreeSet::from(["a".into()]));
        assert_eq!(inline_module("pub(crate) mod inner "), Some("inner".into()));
        assert_eq!(inline_module("fn f() "), None);
        assert_eq!(inline_module("let module "), None);
    }

    #[test]
    fn a_module_under_another_name_is_its_files() {
        let mut root = module("d", "#[cfg(unix)]\n#[path = \"one.rs\"]\nmod imp;\n#[cfg(not(unix))]\n#[path = \"two.rs\"]\nmod imp;\nmod p;\npub use p::P;\npub use imp::F;");
        root.file = PathBuf::from("d/mod.rs");
        let ms = vec![
            root,
            module("d::one", ""),
            module("d::two", ""),
            module("d::p", "fn f() { super::imp::g() }"),
        ];
        let g = graph(&ms);
        let both = BTreeSet::from(["d::one".to_owned(), "d::two".to_owned()]);
        assert_eq!(g["d::p"], both);
        assert!(g["d"].is_superset(&both) && g["d"].contains("d::p"));
        assert!(circles(&g).is_empty());
    }

    #[test]
    fn nested_modules_resolve_to_the_longest_known_path() {
        let ms = vec![
            module("x", ""),
            module("x::y", "use super::z::{self, W};"),
            module("x::z", "use crate::x::y::Q;"),
        ];
        let g = graph(&ms);
        assert_eq!(g["x::y"], BTreeSet::from(["x::z".into()]));
        assert_eq!(g["x::z"], BTreeSet::from(["x::y".into()]));
        assert_eq!(circles(&g).len(), 1);
    }
}
