//! The diary key's passphrase wrapping: age's scrypt stanza, byte for byte,
//! with the key derivation (scrypt) done where the platform can afford it.
//!
//! On devices the derivation runs inline, on a worker thread. The web has one
//! thread, and scrypt there would freeze the page, quick exit included, for
//! half a second or more; so the web derives in a Web Worker first
//! (`web.rs`) and hands the results in through [`with_prepared`], and the
//! sync code below takes them instead of deriving. Files made here are
//! ordinary age files: `age`/`rage` open them with the passphrase, and this
//! opens theirs (tested below).
use std::cell::RefCell;
use std::collections::HashSet;

use age::secrecy::{ExposeSecret, SecretString};
use age_core::format::{FileKey, Stanza, FILE_KEY_BYTES};
use age_core::primitives::{aead_decrypt, aead_encrypt};
use base64::prelude::{Engine, BASE64_STANDARD_NO_PAD};
use kdf_worker::{key_for, SALT_LEN};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

#[cfg(target_arch = "wasm32")]
pub mod web;

/// age's tag for a passphrase stanza.
const TAG: &str = "scrypt";

/// What a derivation needs besides the passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Params {
    /// The stanza's salt.
    pub salt: [u8; SALT_LEN],
    /// log2 of scrypt's N.
    pub log_n: u8,
}

impl Params {
    /// New parameters with a fresh random salt, for wrapping.
    ///
    /// # Panics
    /// When the platform has no randomness (then nothing could be encrypted).
    pub fn fresh(log_n: u8) -> Self {
        let mut salt = [0; SALT_LEN];
        getrandom::getrandom(&mut salt).expect("the platform's randomness");
        Self { salt, log_n }
    }

    /// The parameters of a passphrase-wrapped age file: its only stanza
    /// must be `scrypt`. `None` for anything else.
    pub fn of(age_file: &[u8]) -> Option<Self> {
        let text = age_file.get(..age_file.len().min(256))?;
        let mut lines = text.split(|b| *b == b'\n');
        if lines.next()? != b"age-encryption.org/v1" {
            return None;
        }
        let line = std::str::from_utf8(lines.next()?).ok()?;
        let mut args = line.strip_prefix("-> ")?.split(' ');
        if args.next()? != TAG {
            return None;
        }
        let salt = BASE64_STANDARD_NO_PAD.decode(args.next()?).ok()?;
        let log_n: u8 = args.next()?.parse().ok()?;
        if args.next().is_some() {
            return None;
        }
        Some(Self {
            salt: salt.try_into().ok()?,
            log_n,
        })
    }
}

/// A derived key, for one passphrase and [`Params`].
#[derive(Clone)]
pub struct Derived {
    params: Params,
    /// SHA-256 of the passphrase it was derived from (in memory only), so a
    /// key prepared for one passphrase is never used for another.
    of: [u8; 32],
    key: Zeroizing<[u8; 32]>,
    /// Made for wrapping (a fresh salt) rather than for an existing stanza.
    wrap: bool,
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Derived(log_n {}, ..)", self.params.log_n)
    }
}

impl Drop for Derived {
    fn drop(&mut self) {
        self.of.zeroize();
    }
}

impl Derived {
    /// Wraps a key derived elsewhere (the web's worker).
    pub fn new(passphrase: &SecretString, params: Params, key: [u8; 32], wrap: bool) -> Self {
        Self {
            params,
            of: fingerprint(passphrase),
            key: Zeroizing::new(key),
            wrap,
        }
    }

    /// Derives here (blocking: tests, and the web's fall-back).
    pub fn compute(passphrase: &SecretString, params: Params, wrap: bool) -> Option<Self> {
        let key = key_for(
            passphrase.expose_secret().as_bytes(),
            &params.salt,
            params.log_n,
        )?;
        Some(Self::new(passphrase, params, key, wrap))
    }
}

fn fingerprint(passphrase: &SecretString) -> [u8; 32] {
    Sha256::digest(passphrase.expose_secret().as_bytes()).into()
}

thread_local! {
    /// Keys prepared for the sync work running now on this thread (web).
    static PREPARED: RefCell<Option<Vec<Derived>>> = const { RefCell::new(None) };
}

/// What a piece of diary work will derive, for the web to do first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Wrapping a new key at this work factor (a fresh salt).
    Wrap(u8),
    /// Opening this stanza.
    Unwrap(Params),
}

/// Derives `needs` for `passphrase` before the work that uses them: on the
/// web in a worker, one after the other (one 128 MiB at a time). `None` on
/// devices, where the work derives on its own worker thread, and on the web
/// when a worker fails (the work then derives in place).
#[allow(clippy::unused_async)] // awaits only on the web
pub async fn prepare(passphrase: &SecretString, needs: &[Need]) -> Option<Vec<Derived>> {
    #[cfg(target_arch = "wasm32")]
    {
        let mut out = Vec::new();
        for need in needs {
            out.push(match *need {
                Need::Wrap(log_n) => web::derive(passphrase, Params::fresh(log_n), true).await?,
                Need::Unwrap(params) => web::derive(passphrase, params, false).await?,
            });
        }
        Some(out)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (passphrase, needs);
        None
    }
}

/// Derives what opening a key ring's `slots` with `passphrase` needs: both
/// slots' keys, always (the same two scrypts as on devices, so the time an
/// unlock takes does not tell which diary it opened). A slot asking for
/// more than this device's budget is not derived. See [`prepare`] for `None`.
pub async fn prepare_unlock(
    passphrase: &SecretString,
    slots: [Option<&[u8]>; 2],
) -> Option<Vec<Derived>> {
    let needs: Vec<Need> = slots
        .iter()
        .filter_map(|s| s.and_then(Params::of))
        .filter(|p| crate::budget::fits(p.log_n))
        .map(Need::Unwrap)
        .collect();
    prepare(passphrase, &needs).await
}

/// Runs `f` with `prepared` keys: while it runs, wrapping and unwrapping use
/// these and derive nothing themselves (a missing one means "not this
/// passphrase"). The keys are dropped, zeroed, when `f` returns.
/// With `None`, `f` just runs (and derives what it needs).
pub fn with_prepared<T>(prepared: Option<Vec<Derived>>, f: impl FnOnce() -> T) -> T {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            PREPARED.with(|p| p.borrow_mut().take());
        }
    }
    let Some(prepared) = prepared else {
        return f();
    };
    PREPARED.with(|p| *p.borrow_mut() = Some(prepared));
    let _reset = Reset;
    f()
}

/// The prepared key matching, or `Err(())` when keys are prepared but none
/// matches; `Ok(None)` when nothing is prepared (derive here).
fn take_prepared(
    passphrase: &SecretString,
    matches: impl Fn(&Derived) -> bool,
) -> Result<Option<Derived>, ()> {
    PREPARED.with(|p| {
        let mut p = p.borrow_mut();
        let Some(list) = p.as_mut() else {
            return Ok(None);
        };
        let of = fingerprint(passphrase);
        let i = list
            .iter()
            .position(|d| d.of == of && matches(d))
            .ok_or(())?;
        Ok(Some(list.swap_remove(i)))
    })
}

/// Wraps an age file key with a passphrase, as age's scrypt recipient does.
pub struct Recipient {
    passphrase: SecretString,
    log_n: u8,
}

impl Recipient {
    /// For `passphrase` at work factor `log_n`.
    pub fn new(passphrase: SecretString, log_n: u8) -> Self {
        Self { passphrase, log_n }
    }

    fn key(&self) -> Result<(Params, Zeroizing<[u8; 32]>), age::EncryptError> {
        let fail = || age::EncryptError::Io(std::io::ErrorKind::Other.into());
        let log_n = self.log_n;
        let derived = match take_prepared(&self.passphrase, |d| d.wrap && d.params.log_n == log_n) {
            Ok(Some(d)) => d,
            Ok(None) => {
                Derived::compute(&self.passphrase, Params::fresh(log_n), true).ok_or_else(fail)?
            }
            Err(()) => return Err(fail()),
        };
        Ok((derived.params, derived.key.clone()))
    }
}

impl age::Recipient for Recipient {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let (params, key) = self.key()?;
        Ok(stanza(params, &key, file_key))
    }
}

/// A stanza that no passphrase opens but that looks like any other: a random
/// key in place of a derived one (the key ring's decoy slot, no scrypt).
pub struct Decoy {
    /// The work factor the stanza names.
    pub log_n: u8,
}

impl age::Recipient for Decoy {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let mut key = Zeroizing::new([0u8; 32]);
        getrandom::getrandom(key.as_mut())
            .map_err(|_| age::EncryptError::Io(std::io::ErrorKind::Other.into()))?;
        Ok(stanza(Params::fresh(self.log_n), &key, file_key))
    }
}

fn stanza(params: Params, key: &[u8; 32], file_key: &FileKey) -> (Vec<Stanza>, HashSet<String>) {
    let body = aead_encrypt(key, file_key.expose_secret());
    // A random label: age then refuses to mix this stanza with any other.
    let mut label = [0u8; 16];
    let _ = getrandom::getrandom(&mut label);
    let label = crate::hex::hex(&label);
    (
        vec![Stanza {
            tag: TAG.to_owned(),
            args: vec![
                BASE64_STANDARD_NO_PAD.encode(params.salt),
                params.log_n.to_string(),
            ],
            body,
        }],
        std::iter::once(label).collect(),
    )
}

/// Unwraps a passphrase stanza, as age's scrypt identity does.
pub struct Identity {
    passphrase: SecretString,
    max_log_n: u8,
}

impl Identity {
    /// For `passphrase`, refusing work factors above `max_log_n`.
    pub fn new(passphrase: SecretString, max_log_n: u8) -> Self {
        Self {
            passphrase,
            max_log_n,
        }
    }
}

impl age::Identity for Identity {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, age::DecryptError>> {
        if stanza.tag != TAG {
            return None;
        }
        let params = match &stanza.args[..] {
            [salt, log_n] => {
                let salt = BASE64_STANDARD_NO_PAD
                    .decode(salt)
                    .ok()
                    .and_then(|s| s.try_into().ok());
                let log_n = log_n.parse::<u8>().ok().filter(|n| n.to_string() == *log_n);
                match (salt, log_n) {
                    (Some(salt), Some(log_n)) => Params { salt, log_n },
                    _ => return Some(Err(age::DecryptError::InvalidHeader)),
                }
            }
            _ => return Some(Err(age::DecryptError::InvalidHeader)),
        };
        if stanza.body.len() != FILE_KEY_BYTES + 16 {
            return Some(Err(age::DecryptError::InvalidHeader));
        }
        if params.log_n > self.max_log_n {
            return Some(Err(age::DecryptError::ExcessiveWork {
                required: params.log_n,
                target: self.max_log_n,
            }));
        }
        let derived = match take_prepared(&self.passphrase, |d| !d.wrap && d.params == params) {
            Ok(Some(d)) => d,
            Ok(None) => match Derived::compute(&self.passphrase, params, false) {
                Some(d) => d,
                None => return Some(Err(age::DecryptError::InvalidHeader)),
            },
            // Prepared for other stanzas only: not this passphrase's.
            Err(()) => return Some(Err(age::DecryptError::DecryptionFailed)),
        };
        Some(
            aead_decrypt(&derived.key, FILE_KEY_BYTES, &stanza.body)
                .map(|mut plain| {
                    FileKey::init_with_mut(|k| {
                        k.copy_from_slice(&plain);
                        plain.zeroize();
                    })
                })
                .map_err(|_| age::DecryptError::DecryptionFailed),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOW: u8 = 10;

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    fn wrap(recipient: &impl age::Recipient, plain: &[u8]) -> Vec<u8> {
        age::encrypt(recipient, plain).expect("encrypts")
    }

    #[test]
    fn age_opens_what_this_wraps_and_this_opens_what_age_wraps() {
        let ours = wrap(&Recipient::new(pass("river stone"), LOW), b"secret");
        let mut theirs_id = age::scrypt::Identity::new(pass("river stone"));
        theirs_id.set_max_work_factor(LOW + 1);
        assert_eq!(age::decrypt(&theirs_id, &ours).unwrap(), b"secret");

        let mut theirs = age::scrypt::Recipient::new(pass("river stone"));
        theirs.set_work_factor(LOW);
        let theirs = wrap(&theirs, b"other secret");
        let ours_id = Identity::new(pass("river stone"), LOW + 1);
        assert_eq!(age::decrypt(&ours_id, &theirs).unwrap(), b"other secret");
        let wrong = Identity::new(pass("river stonf"), LOW + 1);
        assert!(matches!(
            age::decrypt(&wrong, &theirs),
            Err(age::DecryptError::DecryptionFailed)
        ));
        let strict = Identity::new(pass("river stone"), LOW - 1);
        assert!(matches!(
            age::decrypt(&strict, &theirs),
            Err(age::DecryptError::ExcessiveWork { .. })
        ));
    }

    #[test]
    fn params_are_read_from_the_header() {
        let file = wrap(&Recipient::new(pass("p"), LOW), b"x");
        let params = Params::of(&file).expect("a passphrase file");
        assert_eq!(params.log_n, LOW);
        let again = Derived::compute(&pass("p"), params, false).unwrap();
        assert!(with_prepared(Some(vec![again]), || age::decrypt(
            &Identity::new(pass("p"), LOW),
            &file
        ))
        .is_ok());
        let key_file = wrap(&age::x25519::Identity::generate().to_public(), b"x");
        assert_eq!(Params::of(&key_file), None);
        assert_eq!(Params::of(b"not age at all"), None);
        assert_eq!(Params::of(b""), None);
    }

    #[test]
    fn prepared_keys_are_used_instead_of_deriving() {
        let file = wrap(&Recipient::new(pass("p"), LOW), b"x");
        let params = Params::of(&file).unwrap();
        // A wrong prepared key for the right passphrase fails: so the
        // prepared key is what is used, not a fresh derivation.
        let wrong = Derived::new(&pass("p"), params, [9; 32], false);
        let id = Identity::new(pass("p"), LOW);
        assert!(with_prepared(Some(vec![wrong]), || age::decrypt(&id, &file)).is_err());
        // Prepared for another passphrase: never used, and not derived either.
        let other = Derived::compute(&pass("q"), params, false).unwrap();
        assert!(with_prepared(Some(vec![other]), || age::decrypt(&id, &file)).is_err());
        // Nothing prepared: derived here.
        assert!(age::decrypt(&id, &file).is_ok());

        // Wrapping takes a prepared key with its salt.
        let prepared = Derived::compute(&pass("p"), Params::fresh(LOW), true).unwrap();
        let salt = prepared.params.salt;
        let made = with_prepared(Some(vec![prepared]), || {
            wrap(&Recipient::new(pass("p"), LOW), b"y")
        });
        assert_eq!(Params::of(&made).unwrap().salt, salt);
        assert_eq!(age::decrypt(&id, &made).unwrap(), b"y");
        // Prepared keys do not outlive the work they were made for.
        PREPARED.with(|p| assert!(p.borrow().is_none()));
    }

    #[test]
    fn a_decoy_looks_like_a_wrapped_key_and_opens_with_nothing() {
        let decoy = wrap(&Decoy { log_n: LOW }, b"0123456789");
        let real = wrap(&Recipient::new(pass("p"), LOW), b"0123456789");
        assert_eq!(decoy.len(), real.len());
        assert_eq!(Params::of(&decoy).unwrap().log_n, LOW);
        for guess in ["p", "", "decoy"] {
            assert!(age::decrypt(&Identity::new(pass(guess), LOW), &decoy).is_err());
        }
    }
}
