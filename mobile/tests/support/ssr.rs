//! The real app (core included) rendered to HTML at an address, without a
//! browser or web view: for the render tests (`tests/render.rs`) and the web
//! build's pre-rendered pages (`examples/prerender.rs`), so that both see
//! exactly the same page.
use std::rc::Rc;
use std::time::{Duration, Instant};

use dioxus::prelude::*;
use dioxus_history::{History, MemoryHistory};
use futures::FutureExt as _;
use mobile::{Root, RootProps};
use shared::CoreConfig;

/// Renders `Root` with `config` at `path`. The core's coroutine starts and
/// publishes its view models, and some answers come from the runtime's
/// threads (the store, the diary's worker): renders until nothing has
/// happened for `quiet`, at most for `limit`.
pub fn render(config: CoreConfig, path: &str, quiet: Duration, limit: Duration) -> String {
    let mut dom = VirtualDom::new_with_props(Root, RootProps { config });
    dom.provide_root_context(Rc::new(MemoryHistory::with_initial_path(path)) as Rc<dyn History>);
    dom.rebuild_in_place();
    let start = Instant::now();
    let mut last_work = Instant::now();
    while start.elapsed() < limit {
        if dom.wait_for_work().now_or_never().is_some() {
            dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
            last_work = Instant::now();
        } else if last_work.elapsed() > quiet {
            break;
        } else {
            std::thread::sleep(Duration::from_millis(2));
        }
    }
    dioxus_ssr::render(&dom)
}
