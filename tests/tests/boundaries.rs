//! The core/shell boundary: the UI crate may not reach storage, crypto,
//! network, localisation, runtime or time crates directly (DESIGN.md §1).
//! Everything of that kind goes through `shared`.
use std::path::Path;

const FORBIDDEN_IN_UI: &[&str] = &[
    "sled",
    "age",
    "reqwest",
    "fluent",
    "fluent-bundle",
    "fluent-syntax",
    "fluent-langneg",
    "fluent-fallback",
    "tokio",
    "chrono",
    "secrecy",
    "rusqlite",
];
const FORBIDDEN_IN_CORE: &[&str] = &[
    "dioxus",
    "dioxus-web",
    "dioxus-desktop",
    "dioxus-mobile",
    "wry",
    "tao",
];

fn dependency_names(manifest: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let mut names = vec![];
    let mut collect = |table: Option<&toml::Value>| {
        if let Some(t) = table.and_then(toml::Value::as_table) {
            names.extend(t.keys().cloned());
        }
    };
    for section in ["dependencies", "build-dependencies"] {
        collect(doc.get(section));
    }
    if let Some(targets) = doc.get("target").and_then(toml::Value::as_table) {
        for target in targets.values() {
            for section in ["dependencies", "build-dependencies"] {
                collect(target.get(section));
            }
        }
    }
    names
}

fn manifest(krate: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(krate)
        .join("Cargo.toml")
}

fn violations(names: &[String], forbidden: &[&str]) -> Vec<String> {
    names
        .iter()
        .filter(|n| forbidden.contains(&n.as_str()) || n.starts_with("fluent"))
        .cloned()
        .collect()
}

#[test]
fn mobile_does_not_depend_on_core_only_crates() {
    let names = dependency_names(&manifest("mobile"));
    assert!(
        names.contains(&"shared".to_string()),
        "mobile must use the core"
    );
    let bad = violations(&names, FORBIDDEN_IN_UI);
    assert!(
        bad.is_empty(),
        "mobile/Cargo.toml depends on {bad:?}; move that work into shared"
    );
}

#[test]
fn shared_does_not_depend_on_the_ui() {
    let names = dependency_names(&manifest("shared"));
    let bad: Vec<_> = names
        .iter()
        .filter(|n| FORBIDDEN_IN_CORE.contains(&n.as_str()))
        .collect();
    assert!(bad.is_empty(), "shared/Cargo.toml depends on {bad:?}");
}

#[test]
fn the_check_itself_catches_a_forbidden_dependency() {
    let dir = std::env::temp_dir().join(format!("boundary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fake = dir.join("Cargo.toml");
    std::fs::write(
        &fake,
        "[dependencies]\nshared = {}\n[target.'cfg(target_os = \"android\")'.dependencies]\ntokio = \"1\"\nfluent-templates = \"1\"\n",
    )
    .unwrap();
    let mut bad = violations(&dependency_names(&fake), FORBIDDEN_IN_UI);
    bad.sort();
    assert_eq!(
        bad,
        vec!["fluent-templates".to_string(), "tokio".to_string()]
    );
    std::fs::remove_dir_all(dir).ok();
}

/// Whether `text` names `krate::…` as a path of its own (not `page::` for `age`).
fn uses_path(text: &str, krate: &str) -> bool {
    let needle = format!("{krate}::");
    text.match_indices(&needle).any(|(i, _)| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn path_check_matches_whole_crate_names_only() {
    assert!(uses_path("use age::x25519;", "age"));
    assert!(uses_path("let x = ::age::decrypt();", "age"));
    assert!(!uses_path("use crate::page::Home;", "age"));
    assert!(!uses_path("shared::store::SledStore", "sled"));
}

#[test]
fn mobile_source_does_not_name_core_only_crates() {
    // A dependency could also sneak in through a re-export; the UI source
    // must not use these crates by path either.
    for (path, text) in e2e::rust_sources("mobile/src") {
        for krate in [
            "sled",
            "age",
            "reqwest",
            "fluent_bundle",
            "fluent",
            "tokio",
            "chrono",
        ] {
            assert!(
                !uses_path(&text, krate),
                "{} uses {krate}::",
                path.display()
            );
        }
    }
}
