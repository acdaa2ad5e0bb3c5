//! The frame around every screen: the skip link first, the quick-exit button
//! at the top, any notice, the screen, and the navigation.
use dioxus::prelude::*;
use serde_json::json;
use shared::view::{Action, ChromeView, ContactFailedView, ExitInfoView, Screen};
use shared::Event;

use super::exit_info::FirstRunCard;
use crate::bridge::{use_app, use_dispatch};
use crate::components::diary::AutoLock;
use crate::components::{ActionLink, ContactFailed, ExitLink, NavLink};
use crate::js::{self, Script};
use crate::place::{current_path, Place};

/// The frame around the screen the address names (`children`, the
/// router's outlet).
#[component]
pub fn Shell(children: Element) -> Element {
    let core = use_dispatch();
    // Keeps `--top-h` on the root element equal to the header's height
    // (which grows when a language's labels wrap), so bars that stay in view
    // under it (the diary's lock bar) sit right below it.
    use_effect(|| js::run(Script::TrackHeader, &json!({})));
    // A new screen opens at its top (and the keyboard at its heading when
    // it was on a link), in the browser and in the apps: the document keeps
    // its scroll position otherwise, and the new screen would open halfway.
    let path = current_path();
    let mut shown = use_signal(|| path.clone());
    use_effect(use_reactive!(|path| {
        if *shown.peek() != path {
            shown.set(path);
            js::run(Script::ToTop, &json!({}));
        }
    }));
    let Some(Frame {
        chrome,
        auto_lock_seconds,
        contact_failed,
        notice,
        first_run,
    }) = use_app(|a| Frame {
        chrome: a.chrome.clone(),
        auto_lock_seconds: a.diary.auto_lock_seconds,
        contact_failed: a.contact_failed.clone(),
        notice: a.notice.clone(),
        first_run: a.show_exit_intro.then(|| FirstRun {
            call: a.home.call.clone(),
            danger: a.home.danger.clone(),
            exit_info: a.exit_info.clone(),
        }),
    })
    else {
        return rsx! {};
    };
    rsx! {
        ExitLink { class: "skip-exit", label: chrome.exit_skip_label, href: chrome.exit_href.clone() }
        header { class: "top",
            NavLink { to: Place::HOME, class: "home-link", "{chrome.home_label}" }
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
        // While the diary is open, on whichever screen: what the page sees
        // of the user goes to the core, which locks after its idle time or
        // when the app is hidden.
        for seconds in auto_lock_seconds {
            AutoLock {
                key: "{seconds}",
                seconds,
                on_sign: move |sign| core.send(Event::DiaryUse(sign)),
            }
        }
        if let Some(failed) = contact_failed {
            ContactFailed {
                view: failed,
                on_close: move |()| core.send(Event::ContactFailedSeen),
            }
        }
        if let Some(notice) = notice {
            p { class: "notice", role: "status", "{notice}" }
        }
        if let Some(problem) = &chrome.language_problem {
            p { class: "notice language-problem", role: "status", "{problem}" }
        }
        main { id: "content",
            // The first run on any other screen (a campaign link, a link
            // someone sent): the way to call first, then the explanation of
            // quick exit, then the screen. Start has both in its own place.
            if let Some(help) = first_run.filter(|_| path != Place::HOME.path()) {
                div { class: "first-run-help primary-actions",
                    ActionLink { action: help.call }
                    div { class: "danger", ActionLink { action: help.danger } }
                }
                if path != Place::Screen(Screen::ExitInfo).path() {
                    FirstRunCard { view: help.exit_info }
                }
            }
            {children}
        }
        if let Some(line) = &chrome.unreviewed {
            p { class: "unreviewed", "{line}" }
        }
        nav { class: "bottom-nav", aria_label: "{chrome.nav_label}",
            for (screen , label) in chrome.nav {
                NavLink { key: "{label}", to: Place::Screen(screen), "{label}" }
            }
        }
    }
}

/// What the frame shows around the screen.
#[derive(Clone, PartialEq)]
struct Frame {
    chrome: ChromeView,
    auto_lock_seconds: Option<u32>,
    contact_failed: Option<ContactFailedView>,
    notice: Option<String>,
    /// On the first run: the way to call and what quick exit does.
    first_run: Option<FirstRun>,
}

/// The help shown above any screen but the start on the first run.
#[derive(Clone, PartialEq)]
struct FirstRun {
    call: Action,
    danger: Action,
    exit_info: ExitInfoView,
}
