//! The bundle format (version 1), building one from the repository's data
//! and locales, and verifying one before it is used.
use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{UpdateError, MAX_BUNDLE_BYTES, MAX_SIGNATURE_BYTES};
use crate::content::Content;
use crate::helplines::Helplines;
use crate::i18n::{reference_ids, Localizer, REFERENCE};
use crate::info::Info;
use crate::locator::LocatorData;

/// The format this app reads.
pub const FORMAT: u32 = 1;

/// One locale in a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleLocale {
    /// Reviewed by a native speaker.
    pub reviewed: bool,
    /// File name → FTL source.
    pub files: BTreeMap<String, String>,
}

/// A content bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`FORMAT`].
    pub format: u32,
    /// Must be newer than the installed content's version.
    pub version: u64,
    /// When it was made.
    pub created: DateTime<Utc>,
    /// After this it is not used.
    pub expires: DateTime<Utc>,
    /// `assets/data/helplines.json`.
    pub helplines: serde_json::Value,
    /// `assets/data/info.json`.
    pub info: serde_json::Value,
    /// `assets/data/locator/csgs.json`.
    pub csgs: serde_json::Value,
    /// `assets/data/locator/regions.json`.
    pub regions: serde_json::Value,
    /// Every locale.
    pub locales: BTreeMap<String, BundleLocale>,
}

fn read_json(path: &Path) -> std::io::Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)?;
    serde_json::from_str(&text).map_err(std::io::Error::other)
}

impl Bundle {
    /// Builds a bundle from a repository checkout (the tool's job).
    ///
    /// # Errors
    /// When a file cannot be read or is not JSON.
    pub fn from_repo(
        root: &Path,
        version: u64,
        created: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> std::io::Result<Self> {
        let data = root.join("assets/data");
        let mut locales = BTreeMap::new();
        for entry in std::fs::read_dir(root.join("locales"))? {
            let dir = entry?.path();
            if !dir.is_dir() {
                continue;
            }
            let tag = dir
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let reviewed = read_json(&dir.join("meta.json"))
                .ok()
                .and_then(|m| m["reviewed"].as_bool())
                .unwrap_or(false);
            let mut files = BTreeMap::new();
            for f in std::fs::read_dir(&dir)? {
                let f = f?.path();
                if f.extension().is_some_and(|e| e == "ftl") {
                    let name = f
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default()
                        .to_string();
                    files.insert(name, std::fs::read_to_string(&f)?);
                }
            }
            locales.insert(tag, BundleLocale { reviewed, files });
        }
        Ok(Self {
            format: FORMAT,
            version,
            created,
            expires,
            helplines: read_json(&data.join("helplines.json"))?,
            info: read_json(&data.join("info.json"))?,
            csgs: read_json(&data.join("locator/csgs.json"))?,
            regions: read_json(&data.join("locator/regions.json"))?,
            locales,
        })
    }

    /// The bytes to sign and publish.
    ///
    /// # Panics
    /// Never: the bundle holds only JSON values and strings.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).expect("a bundle always serialises")
    }

    /// Checks the content and builds it, without looking at signature,
    /// version or dates.
    ///
    /// # Errors
    /// [`UpdateError::InvalidContent`] or [`UpdateError::IncompleteLocale`].
    pub fn into_content(self) -> Result<Content, UpdateError> {
        let invalid = |_| UpdateError::InvalidContent;
        let helplines = Helplines::parse(&self.helplines.to_string()).map_err(invalid)?;
        let info = Info::parse(&self.info.to_string()).map_err(|_| UpdateError::InvalidContent)?;
        let locator = LocatorData::parse_with(&self.csgs.to_string(), &self.regions.to_string())
            .map_err(|_| UpdateError::InvalidContent)?;
        if !self.locales.contains_key(REFERENCE) {
            return Err(UpdateError::IncompleteLocale);
        }
        let localizer = Localizer::from_sources(self.locales.iter().map(|(tag, l)| {
            (
                tag.as_str(),
                l.reviewed,
                l.files.values().cloned().collect(),
            )
        }))
        .map_err(|_| UpdateError::IncompleteLocale)?;
        // Every locale must have every message the app uses.
        let needed = reference_ids();
        for tag in self.locales.keys() {
            if localizer.message_ids(tag).len() != needed.len() {
                return Err(UpdateError::IncompleteLocale);
            }
        }
        Ok(Content {
            helplines,
            info,
            locator: std::sync::Arc::new(locator),
            localizer,
            version: self.version,
            published: Some(self.created),
        })
    }
}

/// Verifies a downloaded bundle against the app's public key and the rules,
/// and builds its content.
///
/// # Errors
/// The first rule it breaks; see [`UpdateError`].
pub fn verify(
    bytes: &[u8],
    signature: &str,
    public_key: &str,
    installed: u64,
    now: DateTime<Utc>,
) -> Result<Content, UpdateError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(UpdateError::TooLarge);
    }
    // The download stops at this size; a stored file could hold more.
    if signature.len() > MAX_SIGNATURE_BYTES {
        return Err(UpdateError::BadSignature);
    }
    let key = minisign_verify::PublicKey::from_base64(public_key.trim())
        .or_else(|_| minisign_verify::PublicKey::decode(public_key))
        .map_err(|_| UpdateError::WrongKey)?;
    let signature =
        minisign_verify::Signature::decode(signature).map_err(|_| UpdateError::BadSignature)?;
    key.verify(bytes, &signature, false).map_err(|e| match e {
        minisign_verify::Error::UnexpectedKeyId => UpdateError::WrongKey,
        _ => UpdateError::BadSignature,
    })?;
    let bundle: Bundle = serde_json::from_slice(bytes).map_err(|_| UpdateError::Malformed)?;
    if bundle.format != FORMAT {
        return Err(UpdateError::Malformed);
    }
    if bundle.version <= installed {
        return Err(UpdateError::NotNewer);
    }
    // A day of clock difference is tolerated on the creation date.
    if now >= bundle.expires || bundle.created > now + Duration::days(1) {
        return Err(UpdateError::Expired);
    }
    bundle.into_content()
}

#[cfg(test)]
#[path = "../../tests/support/publisher.rs"]
mod publisher;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::BUNDLED_VERSION;

    pub(crate) use super::publisher::Publisher;

    pub(crate) fn now() -> DateTime<Utc> {
        "2026-12-01T12:00:00Z".parse().unwrap()
    }

    /// A valid bundle of the repository's own data, with one visible change.
    pub(crate) fn good_bundle(version: u64) -> Bundle {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut b = Bundle::from_repo(
            &root,
            version,
            now() - Duration::days(1),
            now() + Duration::days(90),
        )
        .unwrap();
        // One visible change: Zeeland's CSG gets a new name.
        for c in b.csgs.as_array_mut().unwrap() {
            if c["id"] == "zeeland" {
                c["name"] = "CSG Zeeland (nieuw)".into();
            }
        }
        b
    }

    #[test]
    fn a_good_bundle_verifies_and_carries_its_content() {
        let p = Publisher::new();
        let bytes = good_bundle(BUNDLED_VERSION + 1).to_bytes();
        let content = verify(
            &bytes,
            &p.sign(&bytes),
            &p.public_key(),
            BUNDLED_VERSION,
            now(),
        )
        .unwrap();
        assert_eq!(content.version, BUNDLED_VERSION + 1);
        let Outcome::Found(a) = content.locator.find("Goes") else {
            panic!()
        };
        assert_eq!(
            content.locator.csgs[a.serving.unwrap()].name,
            "CSG Zeeland (nieuw)"
        );
        assert_eq!(
            content.localizer.texts(&["nl".into()]).get("home-title"),
            "Hulp na seksueel geweld"
        );
    }

    use crate::locator::Outcome;

    #[test]
    fn every_bad_bundle_is_refused_with_its_reason() {
        let p = Publisher::new();
        let other = Publisher::new();
        let v = BUNDLED_VERSION;
        let good = good_bundle(v + 1).to_bytes();
        let sig = p.sign(&good);
        let check =
            |bytes: &[u8], sig: &str| verify(bytes, sig, &p.public_key(), v, now()).map(|_| ());

        let mut tampered = good.clone();
        let at = tampered.len() / 2;
        tampered[at] ^= 1;
        assert_eq!(check(&tampered, &sig), Err(UpdateError::BadSignature));
        assert_eq!(
            check(&good[..good.len() / 2], &sig),
            Err(UpdateError::BadSignature),
            "truncated"
        );
        assert_eq!(check(&good, &other.sign(&good)), Err(UpdateError::WrongKey));
        assert_eq!(
            check(&good, "not a signature"),
            Err(UpdateError::BadSignature)
        );
        let huge = vec![b' '; MAX_BUNDLE_BYTES + 1];
        assert_eq!(check(&huge, &p.sign(&huge)), Err(UpdateError::TooLarge));
        let junk = b"{ not json";
        assert_eq!(check(junk, &p.sign(junk)), Err(UpdateError::Malformed));
        for version in [v, v - 1] {
            let b = good_bundle(version).to_bytes();
            assert_eq!(
                check(&b, &p.sign(&b)),
                Err(UpdateError::NotNewer),
                "version {version}"
            );
        }
        let mut expired = good_bundle(v + 1);
        expired.expires = now() - Duration::hours(1);
        let b = expired.to_bytes();
        assert_eq!(check(&b, &p.sign(&b)), Err(UpdateError::Expired));
        let mut incomplete = good_bundle(v + 1);
        incomplete
            .locales
            .get_mut("ar")
            .unwrap()
            .files
            .remove("info.ftl");
        let b = incomplete.to_bytes();
        assert_eq!(check(&b, &p.sign(&b)), Err(UpdateError::IncompleteLocale));
        let mut unsourced = good_bundle(v + 1);
        unsourced.helplines["helplines"][0]["contacts"][0]["sources"] = serde_json::json!([]);
        let b = unsourced.to_bytes();
        assert_eq!(check(&b, &p.sign(&b)), Err(UpdateError::InvalidContent));
        let mut guessed = good_bundle(v + 1);
        guessed.regions[6]["csg"] = "utrecht".into(); // VR07, left unverified
        let b = guessed.to_bytes();
        assert_eq!(
            check(&b, &p.sign(&b)),
            Err(UpdateError::InvalidContent),
            "a mapping without verification"
        );
    }
}
