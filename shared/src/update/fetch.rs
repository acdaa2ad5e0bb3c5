//! The only network code in the app: fetch a bundle and its signature.
//!
//! Nothing identifying is sent: no cookies (reqwest keeps none by default),
//! a generic user agent, no redirects (so only the configured host is ever
//! contacted), and a connect and an overall timeout. Bodies are read in
//! chunks and refused as soon as they pass the size limit.
use std::time::Duration;

use super::UpdateError;
#[cfg(not(target_arch = "wasm32"))]
use super::{MAX_BUNDLE_BYTES, MAX_SIGNATURE_BYTES};

/// A bundle and its signature as downloaded (not yet verified).
#[derive(Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The bundle's bytes.
    pub bundle: Vec<u8>,
    /// The minisign signature file's text.
    pub signature: String,
}

impl std::fmt::Debug for Fetched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Fetched({} bytes)", self.bundle.len())
    }
}

/// How long to wait for a connection and for a whole answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Connecting.
    pub connect: Duration,
    /// The whole request.
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::fetch;
#[cfg(target_arch = "wasm32")]
pub use web::fetch;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{Fetched, Timeouts, UpdateError, MAX_BUNDLE_BYTES, MAX_SIGNATURE_BYTES};

    fn client(timeouts: Timeouts) -> Result<reqwest::Client, UpdateError> {
        let builder = reqwest::Client::builder()
            .user_agent("Mozilla/5.0")
            .redirect(reqwest::redirect::Policy::none());
        let builder = builder
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.total);
        #[cfg(target_arch = "wasm32")]
        let _ = timeouts;
        builder.build().map_err(|_| UpdateError::Unreachable)
    }

    fn classify(e: &reqwest::Error) -> UpdateError {
        if e.is_timeout() {
            UpdateError::Timeout
        } else if e.is_status() {
            UpdateError::Http
        } else {
            UpdateError::Unreachable
        }
    }

    async fn get(
        client: &reqwest::Client,
        url: &str,
        limit: usize,
    ) -> Result<Vec<u8>, UpdateError> {
        let mut response = client.get(url).send().await.map_err(|e| classify(&e))?;
        if response.status().is_redirection() {
            return Err(UpdateError::Redirected);
        }
        if !response.status().is_success() {
            return Err(UpdateError::Http);
        }
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(UpdateError::TooLarge);
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| classify(&e))? {
            if body.len() + chunk.len() > limit {
                return Err(UpdateError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    /// Downloads the bundle at `url` and its signature at `url.minisig`.
    ///
    /// # Errors
    /// [`UpdateError::Http`], [`UpdateError::Redirected`], [`UpdateError::Timeout`],
    /// [`UpdateError::Unreachable`] or [`UpdateError::TooLarge`].
    pub async fn fetch(url: &str, timeouts: Timeouts) -> Result<Fetched, UpdateError> {
        if !super::allowed_url(url) {
            return Err(UpdateError::Unreachable);
        }
        let client = client(timeouts)?;
        let bundle = get(&client, url, MAX_BUNDLE_BYTES).await?;
        let signature = get(&client, &format!("{url}.minisig"), MAX_SIGNATURE_BYTES).await?;
        let signature = String::from_utf8(signature).map_err(|_| UpdateError::BadSignature)?;
        Ok(Fetched { bundle, signature })
    }
}

/// Updates come over HTTPS only. Plain HTTP is allowed to the loopback
/// address alone, for tests that run their own server.
pub fn allowed_url(url: &str) -> bool {
    url.starts_with("https://")
        || url.starts_with("http://127.0.0.1:")
        || url.starts_with("http://[::1]:")
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{Fetched, Timeouts, UpdateError};

    /// The web version never checks for updates (it is updated by publishing the
    /// site again); its configuration has no update source, so this is never
    /// called there.
    ///
    /// # Errors
    /// Always [`UpdateError::Unreachable`].
    #[allow(clippy::unused_async)]
    pub async fn fetch(_url: &str, _timeouts: Timeouts) -> Result<Fetched, UpdateError> {
        Err(UpdateError::Unreachable)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_https_or_loopback_is_fetched() {
        assert!(super::allowed_url("https://updates.example.org/b.json"));
        assert!(super::allowed_url("http://127.0.0.1:8123/b.json"));
        assert!(!super::allowed_url("http://updates.example.org/b.json"));
        assert!(!super::allowed_url("ftp://x/b.json"));
        assert!(!super::allowed_url("http://127.0.0.1.evil.example/b.json"));
    }
}
