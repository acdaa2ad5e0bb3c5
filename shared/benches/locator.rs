//! Locator figures (goal: <= 1 ms per lookup, data load <= 20 ms):
//!   cargo bench -p shared --bench locator
//! `data load` parses every embedded file (done once per app start);
//! `start to first answer` is a whole core start (locales, helplines) plus
//! the first search, with the data already loaded.
#![allow(clippy::semicolon_if_nothing_returned)]
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use shared::locator::{data, LocatorData};
use shared::runtime::Runtime;
use shared::store::MemoryStore;
use shared::{Core, CoreConfig, Event};

fn locator(c: &mut Criterion) {
    c.bench_function("data load (parse all embedded locator data)", |b| {
        b.iter(|| black_box(LocatorData::parse().unwrap()));
    });
    let d = data();
    c.bench_function("lookup: postcode 5223 GZ", |b| {
        b.iter(|| black_box(d.find(black_box("5223 GZ"))))
    });
    c.bench_function("lookup: exact town name", |b| {
        b.iter(|| black_box(d.find(black_box("Leeuwarden"))))
    });
    c.bench_function("lookup: town name with a typo", |b| {
        b.iter(|| black_box(d.find(black_box("Amsterdm"))))
    });
    c.bench_function("lookup: ambiguous town name", |b| {
        b.iter(|| black_box(d.find(black_box("Emmen"))))
    });
    c.bench_function("lookup: unknown name (full fuzzy scan)", |b| {
        b.iter(|| black_box(d.find(black_box("qqzzxxwwvv"))))
    });
    c.bench_function("lookup: position", |b| {
        b.iter(|| black_box(d.find_position(black_box((51.69, 5.30)))))
    });
    c.bench_function("start to first answer (core start + search + view)", |b| {
        b.iter(|| {
            let mut core = Core::with_runtime(
                CoreConfig::default(),
                Runtime::with_store(Box::new(MemoryStore::default())),
            );
            core.handle(Event::Start);
            black_box(core.handle(Event::LocatorSearch("3584 CX".into())))
        });
    });
}

criterion_group!(benches, locator);
criterion_main!(benches);
