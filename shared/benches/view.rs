//! What the view costs per event (goal: far below a frame, 16 ms, on a small
//! phone):
//!   cargo bench -p shared --bench view
//! `an event that changes nothing` is a whole `Core::handle` of an event
//! with no effect, so nearly all of it is building the view model; `a
//! keystroke in the locator` adds one search. The static screens (start,
//! information, helplines, all CSGs, about) and the kit's QR code are built
//! once per language and content (`view/cache.rs`), not per event.
#![allow(clippy::semicolon_if_nothing_returned)]
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use shared::runtime::Runtime;
use shared::settings::Settings;
use shared::store::MemoryStore;
use shared::{Core, CoreConfig, Event};

fn ready(lang: &str) -> Core {
    let mut core = Core::with_runtime(
        CoreConfig {
            device_languages: vec![lang.into()],
            public_url: Some("https://example.org".into()),
            ..CoreConfig::default()
        },
        Runtime::with_store(Box::new(MemoryStore::default())),
    );
    core.handle(Event::Start);
    core.handle(Event::SettingsLoaded(Ok(Settings::default())));
    core
}

fn view(c: &mut Criterion) {
    let mut core = ready("nl");
    c.bench_function("an event that changes nothing (handle + view)", |b| {
        b.iter(|| black_box(core.handle(Event::ContactFailedSeen)))
    });
    let mut core = ready("nl");
    let mut i = 0u32;
    c.bench_function("a keystroke in the locator (handle + search + view)", |b| {
        b.iter(|| {
            i += 1;
            let typed = if i % 2 == 0 { "Utrech" } else { "Utrecht" };
            black_box(core.handle(Event::LocatorSearch(typed.into())))
        })
    });
    let mut core = ready("nl");
    c.bench_function("a language change (every screen built anew)", |b| {
        b.iter(|| {
            i += 1;
            let lang = if i % 2 == 0 { "nl" } else { "en" };
            black_box(core.handle(Event::SetLanguage(lang.into())))
        })
    });
}

criterion_group!(benches, view);
criterion_main!(benches);
