//! Keys and sealing, with `age`. Passphrases and identities are `secrecy`
//! types: zeroised on drop, never in `Debug`, never in a model or view model.
use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;

/// The scrypt work factor (log2 N) for wrapping the diary key on devices:
/// 2^17 needs 128 MiB and about a quarter second on a phone, where age's own
/// calibration picked 2^19 (512 MiB) on a desktop. Tests use a lower one.
pub const WORK_FACTOR: u8 = 17;

/// Why a diary could not be opened or a record read.
#[derive(Debug, thiserror::Error, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CryptoError {
    /// The passphrase does not open the diary. Nothing was changed.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The stored data is damaged or not ours.
    #[error("damaged or foreign data")]
    Corrupt,
    /// Encryption failed (should not happen).
    #[error("encryption failed")]
    Encrypt,
    /// The stored key asks for more memory than this device's budget
    /// ([`crate::budget`]); nothing was derived.
    #[error("the key asks for too much work (2^{required})")]
    TooMuchWork {
        /// The work factor (log2 N) it asks for.
        required: u8,
    },
}

/// An unlocked diary key. Dropping it locks the diary. Cloned only to hand
/// a copy to a worker (sealing a file, an export), dropped when it is done.
#[derive(Clone)]
pub struct DiaryKey(x25519::Identity);

impl std::fmt::Debug for DiaryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DiaryKey(..)")
    }
}

impl DiaryKey {
    /// A new random key and its wrapped form (to store) for `passphrase`.
    ///
    /// # Errors
    /// [`CryptoError::Encrypt`] if age cannot encrypt.
    pub fn create(
        passphrase: SecretString,
        work_factor: u8,
    ) -> Result<(Self, Vec<u8>), CryptoError> {
        let identity = x25519::Identity::generate();
        let recipient = crate::kdf::Recipient::new(passphrase, work_factor);
        let secret = identity.to_string();
        let wrapped = age::encrypt(&recipient, secret.expose_secret().as_bytes())
            .map_err(|_| CryptoError::Encrypt)?;
        Ok((Self(identity), wrapped))
    }

    /// This key wrapped with `passphrase` (one scrypt), to replace the
    /// stored form when the passphrase changes. The key itself, and so every
    /// record, stays the same.
    ///
    /// # Errors
    /// [`CryptoError::Encrypt`] if age cannot encrypt.
    pub fn wrap(&self, passphrase: SecretString, work_factor: u8) -> Result<Vec<u8>, CryptoError> {
        let recipient = crate::kdf::Recipient::new(passphrase, work_factor);
        let secret = self.0.to_string();
        age::encrypt(&recipient, secret.expose_secret().as_bytes())
            .map_err(|_| CryptoError::Encrypt)
    }

    /// A wrapped key that no passphrase opens, the same size and form as one
    /// that does (the key ring's decoy slot). No scrypt.
    ///
    /// # Errors
    /// [`CryptoError::Encrypt`] if age cannot encrypt.
    pub fn decoy(work_factor: u8) -> Result<Vec<u8>, CryptoError> {
        let secret = x25519::Identity::generate().to_string();
        age::encrypt(
            &crate::kdf::Decoy { log_n: work_factor },
            secret.expose_secret().as_bytes(),
        )
        .map_err(|_| CryptoError::Encrypt)
    }

    /// Unwraps the stored key with `passphrase`: exactly one scrypt.
    ///
    /// # Errors
    /// [`CryptoError::WrongPassphrase`], [`CryptoError::TooMuchWork`] when
    /// the stored key asks for more than this device's budget (nothing is
    /// derived then), or [`CryptoError::Corrupt`] when it is damaged.
    pub fn unlock(wrapped: &[u8], passphrase: SecretString) -> Result<Self, CryptoError> {
        let identity = crate::kdf::Identity::new(passphrase, crate::budget::max_work_factor());
        let plain = age::decrypt(&identity, wrapped).map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                CryptoError::WrongPassphrase
            }
            age::DecryptError::ExcessiveWork { required, .. } => {
                CryptoError::TooMuchWork { required }
            }
            _ => CryptoError::Corrupt,
        })?;
        let text = SecretString::from(String::from_utf8(plain).map_err(|_| CryptoError::Corrupt)?);
        let key = text
            .expose_secret()
            .parse::<x25519::Identity>()
            .map_err(|_| CryptoError::Corrupt)?;
        Ok(Self(key))
    }

    /// Encrypts a record to this diary.
    ///
    /// # Errors
    /// [`CryptoError::Encrypt`] if age cannot encrypt.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        age::encrypt(&self.0.to_public(), plaintext).map_err(|_| CryptoError::Encrypt)
    }

    /// Starts a streamed encryption to this diary into `out` (files: never
    /// whole in memory). Call `finish` on the writer to complete it.
    ///
    /// # Errors
    /// [`CryptoError::Encrypt`] if age cannot start the stream.
    pub fn seal_stream<W: std::io::Write>(
        &self,
        out: W,
    ) -> Result<age::stream::StreamWriter<W>, CryptoError> {
        let recipient = self.0.to_public();
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| CryptoError::Encrypt)?
            .wrap_output(out)
            .map_err(|_| CryptoError::Encrypt)
    }

    /// Opens a streamed ciphertext of this diary for reading.
    ///
    /// # Errors
    /// [`CryptoError::Corrupt`] when it is damaged or not ours.
    pub fn open_stream<R: std::io::Read>(
        &self,
        input: R,
    ) -> Result<age::stream::StreamReader<R>, CryptoError> {
        age::Decryptor::new(input)
            .and_then(|d| d.decrypt(std::iter::once(&self.0 as &dyn age::Identity)))
            .map_err(|_| CryptoError::Corrupt)
    }

    /// This diary's public key (for tests and tools).
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }

    /// Decrypts a record of this diary.
    ///
    /// # Errors
    /// [`CryptoError::Corrupt`] when the record is damaged or not ours.
    pub fn open(&self, ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        age::decrypt(&self.0, ciphertext).map_err(|_| CryptoError::Corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_WORK: u8 = 10;

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    #[test]
    fn the_right_passphrase_opens_the_same_key() {
        let (key, wrapped) = DiaryKey::create(pass("correct horse"), TEST_WORK).unwrap();
        let sealed = key.seal(b"felt unsafe today").unwrap();
        let again = DiaryKey::unlock(&wrapped, pass("correct horse")).unwrap();
        assert_eq!(again.open(&sealed).unwrap(), b"felt unsafe today");
    }

    #[test]
    fn a_wrong_passphrase_is_told_apart_from_damage() {
        let (_, wrapped) = DiaryKey::create(pass("correct horse"), TEST_WORK).unwrap();
        assert_eq!(
            DiaryKey::unlock(&wrapped, pass("wrong")).unwrap_err(),
            CryptoError::WrongPassphrase
        );
        assert_eq!(
            DiaryKey::unlock(b"not an age file", pass("correct horse")).unwrap_err(),
            CryptoError::Corrupt
        );
        let mut damaged = wrapped.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 0x55;
        assert!(DiaryKey::unlock(&damaged, pass("correct horse")).is_err());
    }

    #[test]
    fn ciphertext_reveals_no_plaintext_and_another_diary_cannot_read_it() {
        let (key, _) = DiaryKey::create(pass("a"), TEST_WORK).unwrap();
        let (other, _) = DiaryKey::create(pass("a"), TEST_WORK).unwrap();
        let sealed = key.seal(b"MARKER-7f3a the text").unwrap();
        assert!(!sealed.windows(11).any(|w| w == b"MARKER-7f3a"));
        assert_eq!(other.open(&sealed).unwrap_err(), CryptoError::Corrupt);
        assert_eq!(
            format!("{key:?}"),
            "DiaryKey(..)",
            "the key never shows in logs"
        );
    }
}
