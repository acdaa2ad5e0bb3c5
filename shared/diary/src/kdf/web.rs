//! The web's key derivation in a Web Worker (`/kdf-worker.js`, which runs
//! `/kdf.wasm`, built from `shared/kdf-worker`): the page's thread stays free
//! for quick exit and typing meanwhile. One worker per derivation, ended
//! when it answers, so its 128 MiB are given back at once.
use age::secrecy::{ExposeSecret, SecretString};
use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{Derived, Params};

/// The worker's script, beside the app.
const SCRIPT: &str = "/kdf-worker.js";

/// Derives in a worker. `None` when no worker can be had (an old browser, a
/// development server without the file) or it fails: the caller then lets
/// the derivation happen in place, which is slower for the page but correct.
pub async fn derive(passphrase: &SecretString, params: Params, wrap: bool) -> Option<Derived> {
    let worker = web_sys::Worker::new(SCRIPT).ok()?;
    let answer = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    let bytes = passphrase.expose_secret().as_bytes();
    let pass = Uint8Array::from(bytes);
    let message = Object::new();
    let posted = Reflect::set(&message, &"passphrase".into(), &pass).is_ok()
        && Reflect::set(
            &message,
            &"salt".into(),
            &Uint8Array::from(&params.salt[..]),
        )
        .is_ok()
        && Reflect::set(&message, &"logN".into(), &JsValue::from(params.log_n)).is_ok()
        && worker.post_message(&message).is_ok();
    // The worker has its own copy; this one is zeroed at once.
    pass.fill(0, 0, pass.length());
    let answer = if posted {
        JsFuture::from(answer).await.ok()
    } else {
        None
    };
    worker.terminate();
    let data = answer?.dyn_into::<web_sys::MessageEvent>().ok()?.data();
    let array = data.dyn_into::<Uint8Array>().ok()?;
    let mut key = [0u8; 32];
    if array.length() != 32 {
        return None;
    }
    array.copy_to(&mut key);
    array.fill(0, 0, 32);
    Some(Derived::new(passphrase, params, key, wrap))
}
