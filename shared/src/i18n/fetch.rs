//! Fetches a locale that the web build does not embed, from the site the
//! app itself came from (`<origin>/locales/<tag>.ftl`, written by
//! `scripts/build-web.sh`). The service worker keeps these files, so this
//! works offline once the app has been opened. The apps embed every locale
//! and never fetch one.
pub use super::limits::MAX_LOCALE_BYTES;
use super::LocaleError;

/// The address of a locale's file on the site at `origin`.
pub fn locale_url(origin: &str, tag: &str) -> String {
    format!("{}/locales/{tag}.ftl", origin.trim_end_matches('/'))
}

/// Downloads the locale `tag` from the site at `origin`.
///
/// # Errors
/// [`LocaleError::Unavailable`] when it cannot be fetched; [`LocaleError::Invalid`]
/// when the answer is too large or not UTF-8.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_locale(origin: &str, tag: &str) -> Result<String, LocaleError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let window = web_sys::window().ok_or(LocaleError::Unavailable)?;
    let response = JsFuture::from(window.fetch_with_str(&locale_url(origin, tag)))
        .await
        .map_err(|_| LocaleError::Unavailable)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| LocaleError::Unavailable)?;
    if !response.ok() {
        return Err(LocaleError::Unavailable);
    }
    let text = response.text().map_err(|_| LocaleError::Unavailable)?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| LocaleError::Unavailable)?
        .as_string()
        .ok_or(LocaleError::Invalid)?;
    check(text)
}

/// The apps embed every locale: there is nothing to fetch.
///
/// # Errors
/// Always [`LocaleError::Unavailable`].
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::unused_async)]
pub async fn fetch_locale(_origin: &str, _tag: &str) -> Result<String, LocaleError> {
    Err(LocaleError::Unavailable)
}

/// Refuses an answer that cannot be a locale file.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn check(text: String) -> Result<String, LocaleError> {
    if text.len() > MAX_LOCALE_BYTES {
        return Err(LocaleError::Invalid);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_is_on_the_apps_own_site() {
        assert_eq!(
            locale_url("http://127.0.0.1:8080/", "ar"),
            "http://127.0.0.1:8080/locales/ar.ftl"
        );
        assert_eq!(
            locale_url("https://een-entree.nl", "uk"),
            "https://een-entree.nl/locales/uk.ftl"
        );
    }

    #[test]
    fn an_oversized_answer_is_refused() {
        assert_eq!(
            check("x".repeat(MAX_LOCALE_BYTES + 1)),
            Err(LocaleError::Invalid)
        );
        assert_eq!(check("a = b\n".into()), Ok("a = b\n".into()));
    }
}
