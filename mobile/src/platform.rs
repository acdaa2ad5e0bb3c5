//! Platform facts handed to the core at start: which platform this is, the
//! device's languages, where the app may keep its files. No logic here.
use shared::quick_exit::DEFAULT_NEUTRAL_URL;
use shared::{CoreConfig, Platform};

/// The configuration for this build and device.
pub fn core_config() -> CoreConfig {
    CoreConfig {
        platform: platform(),
        device_languages: device_languages(),
        // A deployment may choose another neutral site at build time.
        neutral_url: option_env!("EEN_ENTREE_EXIT_URL")
            .unwrap_or(DEFAULT_NEUTRAL_URL)
            .to_string(),
        data_dir: data_dir(),
        export_dir: export_dir(),
        public_url: public_url(),
        update: update_source(),
        ..CoreConfig::default()
    }
}

fn platform() -> Platform {
    if cfg!(feature = "desktop") {
        Platform::Desktop
    } else if cfg!(feature = "mobile") {
        Platform::Mobile
    } else {
        Platform::Web
    }
}

#[cfg(target_arch = "wasm32")]
fn device_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// POSIX locale variables, e.g. `LANGUAGE=en_GB:nl` or `LANG=nl_NL.UTF-8`.
#[cfg(not(target_arch = "wasm32"))]
fn device_languages() -> Vec<String> {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .flat_map(|v| v.split(':').map(str::to_owned).collect::<Vec<_>>())
        .map(|v| {
            v.split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-")
        })
        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .collect()
}

/// Where content updates come from: both the URL and the publisher's public
/// key are set at build time, or there are no updates. The web version is
/// updated by publishing the site again, so it never checks.
fn update_source() -> Option<shared::update::UpdateSource> {
    if cfg!(target_arch = "wasm32") {
        return None;
    }
    Some(shared::update::UpdateSource {
        url: option_env!("EEN_ENTREE_UPDATE_URL")?.to_string(),
        public_key: option_env!("EEN_ENTREE_UPDATE_KEY")?.to_string(),
    })
}

/// Where the web version is published, for campaign links: on the web the
/// page's own origin; in the apps, set at build time.
#[cfg(target_arch = "wasm32")]
fn public_url() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .filter(|o| o.starts_with("http"))
}

#[cfg(not(target_arch = "wasm32"))]
fn public_url() -> Option<String> {
    option_env!("EEN_ENTREE_PUBLIC_URL").map(str::to_string)
}

#[cfg(target_arch = "wasm32")]
fn data_dir() -> Option<std::path::PathBuf> {
    None // the web store is the browser's own storage
}

#[cfg(not(target_arch = "wasm32"))]
fn data_dir() -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    if let Some(dir) = std::env::var_os("EEN_ENTREE_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    if cfg!(target_os = "android") {
        // Set by mobile/android/MainActivity.kt (the app's private files
        // folder) before the app starts; without it, memory only, and the
        // settings screen says so.
        return None;
    }
    if cfg!(target_os = "ios") {
        return std::env::var_os("HOME")
            .map(|h| PathBuf::from(h).join("Library/Application Support/een-entree"));
    }
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|d| d.join("een-entree"))
}

/// Where diary exports go when the user asks for one: the Downloads folder
/// on desktops, the app's documents on iOS (visible in Files). The web offers
/// a download instead; Android would need the share sheet (not built yet).
#[cfg(not(target_arch = "wasm32"))]
fn export_dir() -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    if let Some(dir) = std::env::var_os("EEN_ENTREE_EXPORT_DIR") {
        return Some(PathBuf::from(dir));
    }
    if cfg!(target_os = "ios") {
        return std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Documents"));
    }
    if cfg!(target_os = "android") {
        // Set by MainActivity.kt (the app's own Documents folder).
        return None;
    }
    std::env::var_os("XDG_DOWNLOAD_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Downloads")))
}

#[cfg(target_arch = "wasm32")]
fn export_dir() -> Option<std::path::PathBuf> {
    None
}

/// Asks the platform for the device's position, once, after the user tapped
/// "use my location". Coarse accuracy is enough; the answer is handed to the
/// core and not kept anywhere else.
pub async fn current_position() -> Result<(f64, f64), shared::model::PositionError> {
    use shared::model::PositionError;
    // `position` in js/page.js (no eval: the web's Content-Security-Policy).
    match crate::js::call::<serde_json::Value>(crate::js::Script::Position, &serde_json::json!({}))
        .await
    {
        Some(serde_json::Value::Array(v)) => match (
            v.first().and_then(serde_json::Value::as_f64),
            v.get(1).and_then(serde_json::Value::as_f64),
        ) {
            (Some(lat), Some(lon)) => Ok((lat, lon)),
            _ => Err(PositionError::Unavailable),
        },
        Some(serde_json::Value::String(s)) if s == "denied" => Err(PositionError::Denied),
        _ => Err(PositionError::Unavailable),
    }
}
