//! The core's layers (ARCHITECTURE.md, "Layers"): each module imports only
//! from its own layer or the layers below, and no modules import each other
//! in a circle. The diary (`shared/diary`) and the store (`shared/store`) are
//! crates of their own, so the compiler already keeps them from seeing the
//! app; here their insides are checked for circles too.
//!
//! The graph is read from the sources (`e2e::imports`): an edge is a path
//! `crate::…`, `super::…`, `self::…` or a `use` of a child module, outside
//! test code. A module imports from where a thing is defined, not through a
//! re-export in a `mod.rs` or `lib.rs` (those only declare and re-export,
//! for the shell and the tests).
use std::collections::BTreeSet;

use e2e::imports::{circles, graph, modules, Graph};
use e2e::root;

/// Layers from the bottom; a module belongs to the first entry whose path
/// it is or lies below (longer, more precise paths first within a layer).
const LAYERS: &[(&str, &[&str])] = &[
    (
        "domain",
        &[
            "calculator",
            "campaign",
            "content",
            "disguise",
            "error",
            "files",
            "helplines",
            "i18n",
            "idle_lock",
            "info",
            "locator",
            "quick_exit",
            "screen",
            "settings",
            "time",
            "update",
        ],
    ),
    (
        "adapters",
        &["i18n::fetch", "update::fetch", "update::store"],
    ),
    (
        "model",
        &[
            "campaign_flow",
            "diary::export",
            "diary::flow",
            "diary::words",
            "diary",
            "event",
            "i18n::flow",
            "model",
        ],
    ),
    ("app", &["app"]),
    ("view", &["view"]),
    ("runtime", &["diary::work", "runtime"]),
    ("core", &["core", ""]),
];

fn is_at_or_below(module: &str, prefix: &str) -> bool {
    if prefix.is_empty() {
        return module.is_empty();
    }
    module == prefix || module.starts_with(&format!("{prefix}::"))
}

/// The layer of `module`: its index in [`LAYERS`], the most precise match.
fn layer(module: &str) -> Option<usize> {
    layer_in(LAYERS, module)
}

/// The layer of `module` in `layers`, the most precise match.
fn layer_in(layers: &[(&str, &[&str])], module: &str) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, (_, prefixes)) in layers.iter().enumerate() {
        for p in *prefixes {
            if is_at_or_below(module, p) && best.is_none_or(|(len, _)| p.len() > len) {
                best = Some((p.len(), i));
            }
        }
    }
    best.map(|(_, i)| i)
}

/// Every import that runs upward, or sideways between the view and the
/// runtime (which both sit on the app and know nothing of each other).
fn upward(g: &Graph) -> Vec<String> {
    let view = LAYERS.iter().position(|(n, _)| *n == "view");
    let runtime = LAYERS.iter().position(|(n, _)| *n == "runtime");
    let mut out = Vec::new();
    for (from, tos) in g {
        let Some(lf) = layer(from) else { continue };
        for to in tos {
            let Some(lt) = layer(to) else { continue };
            let sideways =
                (Some(lf), Some(lt)) == (view, runtime) || (Some(lf), Some(lt)) == (runtime, view);
            if lt > lf || sideways {
                out.push(format!(
                    "{from} ({}) imports {to} ({})",
                    LAYERS[lf].0, LAYERS[lt].0
                ));
            }
        }
    }
    out
}

fn core_graph() -> Graph {
    graph(&modules(&root().join("shared/src")))
}

#[test]
fn every_module_of_the_core_has_a_layer() {
    let unplaced: Vec<String> = core_graph()
        .keys()
        .filter(|m| layer(m).is_none())
        .cloned()
        .collect();
    assert!(unplaced.is_empty(), "add these to LAYERS: {unplaced:?}");
}

#[test]
fn the_core_imports_only_downward() {
    let up = upward(&core_graph());
    assert!(up.is_empty(), "imports that run upward:\n{}", up.join("\n"));
}

#[test]
fn no_crate_has_an_import_circle() {
    for dir in [
        "shared/src",
        "shared/diary/src",
        "shared/store/src",
        "shared/kdf-worker/src",
        "mobile/src",
    ] {
        let g = graph(&modules(&root().join(dir)));
        assert!(
            g.len() > 1 || dir.contains("kdf-worker"),
            "{dir}: no modules read"
        );
        let found = circles(&g);
        assert!(found.is_empty(), "{dir}: modules in a circle: {found:?}");
    }
}

/// The shell's layers from the bottom: what talks to the core and the
/// platform (and where a link goes, `place`), the components, the screens,
/// the router (which names the screens), the root.
const SHELL_LAYERS: &[(&str, &[&str])] = &[
    (
        "platform",
        &[
            "bridge", "device", "files", "js", "keys", "place", "platform",
        ],
    ),
    ("components", &["components"]),
    ("screens", &["screens"]),
    ("router", &["route"]),
    ("root", &["app", "", "main"]),
];

fn shell_upward(g: &Graph) -> Vec<String> {
    let mut out = Vec::new();
    for (from, tos) in g {
        let lf = layer_in(SHELL_LAYERS, from);
        for to in tos {
            let lt = layer_in(SHELL_LAYERS, to);
            if lt > lf {
                out.push(format!("{from} imports {to}"));
            }
        }
    }
    out
}

#[test]
fn the_shell_imports_only_downward() {
    let mut g = graph(&modules(&root().join("mobile/src")));
    let unplaced: Vec<&String> = g
        .keys()
        .filter(|m| layer_in(SHELL_LAYERS, m).is_none())
        .collect();
    assert!(unplaced.is_empty(), "add to SHELL_LAYERS: {unplaced:?}");
    let up = shell_upward(&g);
    assert!(up.is_empty(), "imports that run upward:\n{}", up.join("\n"));
    // What a screen once did: name the router's Route for a link.
    g.get_mut("screens::home")
        .expect("the start screen is a module")
        .insert("route".into());
    assert_eq!(shell_upward(&g), ["screens::home imports route"]);
}

#[test]
fn the_check_catches_an_upward_import_and_a_circle() {
    // The real graph, plus what `campaign.rs` once did: name a view type.
    let mut g = core_graph();
    g.get_mut("campaign")
        .expect("campaign is a module")
        .insert("view".into());
    assert!(upward(&g)
        .iter()
        .any(|e| e.starts_with("campaign (domain) imports view")));
    g.get_mut("view")
        .expect("view is a module")
        .insert("campaign".into());
    assert!(!circles(&g).is_empty());
    // The view and the runtime do not know each other.
    g.get_mut("runtime")
        .expect("runtime is a module")
        .insert("view::home".into());
    assert!(upward(&g)
        .iter()
        .any(|e| e.starts_with("runtime (runtime)")));
}

#[test]
fn the_diary_and_the_store_depend_on_nothing_of_the_app() {
    let deps = |krate: &str| -> BTreeSet<String> {
        let text = std::fs::read_to_string(root().join(krate).join("Cargo.toml")).unwrap();
        let doc: toml::Table = text.parse().unwrap();
        let mut names = BTreeSet::new();
        let mut add = |t: Option<&toml::Value>| {
            if let Some(t) = t.and_then(toml::Value::as_table) {
                names.extend(t.keys().cloned());
            }
        };
        add(doc.get("dependencies"));
        if let Some(targets) = doc.get("target").and_then(toml::Value::as_table) {
            for t in targets.values() {
                add(t.get("dependencies"));
            }
        }
        names
    };
    let diary = deps("shared/diary");
    let store = deps("shared/store");
    let core = deps("shared");
    assert!(!diary.contains("shared") && !store.contains("shared"));
    assert!(!store.contains("een-diary"), "the store knows no diary");
    assert!(diary.contains("age"), "{diary:?}");
    assert!(
        !core.contains("age") && !core.contains("age-core"),
        "only the diary crate depends on age: {core:?}"
    );
}

/// Time is an input (`update(model, event, now)`): the loop reads the
/// clock once per event through `shared/src/time.rs`, and no other code of
/// the core reads it (tests set the time instead).
#[test]
fn only_the_loop_reads_the_clock() {
    const CLOCKS: &[&str] = &[
        "Utc::now(",
        "Local::now(",
        "SystemTime::now(",
        "Instant::now(",
        "Date::now(",
    ];
    let mut readers = Vec::new();
    for dir in ["shared/src", "shared/diary/src", "shared/store/src"] {
        for m in modules(&root().join(dir)) {
            if m.path == "time" && dir == "shared/src" {
                assert!(m.code.contains("Local::now("), "time.rs reads the clock");
                continue;
            }
            for c in CLOCKS {
                if m.code.contains(c) {
                    readers.push(format!("{} ({c})", m.file.display()));
                }
            }
        }
    }
    assert!(
        readers.is_empty(),
        "read the clock outside time.rs: {readers:?}"
    );
    let core = std::fs::read_to_string(root().join("shared/src/core.rs")).unwrap();
    assert_eq!(
        core.matches("(self.clock)()").count(),
        1,
        "the loop reads the time once per event"
    );
}
