//! Prints each module of a crate and the modules it imports.
//! `cargo run -p e2e --example edges -- shared/src [module]`: with a module,
//! the lines of its code that name each import.
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "shared/src".into());
    let only = std::env::args().nth(2);
    let ms = e2e::imports::modules(&e2e::root().join(dir));
    for (m, to) in e2e::imports::graph(&ms) {
        if only.as_ref().is_some_and(|o| *o != m) {
            continue;
        }
        let to: Vec<_> = to.into_iter().collect();
        println!("{m:24} -> {}", to.join(", "));
    }
}
