//! Disguise mode (issue 6): the app opens as a working calculator, with no
//! PIN prompt; the real app opens only when the user's code is typed and
//! followed by "=". A wrong code just calculates.
//!
//! The code is stored as a salted SHA-256, so the settings file does not
//! show it. (It only hides the screens; the diary keeps its own passphrase.)
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Shortest and longest code.
pub const CODE_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// The stored form of the code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisguiseCode {
    /// Random salt, hex.
    salt: String,
    /// SHA-256 of salt and code, hex.
    hash: String,
}

/// Why a code cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not 4-8 digits.
    Shape,
    /// Could not draw a random salt.
    NoRandom,
}

fn digest(salt: &str, code: &str) -> String {
    een_diary::hex::hex(&Sha256::digest(format!("{salt}:{code}").as_bytes()))
}

impl DisguiseCode {
    /// Makes the stored form of a code typed by the user.
    ///
    /// # Errors
    /// [`CodeProblem::Shape`] unless it is 4 to 8 digits.
    pub fn new(code: &str) -> Result<Self, CodeProblem> {
        let code = code.trim();
        if !CODE_DIGITS.contains(&code.len()) || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(CodeProblem::Shape);
        }
        let mut salt = [0u8; 16];
        getrandom::getrandom(&mut salt).map_err(|_| CodeProblem::NoRandom)?;
        let salt = een_diary::hex::hex(&salt);
        Ok(Self {
            hash: digest(&salt, code),
            salt,
        })
    }

    /// Whether `entry` (what the calculator shows before "=") is the code.
    pub fn matches(&self, entry: &str) -> bool {
        CODE_DIGITS.contains(&entry.len()) && digest(&self.salt, entry) == self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_code_matches_and_it_is_not_stored_in_clear() {
        let c = DisguiseCode::new("4711").unwrap();
        assert!(c.matches("4711"));
        assert!(!c.matches("4712") && !c.matches("47110") && !c.matches(""));
        assert!(!serde_json::to_string(&c).unwrap().contains("4711"));
        assert_ne!(DisguiseCode::new("4711").unwrap(), c, "salted");
        assert_eq!(DisguiseCode::new("12"), Err(CodeProblem::Shape));
        assert_eq!(DisguiseCode::new("12a4"), Err(CodeProblem::Shape));
        assert_eq!(DisguiseCode::new("123456789"), Err(CodeProblem::Shape));
    }
}
