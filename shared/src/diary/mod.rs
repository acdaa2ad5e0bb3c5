//! The encrypted diary (issue 3), core first: keys, sealed records and the
//! hash chain. Screens, entry kinds, the web store, export and import come on
//! top of these.
//!
//! - [`crypto`]: one random X25519 identity per diary, wrapped with the
//!   passphrase in age's scrypt stanza ([`kdf`]: one scrypt per unlock, in a
//!   Web Worker on the web); every record is an age ciphertext to it.
//! - [`chain`]: records carry the hash of the previous record; verifying the
//!   chain shows changes, removals and reordering (not forensic proof).
//! - [`entry`]: the four entry kinds and the rules checked before saving.
//! - [`vault`]: the diary in the key-value store: wrapped key, sealed records
//!   under keys that reveal only order, a delay after wrong passphrases that
//!   survives restarts.
//! - [`budget`]: how much memory a passphrase's key derivation may take here.
//! - [`stage`], [`import`]: files staged before their record is stored; what
//!   an archive adds (new records only) and whether its chain holds.
pub mod archive;
pub mod blob;
pub mod budget;
pub mod chain;
pub mod crypto;
pub mod draft;
pub mod entry;
pub mod export;
pub mod flow;
pub mod import;
pub mod kdf;
pub mod stage;
pub mod vault;
pub mod work;
