//! The rules of quick exit, kept free of any UI so they can be tested here.
//!
//! The keyboard shortcut follows the GOV.UK "Exit this page" component: the
//! Shift key released three times, with at most five seconds between one
//! press and the next. Any other key starts the count again, and a Shift that
//! was used as a modifier (Shift+A) does not count. Esc is deliberately not
//! used: browsers and operating systems already give it meanings.
//!
//! The shell feeds key releases with the event's own timestamp (milliseconds
//! on a monotonic clock), so the rule never reads a clock itself.

/// The longest pause between two Shift presses that still continues the count.
pub const MAX_GAP_MS: f64 = 5_000.0;

/// How many Shift presses activate quick exit.
pub const PRESSES: u8 = 3;

/// The neutral page a web user is sent to when they leave quickly: the
/// national weather institute. A weather page is what GOV.UK recommends: it
/// looks ordinary, and it shows no personalised content.
pub const DEFAULT_NEUTRAL_URL: &str = "https://www.knmi.nl/";

/// Which key was released.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Either Shift key.
    Shift,
    /// Any other key.
    Other,
}

/// Counts Shift releases towards a quick exit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftTrigger {
    count: u8,
    last_press_ms: Option<f64>,
    last_key_was_modified: bool,
}

impl ShiftTrigger {
    /// Feeds one key release. `shift_held` is whether Shift was down while this
    /// key was released (the DOM's `shiftKey`); `at_ms` is the event time.
    /// Returns `true` when this release completes the shortcut; the count then
    /// starts again from zero.
    pub fn key_up(&mut self, key: Key, shift_held: bool, at_ms: f64) -> bool {
        let fired = match key {
            Key::Shift if !self.last_key_was_modified => {
                let in_time = self
                    .last_press_ms
                    .is_some_and(|last| at_ms - last <= MAX_GAP_MS && at_ms >= last);
                self.count = if in_time { self.count + 1 } else { 1 };
                self.last_press_ms = Some(at_ms);
                self.count >= PRESSES
            }
            Key::Shift => {
                // Shift released after being used as a modifier: not a press.
                self.reset();
                false
            }
            Key::Other => {
                self.reset();
                false
            }
        };
        if fired {
            self.reset();
        }
        self.last_key_was_modified = shift_held && key == Key::Other;
        fired
    }

    fn reset(&mut self) {
        self.count = 0;
        self.last_press_ms = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presses(trigger: &mut ShiftTrigger, times: &[f64]) -> Vec<bool> {
        times
            .iter()
            .map(|t| trigger.key_up(Key::Shift, false, *t))
            .collect()
    }

    #[test]
    fn three_quick_presses_fire_once() {
        let mut t = ShiftTrigger::default();
        assert_eq!(presses(&mut t, &[0.0, 300.0, 600.0]), [false, false, true]);
        // The count starts again: two more presses do not fire.
        assert_eq!(presses(&mut t, &[900.0, 1200.0]), [false, false]);
    }

    #[test]
    fn five_seconds_between_presses_still_counts() {
        let mut t = ShiftTrigger::default();
        assert_eq!(
            presses(&mut t, &[0.0, 5_000.0, 10_000.0]),
            [false, false, true]
        );
    }

    #[test]
    fn a_longer_pause_starts_the_count_again() {
        let mut t = ShiftTrigger::default();
        assert_eq!(
            presses(&mut t, &[0.0, 1_000.0, 6_001.0, 6_500.0, 7_000.0]),
            [false, false, false, false, true]
        );
    }

    #[test]
    fn any_other_key_resets_the_count() {
        let mut t = ShiftTrigger::default();
        presses(&mut t, &[0.0, 100.0]);
        assert!(!t.key_up(Key::Other, false, 200.0));
        assert_eq!(
            presses(&mut t, &[300.0, 400.0, 500.0]),
            [false, false, true]
        );
    }

    #[test]
    fn shift_used_as_a_modifier_does_not_count() {
        // Typing "ABC" with Shift held: each letter is released with shiftKey set,
        // then Shift itself is released. None of this may trigger an exit.
        let mut t = ShiftTrigger::default();
        for at in [0.0, 100.0, 200.0] {
            assert!(!t.key_up(Key::Other, true, at));
            assert!(!t.key_up(Key::Shift, false, at + 50.0));
        }
        // A capital letter between two plain presses also breaks the run.
        let mut t = ShiftTrigger::default();
        assert!(!t.key_up(Key::Shift, false, 0.0));
        assert!(!t.key_up(Key::Shift, false, 100.0));
        assert!(!t.key_up(Key::Other, true, 150.0));
        assert!(!t.key_up(Key::Shift, false, 200.0));
    }

    #[test]
    fn a_clock_going_backwards_does_not_fire() {
        let mut t = ShiftTrigger::default();
        assert_eq!(
            presses(&mut t, &[10_000.0, 9_000.0, 8_000.0]),
            [false, false, false]
        );
    }
}
