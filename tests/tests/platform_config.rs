//! The apps' platform settings (issue 6, "Lock and hide"): what dx 0.7.10
//! puts into the Android and iOS builds, checked from the files it reads.
//!
//! - `mobile/Dioxus.toml` points dx at the app's own Android manifest and
//!   activity (`[application] android_manifest`, `android_main_activity`);
//!   dx copies both verbatim into the Gradle project it generates.
//! - The manifest turns backups off and declares no permission but INTERNET
//!   (dx's default: content updates, `dx serve`) and location (coarse; fine
//!   only up to Android 11, where wry's request needs both), asked at run
//!   time when the user taps "use my location".
//! - The activity sets `FLAG_SECURE` before anything is drawn, hands Rust its
//!   private folders and the device's languages, pads the page by the system
//!   bars, and adds the device bridge that `mobile/src/device/` calls; the
//!   manifest declares the app's own, unexported content provider and the
//!   camera query that bridge needs.
//! - The manifest agrees with what Dioxus.toml says about permissions and
//!   campaign links, since dx no longer writes those into it.
//! - iOS: files protected until the phone is unlocked; App Transport Security
//!   not weakened; no permission but "location when in use".
//!
//! No APK is built here (no Android SDK/NDK on these machines): this checks
//! the inputs dx uses. SECURITY.md, "Platform settings", says what dx cannot
//! do and how it would be done.
use std::collections::BTreeSet;

use e2e::root;

/// Where dx 0.7.10 puts the app's Kotlin files (`WRY_ANDROID_PACKAGE`).
const DX_ACTIVITY: &str = "dev.dioxus.main.MainActivity";
/// Resources dx 0.7.10 writes into the Gradle project: a manifest may
/// reference these and nothing else, or the build fails.
const DX_RESOURCES: &[&str] = &[
    "@mipmap/ic_launcher",
    "@string/app_name",
    "@style/AppTheme",
    "@xml/network_security_config",
];
/// Every permission the Android app declares.
const ALLOWED_PERMISSIONS: &[&str] = &[
    "android.permission.INTERNET",
    "android.permission.ACCESS_COARSE_LOCATION",
    // Only with android:maxSdkVersion="30" (checked below).
    "android.permission.ACCESS_FINE_LOCATION",
];
/// The app's own content provider (`mobile/android/MainActivity.kt`).
const PROVIDER: &str = "dev.dioxus.main.PrivateFiles";
/// The bridge's methods that Rust calls (`mobile/src/device/`).
const BRIDGE_METHODS: &[&str] = &["takePhoto", "shareFile", "shareText"];
/// Permissions that must never appear, named so a failure says why.
const FORBIDDEN_PERMISSIONS: &[&str] = &[
    "android.permission.ACCESS_BACKGROUND_LOCATION",
    "android.permission.CAMERA",
    "android.permission.RECORD_AUDIO",
    "android.permission.READ_CONTACTS",
    "android.permission.WRITE_CONTACTS",
    "android.permission.GET_ACCOUNTS",
    "android.permission.READ_EXTERNAL_STORAGE",
    "android.permission.WRITE_EXTERNAL_STORAGE",
    "android.permission.MANAGE_EXTERNAL_STORAGE",
    "android.permission.READ_MEDIA_IMAGES",
    "android.permission.READ_MEDIA_VIDEO",
    "android.permission.READ_MEDIA_AUDIO",
    "android.permission.POST_NOTIFICATIONS",
    "android.permission.READ_PHONE_STATE",
    "android.permission.READ_CALL_LOG",
    "android.permission.CALL_PHONE",
    "android.permission.READ_SMS",
];
/// `[permissions]` keys of dx 0.7.10 other than `location`: none may be set.
const DX_PERMISSION_KEYS: &[&str] = &[
    "camera",
    "microphone",
    "notifications",
    "photos",
    "bluetooth",
    "background-location",
    "contacts",
    "calendar",
    "biometrics",
    "nfc",
    "motion",
    "health",
    "speech",
    "media-library",
    "siri",
    "homekit",
    "local-network",
    "nearby-wifi",
];

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn dioxus_toml() -> toml::Table {
    read("mobile/Dioxus.toml")
        .parse()
        .expect("mobile/Dioxus.toml is valid TOML")
}

/// A string at `path` (dotted) in a TOML table.
fn get<'t>(doc: &'t toml::Table, path: &[&str]) -> Option<&'t toml::Value> {
    let (last, parents) = path.split_last()?;
    let mut table = doc;
    for key in parents {
        table = table.get(*key)?.as_table()?;
    }
    table.get(*last)
}

fn get_str<'t>(doc: &'t toml::Table, path: &[&str]) -> Option<&'t str> {
    get(doc, path).and_then(toml::Value::as_str)
}

/// The file dx copies for `key` in `[application]`, relative to `mobile/`.
fn configured_file(doc: &toml::Table, key: &str) -> Option<String> {
    get_str(doc, &["application", key]).map(|p| format!("mobile/{p}"))
}

// --- A small XML reader: enough for a manifest (elements and attributes). ---

/// One start tag: its name and attributes, in order.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn without_comments(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out
}

/// Every start (or empty) tag of `xml`, comments, declarations and end tags
/// left out.
fn elements(xml: &str) -> Vec<Element> {
    let xml = without_comments(xml);
    let mut out = Vec::new();
    for tag in xml.split('<').skip(1) {
        let Some(end) = tag.find('>') else { continue };
        let body = tag[..end].trim_end_matches('/').trim();
        if body.starts_with(['?', '!', '/']) {
            continue;
        }
        let (name, mut rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        let mut attrs = Vec::new();
        while let Some((key, after)) = rest.split_once('=') {
            let after = after.trim_start();
            let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                break;
            };
            let Some(close) = after[1..].find(quote) else {
                break;
            };
            attrs.push((key.trim().to_string(), after[1..=close].to_string()));
            rest = &after[close + 2..];
        }
        out.push(Element {
            name: name.to_string(),
            attrs,
        });
    }
    out
}

fn permissions(manifest: &[Element]) -> BTreeSet<String> {
    manifest
        .iter()
        .filter(|e| e.name.starts_with("uses-permission"))
        .filter_map(|e| e.attr("android:name"))
        .map(str::to_string)
        .collect()
}

// --- The checks. Each returns what is wrong; empty means all is well. ---

/// What the Android manifest must say, given Dioxus.toml.
fn manifest_problems(xml: &str, doc: &toml::Table) -> Vec<String> {
    let els = elements(xml);
    let mut problems = Vec::new();
    let app: Vec<&Element> = els.iter().filter(|e| e.name == "application").collect();
    let [app] = app[..] else {
        return vec![format!("{} <application> elements, not 1", app.len())];
    };
    for (attr, want) in [
        ("android:allowBackup", "false"),
        ("android:fullBackupContent", "false"),
    ] {
        if app.attr(attr) != Some(want) {
            problems.push(format!(
                "<application> {attr}={:?}, not {want:?}",
                app.attr(attr)
            ));
        }
    }
    for (attr, never) in [
        ("android:debuggable", "true"),
        ("android:usesCleartextTraffic", "true"),
        ("android:hasFragileUserData", "true"),
    ] {
        if app.attr(attr) == Some(never) {
            problems.push(format!("<application> {attr}=\"{never}\""));
        }
    }
    // Every resource named must be one dx writes, or Gradle fails.
    for e in &els {
        for (k, v) in &e.attrs {
            if v.starts_with('@') && !DX_RESOURCES.contains(&v.as_str()) {
                problems.push(format!(
                    "<{}> {k}={v}: dx 0.7.10 writes no such resource",
                    e.name
                ));
            }
        }
    }
    // Permissions: exactly the allowed ones.
    let declared = permissions(&els);
    for p in &declared {
        if FORBIDDEN_PERMISSIONS.contains(&p.as_str()) {
            problems.push(format!("forbidden permission {p}"));
        } else if !ALLOWED_PERMISSIONS.contains(&p.as_str()) {
            problems.push(format!("permission {p} is not in the allowed list"));
        }
    }
    for p in ALLOWED_PERMISSIONS {
        if !declared.contains(*p) {
            problems.push(format!("permission {p} is missing"));
        }
    }
    // The location permission matches Dioxus.toml's precision.
    let precision = get_str(doc, &["permissions", "location", "precision"]);
    if precision != Some("coarse") {
        problems.push(format!(
            "Dioxus.toml [permissions] location precision {precision:?}, not \"coarse\""
        ));
    }
    // The activity is dx's, loading dx's library.
    let activities: Vec<&Element> = els.iter().filter(|e| e.name == "activity").collect();
    if activities.len() != 1 || activities[0].attr("android:name") != Some(DX_ACTIVITY) {
        problems.push(format!("the one activity must be {DX_ACTIVITY}"));
    }
    let lib = get_str(doc, &["android", "lib_name"]).unwrap_or("main");
    let lib_ok = els.iter().any(|e| {
        e.name == "meta-data"
            && e.attr("android:name") == Some("android.app.lib_name")
            && e.attr("android:value") == Some(lib)
    });
    if !lib_ok {
        problems.push(format!("meta-data android.app.lib_name is not {lib:?}"));
    }
    // Fine location only where wry's request fails without it (Android 8-11).
    for e in els.iter().filter(|e| {
        e.name.starts_with("uses-permission")
            && e.attr("android:name") == Some("android.permission.ACCESS_FINE_LOCATION")
    }) {
        if e.attr("android:maxSdkVersion") != Some("30") {
            problems.push("ACCESS_FINE_LOCATION without android:maxSdkVersion=\"30\"".into());
        }
    }
    problems.extend(provider_problems(&els, doc));
    let camera_query = els.iter().any(|e| {
        e.name == "action" && e.attr("android:name") == Some("android.media.action.IMAGE_CAPTURE")
    }) && els.iter().any(|e| e.name == "queries");
    if !camera_query {
        problems.push("no <queries> entry for android.media.action.IMAGE_CAPTURE".into());
    }
    problems.extend(link_problems(&els, doc));
    problems
}

/// The one provider: the app's own, not exported, one-time grants only,
/// under the application id.
fn provider_problems(els: &[Element], doc: &toml::Table) -> Vec<String> {
    let providers: Vec<&Element> = els.iter().filter(|e| e.name == "provider").collect();
    let [provider] = providers[..] else {
        return vec![format!("{} <provider> elements, not 1", providers.len())];
    };
    let want_authority = format!("{}.private", application_id(doc));
    let mut problems = Vec::new();
    for (attr, want) in [
        ("android:name", PROVIDER),
        ("android:exported", "false"),
        ("android:grantUriPermissions", "true"),
        ("android:authorities", want_authority.as_str()),
    ] {
        if provider.attr(attr) != Some(want) {
            problems.push(format!(
                "<provider> {attr}={:?}, not {want:?}",
                provider.attr(attr)
            ));
        }
    }
    for attr in [
        "android:readPermission",
        "android:writePermission",
        "android:permission",
    ] {
        if provider.attr(attr).is_some() {
            problems.push(format!("<provider> {attr} set"));
        }
    }
    problems
}

/// App links: the hosts and paths of `[deep_links]`, https only.
fn link_problems(els: &[Element], doc: &toml::Table) -> Vec<String> {
    let mut problems = Vec::new();
    let want_hosts: BTreeSet<String> = get(doc, &["deep_links", "hosts"])
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let want_prefixes: BTreeSet<String> = get(doc, &["deep_links", "paths"])
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_str)
        .map(|p| p.trim_end_matches('*').to_string())
        .collect();
    let data: Vec<&Element> = els.iter().filter(|e| e.name == "data").collect();
    let hosts: BTreeSet<String> = data
        .iter()
        .filter_map(|d| d.attr("android:host").map(str::to_string))
        .collect();
    if hosts != want_hosts {
        problems.push(format!(
            "app link hosts {hosts:?}, Dioxus.toml [deep_links] hosts {want_hosts:?}"
        ));
    }
    for d in &data {
        if d.attr("android:scheme") != Some("https") {
            problems.push(format!("a link scheme other than https: {:?}", d.attrs));
        }
        let prefix = d.attr("android:pathPrefix").unwrap_or("/");
        if !want_prefixes.is_empty() && !want_prefixes.contains(prefix) {
            problems.push(format!(
                "app link path {prefix:?} is not one of [deep_links] paths {want_prefixes:?}"
            ));
        }
    }
    problems
}

/// What the Android activity must do.
fn activity_problems(kotlin: &str, application_id: &str) -> Vec<String> {
    let code: String = kotlin
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut problems = Vec::new();
    let expect = [
        ("package dev.dioxus.main", "the package dx expects"),
        (
            "class MainActivity : WryActivity()",
            "the class dx's manifest launches",
        ),
        ("override fun onCreate(", "an onCreate"),
    ];
    for (text, what) in expect {
        if !code.contains(text) {
            problems.push(format!("missing {what}: `{text}`"));
        }
    }
    let alias = format!("typealias BuildConfig = {application_id}.BuildConfig");
    if !code.contains(&alias) {
        problems.push(format!(
            "missing `{alias}` (Dioxus.toml [bundle] identifier)"
        ));
    }
    // FLAG_SECURE is set in onCreate, before super.onCreate draws anything.
    let on_create = code
        .split("override fun onCreate(")
        .nth(1)
        .and_then(|body| body.split("super.onCreate(").next())
        .unwrap_or_default();
    let sets = ["setFlags(", "addFlags("]
        .iter()
        .any(|call| on_create.contains(call));
    if !(sets && on_create.contains("WindowManager.LayoutParams.FLAG_SECURE")) {
        problems.push("onCreate does not set FLAG_SECURE before super.onCreate".into());
    }
    if code.contains("clearFlags(") {
        problems.push("the activity clears window flags".into());
    }
    // The core's store lives in the app's private folder: the activity hands
    // its path to Rust before the app starts (mobile/src/device/android.rs
    // reads it), with the exports folder and the device's languages.
    for (text, what) in [
        (
            "Os.setenv(\"EEN_ENTREE_DATA_DIR\", filesDir.absolutePath",
            "the private files folder (EEN_ENTREE_DATA_DIR)",
        ),
        (
            "Os.setenv(\"EEN_ENTREE_EXPORT_DIR\", exports.absolutePath",
            "the private exports folder (EEN_ENTREE_EXPORT_DIR)",
        ),
        (
            "Os.setenv(\"EEN_ENTREE_LANGUAGES\", LocaleList.getDefault().toLanguageTags()",
            "the device's languages (EEN_ENTREE_LANGUAGES)",
        ),
        (
            "PrivateFiles.folder(this, PrivateFiles.EXPORTS, empty = true)",
            "an exports folder emptied at start",
        ),
    ] {
        if !on_create.contains(text) {
            problems.push(format!(
                "onCreate does not pass {what} before super.onCreate"
            ));
        }
    }
    // Exports never go to shared or external storage (readable by other
    // apps on Android 8 and 9, invisible in Files from Android 11).
    for never in [
        "getExternalFilesDir",
        "getExternalStorage",
        "Environment.DIRECTORY_",
    ] {
        if code.contains(never) {
            problems.push(format!("the activity uses {never}"));
        }
    }
    problems.extend(device_problems(&code, application_id));
    problems
}

/// What the activity offers the device room: inset padding, the bridge and
/// the provider (comments already removed from `code`).
fn device_problems(code: &str, application_id: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // Edge to edge (target SDK 35): the page is padded by the bars and the cutout.
    for text in [
        "setOnApplyWindowInsetsListener(",
        "WindowInsetsCompat.Type.systemBars()",
        "WindowInsetsCompat.Type.displayCutout()",
        "setPadding(",
    ] {
        if !code.contains(text) {
            problems.push(format!("no inset padding: missing `{text}`"));
        }
    }
    // The bridge: added before the page loads, with the methods Rust calls.
    let hook = code
        .split("override fun onWebViewCreate(webView: WebView)")
        .nth(1)
        .unwrap_or_default();
    if !hook.contains("addJavascriptInterface(DeviceBridge(this), \"EenEntreeDevice\")") {
        problems.push("onWebViewCreate does not add the EenEntreeDevice bridge".into());
    }
    let bridge = code.split("class DeviceBridge(").nth(1).unwrap_or_default();
    let bridge = bridge.split("\nclass ").next().unwrap_or_default();
    for method in BRIDGE_METHODS {
        if !bridge.contains(&format!("@JavascriptInterface\n    fun {method}(")) {
            problems.push(format!("the bridge has no @JavascriptInterface {method}"));
        }
    }
    // The provider the manifest names, with the authority it declares.
    if !code.contains("class PrivateFiles : ContentProvider()")
        || !code.contains(&format!(
            "const val AUTHORITY = \"{application_id}.private\""
        ))
    {
        problems.push(format!(
            "no PrivateFiles provider with authority {application_id}.private"
        ));
    }
    problems
}

/// What Dioxus.toml must (not) say about permissions and background work.
fn toml_problems(doc: &toml::Table) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(perms) = doc.get("permissions").and_then(toml::Value::as_table) {
        for key in perms.keys() {
            if key != "location" {
                problems.push(format!("[permissions] {key}"));
            }
        }
        for key in DX_PERMISSION_KEYS {
            if perms.contains_key(*key) {
                problems.push(format!("[permissions] {key} is never needed"));
            }
        }
    }
    if get_str(doc, &["permissions", "location", "precision"]) != Some("coarse") {
        problems.push("[permissions] location must be precision = \"coarse\"".into());
    }
    if get(doc, &["android", "permissions"])
        .and_then(toml::Value::as_table)
        .is_some_and(|t| !t.is_empty())
    {
        problems.push("[android.permissions] adds permissions".into());
    }
    if let Some(bg) = doc.get("background").and_then(toml::Value::as_table) {
        for (k, v) in bg {
            if v.as_bool() != Some(false) {
                problems.push(format!("[background] {k} = {v}"));
            }
        }
    }
    for key in ["background_modes", "url_schemes"] {
        if get(doc, &["ios", key])
            .and_then(toml::Value::as_array)
            .is_some_and(|a| !a.is_empty())
        {
            problems.push(format!("[ios] {key} is set"));
        }
    }
    // iOS: files readable only while unlocked; ATS not weakened.
    let protection = get_str(
        doc,
        &[
            "ios",
            "entitlements",
            "com.apple.developer.default-data-protection",
        ],
    );
    if protection != Some("NSFileProtectionComplete") {
        problems.push(format!(
            "[ios.entitlements] default-data-protection {protection:?}, not NSFileProtectionComplete"
        ));
    }
    // Android: compiled against the SDK it targets.
    let sdk = |key| get(doc, &["android", key]).and_then(toml::Value::as_integer);
    if sdk("compile_sdk") < sdk("target_sdk") {
        problems.push(format!(
            "[android] compile_sdk {:?} below target_sdk {:?}",
            sdk("compile_sdk"),
            sdk("target_sdk")
        ));
    }
    // iOS: the camera's reason, and exports visible in the Files app.
    if get_str(doc, &["ios", "plist", "NSCameraUsageDescription"]).is_none_or(str::is_empty) {
        problems.push("[ios.plist] NSCameraUsageDescription is missing".into());
    }
    for key in ["UIFileSharingEnabled", "LSSupportsOpeningDocumentsInPlace"] {
        if get(doc, &["ios", "plist", key]).and_then(toml::Value::as_bool) != Some(true) {
            problems.push(format!("[ios.plist] {key} is not true"));
        }
    }
    if let Some(ats) = get(doc, &["ios", "plist", "NSAppTransportSecurity"]) {
        let text = ats.to_string();
        if text.contains("true") || text.contains("NSExceptionDomains") {
            problems.push(format!(
                "[ios.plist] NSAppTransportSecurity weakened: {text}"
            ));
        }
    }
    problems
}

fn application_id(doc: &toml::Table) -> &str {
    get_str(doc, &["android", "identifier"])
        .or_else(|| get_str(doc, &["bundle", "identifier"]))
        .expect("Dioxus.toml has a [bundle] identifier")
}

#[test]
fn dioxus_toml_hands_dx_the_apps_own_manifest_and_activity() {
    let doc = dioxus_toml();
    for key in ["android_manifest", "android_main_activity"] {
        let path = configured_file(&doc, key)
            .unwrap_or_else(|| panic!("Dioxus.toml [application] {key} is not set"));
        assert!(root().join(&path).is_file(), "{key} = {path}: no such file");
    }
    // dx reads those keys as 0.7.10 does; another dx may not.
    let workspace = read("Cargo.toml");
    assert!(
        workspace.contains(r#"dioxus = { version = "=0.7.10""#),
        "dioxus is no longer pinned to 0.7.10: check how the new dx takes a manifest and activity"
    );
    assert!(
        read("scripts/setup.sh").contains("DX_VERSION=0.7.10"),
        "setup no longer installs dx 0.7.10: check how the new dx takes a manifest and activity"
    );
}

#[test]
fn android_backups_are_off_and_only_coarse_location_is_asked_for() {
    let doc = dioxus_toml();
    let path = configured_file(&doc, "android_manifest").expect("android_manifest is set");
    let problems = manifest_problems(&read(&path), &doc);
    assert!(problems.is_empty(), "{path}:\n{}", problems.join("\n"));
    let problems = toml_problems(&doc);
    assert!(
        problems.is_empty(),
        "mobile/Dioxus.toml:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_activity_sets_flag_secure_before_anything_is_drawn() {
    let doc = dioxus_toml();
    let path = configured_file(&doc, "android_main_activity").expect("activity is set");
    let problems = activity_problems(&read(&path), application_id(&doc));
    assert!(problems.is_empty(), "{path}:\n{}", problems.join("\n"));
}

/// The position is asked for in one place, which runs only on the tap
/// (the browser test "my location is used only after a tap" shows that).
#[test]
fn the_position_is_asked_for_in_one_place_only() {
    // The page's scripts are in src/js/page.js (a module on the web: no eval).
    let askers: Vec<String> = e2e::sources("mobile/src", &["rs", "js"])
        .into_iter()
        .filter(|(_, text)| text.contains("geolocation"))
        .map(|(path, _)| {
            path.strip_prefix(root().join("mobile/src"))
                .unwrap_or(&path)
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(askers, ["js/page.js"], "files asking for the position");
}

/// What Rust asks of the bridge is what the activity offers.
#[test]
fn rust_calls_only_bridge_methods_the_activity_has() {
    let called: BTreeSet<String> = e2e::sources("mobile/src", &["rs", "js"])
        .into_iter()
        .flat_map(|(_, text)| {
            text.split("EenEntreeDevice.")
                .skip(1)
                .map(|rest| {
                    rest.chars()
                        .take_while(char::is_ascii_alphanumeric)
                        .collect()
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let offered: BTreeSet<String> = BRIDGE_METHODS.iter().map(|m| (*m).to_string()).collect();
    assert_eq!(called, offered, "bridge methods called from mobile/src");
}

#[test]
fn the_checks_catch_a_weakened_configuration() {
    let doc = dioxus_toml();
    let manifest = read(&configured_file(&doc, "android_manifest").unwrap());
    let activity = read(&configured_file(&doc, "android_main_activity").unwrap());
    let id = application_id(&doc).to_string();

    let bad_manifests = [
        manifest.replace(
            r#"android:allowBackup="false""#,
            r#"android:allowBackup="true""#,
        ),
        manifest.replace(r#"android:fullBackupContent="false""#, ""),
        manifest.replace(r#" android:maxSdkVersion="30""#, ""),
        manifest.replace(
            r#"android:exported="false"
            android:grantUriPermissions"#,
            r#"android:exported="true"
            android:grantUriPermissions"#,
        ),
        manifest.replace("android.media.action.IMAGE_CAPTURE", "android.intent.action.VIEW"),
        manifest.replace("nl.eenentree.app.private", "nl.eenentree.app.fileprovider"),
        manifest.replace(
            "<application ",
            "<uses-permission android:name=\"android.permission.CAMERA\" />\n<application ",
        ),
        manifest.replace(
            "<application ",
            "<uses-permission-sdk-23 android:name=\"android.permission.READ_CONTACTS\" />\n<application ",
        ),
        manifest.replace(
            r#"android:fullBackupContent="false""#,
            r#"android:fullBackupContent="false" android:dataExtractionRules="@xml/rules""#,
        ),
        manifest.replace(r#"android:host="een-entree.nl""#, r#"android:host="evil.example""#),
    ];
    for (i, bad) in bad_manifests.iter().enumerate() {
        assert!(bad != &manifest, "manifest case {i} changed nothing");
        assert!(
            !manifest_problems(bad, &doc).is_empty(),
            "manifest case {i} passed"
        );
    }
    // A permission inside a comment is not a permission.
    let commented = manifest.replace(
        "<application ",
        "<!-- <uses-permission android:name=\"android.permission.CAMERA\" /> -->\n<application ",
    );
    assert!(manifest_problems(&commented, &doc).is_empty());

    let late = "package dev.dioxus.main\nimport android.os.Bundle\nimport android.view.WindowManager\n\
        typealias BuildConfig = ID.BuildConfig\n\
        class MainActivity : WryActivity() {\n\
            override fun onCreate(savedInstanceState: Bundle?) {\n\
                super.onCreate(savedInstanceState)\n\
                window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)\n\
            }\n}\n"
        .replace("ID", &id);
    let bad_activities = [
        activity.replace("WindowManager.LayoutParams.FLAG_SECURE", "0"),
        activity.replace("window.setFlags(", "// window.setFlags("),
        late,
        activity.clone()
            + "\nfun later(w: android.view.Window) { w.clearFlags(WindowManager.LayoutParams.FLAG_SECURE) }\n",
        format!("package dev.dioxus.main\ntypealias BuildConfig = {id}.BuildConfig\nclass MainActivity : WryActivity()\n"),
        activity.replace("Os.setenv(\"EEN_ENTREE_DATA_DIR\"", "Os.setenv(\"UNUSED\""),
        activity.replace("Os.setenv(\"EEN_ENTREE_LANGUAGES\"", "Os.setenv(\"UNUSED\""),
        activity.replace(
            "PrivateFiles.folder(this, PrivateFiles.EXPORTS, empty = true)",
            "getExternalFilesDir(Environment.DIRECTORY_DOCUMENTS)!!",
        ),
        activity.replace("setOnApplyWindowInsetsListener(", "run("),
        activity.replace("\"EenEntreeDevice\")", "\"Other\")"),
        activity.replace("fun shareText(", "fun shareSomething("),
    ];
    for (i, bad) in bad_activities.iter().enumerate() {
        assert!(bad != &activity, "activity case {i} changed nothing");
        assert!(
            !activity_problems(bad, &id).is_empty(),
            "activity case {i} passed"
        );
    }
    assert!(!activity_problems(&activity, "com.example.other").is_empty());
}

#[test]
fn the_toml_checks_catch_a_weakened_configuration() {
    let toml_text = read("mobile/Dioxus.toml");
    let bad_tomls = [
        toml_text.replace(r#"precision = "coarse""#, r#"precision = "fine""#),
        toml_text.replace(
            "[permissions]\n",
            "[permissions]\ncamera = { description = \"x\" }\n",
        ),
        toml_text.clone() + "\n[background]\nlocation = true\n",
        toml_text.replace("compile_sdk = 35", "compile_sdk = 34"),
        toml_text.replace(
            "UIFileSharingEnabled = true",
            "UIFileSharingEnabled = false",
        ),
        toml_text.replace("NSCameraUsageDescription", "NSCameraUsageDescriptionX"),
    ];
    for (i, bad) in bad_tomls.iter().enumerate() {
        let bad: toml::Table = bad.parse().unwrap();
        assert!(!toml_problems(&bad).is_empty(), "toml case {i} passed");
    }
    let weak_ats = read("mobile/Dioxus.toml").replace(
        "NSAllowsArbitraryLoads = false",
        "NSAllowsArbitraryLoads = true",
    );
    assert!(!toml_problems(&weak_ats.parse().unwrap()).is_empty());
    let no_protection =
        read("mobile/Dioxus.toml").replace("NSFileProtectionComplete", "NSFileProtectionNone");
    assert!(!toml_problems(&no_protection.parse().unwrap()).is_empty());
}
