//! When the device could not open a call or chat link (a tablet without a
//! dialler, no browser, an error): say so at once and show the number (or
//! the address) large, to dial or type by hand.
use crate::helplines::{tel_href, Contact, Helplines};
use crate::i18n::Texts;

/// The message about a link that could not be opened.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ContactFailedView {
    /// What happened, and what to do instead.
    pub text: String,
    /// The number as it is written (`0800-0188`), or the web address.
    pub shown: String,
    /// For a number: a `tel:` link on it still (long-press copies it).
    pub href: String,
    /// Close the message.
    pub close_label: String,
}

/// The message for `href`, or `None` for a link the app does not make.
pub(super) fn contact_failed(
    t: &Texts,
    helplines: &Helplines,
    href: &str,
) -> Option<ContactFailedView> {
    let (text_id, shown) = if href.starts_with("tel:") {
        // Written as the data writes it, so it reads as the number on screen.
        let number = helplines
            .all()
            .iter()
            .flat_map(|h| &h.contacts)
            .find_map(|c| match c {
                Contact::Phone { number, .. } if tel_href(number) == href => Some(number.clone()),
                _ => None,
            })?;
        ("contact-call-failed", number)
    } else if href.starts_with("https://") {
        ("contact-open-failed", href.to_string())
    } else {
        return None;
    };
    Some(ContactFailedView {
        text: t.get(text_id),
        shown,
        href: href.to_string(),
        close_label: t.get("contact-failed-close"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;

    fn texts() -> Texts {
        Localizer::embedded().texts(&["nl".to_string()])
    }

    #[test]
    fn a_failed_call_shows_the_number_as_written() {
        let v = contact_failed(&texts(), &Helplines::bundled(), "tel:08000188").unwrap();
        assert_eq!(v.shown, "0800-0188");
        assert_eq!(v.href, "tel:08000188");
        assert!(!v.text.is_empty() && !v.close_label.is_empty());
    }

    #[test]
    fn a_failed_chat_shows_the_address() {
        let url = Helplines::bundled()
            .first_chat(crate::helplines::CSG_ID)
            .unwrap()
            .to_string();
        let v = contact_failed(&texts(), &Helplines::bundled(), &url).unwrap();
        assert_eq!(v.shown, url);
        assert_ne!(v.text, texts().get("contact-call-failed"));
    }

    #[test]
    fn links_the_app_does_not_make_show_nothing() {
        for href in ["tel:0900123", "javascript:1", "http://x.example/"] {
            assert_eq!(contact_failed(&texts(), &Helplines::bundled(), href), None);
        }
    }
}
