//! The file and photo picker. Everywhere it is an `<input type="file">`; what
//! differs is who opens the picker and how the bytes reach the core:
//!
//! - web: the browser's picker; the bytes are read in 1 MiB pieces
//!   (`crate::files`);
//! - desktop: Dioxus asks the system's dialog (rfd) and hands over a path;
//! - phones: Dioxus's native interpreter would cancel the click and ask Rust,
//!   whose answer on Android and iOS is always empty (dioxus-desktop 0.7.10,
//!   `file_upload.rs`). So the click is kept from it (`PASS_CLICKS`), the web
//!   view's own picker runs (wry's `onShowFileChooser` on Android, `WKWebView`'s
//!   on iOS), and the picked file is read from the page in pieces (`read`);
//! - Android's camera: wry's capture path needs a `FileProvider` resource that
//!   dx 0.7.10 cannot ship, so the photo button asks the app's own bridge
//!   (`MainActivity.kt`) instead: see `android.rs`.
use dioxus::prelude::*;
use shared::files::PickedFile;

/// A labelled file picker. `camera` asks for a photo from the camera where
/// the device has one (elsewhere: an ordinary picker for images).
#[component]
pub fn FilePicker(
    id: String,
    label: String,
    #[props(default)] camera: bool,
    #[props(default)] describedby: Option<String>,
    on_pick: EventHandler<PickedFile>,
) -> Element {
    phone::use_pass_clicks();
    if camera && super::imp::CAMERA_BUTTON {
        // Android: the app's bridge takes the photo and hands it over.
        return rsx! {
            button {
                id: "{id}",
                r#type: "button",
                class: "use-location camera",
                // Opening the camera hides the app: not a reason to lock
                // the diary (`components/diary/auto_lock.rs`).
                "data-ee-picker": "camera",
                aria_describedby: describedby,
                onclick: move |_| {
                    spawn(async move {
                        if let Some(file) = super::imp::take_photo().await {
                            on_pick.call(file);
                        }
                    });
                },
                "{label}"
            }
        };
    }
    let input_id = id.clone();
    let pick = move |e: FormEvent| {
        let (event, id) = (e.clone(), input_id.clone());
        spawn(async move {
            for file in picked(&event, &id).await {
                on_pick.call(file);
            }
        });
    };
    rsx! {
        label { class: "field-label", r#for: "{id}", "{label}" }
        input {
            id: "{id}",
            r#type: "file",
            accept: if camera { "image/*" },
            "capture": if camera { "environment" },
            aria_describedby: describedby,
            onchange: pick,
        }
    }
}

/// The files of a change event, as the core reads them.
#[cfg(not(any(target_os = "android", target_os = "ios")))]
#[allow(clippy::unused_async)]
async fn picked(e: &FormEvent, _id: &str) -> Vec<PickedFile> {
    e.files().iter().map(crate::files::picked_file).collect()
}

/// Phones: the files the web view's own picker put in the input.
#[cfg(any(target_os = "android", target_os = "ios"))]
async fn picked(_e: &FormEvent, id: &str) -> Vec<PickedFile> {
    phone::snapshot(id).await
}

#[cfg(not(any(target_os = "android", target_os = "ios")))]
mod phone {
    /// Only the phones need the click kept from the interpreter.
    pub fn use_pass_clicks() {}
}

#[cfg(any(target_os = "android", target_os = "ios"))]
mod phone {
    use base64::Engine as _;
    use dioxus::prelude::*;
    use futures::StreamExt as _;
    use shared::files::{FileSource, PickedFile};

    /// Keeps clicks on file inputs from the native interpreter's window
    /// listener (which cancels them), so the web view's own picker opens.
    /// The listener sits on `document`, which a click reaches after the
    /// element (and Dioxus's own handlers on the root) and before `window`.
    const PASS_CLICKS: &str = r#"
        if (!window.__eePassClicks) {
            window.__eePassClicks = true;
            document.addEventListener("click", (e) => {
                const t = e.target;
                if (t instanceof HTMLInputElement && t.type === "file") { e.stopPropagation(); }
            });
        }
    "#;

    /// Keeps the picked `File` objects under fresh tokens (until read, or
    /// quick exit) and lists them.
    const SNAPSHOT: &str = r#"
        window.__eePicked = window.__eePicked || {};
        const out = [];
        const el = document.getElementById(id);
        for (const f of Array.from((el && el.files) || [])) {
            const token = crypto.getRandomValues(new Uint32Array(4)).join("-");
            window.__eePicked[token] = f;
            out.push({ token, name: f.name, size: f.size, type: f.type });
        }
        return out;
    "#;

    /// Reads one kept file in pieces of 512 KiB, each asked for by Rust.
    const READ: &str = r#"
        const f = (window.__eePicked || {})[token];
        const PIECE = 524288;
        let at = 0;
        const b64 = (buf) => {
            const bytes = new Uint8Array(buf);
            let s = "";
            for (let i = 0; i < bytes.length; i += 32768) {
                s += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
            }
            return btoa(s);
        };
        while (true) {
            const want = await dioxus.recv();
            if (want !== "more") { break; }
            if (!f) { dioxus.send({ error: "gone" }); break; }
            if (at >= f.size) { dioxus.send({ end: true }); break; }
            try {
                const buf = await f.slice(at, at + PIECE).arrayBuffer();
                at += buf.byteLength;
                dioxus.send({ piece: b64(buf) });
            } catch (e) { dioxus.send({ error: String(e) }); break; }
        }
        if (window.__eePicked) { delete window.__eePicked[token]; }
    "#;

    #[derive(serde::Deserialize)]
    struct Listed {
        token: String,
        name: String,
        size: u64,
        #[serde(rename = "type")]
        mime: String,
    }

    #[derive(serde::Deserialize)]
    struct Piece {
        piece: Option<String>,
        end: Option<bool>,
        error: Option<String>,
    }

    pub fn use_pass_clicks() {
        use_hook(|| {
            document::eval(PASS_CLICKS);
        });
    }

    /// The picked files, each a stream of pieces read from the page.
    pub async fn snapshot(id: &str) -> Vec<PickedFile> {
        let id = serde_json::to_string(id).unwrap_or_default();
        let script = format!("const id = {id};\n{SNAPSHOT}");
        let Ok(listed) = document::eval(&script).join::<Vec<Listed>>().await else {
            return Vec::new();
        };
        listed
            .into_iter()
            .map(|l| PickedFile {
                source: FileSource::stream(pieces(&l.token).boxed_local()),
                name: l.name,
                size: l.size,
                mime: Some(l.mime).filter(|m| !m.is_empty()),
            })
            .collect()
    }

    /// The reader of one file; tells the page to forget it when dropped.
    struct Reader {
        eval: document::Eval,
        finished: bool,
    }

    impl Drop for Reader {
        fn drop(&mut self) {
            if !self.finished {
                let _ = self.eval.send("stop");
            }
        }
    }

    fn pieces(token: &str) -> impl futures::Stream<Item = Result<Vec<u8>, String>> {
        let token = serde_json::to_string(token).unwrap_or_default();
        // Started now, while a scope is current; it waits for "more".
        let eval = document::eval(&format!("const token = {token};\n{READ}"));
        futures::stream::unfold(
            Reader {
                eval,
                finished: false,
            },
            |mut reader| async move {
                if reader.finished {
                    return None;
                }
                let piece = match reader.eval.send("more") {
                    Ok(()) => reader.eval.recv::<Piece>().await.map_err(|e| e.to_string()),
                    Err(e) => Err(e.to_string()),
                };
                let item = match piece {
                    // The page is done with the file and has forgotten it.
                    Ok(Piece {
                        end: Some(true), ..
                    }) => return None,
                    Ok(Piece {
                        piece: Some(b64), ..
                    }) => base64::engine::general_purpose::STANDARD
                        .decode(b64)
                        .map_err(|e| e.to_string()),
                    Ok(Piece { error, .. }) => Err(error.unwrap_or_else(|| "unreadable".into())),
                    Err(e) => Err(e),
                };
                if item.is_err() {
                    reader.finished = true;
                }
                Some((item, reader))
            },
        )
    }
}
