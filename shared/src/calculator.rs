//! The neutral screen after a quick exit on a phone or desktop: a plain,
//! fully working calculator. It must hold up if someone tries it, so it does
//! real arithmetic, shows errors like any calculator, and says nothing about
//! the app's purpose.

/// A key on the calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalcKey {
    /// A digit 0-9.
    Digit(u8),
    /// The decimal separator.
    Point,
    /// An operator.
    Op(Op),
    /// `=`.
    Equals,
    /// Clear everything.
    Clear,
}

/// The four operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `+`
    Add,
    /// `−`
    Sub,
    /// `×`
    Mul,
    /// `÷`
    Div,
}

impl Op {
    fn apply(self, a: f64, b: f64) -> f64 {
        match self {
            Self::Add => a + b,
            Self::Sub => a - b,
            Self::Mul => a * b,
            Self::Div => a / b,
        }
    }
}

/// The keypad, row by row, as the screen lays it out.
pub const KEYPAD: [[CalcKey; 4]; 4] = [
    [
        CalcKey::Digit(7),
        CalcKey::Digit(8),
        CalcKey::Digit(9),
        CalcKey::Op(Op::Div),
    ],
    [
        CalcKey::Digit(4),
        CalcKey::Digit(5),
        CalcKey::Digit(6),
        CalcKey::Op(Op::Mul),
    ],
    [
        CalcKey::Digit(1),
        CalcKey::Digit(2),
        CalcKey::Digit(3),
        CalcKey::Op(Op::Sub),
    ],
    [
        CalcKey::Point,
        CalcKey::Digit(0),
        CalcKey::Equals,
        CalcKey::Op(Op::Add),
    ],
];

impl CalcKey {
    /// The symbol on the key (symbols, not words: nothing to translate).
    pub fn symbol(self, decimal: char) -> String {
        match self {
            Self::Digit(d) => d.to_string(),
            Self::Point => decimal.to_string(),
            Self::Op(Op::Add) => "+".into(),
            Self::Op(Op::Sub) => "−".into(),
            Self::Op(Op::Mul) => "×".into(),
            Self::Op(Op::Div) => "÷".into(),
            Self::Equals => "=".into(),
            Self::Clear => "C".into(),
        }
    }
}

const MAX_DIGITS: usize = 12;

/// The calculator's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Calculator {
    entry: String,
    acc: Option<f64>,
    pending: Option<Op>,
    error: bool,
}

impl Calculator {
    /// Applies one key press.
    pub fn press(&mut self, key: CalcKey) {
        if self.error && key != CalcKey::Clear {
            *self = Self::default();
        }
        match key {
            CalcKey::Digit(d) if d <= 9 => {
                if self.entry.chars().filter(char::is_ascii_digit).count() < MAX_DIGITS {
                    if self.entry == "0" {
                        self.entry.clear();
                    }
                    self.entry.push(char::from(b'0' + d));
                }
            }
            CalcKey::Digit(_) => {}
            CalcKey::Point => {
                if !self.entry.contains('.') {
                    if self.entry.is_empty() {
                        self.entry.push('0');
                    }
                    self.entry.push('.');
                }
            }
            CalcKey::Op(op) => {
                self.settle();
                self.pending = Some(op);
            }
            CalcKey::Equals => {
                self.settle();
                self.pending = None;
            }
            CalcKey::Clear => *self = Self::default(),
        }
    }

    /// Folds the current entry into the accumulator with the pending operator.
    fn settle(&mut self) {
        let Ok(value) = self.entry.parse::<f64>() else {
            return; // no entry yet: changing the operator is allowed
        };
        self.entry.clear();
        let result = match (self.acc, self.pending) {
            (Some(acc), Some(op)) => op.apply(acc, value),
            _ => value,
        };
        if result.is_finite() {
            self.acc = Some(result);
        } else {
            self.error = true;
        }
    }

    /// The number being typed (digits and point), before any operator or "=".
    pub fn entry(&self) -> &str {
        &self.entry
    }

    /// What the display shows, with the locale's decimal separator.
    pub fn display(&self, decimal: char) -> String {
        if self.error {
            return "Error".into();
        }
        let text = if self.entry.is_empty() {
            format_number(self.acc.unwrap_or(0.0))
        } else {
            self.entry.clone()
        };
        text.replace('.', &decimal.to_string())
    }
}

/// Up to 12 significant digits, no trailing zeros, no exponent for everyday sizes.
fn format_number(x: f64) -> String {
    if x.abs() >= 1e12 || (x != 0.0 && x.abs() < 1e-9) {
        return format!("{x:e}");
    }
    let s = format!("{x:.10}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(keys: &str) -> String {
        let mut c = Calculator::default();
        for ch in keys.chars() {
            let key = match ch {
                '0'..='9' => CalcKey::Digit(ch as u8 - b'0'),
                '.' => CalcKey::Point,
                '+' => CalcKey::Op(Op::Add),
                '-' => CalcKey::Op(Op::Sub),
                '*' => CalcKey::Op(Op::Mul),
                '/' => CalcKey::Op(Op::Div),
                '=' => CalcKey::Equals,
                'C' => CalcKey::Clear,
                _ => unreachable!("test input"),
            };
            c.press(key);
        }
        c.display('.')
    }

    #[test]
    fn does_real_arithmetic() {
        assert_eq!(run("12+30="), "42");
        assert_eq!(run("7*6="), "42");
        assert_eq!(run("1/4="), "0.25");
        assert_eq!(run("2-5="), "-3");
        assert_eq!(run("0.1+0.2="), "0.3");
    }

    #[test]
    fn chains_left_to_right_like_a_pocket_calculator() {
        assert_eq!(run("2+3*4="), "20");
    }

    #[test]
    fn division_by_zero_shows_error_and_recovers() {
        assert_eq!(run("5/0="), "Error");
        assert_eq!(run("5/0=3+4="), "7");
    }

    #[test]
    fn shows_the_entry_while_typing_and_caps_its_length() {
        assert_eq!(run("00012"), "12");
        assert_eq!(run("1234567890123456"), "123456789012");
        assert_eq!(run(".5"), "0.5");
        assert_eq!(run("1..2"), "1.2");
    }

    #[test]
    fn uses_the_locale_decimal_separator() {
        let mut c = Calculator::default();
        c.press(CalcKey::Digit(1));
        c.press(CalcKey::Point);
        c.press(CalcKey::Digit(5));
        assert_eq!(c.display(','), "1,5");
    }

    #[test]
    fn clear_resets() {
        assert_eq!(run("12+3C"), "0");
    }
}
