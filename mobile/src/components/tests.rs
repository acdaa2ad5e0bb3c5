//! Single components rendered on their own (dioxus-ssr) from fixture view
//! models: what each shows, and that it shows nothing it was not given.
//! The callbacks are not called here; the screens' wiring of them is
//! tested through the whole app (`mobile/tests/render.rs`, the browser).
use dioxus::prelude::*;
use shared::view::{
    AutoLockView, ConsentView, ContactFailedView, DisguiseSettingsView, FieldView, UnlockView,
    UpdatesView, WipeView,
};

use super::diary::{ConfirmWipe, FieldList, UnlockForm};
use super::{AutoLockSettings, ContactFailed, DisguiseSettings, UpdateSettings};

/// Renders `component` with `props` in a dom of its own.
fn html<P: Clone + 'static>(component: fn(P) -> Element, props: P) -> String {
    let mut dom = VirtualDom::new_with_props(component, props);
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

fn contact_failed(view: ContactFailedView) -> Element {
    rsx! { ContactFailed { view, on_close: |()| {} } }
}

#[test]
fn a_failed_call_shows_the_number_as_a_link_and_a_chat_only_its_address() {
    let call = html(
        contact_failed,
        ContactFailedView {
            text: "Could not call.".into(),
            shown: "0800-0188".into(),
            href: "tel:08000188".into(),
            close_label: "Close".into(),
        },
    );
    assert!(call.contains(r#"role="alert""#), "{call}");
    assert!(call.contains(r#"href="tel:08000188""#), "{call}");
    assert!(call.contains(">0800-0188<"), "{call}");
    assert!(call.contains(">Close<"), "{call}");

    let chat = html(
        contact_failed,
        ContactFailedView {
            text: "Could not open the chat.".into(),
            shown: "https://example.org/chat".into(),
            href: "https://example.org/chat".into(),
            close_label: "Close".into(),
        },
    );
    assert!(chat.contains("contact-failed-address"), "{chat}");
    assert_eq!(
        count(&chat, "<a "),
        0,
        "no link the device just failed to open: {chat}"
    );
}

fn auto_lock(view: AutoLockView) -> Element {
    rsx! { AutoLockSettings { view, on_choose: |_| {} } }
}

#[test]
fn the_auto_lock_choice_presses_only_the_chosen_minutes() {
    let out = html(
        auto_lock,
        AutoLockView {
            label: "Lock after".into(),
            choices: vec![
                (1, "1 min".into(), false),
                (2, "2 min".into(), false),
                (5, "5 min".into(), true),
            ],
        },
    );
    assert_eq!(count(&out, "<button"), 3, "{out}");
    assert_eq!(count(&out, r#"aria-pressed="true""#), 1, "{out}");
    let tag_of = |minutes: &str| {
        let at = out
            .find(&format!(r#"data-minutes="{minutes}""#))
            .expect(minutes);
        let start = out[..at].rfind('<').expect("tag");
        let end = at + out[at..].find('>').expect("tag end");
        out[start..end].to_string()
    };
    assert!(tag_of("5").contains(r#"aria-pressed="true""#), "{out}");
    assert!(tag_of("2").contains(r#"aria-pressed="false""#), "{out}");
}

fn disguise(view: DisguiseSettingsView) -> Element {
    rsx! { DisguiseSettings { view, on_code: |_| {} } }
}

#[test]
fn the_disguise_offers_off_only_when_on_and_never_shows_a_code() {
    let view = DisguiseSettingsView {
        title: "Disguise".into(),
        code_label: "Code".into(),
        on_label: "Turn on".into(),
        off_label: "Turn off".into(),
        enabled_text: "The app opens as a calculator.".into(),
        ..DisguiseSettingsView::default()
    };
    let off = html(disguise, view.clone());
    assert!(off.contains(r#"type="password""#), "{off}");
    assert!(!off.contains("Turn off"), "{off}");
    assert!(!off.contains("opens as a calculator"), "{off}");
    assert!(!off.contains(r#"role="alert""#), "{off}");

    let on = html(
        disguise,
        DisguiseSettingsView {
            enabled: true,
            error: Some("Use 4 to 8 digits.".into()),
            ..view
        },
    );
    assert!(on.contains("Turn off"), "{on}");
    assert!(on.contains("opens as a calculator"), "{on}");
    assert!(
        on.contains(r#"role="alert""#) && on.contains("Use 4 to 8 digits."),
        "{on}"
    );
}

fn updates(view: UpdatesView) -> Element {
    rsx! { UpdateSettings { view, on_consent: |_| {}, on_check: |()| {} } }
}

#[test]
fn updates_show_only_the_content_date_where_a_build_has_none() {
    let none = html(
        updates,
        UpdatesView {
            available: false,
            title: "Updates".into(),
            check_now: Some("Check now".into()),
            content_date: "Information of 1 December 2026".into(),
            ..UpdatesView::default()
        },
    );
    assert!(none.contains("Information of 1 December 2026"), "{none}");
    assert!(
        !none.contains("Updates") && !none.contains("<button"),
        "{none}"
    );

    let asked = html(
        updates,
        UpdatesView {
            available: true,
            title: "Updates".into(),
            ask: Some(ConsentView {
                question: "Check for new information?".into(),
                yes: "Yes".into(),
                no: "No".into(),
            }),
            check_now: Some("Check now".into()),
            content_date: "Information of 1 December 2026".into(),
            ..UpdatesView::default()
        },
    );
    assert!(asked.contains("Check for new information?"), "{asked}");
    assert_eq!(count(&asked, "<button"), 3, "yes, no, check now: {asked}");
}

fn unlock(view: UnlockView) -> Element {
    rsx! { UnlockForm { view, on_unlock: |_| {} } }
}

#[test]
fn the_unlock_form_while_busy_is_disabled_and_says_so() {
    let view = UnlockView {
        intro: "Your diary is locked.".into(),
        passphrase_label: "Passphrase".into(),
        submit: "Open".into(),
        busy_text: "Opening…".into(),
        forgot: "Forgot it?".into(),
        ..UnlockView::default()
    };
    let idle = html(unlock, view.clone());
    assert!(idle.contains(r#"id="diary-unlock-passphrase""#), "{idle}");
    assert!(!idle.contains("Opening…"), "{idle}");
    assert!(!idle.contains("disabled"), "{idle}");

    let busy = html(
        unlock,
        UnlockView {
            busy: true,
            error: Some("Wrong passphrase.".into()),
            ..view
        },
    );
    assert!(busy.contains("Opening…"), "{busy}");
    assert!(busy.contains(r#"aria-busy="true""#), "{busy}");
    assert!(busy.contains("disabled"), "{busy}");
    assert!(busy.contains("Wrong passphrase."), "{busy}");
}

fn fields(fields: Vec<FieldView>) -> Element {
    rsx! { FieldList { fields } }
}

#[test]
fn entry_fields_are_label_and_value_pairs_in_order() {
    let out = html(
        fields,
        vec![
            FieldView {
                label: "Where".into(),
                value: "Station".into(),
            },
            FieldView {
                label: "Who".into(),
                value: "<b>not markup</b>".into(),
            },
        ],
    );
    assert_eq!(count(&out, "<dt>"), 2, "{out}");
    assert!(
        out.find("Where").unwrap() < out.find("Who").unwrap(),
        "{out}"
    );
    assert!(!out.contains("<b>"), "a value is text, never markup: {out}");
}

fn confirm_wipe(view: WipeView) -> Element {
    rsx! { ConfirmWipe { view, on_confirm: |()| {}, on_cancel: |()| {} } }
}

#[test]
fn the_wipe_question_is_an_alert_dialog_with_both_answers() {
    let out = html(
        confirm_wipe,
        WipeView {
            text: "Erase everything?".into(),
            confirm_label: "Erase".into(),
            cancel_label: "Keep".into(),
        },
    );
    assert!(out.contains(r#"role="alertdialog""#), "{out}");
    assert!(out.contains(">Erase<") && out.contains(">Keep<"), "{out}");
}
