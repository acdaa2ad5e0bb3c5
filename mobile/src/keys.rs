//! The Shift-three-times shortcut: a window-wide key listener that forwards
//! key releases to the rule in `shared::quick_exit`.
//!
//! The listener is window-wide (not on the app's root element) so that it
//! works whatever has focus, including nothing. Only three facts leave the
//! page per key: whether it was Shift, whether Shift was held, and the time.
use dioxus::prelude::*;
use shared::quick_exit::{Key, ShiftTrigger};

const LISTENER: &str = r#"
    window.addEventListener("keyup", (e) => dioxus.send([e.key === "Shift", e.shiftKey, e.timeStamp]), true);
    await new Promise(() => {});
"#;

/// Calls `on_exit` whenever the shortcut completes.
pub fn use_shift_shortcut(on_exit: Callback<()>) {
    use_hook(move || {
        spawn(async move {
            let mut channel = document::eval(LISTENER);
            let mut trigger = ShiftTrigger::default();
            while let Ok((is_shift, shift_held, at)) = channel.recv::<(bool, bool, f64)>().await {
                let key = if is_shift { Key::Shift } else { Key::Other };
                if trigger.key_up(key, shift_held, at) {
                    on_exit.call(());
                }
            }
        });
    });
}
