//! Auto-lock while the diary is open: passes on what the page sees of the
//! user (idle for the core's number of seconds, the app hidden, the page
//! going away) and the core decides whether that locks
//! (`shared::idle_lock`). The timer and the listeners are the platform's (a
//! page listener, `autoLock` in `js/page.js`), like the Shift shortcut's keys.
//!
//! Choosing a file or taking a photo hides the app on phones; the listener
//! says whether a file picker or the camera was open when the app was
//! hidden, and the core does not lock then (the idle time still does).
//! While hidden the page draws nothing in any case (`app.rs`).
//!
//! The shell mounts it while the diary is open, on every screen. A change of
//! the time mounts a new one: each listener has its own id, so the old one's
//! clean-up never stops its successor.
use std::sync::atomic::{AtomicU32, Ordering};

use dioxus::prelude::*;
use futures::StreamExt as _;
use serde_json::json;
use shared::idle_lock::UseSign;

use crate::js::{self, Script};

/// Ids of the listeners of this page.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// Reports to `on_sign` each `seconds` without use, and hiding and leaving. Mount it only while the diary is open; unmounting stops it.
#[component]
pub fn AutoLock(seconds: u32, on_sign: EventHandler<UseSign>) -> Element {
    let id = use_hook(move || {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        spawn(async move {
            let ms = u64::from(seconds) * 1000;
            let signs = js::listen::<UseSign>(Script::AutoLock, &json!({ "limit": ms, "id": id }));
            let mut signs = std::pin::pin!(signs);
            while let Some(sign) = signs.next().await {
                on_sign.call(sign);
            }
        });
        id
    });
    use_drop(move || {
        js::run(Script::AutoLockStop, &json!({ "id": id }));
    });
    rsx! {}
}
