//! age's passphrase key derivation, and nothing else, for a Web Worker.
//!
//! The web version has one thread: scrypt (128 MiB, about half a second in
//! a browser) there would freeze the page, quick exit included, while a
//! diary is created or opened. `mobile/public/kdf-worker.js` loads this
//! module in a worker and calls [`derive`]; the core
//! (`shared/diary/src/kdf/`) uses the result exactly as age would.
//!
//! The module has no imports and no wasm-bindgen: the worker writes the
//! input into fixed buffers ([`pass_ptr`], [`salt_ptr`]), calls [`derive`]
//! and reads [`out_ptr`], then [`clear`]s. No unsafe code: the pointers are
//! only handed out.

/// The label age puts before the salt (age spec, "scrypt recipient stanza").
pub const SALT_LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
/// The length of a stanza's salt.
pub const SALT_LEN: usize = 16;
/// The largest work factor accepted (the app writes 17).
pub const MAX_LOG_N: u8 = 22;

/// The key that wraps an age file key for `passphrase`, `salt` and `log_n`:
/// scrypt(N = 2^`log_n`, r = 8, p = 1) over the labelled salt, 32 bytes.
/// `None` when `log_n` is out of range.
pub fn key_for(passphrase: &[u8], salt: &[u8; SALT_LEN], log_n: u8) -> Option<[u8; 32]> {
    if log_n == 0 || log_n > MAX_LOG_N {
        return None;
    }
    let mut inner = [0u8; SALT_LABEL.len() + SALT_LEN];
    inner[..SALT_LABEL.len()].copy_from_slice(SALT_LABEL);
    inner[SALT_LABEL.len()..].copy_from_slice(salt);
    let params = scrypt::Params::new(log_n, 8, 1, 32).ok()?;
    let mut out = [0u8; 32];
    scrypt::scrypt(passphrase, &inner, &params, &mut out).ok()?;
    Some(out)
}

/// The longest passphrase the module takes, in UTF-8 bytes.
pub const MAX_PASSPHRASE: usize = 1024;

/// The module's only state: where the caller puts the input and finds the
/// key. (A worker runs one derivation at a time.)
struct Buffers {
    pass: [u8; MAX_PASSPHRASE],
    salt: [u8; SALT_LEN],
    out: [u8; 32],
}

static BUFFERS: std::sync::Mutex<Buffers> = std::sync::Mutex::new(Buffers {
    pass: [0; MAX_PASSPHRASE],
    salt: [0; SALT_LEN],
    out: [0; 32],
});

fn buffers() -> std::sync::MutexGuard<'static, Buffers> {
    BUFFERS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Where the caller writes the passphrase (up to [`MAX_PASSPHRASE`] bytes).
#[allow(unsafe_code)] // exported by name for the worker; nothing unsafe inside
#[no_mangle]
pub extern "C" fn pass_ptr() -> *mut u8 {
    buffers().pass.as_mut_ptr()
}

/// Where the caller writes the 16-byte salt.
#[allow(unsafe_code)] // exported by name for the worker; nothing unsafe inside
#[no_mangle]
pub extern "C" fn salt_ptr() -> *mut u8 {
    buffers().salt.as_mut_ptr()
}

/// Where [`derive`] leaves the 32-byte key.
#[allow(unsafe_code)] // exported by name for the worker; nothing unsafe inside
#[no_mangle]
pub extern "C" fn out_ptr() -> *const u8 {
    buffers().out.as_ptr()
}

/// Derives the key for the first `pass_len` bytes at [`pass_ptr`], the salt
/// at [`salt_ptr`] and `log_n`, into [`out_ptr`], and zeroes the passphrase.
/// Returns 1, or 0 when an input is out of range.
#[allow(unsafe_code)] // exported by name for the worker; nothing unsafe inside
#[no_mangle]
pub extern "C" fn derive(pass_len: usize, log_n: u8) -> u32 {
    let mut b = buffers();
    let key = b
        .pass
        .get(..pass_len)
        .and_then(|p| key_for(p, &b.salt, log_n));
    b.pass.fill(0);
    match key {
        Some(key) => {
            b.out = key;
            1
        }
        None => 0,
    }
}

/// Zeroes the key and the salt (the caller has read the key).
#[allow(unsafe_code)] // exported by name for the worker; nothing unsafe inside
#[no_mangle]
pub extern "C" fn clear() {
    let mut b = buffers();
    b.out.fill(0);
    b.salt.fill(0);
    b.pass.fill(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_scrypt_test_vector_shape_and_differs_by_every_input() {
        let salt = [7u8; SALT_LEN];
        let a = key_for(b"passphrase", &salt, 10).unwrap();
        assert_eq!(
            a,
            key_for(b"passphrase", &salt, 10).unwrap(),
            "deterministic"
        );
        assert_ne!(a, key_for(b"passphrasf", &salt, 10).unwrap());
        assert_ne!(a, key_for(b"passphrase", &[8u8; SALT_LEN], 10).unwrap());
        assert_ne!(a, key_for(b"passphrase", &salt, 11).unwrap());
        assert_eq!(key_for(b"p", &salt, 0), None);
        assert_eq!(key_for(b"p", &salt, MAX_LOG_N + 1), None);
    }

    #[test]
    fn the_exported_functions_give_the_same_key_and_forget_the_passphrase() {
        let pass = b"correct horse";
        let salt = [3u8; SALT_LEN];
        buffers().pass[..pass.len()].copy_from_slice(pass);
        buffers().salt = salt;
        assert_eq!(derive(pass.len(), 10), 1);
        assert_eq!(buffers().out, key_for(pass, &salt, 10).unwrap());
        assert!(
            buffers().pass.iter().all(|b| *b == 0),
            "the passphrase is zeroed"
        );
        assert_eq!(derive(MAX_PASSPHRASE + 1, 10), 0);
        assert_eq!(derive(4, 0), 0);
        clear();
        assert!(buffers().out.iter().all(|b| *b == 0));
    }
}
