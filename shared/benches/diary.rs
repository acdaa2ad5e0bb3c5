//! Diary figures (issue 3): `cargo bench -p shared --bench diary`.
//! Goal: unlock + list of 10,000 entries within 1.2x one scrypt unlock, at
//! the app's work factor (2^17).
#![allow(clippy::semicolon_if_nothing_returned)]
use std::hint::black_box;

use age::secrecy::SecretString;
use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use shared::diary::crypto::{DiaryKey, WORK_FACTOR};
use shared::diary::vault;
use shared::store::MemoryStore;

fn pass() -> SecretString {
    SecretString::from("a long passphrase".to_string())
}

fn diary(c: &mut Criterion) {
    let store = MemoryStore::default();
    {
        let mut d = vault::create(&store, pass(), WORK_FACTOR).unwrap();
        for i in 0..10_000 {
            let body = serde_json::json!({ "kind": "symptoms", "sleep": i % 10, "note": format!("entry {i}") });
            d.append(&store, body.to_string(), Utc::now()).unwrap();
        }
    }
    let (_, wrapped) = DiaryKey::create(pass(), WORK_FACTOR).unwrap();
    let mut group = c.benchmark_group("diary");
    group.sample_size(10);
    group.bench_function("one scrypt unlock (2^17)", |b| {
        b.iter(|| black_box(DiaryKey::unlock(&wrapped, pass()).unwrap()))
    });
    group.bench_function("unlock + read and verify 10,000 entries", |b| {
        b.iter(|| {
            black_box(
                vault::unlock(&store, pass(), Utc::now())
                    .unwrap()
                    .1
                    .records
                    .len(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, diary);
criterion_main!(benches);
