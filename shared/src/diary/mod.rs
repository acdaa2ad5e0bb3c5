//! The diary in the app: its state machine ([`flow`]), what the model does
//! with it ([`export`]: reports and `entries.json` in the user's language)
//! and the runtime's glue that performs its effects ([`work`]).
//!
//! Keys, records, the chain, entries, files and archives are the crate
//! `een-diary` (re-exported here under their old names, for the shell and
//! the tests); the compiler keeps that crate from seeing the app.
pub use een_diary::{
    archive, blob, budget, chain, crypto, draft, entry, format, hex, import, kdf, stage, vault,
};

pub mod export;
pub mod flow;
pub mod report;
pub mod words;
pub mod work;

#[cfg(test)]
mod flow_tests;
