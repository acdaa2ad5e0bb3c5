//! The loop that connects the pure core to the world: events in, effects
//! performed, view models out. The shell's bridge runs [`Core::run`].
//!
//! Most effects finish at once. A download ([`Performed::Later`]) runs beside
//! the loop: events keep being handled while it is under way, so quick exit
//! or typing never waits for the network.
use std::cell::RefCell;
use std::collections::VecDeque;

use futures::stream::{LocalBoxStream, SelectAll};
use futures::{Stream, StreamExt};

use crate::app::{update, Event};
use crate::model::{CoreConfig, Model};
use crate::runtime::{Performed, Runtime};
use crate::time::Now;
use crate::view::{view_with, ViewCache, ViewModel};

/// The app's core: model and runtime.
pub struct Core {
    model: Model,
    runtime: Runtime,
    pending: Vec<LocalBoxStream<'static, Event>>,
    /// Reads the time for each event: the device's clock, or a test's.
    clock: Box<dyn FnMut() -> Now>,
    /// The screens that did not change since the last view.
    views: RefCell<ViewCache>,
}

impl Core {
    /// A core for the platform described by `config`.
    pub fn new(config: CoreConfig) -> Self {
        let runtime = Runtime::new(&config);
        Self::with_runtime(config, runtime)
    }

    /// A core for the platform, waiting for its store to open (the web's
    /// `IndexedDB` opens asynchronously). Shells use this.
    pub async fn open(config: CoreConfig) -> Self {
        let runtime = Runtime::open(&config).await;
        Self::with_runtime(config, runtime)
    }

    /// A core over a given runtime (tests use an in-memory store).
    pub fn with_runtime(config: CoreConfig, runtime: Runtime) -> Self {
        Self {
            model: Model::new(config),
            runtime,
            pending: Vec::new(),
            clock: Box::new(Now::read),
            views: RefCell::new(ViewCache::default()),
        }
    }

    /// The same core, reading the time from `clock` instead of the device
    /// (tests: a diary entry dated "tomorrow", a delay after failures).
    #[must_use]
    pub fn with_clock(mut self, clock: impl FnMut() -> Now + 'static) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// The current view model.
    pub fn view(&self) -> ViewModel {
        view_with(&self.model, &mut self.views.borrow_mut())
    }

    /// Handles one event and every event its immediate effects cause, then
    /// returns the new view. Effects that take time are kept for [`Core::run`]
    /// (or [`Core::settle`]).
    pub fn handle(&mut self, event: Event) -> ViewModel {
        let mut queue = VecDeque::from([event]);
        while let Some(event) = queue.pop_front() {
            // The one place the core reads the clock: once per event.
            let now = (self.clock)();
            for effect in update(&mut self.model, event, now) {
                match self.runtime.perform(effect, now) {
                    Performed::Now(next) => queue.extend(next),
                    Performed::Later(future) => {
                        self.pending
                            .push(futures::stream::once(future).boxed_local());
                    }
                    Performed::Stream(stream) => self.pending.push(stream),
                }
            }
        }
        self.view()
    }

    /// Waits for every effect under way (and those they start) and handles
    /// their results. For tests and tools; the app uses [`Core::run`].
    pub async fn settle(&mut self) -> ViewModel {
        let mut last = None;
        while let Some(mut stream) = self.pending.pop() {
            while let Some(event) = stream.next().await {
                last = Some(self.handle(event));
            }
        }
        last.unwrap_or_else(|| self.view())
    }

    /// Runs until `events` ends: starts the app, then hands every new view
    /// model to `on_view`, handling downloads beside the events.
    pub async fn run<S, F>(mut self, events: S, mut on_view: F)
    where
        S: Stream<Item = Event> + Unpin,
        F: FnMut(ViewModel),
    {
        let mut events = events.fuse();
        let mut running: SelectAll<LocalBoxStream<'static, Event>> = SelectAll::new();
        on_view(self.handle(Event::Start));
        running.extend(self.pending.drain(..));
        loop {
            let event = futures::select! {
                event = events.next() => match event {
                    Some(event) => event,
                    None => break,
                },
                event = running.select_next_some() => event,
            };
            on_view(self.handle(event));
            running.extend(self.pending.drain(..));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::PhaseView;
    use een_store::MemoryStore;
    use futures::channel::mpsc;

    #[test]
    fn run_starts_then_renders_each_event() {
        let core = Core::with_runtime(
            CoreConfig::default(),
            Runtime::with_store(Box::new(MemoryStore::default())),
        );
        let (tx, rx) = mpsc::unbounded();
        tx.unbounded_send(Event::SetLanguage("en".into())).unwrap();
        tx.unbounded_send(Event::QuickExit).unwrap();
        drop(tx);
        let mut seen = vec![];
        futures::executor::block_on(core.run(rx, |vm| seen.push(vm)));
        assert_eq!(seen.len(), 3);
        assert!(matches!(seen[0].phase, PhaseView::Ready(_)));
        assert_eq!(seen[1].lang, "en");
        assert!(matches!(seen[2].phase, PhaseView::Exited(_)));
    }
}
