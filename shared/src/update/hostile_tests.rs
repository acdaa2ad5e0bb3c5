//! Hostile input for updates: random and damaged bundles, signatures, keys
//! and stored files. Each case must end in a typed [`UpdateError`] with a
//! message the user can read (or, where the damage cannot matter, the same
//! good content), never a panic; a refused bundle is never stored, and
//! loading a stored file never changes it.
use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::{json, Value};

use super::bundle::tests::{good_bundle, now, Publisher};
use super::bundle::verify;
use super::{store, UpdateError, MAX_BUNDLE_BYTES, MAX_SIGNATURE_BYTES};
use crate::content::BUNDLED_VERSION;
use crate::i18n::reference_ids;

struct Sample {
    publisher: Publisher,
    bytes: Vec<u8>,
    signature: String,
    value: Value,
}

/// One good, signed bundle for every case (making one takes a while).
fn sample() -> &'static Sample {
    static SAMPLE: OnceLock<Sample> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let publisher = Publisher::new();
        let bundle = good_bundle(BUNDLED_VERSION + 1);
        let bytes = bundle.to_bytes();
        let signature = publisher.sign(&bytes);
        let value = serde_json::to_value(&bundle).unwrap();
        Sample {
            publisher,
            bytes,
            signature,
            value,
        }
    })
}

fn check(bytes: &[u8], signature: &str) -> Result<u64, UpdateError> {
    let s = sample();
    verify(
        bytes,
        signature,
        &s.publisher.public_key(),
        BUNDLED_VERSION,
        now(),
    )
    .map(|c| c.version)
}

/// Every refusal has a message in the reference locale.
fn explained(e: UpdateError) -> bool {
    reference_ids().iter().any(|id| id == e.message_id())
}

/// Truncated, one bit flipped, or a stretch repeated.
fn damage(good: &[u8], at: usize, bit: u8, how: u8) -> Vec<u8> {
    let at = at % (good.len() + 1);
    match how {
        0 => good[..at].to_vec(),
        1 => {
            let mut d = good.to_vec();
            let i = at.min(good.len().saturating_sub(1));
            d[i] ^= 1 << bit;
            d
        }
        _ => [&good[..at], &good[at..], &good[at..]].concat(),
    }
}

/// JSON values of every shape, including far too large ones and odd Unicode.
fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(-1)),
        Just(json!(1e308)),
        any::<f64>()
            .prop_filter("JSON has no NaN", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,24}".prop_map(Value::from),
        Just(json!("")),
        Just(json!("\u{202e}\u{0301}\u{0000}\u{feff}../../x")),
        Just(json!("9999-12-31T23:59:59Z")),
        Just(json!("-262143-01-01T00:00:00Z")),
        (1usize..64).prop_map(|k| Value::from("x".repeat(k * 1024))),
    ];
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{0,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Walks `path` (indices taken modulo each level's size) into `v` and
/// replaces, removes or duplicates what it reaches.
fn mutate(v: &mut Value, path: &[usize], action: u8, with: Value) {
    let Some((&first, rest)) = path.split_first() else {
        *v = with;
        return;
    };
    match v {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(first % map.len()).cloned().unwrap();
            if rest.is_empty() && action == 1 {
                map.remove(&key);
            } else {
                mutate(map.get_mut(&key).unwrap(), rest, action, with);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = first % items.len();
            match (rest.is_empty(), action) {
                (true, 1) => {
                    items.remove(i);
                }
                (true, 2) => {
                    // Duplicate ids, repeated entries.
                    let copy = items[i].clone();
                    items.insert(i, copy);
                }
                _ => mutate(&mut items[i], rest, action, with),
            }
        }
        _ => *v = with,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_and_signatures_are_refused(
        bytes in prop::collection::vec(any::<u8>(), 0..2000),
        signature in "\\PC{0,300}",
        shaped in any::<bool>(),
        b1 in prop::collection::vec(any::<u8>(), 74..=74),
        b2 in prop::collection::vec(any::<u8>(), 64..=64),
    ) {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD;
        // Free text, or a signature file of the right shape with random contents.
        let signature = if shaped {
            format!("untrusted comment: x\n{}\ntrusted comment: {signature}\n{}\n", b64.encode(&b1), b64.encode(&b2))
        } else {
            signature
        };
        let e = check(&bytes, &signature).unwrap_err();
        prop_assert!(matches!(e, UpdateError::BadSignature | UpdateError::WrongKey), "{:?}", e);
        prop_assert!(explained(e));
    }

    #[test]
    fn random_public_keys_are_refused(key in "\\PC{0,120}") {
        let s = sample();
        let e = verify(&s.bytes, &s.signature, &key, BUNDLED_VERSION, now()).unwrap_err();
        prop_assert!(matches!(e, UpdateError::WrongKey | UpdateError::BadSignature), "{:?}", e);
    }

    #[test]
    fn a_damaged_bundle_fails_its_signature(at in any::<usize>(), bit in 0u8..8, how in 0u8..3) {
        let s = sample();
        let damaged = damage(&s.bytes, at, bit, how);
        let e = check(&damaged, &s.signature).unwrap_err();
        prop_assert!(matches!(e, UpdateError::BadSignature | UpdateError::TooLarge), "{:?}", e);
    }
}

/// Where content mutations start: each part of the bundle, or anywhere ("").
const SECTIONS: [&str; 6] = ["", "helplines", "info", "csgs", "regions", "locales"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Only the first four lines are read, and the first (the untrusted
    /// comment) is not signed: damage there or after them may still verify
    /// (and gives the same content); damage to the other three is refused.
    #[test]
    fn a_damaged_signature_is_refused_or_harmless(at in any::<usize>(), bit in 0u8..8, how in 0u8..3) {
        let s = sample();
        let damaged = String::from_utf8_lossy(&damage(s.signature.as_bytes(), at, bit, how)).into_owned();
        match check(&s.bytes, &damaged) {
            Ok(version) => {
                prop_assert_eq!(version, BUNDLED_VERSION + 1);
                let signed = |t: &str| t.lines().skip(1).take(3).map(str::to_string).collect::<Vec<_>>();
                prop_assert_eq!(signed(&damaged), signed(&s.signature), "the signed lines are intact");
            }
            Err(e) => prop_assert!(matches!(e, UpdateError::BadSignature | UpdateError::WrongKey), "{:?}", e),
        }
    }

    /// The publisher's own key on hostile content: wrong types, missing and
    /// duplicated entries, huge numbers and strings, odd Unicode, anywhere in
    /// the bundle. Refused with a reason, or (if the change is harmless) used.
    #[test]
    fn hostile_content_under_a_valid_signature_is_refused_with_a_reason(
        section in prop::sample::select(&SECTIONS[..]),
        path in prop::collection::vec(any::<usize>(), 0..7),
        action in 0u8..3,
        with in hostile_value(),
    ) {
        let s = sample();
        let mut value = s.value.clone();
        match section {
            "" => mutate(&mut value, &path, action, with),
            key => mutate(&mut value[key], &path, action, with),
        }
        let bytes = serde_json::to_vec(&value).unwrap();
        let signature = s.publisher.sign(&bytes);
        match check(&bytes, &signature) {
            Ok(version) => prop_assert!(version > BUNDLED_VERSION),
            Err(e) => {
                prop_assert!(
                    matches!(e, UpdateError::Malformed | UpdateError::NotNewer | UpdateError::Expired
                        | UpdateError::InvalidContent | UpdateError::IncompleteLocale | UpdateError::TooLarge),
                    "{:?}", e
                );
                prop_assert!(explained(e));
            }
        }
    }

    /// Whatever is in the stored file, starting reads it or ignores it, and
    /// leaves it byte for byte as it was; what it reads still has to verify.
    #[test]
    fn any_stored_file_is_read_or_ignored_and_left_as_it_was(
        at in any::<usize>(), bit in 0u8..8, how in 0u8..4,
        junk in prop::collection::vec(any::<u8>(), 0..500),
    ) {
        let s = sample();
        let dir = tempfile::tempdir().unwrap();
        store::save(dir.path(), &s.bytes, &s.signature).unwrap();
        let file = dir.path().join("content-update.json");
        let good = std::fs::read(&file).unwrap();
        let stored = if how == 3 { junk } else { damage(&good, at, bit, how) };
        std::fs::write(&file, &stored).unwrap();
        if let Some((bytes, signature)) = store::load(dir.path()) {
            match check(&bytes, &signature) {
                Ok(version) => prop_assert_eq!(version, BUNDLED_VERSION + 1),
                Err(e) => prop_assert!(explained(e)),
            }
        }
        prop_assert_eq!(std::fs::read(&file).unwrap(), stored);
    }
}

#[test]
fn past_the_size_limits_nothing_is_looked_at() {
    let s = sample();
    for extra in [1, 4096, MAX_BUNDLE_BYTES] {
        let huge = vec![b' '; MAX_BUNDLE_BYTES + extra];
        assert_eq!(check(&huge, &s.signature), Err(UpdateError::TooLarge));
        assert_eq!(
            check(&huge, "not a signature"),
            Err(UpdateError::TooLarge),
            "the size first"
        );
    }
    // A valid signature padded past the download's limit (only a stored
    // file could hold it) is refused before it is decoded.
    let padded = format!(
        "untrusted comment: {}\n{}",
        "x".repeat(MAX_SIGNATURE_BYTES),
        s.signature.split_once('\n').unwrap().1
    );
    assert_eq!(check(&s.bytes, &padded), Err(UpdateError::BadSignature));
}

#[test]
fn a_stored_file_larger_than_any_this_app_writes_is_ignored_unread() {
    let s = sample();
    let dir = tempfile::tempdir().unwrap();
    store::save(dir.path(), &s.bytes, &s.signature).unwrap();
    let file = dir.path().join("content-update.json");
    assert!(store::load(dir.path()).is_some());
    // The same envelope, made larger with white space (still valid JSON).
    let mut padded = std::fs::read(&file).unwrap();
    let pad = usize::try_from(store::MAX_STORED_BYTES).unwrap() + 1 - padded.len();
    padded.extend(std::iter::repeat_n(b' ', pad));
    std::fs::write(&file, &padded).unwrap();
    assert_eq!(store::load(dir.path()), None);
    assert_eq!(std::fs::read(&file).unwrap(), padded, "left as it was");
}
