//! What the native platforms share of `robius-open`: its errors as the
//! device room's, and (desktop, iOS) opening a URI and waiting for the
//! system's answer through the completion handler.
use super::outbound::DeviceError;

/// `robius-open`'s error as the device room's: no handler, or a failure.
#[allow(clippy::needless_pass_by_value)] // `map_err` hands it over by value
pub fn error(e: robius_open::Error) -> DeviceError {
    match e {
        robius_open::Error::NoHandler => DeviceError::NoHandler,
        _ => DeviceError::Failed,
    }
}

/// Opens `uri` and resolves with the system's answer (Linux: when
/// `xdg-open` exits; iOS: `UIApplication`'s completion, after the user has
/// confirmed a call). Android answers at once, with an intent, and does not
/// use this.
#[cfg_attr(target_os = "android", allow(dead_code))]
pub async fn open_and_wait(uri: &str) -> Result<(), DeviceError> {
    let (done, answer) = futures::channel::oneshot::channel::<bool>();
    // Called once, from the thread that waits for the handler.
    let done = std::sync::Mutex::new(Some(done));
    robius_open::Uri::new(uri)
        .open_with_completion(move |ok| {
            if let Some(done) = done.lock().ok().and_then(|mut d| d.take()) {
                let _ = done.send(ok);
            }
        })
        .map_err(error)?;
    match answer.await {
        Ok(true) => Ok(()),
        Ok(false) => Err(DeviceError::NoHandler),
        Err(_) => Err(DeviceError::Failed),
    }
}
