//! The diary on top of the key-value store: the wrapped key, sealed records
//! under keys that reveal only their order, and a persisted delay after
//! failed passphrases.
//!
//! Keys:
//! - `diary/key`: the key ring: two slots of the same padded size, each an
//!   age file wrapping an identity with a passphrase (scrypt). Slot 0 is the
//!   diary; slot 1 is the optional duress diary, or, when there is none, a
//!   decoy wrapped with a random passphrase. The two cases look the same.
//! - `diary/fails`: count and time of failed unlocks, so the delay survives
//!   restarts;
//! - `diary/<space>/r/<16 hex digits>`: one record, by number, as written;
//! - `diary/<space>/s/<16 hex digits>`: a segment, by its first record's number.
//!
//! `<space>` is 8 hex digits derived from the diary's public key, so the
//! names of the two diaries' records say nothing about which is which.
//!
//! Every record is sealed on its own when it is written (one put: confirmed
//! when it returns). Every [`SEGMENT`] records, the last ones are sealed again
//! together as one segment and their single copies removed. Opening a
//! segment costs one X25519 agreement instead of one per record, which is
//! what keeps unlock + list of 10,000 entries near one scrypt. Segments and
//! records are both age ciphertexts to the diary's identity, and both carry
//! the chain: a segment holds the records' sealed plaintexts unchanged.
//!
//! Everything about an entry (its time, kind, size, text) is inside the
//! ciphertext.
//!
//! One concept per file: `ring.rs` (the key ring, the duress slot, a change
//! of passphrase), `fails.rs` (the delay after wrong passphrases),
//! `records.rs` (records and segments as stored), `session.rs` (an unlocked
//! diary appending records), `open.rs` (create, unlock, wipe), `error.rs`.
//! This file only declares and re-exports.
pub(crate) mod error;
mod fails;
mod open;
pub(crate) mod records;
mod ring;
mod session;

pub use error::{Damage, VaultError};
pub use fails::{delay_after, note_failure, note_success};
pub use open::{create, exists, install, open, prepare, unlock, wipe, Sealed};
pub use records::{Opened, Record, SEGMENT};
pub use ring::{
    change_slots, change_start, changed_ring, is_real, new_duress_key, new_key, new_ring,
    opens_diary, set_duress, slots, store_changed_ring, KEY,
};
pub use session::Session;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod testing;
