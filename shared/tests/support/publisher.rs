//! A content publisher for tests: a minisign key pair made for this run and
//! its signatures. The bundle's unit tests (`src/update/bundle.rs`) and the
//! end-to-end update tests (`tests/update_flow.rs`) both include this file.

/// A key pair made for this test run, and a signer.
pub struct Publisher {
    pk: minisign::PublicKey,
    sk: minisign::SecretKey,
}

impl Publisher {
    /// A fresh, unencrypted key pair.
    pub fn new() -> Self {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        Self {
            pk: kp.pk,
            sk: kp.sk,
        }
    }

    /// The public key, as the app's configuration holds it.
    pub fn public_key(&self) -> String {
        self.pk.to_base64()
    }

    /// The signature file's text for `bytes`.
    pub fn sign(&self, bytes: &[u8]) -> String {
        minisign::sign(
            Some(&self.pk),
            &self.sk,
            std::io::Cursor::new(bytes),
            None,
            None,
        )
        .unwrap()
        .into_string()
    }
}
