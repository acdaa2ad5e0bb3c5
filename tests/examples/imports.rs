//! Figures for the layered design (issue 17): files and lines per crate, the
//! largest files, and the import graph's circles of each crate of the core.
//!
//! `cargo run -p e2e --example imports`
use e2e::imports::{circles, graph, modules};
use e2e::root;

fn count(dir: &std::path::Path) -> (usize, usize, Vec<(usize, String)>) {
    let mut files = 0;
    let mut lines = 0;
    let mut sizes = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.file_name()
                    .is_some_and(|n| n != "target" && n != "node_modules")
                {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "rs") {
                let n = std::fs::read_to_string(&p).map_or(0, |t| t.lines().count());
                files += 1;
                lines += n;
                let rel = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
                sizes.push((n, rel));
            }
        }
    }
    sizes.sort_by(|a, b| b.cmp(a));
    (files, lines, sizes)
}

fn main() {
    let root = root();
    let crates = [
        "shared/src",
        "shared/diary/src",
        "shared/store/src",
        "shared/kdf-worker/src",
        "mobile/src",
    ];
    println!("| sources | files | lines | largest file |");
    println!("|---|---|---|---|");
    let mut all = Vec::new();
    for c in crates {
        let dir = root.join(c);
        if !dir.exists() {
            continue;
        }
        let (files, lines, sizes) = count(&dir);
        let largest = sizes
            .first()
            .map(|(n, p)| format!("{p} ({n})"))
            .unwrap_or_default();
        println!("| {c} | {files} | {lines} | {largest} |");
        all.extend(sizes);
    }
    all.sort_by(|a, b| b.cmp(a));
    println!("\nfiles over 400 lines (test modules included):");
    for (n, p) in all.iter().filter(|(n, _)| *n > 400) {
        println!("  {n:5} {p}");
    }
    for c in crates {
        let dir = root.join(c);
        if !dir.exists() {
            continue;
        }
        let ms = modules(&dir);
        let g = graph(&ms);
        let edges: usize = g.values().map(std::collections::BTreeSet::len).sum();
        let cs = circles(&g);
        println!(
            "\n{c}: {} modules, {edges} imports, {} circles",
            ms.len(),
            cs.len()
        );
        for part in cs {
            println!("  circle of {}: {}", part.len(), part.join(", "));
        }
    }
}
