//! Offline-first content updates: signed bundles, checked only with consent.
//!
//! The app always ships complete ([`crate::content::bundled`]). With the
//! user's consent it may fetch a newer **bundle**: one JSON file with a
//! version, a creation and an expiry date, the helplines, information pages,
//! CSGs and regions, and every locale, signed with minisign. A bundle is used
//! only when all of this holds (see [`bundle::verify`]): the signature
//! verifies against the public key built into the app; its version is newer
//! than the installed one (no rollback); it is not expired; it is no larger
//! than [`MAX_BUNDLE_BYTES`]; and its content passes the same validation as
//! the bundled data (every CSG and helpline has a source, every locale has
//! every message). It is stored atomically ([`store`]) and verified again at
//! every start, so a crash mid-update leaves the old or the new content in
//! force, never a mix.
//!
//! - [`bundle`]: the format, building one from the repository, verifying.
//! - [`fetch`]: the only network code: reqwest, no cookies, a neutral user
//!   agent, no redirects, timeouts, a size limit.
//! - [`store`]: the installed bundle on disk.
pub mod bundle;
pub mod fetch;
#[cfg(test)]
mod hostile_tests;
pub mod store;

/// Largest bundle accepted, signature excluded.
pub const MAX_BUNDLE_BYTES: usize = 4 * 1024 * 1024;
/// Largest signature file accepted.
pub const MAX_SIGNATURE_BYTES: usize = 4 * 1024;

/// Where updates come from and who signs them. Both are set at build time
/// (`EEN_ENTREE_UPDATE_URL`, `EEN_ENTREE_UPDATE_KEY`); without both there
/// are no updates and the app never asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateSource {
    /// URL of the bundle; the signature is at the same URL plus `.minisig`.
    pub url: String,
    /// The publisher's minisign public key (the base64 line of a `.pub` file).
    pub public_key: String,
}

impl UpdateSource {
    /// The host shown to the user when asking for consent.
    pub fn host(&self) -> String {
        self.url
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default()
            .to_string()
    }
}

/// Why an update was not applied; each has a message for the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UpdateError {
    /// The signature does not match the bundle (altered or truncated).
    #[error("the signature does not match")]
    BadSignature,
    /// Signed with another key than the app trusts.
    #[error("signed with an unknown key")]
    WrongKey,
    /// Larger than [`MAX_BUNDLE_BYTES`].
    #[error("too large")]
    TooLarge,
    /// Not valid JSON or not the bundle format.
    #[error("malformed bundle")]
    Malformed,
    /// Not newer than the content in use.
    #[error("not newer than the installed content")]
    NotNewer,
    /// Past its expiry date (or created in the future).
    #[error("expired or not yet valid")]
    Expired,
    /// Its content does not pass validation (a CSG without source, ...).
    #[error("invalid content")]
    InvalidContent,
    /// A locale misses messages.
    #[error("incomplete translations")]
    IncompleteLocale,
    /// The server answered with an error status.
    #[error("server error")]
    Http,
    /// The server sent the request elsewhere (3xx): redirects are never
    /// followed, so only the configured host is ever contacted.
    #[error("redirected")]
    Redirected,
    /// No answer in time.
    #[error("timed out")]
    Timeout,
    /// The server could not be reached.
    #[error("unreachable")]
    Unreachable,
    /// Storing the update failed.
    #[error("could not store")]
    Store,
}

impl UpdateError {
    /// The Fluent message id that explains this to the user.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::BadSignature | Self::WrongKey => "err-update-signature",
            Self::TooLarge | Self::Malformed | Self::InvalidContent | Self::IncompleteLocale => {
                "err-update-invalid"
            }
            Self::NotNewer => "err-update-not-newer",
            Self::Expired => "err-update-expired",
            Self::Http | Self::Redirected | Self::Timeout | Self::Unreachable => {
                "err-update-network"
            }
            Self::Store => "err-update-store",
        }
    }
}
