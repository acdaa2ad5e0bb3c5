//! Which device operation a link asks for. Pure, so it is tested here: the
//! platforms only ever receive a `tel:` with digits, or an https address.

/// What a call or chat link asks the device to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outbound {
    /// Open the dialler with these digits (nothing else: no pause, no
    /// "wait", no USSD code, no country prefix that the data does not have).
    Dial(String),
    /// Open this https page outside the app.
    Web(String),
}

/// Why a device operation did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceError {
    /// The link is not one the app makes (not `tel:` digits, not https).
    NotALink,
    /// Nothing on this device handles it (no dialler, no browser).
    NoHandler,
    /// The platform refused or failed (the web follows links itself and
    /// never says so).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    Failed,
}

/// The longest number a dialler is handed: Dutch numbers have at most 11
/// digits, international ones at most 15 (ITU-T E.164).
const MAX_DIGITS: usize = 15;
/// The shortest: 112 and the like.
const MIN_DIGITS: usize = 3;

/// The operation for a link's `href`, or why there is none.
///
/// # Errors
/// [`DeviceError::NotALink`] for anything but `tel:` followed by 3 to 15
/// ASCII digits, or an `https://` address with a host and no spaces.
pub fn outbound(href: &str) -> Result<Outbound, DeviceError> {
    if let Some(number) = href.strip_prefix("tel:") {
        let digits = number.len();
        return if (MIN_DIGITS..=MAX_DIGITS).contains(&digits)
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            Ok(Outbound::Dial(number.to_string()))
        } else {
            Err(DeviceError::NotALink)
        };
    }
    if let Some(rest) = href.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let clean = href
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'));
        return if !host.is_empty() && !host.contains('@') && clean {
            Ok(Outbound::Web(href.to_string()))
        } else {
            Err(DeviceError::NotALink)
        };
    }
    Err(DeviceError::NotALink)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_links_dial_their_digits_only() {
        assert_eq!(
            outbound("tel:08000188"),
            Ok(Outbound::Dial("08000188".into()))
        );
        assert_eq!(outbound("tel:112"), Ok(Outbound::Dial("112".into())));
    }

    #[test]
    fn anything_but_plain_digits_is_not_dialled() {
        for href in [
            "tel:",
            "tel:11",
            "tel:0800-0188",
            "tel:+31800 0188",
            "tel:*#06#",
            "tel:0800,0188",
            "tel:08000188;ext=1",
            "tel:0123456789012345",
            "tel:０８００",
            "TEL:08000188",
            "sms:08000188",
            "javascript:alert(1)",
        ] {
            assert_eq!(outbound(href), Err(DeviceError::NotALink), "{href}");
        }
    }

    #[test]
    fn chat_links_open_https_pages_only() {
        let url = "https://centrumseksueelgeweld.nl/chat/";
        assert_eq!(outbound(url), Ok(Outbound::Web(url.into())));
        for href in [
            "http://centrumseksueelgeweld.nl/",
            "https://",
            "https:///path",
            "https://user@evil.example/",
            "https://a.example/ b",
            "https://a.example/\"onclick",
            "file:///etc/passwd",
            "intent://scan/#Intent;scheme=zxing;end",
            "",
        ] {
            assert_eq!(outbound(href), Err(DeviceError::NotALink), "{href}");
        }
    }

    #[test]
    fn every_link_the_core_builds_is_one_the_device_performs() {
        // The helplines data is the source of every call and chat link.
        let helplines = shared::helplines::Helplines::bundled();
        let mut seen = 0;
        for h in helplines.all() {
            for c in &h.contacts {
                let href = match c {
                    shared::helplines::Contact::Phone { number, .. } => {
                        shared::helplines::tel_href(number)
                    }
                    shared::helplines::Contact::Chat { url, .. } => url.clone(),
                };
                assert!(outbound(&href).is_ok(), "{href}");
                seen += 1;
            }
        }
        assert!(seen >= 10, "only {seen} contacts");
    }
}
