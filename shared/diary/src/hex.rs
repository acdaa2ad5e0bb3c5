//! Lower-case hex, for hashes and ids in store keys, file names and archives.
use std::fmt::Write as _;

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_digits_per_byte_lower_case() {
        assert_eq!(super::hex(&[0, 0x0a, 0xff]), "000aff");
        assert_eq!(super::hex(&[]), "");
    }
}
