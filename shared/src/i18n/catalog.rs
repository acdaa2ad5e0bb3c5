//! The FTL files of every locale, embedded at build time by `build.rs` from
//! the workspace's `locales/<lang>/*.ftl` and `locales/<lang>/meta.json`.
//! In the web build only Dutch and English carry their files; the others are
//! loaded when chosen ([`super::Localizer::missing`]).

/// One embedded locale.
pub struct EmbeddedLocale {
    /// Its BCP 47 tag (the folder name).
    pub tag: &'static str,
    /// The language's name in itself (its `language-name` message).
    pub name: &'static str,
    /// Whether a native speaker has reviewed it (`meta.json`).
    pub reviewed: bool,
    /// (file name, FTL source); empty when the locale is loaded later.
    pub files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
