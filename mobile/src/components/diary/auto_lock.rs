//! Auto-lock while the diary is open: locks after the core's number of
//! seconds without use, and at once when the app is hidden (another app,
//! the home screen, a locked phone). The core decides the time; the timer is
//! the platform's (a page listener), like the Shift shortcut's keys.
//!
//! Choosing a file or taking a photo hides the app on phones; while a file
//! picker or the camera is open, hiding does not lock (the idle time still does). While
//! hidden the page draws nothing in any case (`app.rs`).
//!
//! The shell mounts it while the diary is open, on every screen. A change of
//! the time mounts a new one: each listener has its own id, so the old one's
//! clean-up never stops its successor.
use std::sync::atomic::{AtomicU32, Ordering};

use dioxus::prelude::*;

/// Installs the listener; answers once, when it is time to lock.
const LISTENER: &str = r#"
    if (window.__eeAutoLock) window.__eeAutoLock.stop();
    let timer = 0;
    let picking = false;
    const active = ["pointerdown", "keydown", "input", "wheel", "touchstart", "scroll"];
    const stop = () => {
        clearTimeout(timer);
        active.forEach((e) => window.removeEventListener(e, reset, true));
        window.removeEventListener("click", pick, true);
        window.removeEventListener("change", picked, true);
        window.removeEventListener("cancel", picked, true);
        document.removeEventListener("visibilitychange", hidden);
        window.removeEventListener("pagehide", lock);
        if (window.__eeAutoLock === handle) window.__eeAutoLock = null;
    };
    const lock = () => { stop(); dioxus.send(true); };
    const reset = () => { clearTimeout(timer); timer = setTimeout(lock, limit); };
    // A file input, or the Android camera button (the app's bridge opens the camera).
    const picker = (t) => t instanceof Element && (t.matches("input[type=file]") || t.closest("[data-ee-picker]") !== null);
    const pick = (e) => { if (picker(e.target)) picking = true; };
    const picked = (e) => { if (e.target instanceof HTMLInputElement && e.target.type === "file") picking = false; };
    const hidden = () => {
        if (document.visibilityState === "hidden" && !picking) lock();
        if (document.visibilityState === "visible") picking = false;
    };
    const handle = { id, stop };
    active.forEach((e) => window.addEventListener(e, reset, { capture: true, passive: true }));
    window.addEventListener("click", pick, true);
    window.addEventListener("change", picked, true);
    window.addEventListener("cancel", picked, true);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", lock);
    window.__eeAutoLock = handle;
    reset();
"#;

/// Stops the listener with the id `id` (a `const` before it), if it is the one running.
const STOP: &str =
    "if (window.__eeAutoLock && window.__eeAutoLock.id === id) window.__eeAutoLock.stop();";

/// Ids of the listeners of this page.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// Locks the open diary after `seconds` without use or when hidden. Mount
/// it only while the diary is open; unmounting stops it.
#[component]
pub fn AutoLock(seconds: u32, on_lock: EventHandler<()>) -> Element {
    let id = use_hook(move || {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        spawn(async move {
            let ms = u64::from(seconds) * 1000;
            let mut channel = document::eval(&format!(
                "const limit = {ms};\nconst id = {id};\n{LISTENER}"
            ));
            if channel.recv::<bool>().await.is_ok() {
                on_lock.call(());
            }
        });
        id
    });
    use_drop(move || {
        document::eval(&format!("const id = {id};\n{STOP}"));
    });
    rsx! {}
}
