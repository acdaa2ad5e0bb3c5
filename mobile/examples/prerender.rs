//! Writes the web build's pages: real HTML for every address, rendered from
//! the same components and core as the app (as `tests/render.rs` renders
//! them), as a first visit sees them (Dutch; a campaign link in its
//! language; the first run's explanation under the call button), with the
//! styles inline, the few lines of `src/js/boot.js` that work before the app
//! runs, and the Content-Security-Policy with the hash of every inline
//! script and style. Also writes `_headers` (the same policy and the headers
//! a static host adds) and `_redirects` (the fallbacks).
//!
//! `cargo run -p mobile --example prerender -- <web build folder>`, after
//! `dx build` (scripts/build-web.sh): it takes dx's `index.html` for the
//! script that loads the app, and replaces it.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};
use shared::campaign::Audience;
use shared::{CoreConfig, Platform};

#[path = "../tests/support/ssr.rs"]
mod ssr;

const BOOT_JS: &str = include_str!("../src/js/boot.js");

/// Every address with a page of its own (campaign links are added per
/// audience and language; information pages per section).
const ADDRESSES: &[&str] = &[
    "/",
    "/find",
    "/find/all",
    "/helplines",
    "/diary",
    "/settings",
    "/quick-exit",
    "/about",
    "/kit",
    "/kit/poster",
    "/kit/cards",
];

/// What the policy allows besides the hashes: the site's own files, the
/// wasm compiled from them, and the diary report's print frame (a `blob:`
/// document, which inherits this policy: its style is hashed too).
fn policy(script_hashes: &[String], style_hashes: &[String]) -> String {
    let list = |h: &[String]| {
        h.iter().fold(String::new(), |mut out, h| {
            let _ = write!(out, " '{h}'");
            out
        })
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; \
         img-src 'self'; frame-src blob:; connect-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'none'",
        list(script_hashes),
        list(style_hashes)
    )
}

fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The app rendered at `path`, as a first visit (nothing stored) in Dutch.
fn render(path: &str) -> String {
    let config = CoreConfig {
        platform: Platform::Web,
        device_languages: vec!["nl".into()],
        data_dir: None,
        ..CoreConfig::default()
    };
    // Until the core's view replaced the starting cover and no work is pending.
    ssr::render_until(
        config,
        path,
        |html| !html.contains("class=\"cover\""),
        Duration::from_secs(60),
    )
}

/// The text of every `<tag>…</tag>` in `html`.
fn contents<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let Some(j) = after.find(&close) else { break };
        out.push(&after[..j]);
        rest = &after[j + close.len()..];
    }
    out
}

/// The value of the first `name="…"` attribute in `html`.
fn attribute<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = html.find(&key)? + key.len();
    html[i..].split('"').next()
}

struct Dx {
    title: String,
    /// dx's tags that load the app (the module script and its preload).
    loader: String,
}

/// What dx's own `index.html` brings: the title and the tags that load the app.
fn read_dx(index: &str) -> Result<Dx, String> {
    let title = contents(index, "title")
        .first()
        .map(|t| (*t).to_string())
        .ok_or("dx's index.html has no <title>")?;
    let mut loader = String::new();
    for line in index.split('<').filter(|t| {
        (t.starts_with("link rel=\"preload\"") || t.starts_with("script "))
            && t.contains("/assets/")
    }) {
        let tag = line.trim_end();
        let _ = write!(loader, "<{tag}");
        if tag.starts_with("script ") {
            loader.push_str("</script>");
        }
    }
    if !loader.contains("<script ") {
        return Err("dx's index.html has no script that loads the app".into());
    }
    Ok(Dx {
        title: title.trim().to_string(),
        loader,
    })
}

/// One page: the policy first, then the boot script, the rendered app
/// inside `#pre`, the empty root the app renders into, and dx's loader.
/// (The manifest and theme colour come with the app, which adds them.)
fn page(dx: &Dx, csp: &str, boot: &str, app: &str, fixed_lang: bool) -> String {
    let lang = attribute(app, "lang").unwrap_or("nl");
    let dir = attribute(app, "dir").unwrap_or("ltr");
    let fixed = if fixed_lang {
        format!(" data-lang=\"{lang}\"")
    } else {
        String::new()
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n\
         <meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n\
         <script id=\"boot\">{boot}</script>\n</head>\n<body>\n\
         <div id=\"main\" hidden></div>\n<div id=\"pre\"{fixed}>{app}</div>\n{loader}\n</body>\n</html>\n",
        title = dx.title,
        loader = dx.loader,
    )
}

/// The file a path is written to: `<dir>/<path>/index.html`.
fn file_for(dir: &Path, path: &str) -> PathBuf {
    let mut file = dir.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        file.push(part);
    }
    file.join("index.html")
}

fn write(file: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// The diary report's own style: the print frame shows it under this policy.
fn report_style() -> Result<String, String> {
    let content = shared::content::bundled_ref();
    let texts = content.localizer.texts(&["nl".to_string()]);
    let report = shared::diary::report::report(&shared::diary::flow::Snapshot::default(), &texts);
    contents(&report, "style")
        .first()
        .map(|s| (*s).to_string())
        .ok_or_else(|| "the diary report has no <style>".into())
}

fn run(dir: &Path) -> Result<usize, String> {
    let index = dir.join("index.html");
    let dx = read_dx(
        &std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?,
    )?;
    // The boot script without its comment lines (fewer bytes before the call).
    let boot: String = BOOT_JS
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n");

    let mut pages: Vec<(String, PathBuf, bool)> = ADDRESSES
        .iter()
        .map(|a| ((*a).to_string(), file_for(dir, a), false))
        .collect();
    for section in &shared::content::bundled_ref().info.sections {
        let path = format!("/info/{}", section.id);
        let file = file_for(dir, &path);
        pages.push((path, file, false));
    }
    // Any other address under /c/ opens Start.
    pages.push(("/c/".into(), file_for(dir, "/c/"), false));
    for audience in Audience::ALL {
        for lang in shared::content::bundled_ref().localizer.available() {
            let path = format!("/c/1/{}/{lang}", audience.code());
            let file = file_for(dir, &path);
            pages.push((path, file, true));
        }
    }
    pages.push(("/no-such-page".into(), dir.join("404.html"), false));

    let rendered: Vec<(PathBuf, String, bool)> = pages
        .into_iter()
        .map(|(path, file, fixed)| (file, render(&path), fixed))
        .collect();
    // Every inline style any page holds (the app's own two), and the report's.
    let mut styles: Vec<String> = rendered
        .iter()
        .flat_map(|(_, html, _)| contents(html, "style"))
        .map(sha256)
        .collect();
    styles.push(sha256(&report_style()?));
    styles.sort();
    styles.dedup();
    let csp = policy(&[sha256(&boot)], &styles);
    for (file, app, fixed) in &rendered {
        if !app.contains("href=\"tel:08000188\"") {
            return Err(format!(
                "{}: no call link in the rendered page",
                file.display()
            ));
        }
        write(file, &page(&dx, &csp, &boot, app, *fixed))?;
    }
    write(&dir.join("_headers"), &headers(&csp))?;
    write(&dir.join("_redirects"), REDIRECTS)?;
    Ok(rendered.len())
}

/// Headers for every answer, in the format of Netlify and Cloudflare Pages
/// (`tests/browser/serve.mjs` reads it too). `frame-ancestors` works only as
/// a header, not in the page's meta element.
fn headers(csp: &str) -> String {
    format!(
        "# Written by mobile/examples/prerender.rs (scripts/build-web.sh); see README, \"Deploying the web version\".\n\
         /*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n  \
         X-Content-Type-Options: nosniff\n  X-Frame-Options: DENY\n  Permissions-Policy: camera=(), microphone=(), geolocation=(self)\n\
         /sw.js\n  Cache-Control: no-cache\n"
    )
}

/// Fallbacks of a static host: a campaign link with a campaign code gets
/// the page of its audience and language; anything else under /c/ Start;
/// an unknown address the not-found page (`404.html`, by the host itself).
const REDIRECTS: &str = "# Written by mobile/examples/prerender.rs (scripts/build-web.sh).\n\
/c/1/:audience/:lang/*  /c/1/:audience/:lang/index.html  200\n\
/c/*  /c/index.html  200\n";

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <web build folder>");
        return ExitCode::from(2);
    };
    match run(&dir) {
        Ok(n) => {
            println!("pre-rendered: {n} pages");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
