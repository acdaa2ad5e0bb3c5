//! Diary figures (issue 3): `cargo bench -p shared --bench diary`.
//! Goal: unlock + list of 10,000 entries within 1.2x one scrypt unlock, at
//! the app's work factor (2^17).
#![allow(clippy::semicolon_if_nothing_returned)]
use std::hint::black_box;

use age::secrecy::SecretString;
use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use shared::diary::crypto::{DiaryKey, WORK_FACTOR};
use shared::diary::draft::Body;
use shared::diary::entry::{Entry, Scale, Symptoms};
use shared::diary::flow::DiaryEvent;
use shared::diary::vault;
use shared::runtime::Runtime;
use shared::secret::Passphrase;
use shared::store::MemoryStore;
use shared::view::{DiaryStateView, PhaseView};
use shared::{Core, CoreConfig, Event};

const PASS: &str = "a long passphrase";

fn pass() -> SecretString {
    SecretString::from(PASS.to_string())
}

fn filled() -> MemoryStore {
    let store = MemoryStore::default();
    let mut d = vault::create(&store, pass(), WORK_FACTOR).unwrap();
    for i in 0..10_000u32 {
        let entry = Entry::Symptoms {
            scales: Symptoms {
                sleep: Scale::try_from((i % 11) as u8).ok(),
                anxiety: Scale::try_from(((i / 3) % 11) as u8).ok(),
                pain: None,
                flashbacks: None,
                mood: Scale::try_from(((i / 7) % 11) as u8).ok(),
            },
            note: format!("entry {i}: slept badly, a long day at school"),
        };
        let body = serde_json::to_string(&Body::new(entry, None)).unwrap();
        d.append(&store, body, Utc::now()).unwrap();
    }
    store
}

fn diary(c: &mut Criterion) {
    let store = filled();
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
    // The whole path a user waits for: the core unlocks (scrypt on a worker
    // thread), decodes every entry, and builds the list screen.
    let mut core = Core::with_runtime(
        CoreConfig::default(),
        Runtime::with_store(Box::new(filled())),
    );
    core.handle(Event::Start);
    core.handle(Event::Diary(DiaryEvent::Check));
    group.bench_function("core: unlock + list screen of 10,000 entries", |b| {
        b.iter(|| {
            core.handle(Event::Diary(DiaryEvent::Unlock(Passphrase::new(
                PASS.into(),
            ))));
            let vm = futures::executor::block_on(core.settle());
            let PhaseView::Ready(app) = vm.phase else {
                panic!()
            };
            let DiaryStateView::Open(open) = app.diary.state else {
                panic!("not open")
            };
            black_box(open.entries.len());
            core.handle(Event::Diary(DiaryEvent::Lock));
        })
    });
    group.finish();
}

criterion_group!(benches, diary);
criterion_main!(benches);
