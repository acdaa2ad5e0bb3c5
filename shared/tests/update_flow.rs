//! Content updates end to end, against a small HTTP server on 127.0.0.1
//! started by the test: a good bundle is applied and used by the locator and
//! the texts (and survives a restart); every bad case is refused with a
//! message, keeps the current content, and never panics.
#[path = "support/publisher.rs"]
mod publisher;
use publisher::Publisher;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use shared::content::BUNDLED_VERSION;
use shared::runtime::Runtime;
use shared::store::MemoryStore;
use shared::update::bundle::Bundle;
use shared::update::fetch::Timeouts;
use shared::update::UpdateSource;
use shared::view::{AppView, PhaseView, ViewModel};
use shared::{Core, CoreConfig, Event};

#[derive(Clone)]
enum Reply {
    Body(Vec<u8>),
    Status(u16),
    Slow(Duration),
    Truncated { claimed: usize, body: Vec<u8> },
    Redirect { status: u16, location: String },
}

/// Serves `routes` on 127.0.0.1 until the test process ends.
fn serve(routes: HashMap<String, Reply>) -> String {
    serve_counting(routes).0
}

/// [`serve`], with the number of requests it has answered.
fn serve_counting(routes: HashMap<String, Reply>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let routes = Arc::new(Mutex::new(routes));
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let routes = Arc::clone(&routes);
            counter.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || {
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&request);
                let path = text.split_whitespace().nth(1).unwrap_or("/").to_string();
                let reply = routes
                    .lock()
                    .unwrap()
                    .get(&path)
                    .cloned()
                    .unwrap_or(Reply::Status(404));
                let head = |status: u16, len: usize| {
                    format!(
                        "HTTP/1.1 {status} X\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
                    )
                };
                let _ = match reply {
                    Reply::Body(body) => stream
                        .write_all(head(200, body.len()).as_bytes())
                        .and_then(|()| stream.write_all(&body)),
                    Reply::Status(code) => stream.write_all(head(code, 0).as_bytes()),
                    Reply::Slow(wait) => {
                        std::thread::sleep(wait);
                        stream.write_all(head(200, 0).as_bytes())
                    }
                    Reply::Truncated { claimed, body } => stream
                        .write_all(head(200, claimed).as_bytes())
                        .and_then(|()| stream.write_all(&body)),
                    Reply::Redirect { status, location } => stream.write_all(
                        format!(
                            "HTTP/1.1 {status} X\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        )
                        .as_bytes(),
                    ),
                };
            });
        }
    });
    (format!("http://{addr}"), hits)
}

/// The repository's own data as a bundle, with Utrecht's region confirmed
/// and a changed Dutch title, so that its use can be seen.
fn bundle(version: u64) -> Bundle {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let now = Utc::now();
    let mut b = Bundle::from_repo(
        &root,
        version,
        now - chrono::Duration::hours(1),
        now + chrono::Duration::days(30),
    )
    .unwrap();
    for r in b.regions.as_array_mut().unwrap() {
        if r["code"] == "VR09" {
            r["csg"] = "utrecht".into();
            r["verified"] = true.into();
        }
    }
    for c in b.csgs.as_array_mut().unwrap() {
        if c["id"] == "utrecht" {
            c["regions"] = serde_json::json!(["VR09"]);
        }
    }
    let app = b
        .locales
        .get_mut("nl")
        .unwrap()
        .files
        .get_mut("app.ftl")
        .unwrap();
    *app = app.replace(
        "home-title = Hulp na seksueel geweld",
        "home-title = Hulp na seksueel geweld (bijgewerkt)",
    );
    b
}

fn app(vm: &ViewModel) -> &AppView {
    match &vm.phase {
        PhaseView::Ready(app) => app,
        other => panic!("not ready: {other:?}"),
    }
}

struct Setup {
    core: Core,
    dir: tempfile::TempDir,
}

fn core_for(base: &str, path: &str, key: &str, dir: Option<tempfile::TempDir>) -> Setup {
    let dir = dir.unwrap_or_else(|| tempfile::tempdir().unwrap());
    let config = CoreConfig {
        device_languages: vec!["nl".into()],
        data_dir: Some(dir.path().to_path_buf()),
        update: Some(UpdateSource {
            url: format!("{base}{path}"),
            public_key: key.into(),
        }),
        update_timeouts: Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_millis(800),
        },
        ..CoreConfig::default()
    };
    let runtime = Runtime::with_store(Box::new(MemoryStore::default())).updates_from(&config);
    let mut core = Core::with_runtime(config, runtime);
    core.handle(Event::Start);
    Setup { core, dir }
}

/// Consents and waits for the check; returns the view.
async fn check(setup: &mut Setup) -> ViewModel {
    setup.core.handle(Event::UpdateConsent(true));
    setup.core.settle().await
}

fn utrecht_is_named(core: &mut Core) -> bool {
    let vm = core.handle(Event::LocatorSearch("3584 CX".into()));
    app(&vm)
        .locator
        .result
        .as_ref()
        .unwrap()
        .heading
        .contains("CSG Utrecht")
}

#[tokio::test(flavor = "current_thread")]
async fn a_good_bundle_is_applied_used_and_kept_across_a_restart() {
    let p = Publisher::new();
    let bytes = bundle(BUNDLED_VERSION + 1).to_bytes();
    let base = serve(HashMap::from([
        ("/b.json".to_string(), Reply::Body(bytes.clone())),
        (
            "/b.json.minisig".to_string(),
            Reply::Body(p.sign(&bytes).into_bytes()),
        ),
    ]));
    let mut s = core_for(&base, "/b.json", &p.public_key(), None);
    assert!(
        !utrecht_is_named(&mut s.core),
        "bundled data: Utrecht's region is not verified"
    );
    let vm = check(&mut s).await;
    assert_eq!(
        app(&vm).home.title,
        "Hulp na seksueel geweld (bijgewerkt)",
        "texts come from the update"
    );
    assert!(
        app(&vm).updates.content_date.contains("bijgewerkt op"),
        "{}",
        app(&vm).updates.content_date
    );
    assert!(utrecht_is_named(&mut s.core), "the locator uses the update");

    // Restart without network: the stored update is verified and used again.
    let dir = s.dir;
    let again = core_for("http://127.0.0.1:9", "/none", &p.public_key(), Some(dir));
    let vm = again.core.view();
    assert_eq!(app(&vm).home.title, "Hulp na seksueel geweld (bijgewerkt)");
}

#[tokio::test(flavor = "current_thread")]
#[allow(clippy::too_many_lines)] // one table of cases reads best in one place
async fn every_bad_answer_is_refused_and_the_current_content_kept() {
    let p = Publisher::new();
    let other = Publisher::new();
    let good = bundle(BUNDLED_VERSION + 1).to_bytes();
    let mut expired = bundle(BUNDLED_VERSION + 1);
    expired.expires = Utc::now() - chrono::Duration::minutes(1);
    let expired = expired.to_bytes();
    let mut incomplete = bundle(BUNDLED_VERSION + 1);
    incomplete
        .locales
        .get_mut("fa")
        .unwrap()
        .files
        .remove("locator.ftl");
    let incomplete = incomplete.to_bytes();
    let older = bundle(BUNDLED_VERSION - 1).to_bytes();
    let same = bundle(BUNDLED_VERSION).to_bytes();
    let huge = vec![b' '; 5 * 1024 * 1024];
    let malformed = b"{\"format\": 1, \"version\": ".to_vec();

    let mut routes = HashMap::new();
    let mut add = |name: &str, body: Reply, sig: Reply| {
        routes.insert(format!("/{name}.json"), body);
        routes.insert(format!("/{name}.json.minisig"), sig);
    };
    add(
        "badsig",
        Reply::Body(good.clone()),
        Reply::Body(p.sign(b"something else").into_bytes()),
    );
    add(
        "wrongkey",
        Reply::Body(good.clone()),
        Reply::Body(other.sign(&good).into_bytes()),
    );
    add(
        "truncated",
        Reply::Body(good[..good.len() / 3].to_vec()),
        Reply::Body(p.sign(&good).into_bytes()),
    );
    add(
        "cut",
        Reply::Truncated {
            claimed: good.len(),
            body: good[..1000].to_vec(),
        },
        Reply::Body(p.sign(&good).into_bytes()),
    );
    add(
        "oversized",
        Reply::Body(huge.clone()),
        Reply::Body(p.sign(&huge).into_bytes()),
    );
    add(
        "older",
        Reply::Body(older.clone()),
        Reply::Body(p.sign(&older).into_bytes()),
    );
    add(
        "same",
        Reply::Body(same.clone()),
        Reply::Body(p.sign(&same).into_bytes()),
    );
    add(
        "expired",
        Reply::Body(expired.clone()),
        Reply::Body(p.sign(&expired).into_bytes()),
    );
    add(
        "malformed",
        Reply::Body(malformed.clone()),
        Reply::Body(p.sign(&malformed).into_bytes()),
    );
    add(
        "incomplete",
        Reply::Body(incomplete.clone()),
        Reply::Body(p.sign(&incomplete).into_bytes()),
    );
    add("e500", Reply::Status(500), Reply::Status(500));
    add(
        "slow",
        Reply::Slow(Duration::from_secs(3)),
        Reply::Status(404),
    );
    let base = serve(routes);
    // A port that refuses connections: bound, then closed.
    let refused = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };

    for (name, expected) in [
        ("badsig", "niet zeker van ons"),
        ("wrongkey", "niet zeker van ons"),
        ("truncated", "niet zeker van ons"),
        ("cut", "geen verbinding"),
        ("oversized", "klopte iets niet"),
        ("older", "nieuwste informatie"),
        ("same", "nieuwste informatie"),
        ("expired", "verlopen"),
        ("malformed", "klopte iets niet"),
        ("incomplete", "klopte iets niet"),
        ("e500", "geen verbinding"),
        ("missing", "geen verbinding"), // 404
        ("slow", "geen verbinding"),
    ] {
        let mut s = core_for(&base, &format!("/{name}.json"), &p.public_key(), None);
        let vm = check(&mut s).await;
        let status = app(&vm).updates.status.clone().unwrap_or_default();
        assert!(status.contains(expected), "{name}: {status}");
        assert_eq!(
            app(&vm).home.title,
            "Hulp na seksueel geweld",
            "{name}: bundled texts kept"
        );
        assert!(
            !utrecht_is_named(&mut s.core),
            "{name}: bundled locator kept"
        );
    }
    let mut s = core_for(&refused, "/b.json", &p.public_key(), None);
    let vm = check(&mut s).await;
    assert!(app(&vm)
        .updates
        .status
        .clone()
        .unwrap()
        .contains("geen verbinding"));
}

/// A redirect (301, 302, 307, 308) to another loopback address that would
/// serve a valid, signed bundle: never followed. The check is refused with
/// its own error, the bundled content stays, nothing is stored, and the
/// other address is never asked.
#[tokio::test(flavor = "current_thread")]
async fn a_redirect_is_refused_and_nothing_is_stored() {
    let p = Publisher::new();
    let bytes = bundle(BUNDLED_VERSION + 1).to_bytes();
    let (target, target_hits) = serve_counting(HashMap::from([
        ("/b.json".to_string(), Reply::Body(bytes.clone())),
        (
            "/b.json.minisig".to_string(),
            Reply::Body(p.sign(&bytes).into_bytes()),
        ),
    ]));
    let mut routes = HashMap::new();
    for status in [301, 302, 307, 308] {
        let to = |path: &str| Reply::Redirect {
            status,
            location: format!("{target}{path}"),
        };
        // The bundle redirected, or only its signature.
        routes.insert(format!("/r{status}.json"), to("/b.json"));
        routes.insert(format!("/r{status}.json.minisig"), to("/b.json.minisig"));
        routes.insert(format!("/s{status}.json"), Reply::Body(bytes.clone()));
        routes.insert(format!("/s{status}.json.minisig"), to("/b.json.minisig"));
    }
    let base = serve(routes);
    for status in [301, 302, 307, 308] {
        for name in [format!("r{status}"), format!("s{status}")] {
            let url = format!("{base}/{name}.json");
            assert_eq!(
                shared::update::fetch::fetch(&url, Timeouts::default()).await,
                Err(shared::update::UpdateError::Redirected),
                "{name}"
            );
            let mut s = core_for(&base, &format!("/{name}.json"), &p.public_key(), None);
            let vm = check(&mut s).await;
            let status_line = app(&vm).updates.status.clone().unwrap_or_default();
            assert!(
                status_line.contains("geen verbinding"),
                "{name}: {status_line}"
            );
            assert_eq!(app(&vm).home.title, "Hulp na seksueel geweld", "{name}");
            assert!(
                !utrecht_is_named(&mut s.core),
                "{name}: bundled locator kept"
            );
            assert_eq!(
                std::fs::read_dir(s.dir.path()).unwrap().count(),
                0,
                "{name}: nothing stored"
            );
            // And after a restart, still the bundled content.
            let again = core_for(&base, "/none", &p.public_key(), Some(s.dir));
            assert_eq!(
                app(&again.core.view()).home.title,
                "Hulp na seksueel geweld"
            );
        }
    }
    assert_eq!(
        target_hits.load(Ordering::SeqCst),
        0,
        "the other address is never asked"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn nothing_is_fetched_without_consent() {
    let p = Publisher::new();
    // A server that would fail the test if asked.
    let base = serve(HashMap::new());
    let mut s = core_for(&base, "/b.json", &p.public_key(), None);
    let vm = s.core.settle().await;
    assert!(app(&vm).updates.ask.is_some(), "the question is asked");
    assert!(app(&vm).updates.status.is_none(), "no check ran");
    s.core.handle(Event::UpdateConsent(false));
    let vm = s.core.handle(Event::CheckForUpdates);
    assert!(
        app(&vm).updates.status.is_none(),
        "still no check after a no"
    );
}
