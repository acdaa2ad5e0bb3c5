//! Test data for the crypto figures, shared by `benches/stream.rs` and
//! `examples/export-probe.rs`.

/// Pseudo-random bytes (xorshift): not compressible, not all alike.
pub fn pattern(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(len);
    out
}
