//! The root: starts the core, owns the quick-exit cover, and chooses between
//! the app (router), the cover and the neutral screen.
use dioxus::prelude::*;
use shared::view::{ExitView, PhaseView};
use shared::{CoreConfig, Event};

use crate::bridge::{use_core, use_dispatch, use_view};
use crate::keys::use_shift_shortcut;
use crate::route::Route;
use crate::screens::Neutral;

/// Inlined rather than `asset!()`: it is then there on the first frame on
/// every platform (no flash of unstyled content, the cover works at once),
/// and server-side render tests see the same page as the browser.
const MAIN_CSS: &str = include_str!("../assets/main.css");

/// Activates quick exit from anywhere: `use_context::<QuickExit>().activate()`.
#[derive(Clone, Copy)]
pub struct QuickExit {
    covered: Signal<bool>,
    core: Coroutine<Event>,
}

impl QuickExit {
    /// In this order: cover everything (the next render shows only the
    /// cover), then have the core drop its sensitive state. What comes last
    /// (leaving for the neutral site, or the calculator) follows from the
    /// core's answer, in [`App`].
    pub fn activate(mut self) {
        self.covered.set(true);
        // Reading aloud must stop with everything else.
        document::eval(crate::components::STOP_SPEECH);
        self.core.send(Event::QuickExit);
    }
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
    let covered = use_signal(|| false);
    let core = use_dispatch();
    let quick_exit = use_context_provider(|| QuickExit { covered, core });
    use_shift_shortcut(Callback::new(move |()| quick_exit.activate()));

    // Web: once the core has dropped its state, replace this page in the
    // history with the neutral site.
    use_effect(move || {
        if let PhaseView::Exited(ExitView::LeaveTo { url }) = &view.read().phase {
            let url = serde_json::to_string(url).unwrap_or_else(|_| "\"about:blank\"".into());
            document::eval(&format!("window.location.replace({url});"));
        }
    });

    // The page's language and direction on the root element too, for screen
    // readers, speech and the browser's own UI.
    use_effect(move || {
        let vm = view.read();
        let lang = serde_json::to_string(&vm.lang).unwrap_or_else(|_| "\"nl\"".into());
        document::eval(&format!(
            "document.documentElement.lang = {lang}; document.documentElement.dir = \"{}\";",
            vm.dir.as_html()
        ));
    });

    // Web: a service worker keeps the app working offline after one visit.
    use_hook(|| {
        if cfg!(target_arch = "wasm32") {
            document::eval(
                r#"if ("serviceWorker" in navigator) { navigator.serviceWorker.register("/sw.js"); }"#,
            );
        }
    });

    let vm = view.read();
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
        style { {MAIN_CSS} }
        div { id: "app", lang: "{vm.lang}", dir: vm.dir.as_html(), {body} }
    }
}
