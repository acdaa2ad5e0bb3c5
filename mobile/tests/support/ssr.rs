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

/// Renders `Root` with `config` at `path` until the page shows what the
/// core decided (`ready` holds for the HTML) and no work is pending; at
/// most for `limit`, after which the page is returned as it is (the test's
/// own checks then say what is missing). Depends on no machine's speed.
pub fn render_until(
    config: CoreConfig,
    path: &str,
    ready: impl Fn(&str) -> bool,
    limit: Duration,
) -> String {
    let mut dom = VirtualDom::new_with_props(Root, RootProps { config });
    dom.provide_root_context(Rc::new(MemoryHistory::with_initial_path(path)) as Rc<dyn History>);
    dom.rebuild_in_place();
    let start = Instant::now();
    loop {
        if dom.wait_for_work().now_or_never().is_some() {
            dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
            continue;
        }
        let html = dioxus_ssr::render(&dom);
        if ready(&html) || start.elapsed() > limit {
            return html;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}
