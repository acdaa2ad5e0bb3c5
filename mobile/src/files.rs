//! Files between the browser or desktop and the core, with nothing decided
//! here: a file the user picked becomes a [`PickedFile`] (a path on the
//! desktop, the bytes read in pieces in a browser), and a finished export
//! becomes a download (a `blob:` address in a browser, revoked when it is
//! dismissed). The phones' own pickers are in `crate::device`.
#[cfg(not(any(target_os = "android", target_os = "ios")))]
use dioxus::html::FileData;
#[cfg(not(any(target_os = "android", target_os = "ios")))]
use shared::files::{FileSource, PickedFile};

/// The picked file as the core reads it (the phones read theirs from the
/// page: `crate::device`).
#[cfg(not(any(target_os = "android", target_os = "ios")))]
pub fn picked_file(file: &FileData) -> PickedFile {
    PickedFile {
        name: file.name(),
        size: file.size(),
        mime: file.content_type().filter(|m| !m.is_empty()),
        source: source(file),
    }
}

/// Desktop: the runtime reads the file from disk.
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
fn source(file: &FileData) -> FileSource {
    FileSource::Path(file.path())
}

/// Browser: read in pieces of 1 MiB (`Blob.slice`), so a large video is
/// never held whole in memory twice.
#[cfg(target_arch = "wasm32")]
fn source(file: &FileData) -> FileSource {
    use futures::StreamExt as _;

    const PIECE: f64 = 1_048_576.0;
    let Some(blob) = file
        .inner()
        .downcast_ref::<web_sys::File>()
        .map(|f| web_sys::Blob::from(f.clone()))
    else {
        // Not a browser file (should not happen on the web): one piece.
        return FileSource::stream(
            file.byte_stream()
                .map(|piece| piece.map(|b| b.to_vec()).map_err(|e| e.to_string()))
                .boxed_local(),
        );
    };
    let size = blob.size();
    let pieces = futures::stream::unfold(0.0_f64, move |start| {
        let blob = blob.clone();
        async move {
            if start >= size {
                return None;
            }
            let end = (start + PIECE).min(size);
            let read = async {
                let piece = blob
                    .slice_with_f64_and_f64(start, end)
                    .map_err(|e| format!("{e:?}"))?;
                let buffer = wasm_bindgen_futures::JsFuture::from(piece.array_buffer())
                    .await
                    .map_err(|e| format!("{e:?}"))?;
                Ok(web_sys::js_sys::Uint8Array::new(&buffer).to_vec())
            }
            .await;
            // After an error the stream ends.
            let next = if read.is_ok() { end } else { size };
            Some((read, next))
        }
    });
    FileSource::stream(pieces.boxed_local())
}

/// A `blob:` address for the bytes, to download or print; `None` where
/// there is no browser.
#[cfg(target_arch = "wasm32")]
pub fn object_url(data: &[u8], mime: &str) -> Option<String> {
    use web_sys::js_sys::{Array, Uint8Array};
    let parts = Array::of1(&Uint8Array::from(data));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// A `blob:` address for the bytes, to download or print; `None` where
/// there is no browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn object_url(_data: &[u8], _mime: &str) -> Option<String> {
    None
}

/// Forgets a `blob:` address: the browser may free the bytes.
pub fn revoke_object_url(url: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = web_sys::Url::revoke_object_url(url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}
