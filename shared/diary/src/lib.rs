//! # The encrypted diary, below the app
//!
//! Keys, sealed records, the hash chain, entries and their rules, files in
//! pieces, export archives and what an import adds. The diary's state machine
//! (`shared::diary::flow`) and its runtime glue (`shared::diary::work`) use
//! this crate; it never sees the app, its model or its view, and it is the
//! only crate of the core that depends on `age`.
//!
//! - [`crypto`]: one random X25519 identity per diary, wrapped with the
//!   passphrase in age's scrypt stanza ([`kdf`]: one scrypt per unlock, in a
//!   Web Worker on the web); every record is an age ciphertext to it.
//! - [`chain`]: records carry the hash of the previous record; verifying the
//!   chain shows changes, removals and reordering (not forensic proof).
//! - [`entry`]: the four entry kinds and the rules checked before saving;
//!   [`draft`]: the editor's fields and the records they become.
//! - [`vault`]: the diary in the key-value store: wrapped key, sealed records
//!   under keys that reveal only order, a delay after wrong passphrases that
//!   survives restarts. [`blob`]: files in sealed pieces.
//! - [`budget`]: how much memory a passphrase's key derivation may take here.
//! - [`archive`], [`format`]: the exported archive and its `entries.json`.
//! - [`stage`], [`import`]: files staged before their record is stored; what
//!   an archive adds (new records only) and whether its chain holds;
//!   [`renumber`]: the numbers the new records get.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod archive;
pub mod blob;
pub mod budget;
pub mod chain;
pub mod crypto;
pub mod draft;
pub mod entry;
pub mod fields;
pub mod format;
pub mod hex;
pub mod import;
pub mod kdf;
pub mod renumber;
pub mod secret;
pub mod stage;
pub mod vault;
