//! The FTL files of every locale, embedded at build time by `build.rs` from
//! the workspace's `locales/<lang>/*.ftl`.
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
