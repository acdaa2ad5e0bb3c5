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
//! clean-up never stops its successor. The listener is `autoLock` in
//! `js/page.js`.
use std::sync::atomic::{AtomicU32, Ordering};

use dioxus::prelude::*;
use futures::StreamExt as _;
use serde_json::json;

use crate::js::{self, Script};

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
            let lock = js::listen::<bool>(Script::AutoLock, &json!({ "limit": ms, "id": id }));
            if std::pin::pin!(lock).next().await.is_some() {
                on_lock.call(());
            }
        });
        id
    });
    use_drop(move || {
        js::run(Script::AutoLockStop, &json!({ "id": id }));
    });
    rsx! {}
}
