//! The Shift-three-times shortcut: a window-wide key listener that forwards
//! key releases to the rule in `shared::quick_exit`.
//!
//! The listener is window-wide (not on the app's root element) so that it
//! works whatever has focus, including nothing. Only three facts leave the
//! page per key: whether it was Shift, whether Shift was held, and the time.
use dioxus::prelude::*;
use futures::StreamExt as _;
use serde_json::json;
use shared::quick_exit::{Key, ShiftTrigger};

use crate::js::{self, Script};

/// Calls `on_exit` whenever the shortcut completes.
pub fn use_shift_shortcut(on_exit: Callback<()>) {
    use_hook(move || {
        spawn(async move {
            let keys = js::listen::<(bool, bool, f64)>(Script::ShiftKeys, &json!({}));
            let mut keys = std::pin::pin!(keys);
            let mut trigger = ShiftTrigger::default();
            while let Some((is_shift, shift_held, at)) = keys.next().await {
                let key = if is_shift { Key::Shift } else { Key::Other };
                if trigger.key_up(key, shift_held, at) {
                    on_exit.call(());
                }
            }
        });
    });
}
