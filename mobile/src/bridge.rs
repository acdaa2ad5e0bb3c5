//! The one bridge between Dioxus and the core (crux's shape): a coroutine
//! hands the stream of user intents to `shared::Core::run`, and every view
//! model the core returns is written into one signal that all screens read.
use dioxus::prelude::*;
use futures::StreamExt as _;
use shared::view::{AppView, PhaseView};
use shared::{Core, CoreConfig, Event, ViewModel};

/// Starts the core and provides the view signal and the event channel as context.
pub fn use_core(config: CoreConfig) {
    let mut view = use_context_provider(|| Signal::new(ViewModel::default()));
    // use_coroutine provides its handle as context for use_dispatch().
    use_coroutine(move |events: UnboundedReceiver<Event>| {
        let config = config.clone();
        async move {
            // Opening may wait for the store (IndexedDB on the web); events
            // sent meanwhile wait in the channel.
            Core::open(config)
                .await
                .run(events.fuse(), move |vm| view.set(vm))
                .await;
        }
    });
}

/// The latest view model.
pub fn use_view() -> Signal<ViewModel> {
    use_context()
}

/// Sends intents to the core.
pub fn use_dispatch() -> Coroutine<Event> {
    use_coroutine_handle()
}

/// The part of the app's screens that `pick` chooses while the app is in use;
/// `None` before start and after an exit, when no screen may render anything.
///
/// Each screen picks only what it shows: the whole view model is not copied
/// for every screen, and a screen renders again only when its own part
/// changed (the memo compares the part, not the view model).
pub fn use_app<T: Clone + PartialEq + 'static>(pick: fn(&AppView) -> T) -> Option<T> {
    let view = use_view();
    let part = use_memo(move || match &view.read().phase {
        PhaseView::Ready(app) => Some(pick(app)),
        PhaseView::Starting | PhaseView::Exited(_) => None,
    });
    part()
}

/// The language the screens are in, as a BCP 47 tag (for `lang` attributes
/// and reading aloud); a screen that reads it renders again only when it changes.
pub fn use_lang() -> String {
    let view = use_view();
    use_memo(move || view.read().lang.clone())()
}
