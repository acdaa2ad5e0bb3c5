//! The configuration handed to the core at start: which platform this is,
//! and the facts the device room (`crate::device`) reads from the device
//! (languages, folders, whether exports can be handed over). Build-time
//! settings come from the environment of the build.
use shared::quick_exit::DEFAULT_NEUTRAL_URL;
use shared::{CoreConfig, Platform};

use crate::device;

/// The configuration for this build and device.
pub fn core_config() -> CoreConfig {
    CoreConfig {
        platform: platform(),
        device_languages: device::languages(),
        // A deployment may choose another neutral site at build time.
        neutral_url: option_env!("EEN_ENTREE_EXIT_URL")
            .unwrap_or(DEFAULT_NEUTRAL_URL)
            .to_string(),
        data_dir: device::data_dir(),
        export_dir: device::export_dir(),
        can_hand_over: device::CAN_HAND_OVER,
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
