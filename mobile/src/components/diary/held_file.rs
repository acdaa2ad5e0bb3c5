//! The file a form holds until it is sent. Picking another, or the form
//! going away (closed, saved, locked), lets go of the one before: its
//! reader leaves the core's shelf (`shared::files`), so an unsent Android
//! photo is deleted then rather than at the next lock.
use dioxus::prelude::*;
use shared::files::PickedFile;

/// A form's picked file, if any.
#[derive(Default)]
pub struct Held(Option<PickedFile>);

impl Held {
    /// Holds `file` and lets go of the one before.
    pub fn hold(&mut self, file: PickedFile) {
        if let Some(before) = self.0.replace(file) {
            before.release();
        }
    }

    /// The file held.
    pub fn file(&self) -> Option<&PickedFile> {
        self.0.as_ref()
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(file) = &self.0 {
            file.release();
        }
    }
}

/// A form's picked file; the signal's value is dropped with the form.
pub fn use_held_file() -> Signal<Held> {
    use_signal(Held::default)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use futures::StreamExt as _;
    use shared::files::FileSource;

    use super::*;

    fn counted(alive: &Rc<()>) -> PickedFile {
        let guard = Rc::clone(alive);
        PickedFile {
            name: "photo.jpg".into(),
            size: 1,
            mime: None,
            source: FileSource::stream(
                futures::stream::once(async move {
                    drop(guard);
                    Ok(vec![1])
                })
                .boxed_local(),
            ),
        }
    }

    #[test]
    fn picking_again_lets_go_of_the_file_before() {
        let (first, second) = (Rc::new(()), Rc::new(()));
        let mut held = Held::default();
        held.hold(counted(&first));
        held.hold(counted(&second));
        assert_eq!(Rc::strong_count(&first), 1, "let go of");
        assert_eq!(Rc::strong_count(&second), 2, "still held");
        assert!(held.file().is_some());
    }

    thread_local! {
        /// Counts the readers the form below made and not yet dropped.
        static ALIVE: Rc<()> = Rc::new(());
    }

    fn readers() -> usize {
        ALIVE.with(|alive| Rc::strong_count(alive) - 1)
    }

    #[allow(non_snake_case)]
    fn Form() -> Element {
        let mut held = use_held_file();
        use_hook(|| held.write().hold(ALIVE.with(counted)));
        rsx! { "a form" }
    }

    #[test]
    fn a_form_that_goes_away_lets_go_of_its_file() {
        let mut dom = VirtualDom::new(Form);
        dom.rebuild_in_place();
        assert_eq!(readers(), 1, "on the shelf while the form is there");
        drop(dom);
        assert_eq!(readers(), 0, "the reader was dropped");
    }
}
