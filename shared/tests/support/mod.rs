//! What the diary's integration tests share: a memory store that the core
//! and the test both see, a started core over it (cheap key derivation),
//! and the steps of reading the diary's view model. Each test file uses
//! only some of it.
#![allow(dead_code)]
use std::sync::Arc;

use shared::diary::flow::DiaryEvent;
use shared::runtime::Runtime;
use shared::secret::Passphrase;
use shared::store::{KvStore, MemoryStore, StoreError};
use shared::view::{DiaryStateView, OpenView, PhaseView};
use shared::{Core, CoreConfig, Event, ViewModel};

/// The scrypt work factor of the tests' diaries: fast, not safe.
pub const WORK: u8 = 10;

/// One memory store seen by the core and by the test.
#[derive(Clone, Default)]
pub struct Shared(pub Arc<MemoryStore>);

impl KvStore for Shared {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.0.get(key)
    }
    fn put(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.0.put(key, value)
    }
    fn scan(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.0.scan(prefix)
    }
    fn scan_keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.0.scan_keys(prefix)
    }
    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.0.delete(key)
    }
}

impl Shared {
    /// A separate store holding the same keys and values.
    pub fn copy(&self) -> Self {
        let out = Self::default();
        for (k, v) in self.scan("").unwrap() {
            out.put(&k, &v).unwrap();
        }
        out
    }
}

/// A clock a test moves by hand: the core reads it for each event.
#[derive(Clone)]
pub struct Clock(std::rc::Rc<std::cell::Cell<shared::time::Now>>);

impl Clock {
    /// Starts at the device's time now.
    pub fn new() -> Self {
        Self(std::rc::Rc::new(std::cell::Cell::new(
            shared::time::Now::read(),
        )))
    }

    /// Moves the time on by `ms` milliseconds.
    pub fn advance_ms(&self, ms: i64) {
        let now = self.0.get();
        let d = chrono::Duration::milliseconds(ms);
        self.0.set(shared::time::Now {
            utc: now.utc + d,
            local: now.local + d,
        });
    }
}

/// A started core (English) over `store`, reading the time from `clock`.
pub fn core_with_clock(store: &Shared, clock: &Clock) -> Core {
    let c = clock.0.clone();
    core_over_with(store, Some(Box::new(move || c.get())))
}

/// A started core (English) over `store`.
pub fn core_over(store: &Shared) -> Core {
    core_over_with(store, None)
}

type ClockFn = Box<dyn FnMut() -> shared::time::Now>;

fn core_over_with(store: &Shared, clock: Option<ClockFn>) -> Core {
    let config = CoreConfig {
        device_languages: vec!["en".into()],
        ..CoreConfig::default()
    };
    let mut runtime = Runtime::with_store(Box::new(store.clone())).updates_from(&config);
    runtime.diary_mut().set_work_factor(WORK);
    let mut core = Core::with_runtime(config, runtime);
    if let Some(clock) = clock {
        core = core.with_clock(clock);
    }
    core.handle(Event::Start);
    core
}

/// Sends a diary event and waits until the core has settled.
pub fn diary(core: &mut Core, e: DiaryEvent) -> ViewModel {
    core.handle(Event::Diary(e));
    futures::executor::block_on(core.settle())
}

pub fn state(vm: &ViewModel) -> DiaryStateView {
    match &vm.phase {
        PhaseView::Ready(app) => app.diary.state.clone(),
        other => panic!("not ready: {other:?}"),
    }
}

/// The open diary; panics (the test fails) if it is not open.
pub fn open(vm: &ViewModel) -> OpenView {
    match state(vm) {
        DiaryStateView::Open(o) => *o,
        other => panic!("not open: {other:?}"),
    }
}

/// The open diary, if it is open.
pub fn open_view(vm: &ViewModel) -> Option<OpenView> {
    match &vm.phase {
        PhaseView::Ready(app) => match &app.diary.state {
            DiaryStateView::Open(o) => Some((**o).clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn pass(s: &str) -> Passphrase {
    Passphrase::new(s.into())
}
