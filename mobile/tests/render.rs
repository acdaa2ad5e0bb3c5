//! Server-side render tests: the real app (core included) rendered to HTML at
//! a given address, without a browser or webview.
use std::time::Duration;

use shared::secret::Passphrase;
use shared::settings::Settings;
use shared::store::{KvStore, SledStore};
use shared::{CoreConfig, Platform};

#[path = "support/ssr.rs"]
mod ssr;

struct Rendered {
    html: String,
    _dir: tempfile::TempDir,
}

fn render(path: &str, lang: &str, intro_seen: bool) -> Rendered {
    render_with(path, lang, intro_seen, |_| {})
}

/// Renders after `prepare` has written to the app's store.
fn render_with(
    path: &str,
    lang: &str,
    intro_seen: bool,
    prepare: impl FnOnce(&SledStore),
) -> Rendered {
    let settings = Settings {
        exit_info_seen: intro_seen,
        ..Settings::default()
    };
    render_settings(path, lang, &settings, prepare)
}

/// Renders with these saved settings, after `prepare` has written to the store.
fn render_settings(
    path: &str,
    lang: &str,
    settings: &Settings,
    prepare: impl FnOnce(&SledStore),
) -> Rendered {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SledStore::open(dir.path()).unwrap();
        store
            .put(shared::runtime::SETTINGS_KEY, &settings.to_bytes())
            .unwrap();
        prepare(&store);
    }
    let config = CoreConfig {
        platform: Platform::Web,
        device_languages: vec![lang.to_string()],
        data_dir: Some(dir.path().to_path_buf()),
        public_url: Some("https://example.org".into()),
        ..CoreConfig::default()
    };
    // Until the core's first view replaced the starting cover and nothing
    // is pending (never a fixed wait; the limit only bounds a broken run).
    let html = ssr::render_until(
        config,
        path,
        |html| !html.contains("class=\"cover\""),
        Duration::from_secs(60),
    );
    Rendered { html, _dir: dir }
}

fn page(path: &str, lang: &str) -> String {
    render(path, lang, true).html
}

#[test]
fn home_leads_with_the_exact_call_link() {
    let html = page("/", "nl");
    let first_tel = html.find("href=\"tel:").expect("a tel: link");
    assert!(
        html[first_tel..].starts_with("href=\"tel:08000188\""),
        "{html}"
    );
    assert!(
        html.contains("action-call action-big\""),
        "the call is the big element"
    );
    assert!(html.contains("Bel"), "{html}");
    assert!(html.contains("7 dagen"));
    assert!(html.contains("href=\"https://centrumseksueelgeweld.nl/\""));
}

#[test]
fn every_screen_starts_with_the_skip_link_and_has_the_exit_button() {
    for path in [
        "/",
        "/find",
        "/find/all",
        "/about",
        "/info/now",
        "/info/rights",
        "/info/schools",
        "/kit",
        "/kit/poster",
        "/kit/cards",
        "/helplines",
        "/settings",
        "/quick-exit",
        "/no/such/page",
    ] {
        let html = page(path, "en");
        let first_link = html.find("<a ").expect("links");
        assert!(
            html[first_link..].starts_with("<a class=\"skip-exit\""),
            "{path}: {html}"
        );
        assert!(html.contains("class=\"quick-exit\""), "{path}");
        assert!(html.contains("Exit now"), "{path}");
    }
}

#[test]
fn helplines_are_all_dialable() {
    let html = page("/helplines", "en");
    // Every phone number in the data the app is built from.
    let tels: Vec<String> = shared::content::bundled_ref()
        .helplines
        .all()
        .iter()
        .flat_map(|h| &h.contacts)
        .filter_map(|c| match c {
            shared::helplines::Contact::Phone { number, .. } => {
                Some(shared::helplines::tel_href(number))
            }
            shared::helplines::Contact::Chat { .. } => None,
        })
        .collect();
    assert!(
        tels.len() >= 8 && tels.contains(&"tel:08000188".to_string()),
        "{tels:?}"
    );
    for tel in tels {
        assert!(html.contains(&format!("href=\"{tel}\"")), "{tel} missing");
    }
    assert!(html.contains("call list"), "the call-log warning is shown");
    assert!(html.contains("class=\"unverified\""));
}

#[test]
fn settings_offers_languages_by_their_own_names() {
    let html = page("/settings", "en");
    assert!(html.contains("Nederlands") && html.contains("English"));
    assert!(html.contains("aria-pressed=\"true\""));
}

#[test]
fn unknown_address_is_a_friendly_page_with_the_call_button() {
    let html = page("/this/does/not/exist", "nl");
    assert!(html.contains("Deze pagina bestaat niet"));
    assert!(html.contains("href=\"tel:08000188\""));
    assert!(
        !html.contains("this/does/not/exist"),
        "the address is not echoed"
    );
}

#[test]
fn first_run_leads_with_the_call_and_112_then_explains_quick_exit() {
    let html = render("/", "nl", false).html;
    let call = html
        .find("action-call action-big\" href=\"tel:08000188\"")
        .expect("the call button");
    let emergency = html.find("href=\"tel:112\"").expect("112");
    let card = html
        .find("class=\"exit-info first-run\"")
        .expect("the card");
    assert!(
        call < emergency && emergency < card,
        "call, 112, then the card"
    );
    assert!(html[card..].contains("Zo werkt snel weg"));
    assert!(html[card..].contains("class=\"confirm\""));
    // Every other screen: the way to call, then the card, then the screen.
    for path in ["/info/relatives", "/helplines", "/find"] {
        let html = render(path, "nl", false).html;
        let help = html.find("first-run-help primary").expect("the call first");
        let card = html
            .find("class=\"exit-info first-run\"")
            .expect("the card");
        let h1 = html.find("<h1>").expect("the screen's heading");
        assert!(help < card && card < h1, "{path}");
        assert!(html[help..card].contains("href=\"tel:08000188\""));
        assert!(html[help..card].contains("href=\"tel:112\""));
    }
    // Once read, neither.
    let seen = page("/info/relatives", "nl");
    assert!(
        !seen.contains("class=\"exit-info first-run\"") && !seen.contains("first-run-help primary")
    );
}

#[test]
fn language_and_direction_are_set_on_the_root() {
    assert!(page("/", "en").contains("lang=\"en\" dir=\"ltr\""));
    assert!(page("/", "nl-NL").contains("lang=\"nl\""));
}

#[test]
fn locator_offers_the_search_the_call_and_an_offline_map() {
    let html = page("/find", "nl");
    assert!(html.contains("id=\"locator-query\""));
    assert!(
        html.contains("autocomplete=\"off\""),
        "searches are not remembered by the browser"
    );
    assert!(html.contains("href=\"tel:08000188\""));
    assert!(html.contains("<svg") && html.contains("class=\"marker marker-csg\""));
    assert!(!html.contains("http://"), "the map needs no network");
}

#[test]
fn csg_list_groups_by_province_and_about_names_the_licences() {
    let html = page("/find/all", "en");
    for province in ["Groningen", "Noord-Brabant", "Limburg", "Zuid-Holland"] {
        assert!(html.contains(&format!("<h2>{province}</h2>")), "{province}");
    }
    let about = page("/about", "en");
    assert!(about.contains("CC BY 4.0") && about.contains("GeoNames") && about.contains("CBS"));
}

#[test]
fn info_pages_render_from_data_and_end_with_the_call() {
    let html = page("/info/rights", "nl");
    assert!(
        html.contains("Istanbulverdrag, artikel 18"),
        "articles come from info.json"
    );
    assert!(
        html.contains("1 maart 2016"),
        "the date in the reader's language, from info.json"
    );
    let call = html.rfind("href=\"tel:08000188\"").unwrap();
    assert!(
        call > html.find("info-block").unwrap(),
        "the call comes after the content"
    );
    let unknown = page("/info/no-such-section", "nl");
    assert!(unknown.contains("Deze pagina bestaat niet"));
}

#[test]
fn home_lists_the_information_pages_and_every_screen_can_switch_language() {
    let html = page("/", "en");
    for id in ["now", "rights", "online", "relatives", "schools"] {
        assert!(html.contains(&format!("href=\"/info/{id}\"")), "{id}");
    }
    assert!(html.contains("class=\"language-switch\""));
    assert!(html.contains("<option value=\"nl\" lang=\"nl\""), "{html}");
}

#[test]
fn kit_poster_and_cards_carry_the_number_and_a_qr_code_of_the_link() {
    let kit = page("/kit", "nl");
    assert!(kit.contains("https://example.org/c/1/pupils/nl"), "{kit}");
    assert!(kit.contains("class=\"qr kit-qr\""));
    let poster = page("/kit/poster", "en");
    assert!(poster.contains("class=\"poster-number\">0800-0188<"));
    assert!(poster.contains("Save this number in your phone"));
    let cards = page("/kit/cards", "nl");
    assert_eq!(cards.matches("class=\"card\"").count(), 8);
}

#[test]
fn a_campaign_link_opens_its_page_and_a_bad_one_opens_start() {
    let staff = page("/c/1/staff/en/school-1", "nl");
    assert!(staff.contains("id=\"info-schools\""), "{staff}");
    let bad = page("/c/1/staff/xx", "nl");
    assert!(bad.contains("action-call action-big\""), "start screen");
    assert!(!bad.contains("info-schools"));
}

#[test]
fn a_new_diary_warns_that_the_passphrase_cannot_be_recovered_before_the_form() {
    let html = page("/diary", "en");
    let warning = html
        .find("class=\"diary-warning\"")
        .expect("the no-recovery warning");
    assert!(html[warning..].contains("recover"), "{html}");
    let field = html
        .find("id=\"diary-passphrase\"")
        .expect("the passphrase field");
    let button = html.find("type=\"submit\"").expect("the button");
    assert!(
        warning < field && warning < button,
        "the warning comes first"
    );
    // Password managers are not invited to store the diary's passphrase.
    assert_eq!(
        html.matches("type=\"password\" autocomplete=\"off\"")
            .count(),
        2
    );
    assert!(!html.contains("new-password") && !html.contains("current-password"));
    assert!(html.contains(
        "type=\"checkbox\" aria-required=\"true\" aria-describedby=\"diary-no-recovery\""
    ));
    assert!(
        html.contains("href=\"/diary\" aria-current=\"page\""),
        "the diary is in the navigation"
    );
}

#[test]
fn an_existing_diary_starts_locked_with_nothing_of_it_on_screen() {
    let html = render_with("/diary", "nl", true, |store| {
        // A low work factor: the test is about the screen, not the key.
        let secret = Passphrase::new("een lange wachtzin".into()).secret();
        shared::diary::vault::create(store, secret, 4).unwrap();
    })
    .html;
    assert!(
        html.contains("id=\"diary-unlock-passphrase\" type=\"password\" autocomplete=\"off\""),
        "{html}"
    );
    assert!(!html.contains("new-password") && !html.contains("current-password"));
    assert!(!html.contains("class=\"diary-card") && !html.contains("class=\"diary-lock"));
    assert!(
        html.contains("class=\"diary-wipe-button\""),
        "erasing works without the passphrase"
    );
}

#[test]
fn first_run_gives_the_safety_advice_and_can_be_skipped() {
    let html = render("/", "en", false).html;
    let safety = html.find("Using it safely").expect("the safety advice");
    assert!(
        html[safety..].contains("<ul class=\"safety\"><li>"),
        "{html}"
    );
    let confirm = html.find("class=\"confirm\"").expect("the button");
    assert!(safety < confirm, "the advice comes before the button");
    // The same advice from Settings, without the button.
    let later = page("/quick-exit", "en");
    assert!(later.contains("Using it safely") && !later.contains("class=\"confirm\""));
}

#[test]
fn settings_offer_the_disguise_and_the_auto_lock() {
    let html = page("/settings", "en");
    assert!(
        html.contains(
            "id=\"disguise-code\" type=\"password\" inputmode=\"numeric\" autocomplete=\"off\""
        ),
        "{html}"
    );
    assert!(html.contains("class=\"search disguise-on\""));
    assert!(
        !html.contains("disguise-off") && !html.contains("disguise-enabled"),
        "off is offered only when on"
    );
    assert!(html.contains("role=\"group\" aria-labelledby=\"auto-lock-label\""));
    // Two minutes unless chosen otherwise.
    assert!(
        html.contains("data-minutes=\"2\" aria-pressed=\"true\""),
        "{html}"
    );
    for other in [1, 5, 10] {
        assert!(html.contains(&format!("data-minutes=\"{other}\" aria-pressed=\"false\"")));
    }

    let on = render_settings(
        "/settings",
        "en",
        &Settings {
            exit_info_seen: true,
            auto_lock_minutes: Some(5),
            ..Settings::default()
        },
        |_| {},
    )
    .html;
    assert!(on.contains("data-minutes=\"5\" aria-pressed=\"true\""));
}

#[test]
fn the_disguise_is_a_calculator_with_nothing_of_the_app_in_the_page() {
    for path in ["/", "/diary", "/settings"] {
        let html = render_settings(
            path,
            "nl",
            &Settings {
                exit_info_seen: true,
                disguise: Some(shared::disguise::DisguiseCode::new("4711").unwrap()),
                ..Settings::default()
            },
            |_| {},
        )
        .html;
        assert!(html.contains("class=\"calc-display\""), "{html}");
        assert_eq!(
            html.matches("class=\"calc-key").count(),
            18,
            "the keys and their grid"
        );
        // Nor the app's style sheet: its selectors name the app's parts.
        for word in [
            "0800",
            "Dagboek",
            "dagboek",
            "diary",
            "Diary",
            "exit",
            "Snel weg",
            "csg",
            "helpline",
            "Hulplijn",
            "locator",
            "bottom-nav",
        ] {
            assert!(
                !html.contains(word),
                "{word} in the disguise at {path}: {html}"
            );
        }
    }
}
