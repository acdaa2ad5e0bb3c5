//! The FTL files of every locale, embedded at build time by `build.rs` from
//! the workspace's `locales/<lang>/*.ftl` and `locales/<lang>/meta.json`.

/// One embedded locale.
pub struct EmbeddedLocale {
    /// Its BCP 47 tag (the folder name).
    pub tag: &'static str,
    /// Whether a native speaker has reviewed it (`meta.json`).
    pub reviewed: bool,
    /// (file name, FTL source).
    pub files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
