//! The root: starts the core, owns the quick-exit cover, and chooses between
//! the app (router), the cover and the neutral screen (the calculator after
//! a quick exit in the apps, and the disguise on every platform).
use dioxus::prelude::*;
use shared::view::{ExitView, PhaseView};
use shared::CoreConfig;

use serde_json::json;

use crate::bridge::{use_core, use_dispatch, use_view};
use crate::components::QuickExit;
use crate::js::{self, Script};
use crate::keys::use_shift_shortcut;
use crate::route::Route;
use crate::screens::Neutral;

/// Inlined rather than `asset!()`: it is then there on the first frame on
/// every platform (no flash of unstyled content, the cover works at once),
/// and server-side render tests see the same page as the browser. Only while
/// the app is in use: its selectors name the app's parts.
const MAIN_CSS: &str = include_str!("../assets/main.css");
/// Always on the page, also while the calculator shows (the disguise, or
/// after a quick exit in the apps), so it must hold nothing of the app, not
/// even in a comment (the render tests check): a plain page, the cover
/// (`.cover`, on top of everything), the page drawn empty while hidden
/// (`.away`), and the calculator.
const NEUTRAL_CSS: &str = include_str!("../assets/neutral.css");

/// The document title: the calculator's while it shows, the page's own
/// (from `index.html`, kept aside the first time) otherwise.
fn set_title(title: Option<&str>) {
    js::run(Script::Title, &json!({ "title": title }));
}

/// The app, configured for this device.
#[component]
pub fn App() -> Element {
    rsx! { Root { config: use_hook(crate::platform::core_config) } }
}

/// The app with a given configuration (render tests pass their own).
#[component]
pub fn Root(config: CoreConfig) -> Element {
    use_core(config);
    let view = use_view();
    let mut covered = use_signal(|| false);
    let core = use_dispatch();
    let quick_exit = use_context_provider(|| QuickExit {
        covered,
        core,
        view,
    });
    use_shift_shortcut(Callback::new(move |()| quick_exit.activate()));

    // Web: once the core has dropped its state, replace this page in the
    // history with the neutral site.
    use_effect(move || {
        if let PhaseView::Exited(ExitView::LeaveTo { url }) = &view.read().phase {
            js::run(Script::Leave, &json!({ "url": url }));
        }
    });

    // The calculator (disguise, or after an exit in the apps): the title is
    // its own and the address is the start, so that neither says what the
    // app is, and the app opens at the start when the disguise's code is
    // typed. The cover of the quick exit that led here must not outlast it
    // (in disguise mode a quick exit returns to the disguise). Runs when the
    // calculator comes or goes (or changes language), not on every view.
    let calculator_title = use_memo(move || match &view.read().phase {
        PhaseView::Exited(ExitView::Neutral(n)) => Some(n.title.clone()),
        _ => None,
    });
    use_effect(move || {
        let title = calculator_title();
        set_title(title.as_deref());
        if title.is_some() {
            let history = dioxus::history::history();
            if history.current_route() != "/" {
                history.replace("/".into());
            }
            if *covered.peek() {
                covered.set(false);
            }
        }
    });

    // Web: the app's page replaces the pre-rendered one (if any) as soon as
    // the core has said what to show, in one step (`takeOver`, js/page.js).
    let take_over = use_memo(move || {
        let vm = view.read();
        let mode = match &vm.phase {
            PhaseView::Starting => return None,
            PhaseView::Ready(app) if app.show_exit_intro => Some("new"),
            PhaseView::Ready(_) => Some("seen"),
            PhaseView::Exited(ExitView::Neutral(_)) => Some("disguise"),
            PhaseView::Exited(ExitView::LeaveTo { .. }) => None,
        };
        Some((mode, vm.lang.clone()))
    });
    use_effect(move || {
        if let (true, Some((mode, lang))) = (cfg!(target_arch = "wasm32"), take_over()) {
            js::run(Script::TakeOver, &json!({ "mode": mode, "lang": lang }));
        }
    });

    // Web: the page draws nothing while it is hidden.
    use_hook(|| js::run(Script::HideWhenAway, &json!({})));

    // The page's language and direction on the root element too, for screen
    // readers, speech and the browser's own UI.
    use_effect(move || {
        let vm = view.read();
        js::run(
            Script::Lang,
            &json!({ "lang": vm.lang, "dir": vm.dir.as_html() }),
        );
    });

    // Web: a service worker keeps the app working offline after one visit.
    use_hook(|| {
        if cfg!(target_arch = "wasm32") {
            js::run(Script::RegisterWorker, &json!({}));
        }
    });

    let vm = view.read();
    let in_use = matches!(vm.phase, PhaseView::Ready(_));
    let body = match &vm.phase {
        PhaseView::Exited(ExitView::Neutral(n)) => rsx! { Neutral { view: n.clone() } },
        _ if covered() => rsx! { div { class: "cover" } },
        PhaseView::Ready(_) => rsx! { Router::<Route> {} },
        PhaseView::Starting | PhaseView::Exited(ExitView::LeaveTo { .. }) => {
            rsx! { div { class: "cover" } }
        }
    };
    rsx! {
        document::Link { rel: "manifest", href: "/manifest.webmanifest" }
        document::Meta { name: "theme-color", content: "#fbfaf7" }
        style { {NEUTRAL_CSS} }
        if in_use {
            style { {MAIN_CSS} }
        }
        div { id: "app", lang: "{vm.lang}", dir: vm.dir.as_html(), {body} }
    }
}
