//! The frame around every screen: the skip link first, the quick-exit button
//! at the top, any notice, the screen, and the navigation.
use dioxus::prelude::*;
use shared::diary::flow::DiaryEvent;
use shared::Event;

use super::exit_info::ExitInfoBody;
use crate::bridge::{app_view, use_dispatch};
use crate::components::diary::AutoLock;
use crate::components::{ContactFailed, ExitLink, NavLink};
use crate::route::Route;

/// Keeps `--top-h` on the root element equal to the header's height (which
/// grows when a language's labels wrap), so bars that stay in view under it
/// (the diary's lock bar) sit right below it.
const TRACK_HEADER: &str = r#"
    const top = document.querySelector("header.top");
    if (top && window.__eeTop !== top) {
        window.__eeTop = top;
        const set = () => document.documentElement.style.setProperty("--top-h", top.offsetHeight + "px");
        new ResizeObserver(set).observe(top);
        set();
    }
"#;

/// Layout for all routes.
#[component]
pub fn Shell() -> Element {
    let core = use_dispatch();
    use_effect(|| {
        document::eval(TRACK_HEADER);
    });
    let Some(app) = app_view() else {
        return rsx! {};
    };
    let chrome = app.chrome;
    rsx! {
        ExitLink { class: "skip-exit", label: chrome.exit_skip_label, href: chrome.exit_href.clone() }
        header { class: "top",
            NavLink { to: Route::Home {}, class: "home-link", "{chrome.home_label}" }
            select {
                class: "language-switch",
                aria_label: "{chrome.language_label}",
                onchange: move |e: FormEvent| core.send(Event::SetLanguage(e.value())),
                for l in chrome.languages {
                    option {
                        key: "{l.tag}",
                        value: "{l.tag}",
                        lang: "{l.tag}",
                        selected: l.selected,
                        "{l.name}"
                    }
                }
            }
            ExitLink { class: "quick-exit", label: chrome.exit_label, href: chrome.exit_href }
        }
        // While the diary is open, on whichever screen: it locks after the
        // core's idle time, or when the app is hidden.
        for seconds in app.diary.auto_lock_seconds {
            AutoLock {
                key: "{seconds}",
                seconds,
                on_lock: move |()| core.send(Event::Diary(DiaryEvent::Lock)),
            }
        }
        if let Some(failed) = app.contact_failed {
            ContactFailed { view: failed }
        }
        if let Some(notice) = app.notice {
            p { class: "notice", role: "status", "{notice}" }
        }
        if let Some(problem) = &chrome.language_problem {
            p { class: "notice language-problem", role: "status", "{problem}" }
        }
        main { id: "content",
            if app.show_exit_intro {
                ExitInfoBody { view: app.exit_info, first_run: true }
            } else {
                Outlet::<Route> {}
            }
        }
        if let Some(line) = &chrome.unreviewed {
            p { class: "unreviewed", "{line}" }
        }
        nav { class: "bottom-nav", aria_label: "{chrome.nav_label}",
            for (screen , label) in chrome.nav {
                NavLink { key: "{label}", to: Route::from(screen), "{label}" }
            }
        }
    }
}
