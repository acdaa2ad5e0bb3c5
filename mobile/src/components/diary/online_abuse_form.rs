//! The online-abuse form: platform, accounts, links (one per line), what
//! was shared; how to keep screenshots, and where to ask for removal.
use dioxus::prelude::*;
use shared::diary::draft::Draft;
use shared::view::OnlineAbuseForm;

use super::detail::HelpLink;
use super::fields::TextInput;

/// The online-abuse form's fields; `children` is the end of the form.
#[component]
pub fn OnlineAbuseFields(
    form: OnlineAbuseForm,
    busy: bool,
    on_save: EventHandler<Draft>,
    children: Element,
) -> Element {
    let platform = use_signal(|| form.platform.value.clone());
    let accounts = use_signal(|| form.accounts.value.clone());
    let urls = use_signal(|| form.urls.value.clone());
    let what = use_signal(|| form.what.value.clone());
    let submit = move |e: FormEvent| {
        e.prevent_default();
        on_save.call(Draft::OnlineAbuse {
            platform: platform(),
            accounts: accounts(),
            urls: urls(),
            what: what(),
        });
    };
    rsx! {
        form { class: "diary-form", onsubmit: submit,
            fieldset { class: "diary-fieldset", disabled: busy,
                TextInput {
                    id: "diary-platform",
                    field: form.platform,
                    value: platform,
                }
                TextInput {
                    id: "diary-accounts",
                    field: form.accounts,
                    value: accounts,
                }
                TextInput { id: "diary-urls", field: form.urls, value: urls }
                TextInput { id: "diary-shared", field: form.what, value: what }
            }
            p { class: "hint", "{form.screenshots_note}" }
            HelpLink { link: form.help_link }
            {children}
        }
    }
}
