//! The loop that connects the pure core to the world: events in, effects
//! performed, view models out. The shell's bridge runs [`Core::run`].
use std::collections::VecDeque;

use futures::{Stream, StreamExt};

use crate::app::{update, Event};
use crate::model::{CoreConfig, Model};
use crate::runtime::Runtime;
use crate::view::{view, ViewModel};

/// The app's core: model, runtime and the data it shows.
pub struct Core {
    model: Model,
    runtime: Runtime,
}

impl Core {
    /// A core for the platform described by `config`.
    pub fn new(config: CoreConfig) -> Self {
        let runtime = Runtime::new(config.data_dir.as_deref());
        Self::with_runtime(config, runtime)
    }

    /// A core over a given runtime (tests use an in-memory store).
    pub fn with_runtime(config: CoreConfig, runtime: Runtime) -> Self {
        Self {
            model: Model::new(config),
            runtime,
        }
    }

    /// The current view model.
    pub fn view(&self) -> ViewModel {
        view(&self.model)
    }

    /// Handles one event and every event its effects cause, then returns the new view.
    pub fn handle(&mut self, event: Event) -> ViewModel {
        let mut queue = VecDeque::from([event]);
        while let Some(event) = queue.pop_front() {
            for effect in update(&mut self.model, event) {
                queue.extend(self.runtime.perform(effect));
            }
        }
        self.view()
    }

    /// Runs until `events` ends: starts the app, then hands every new view
    /// model to `on_view`.
    pub async fn run<S, F>(mut self, mut events: S, mut on_view: F)
    where
        S: Stream<Item = Event> + Unpin,
        F: FnMut(ViewModel),
    {
        on_view(self.handle(Event::Start));
        while let Some(event) = events.next().await {
            on_view(self.handle(event));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;
    use crate::view::PhaseView;
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
