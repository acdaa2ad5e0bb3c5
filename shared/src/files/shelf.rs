//! The shelf: readers of picked files, each under a [`FileId`], from the
//! moment the shell hands the file over until the runtime reads it.
//!
//! The readers are the platform's own objects (a browser `File` read in
//! pieces, an Android photo deleted when its reader is dropped) and live on
//! the UI thread, where the shell and the core's loop both run; so the shelf
//! is per thread. It holds at most [`MAX_HELD`] readers: a new one drops
//! the oldest. A reader leaves it when it is taken (read once), when the
//! shell lets go of its file (another file picked, the form closed), and
//! all leave when the diary locks or the app exits.
use std::cell::RefCell;
use std::collections::VecDeque;

use futures::stream::LocalBoxStream;

/// The bytes of a picked file, read once.
pub type ByteStream = LocalBoxStream<'static, Result<Vec<u8>, String>>;

/// The most readers kept at once: two pickers of the evidence form, the
/// import's, and one spare.
pub const MAX_HELD: usize = 4;

/// Names a reader on the shelf; never reused on a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId(u64);

#[derive(Default)]
struct Shelf {
    next: u64,
    held: VecDeque<(FileId, ByteStream)>,
}

thread_local! {
    static SHELF: RefCell<Shelf> = RefCell::default();
}

/// Keeps `stream` until it is taken; drops the oldest beyond [`MAX_HELD`].
pub(super) fn put(stream: ByteStream) -> FileId {
    let (id, over) = SHELF.with_borrow_mut(|shelf| {
        let id = FileId(shelf.next);
        shelf.next += 1;
        shelf.held.push_back((id, stream));
        let over = shelf.held.len().saturating_sub(MAX_HELD);
        (id, shelf.held.drain(..over).collect::<Vec<_>>())
    });
    // Dropped outside the borrow: a reader's drop may reach the page.
    drop(over);
    id
}

/// The reader of `id`, once; `None` when it was taken, let go of or
/// dropped.
pub fn take(id: FileId) -> Option<ByteStream> {
    SHELF.with_borrow_mut(|shelf| {
        let at = shelf.held.iter().position(|(held, _)| *held == id)?;
        shelf.held.remove(at).map(|(_, stream)| stream)
    })
}

/// Drops the reader of `id`, if still there.
pub fn release(id: FileId) {
    drop(take(id));
}

/// Drops every reader (lock, quick exit).
pub fn clear() {
    let all = SHELF.with_borrow_mut(|shelf| std::mem::take(&mut shelf.held));
    drop(all);
}

/// How many readers are kept (for tests).
#[cfg(test)]
pub(crate) fn held() -> usize {
    SHELF.with_borrow(|shelf| shelf.held.len())
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use futures::StreamExt as _;

    use super::*;

    /// A stream of `bytes` that counts, in `dropped`, when it is dropped.
    fn counted(bytes: &[u8], dropped: &Rc<()>) -> ByteStream {
        let guard = Rc::clone(dropped);
        let piece = bytes.to_vec();
        futures::stream::once(async move {
            drop(guard);
            Ok(piece)
        })
        .boxed_local()
    }

    fn read(stream: ByteStream) -> Vec<u8> {
        futures::executor::block_on(stream.map(Result::unwrap).concat())
    }

    #[test]
    fn a_reader_is_taken_once() {
        clear();
        let alive = Rc::new(());
        let id = put(counted(b"abc", &alive));
        assert_eq!(read(take(id).expect("on the shelf")), b"abc");
        assert!(take(id).is_none(), "read twice");
        assert_eq!(Rc::strong_count(&alive), 1);
    }

    #[test]
    fn ids_are_not_reused_and_name_their_own_reader() {
        clear();
        let alive = Rc::new(());
        let a = put(counted(b"a", &alive));
        let b = put(counted(b"b", &alive));
        assert_ne!(a, b);
        assert_eq!(read(take(b).unwrap()), b"b");
        assert_eq!(read(take(a).unwrap()), b"a");
        let c = put(counted(b"c", &alive));
        assert!(c != a && c != b);
        clear();
    }

    #[test]
    fn letting_go_locking_and_a_full_shelf_drop_readers() {
        clear();
        let alive = Rc::new(());
        let first = put(counted(b"1", &alive));
        release(first);
        assert_eq!(Rc::strong_count(&alive), 1, "released");
        assert!(take(first).is_none());

        let ids: Vec<FileId> = (0..=MAX_HELD).map(|_| put(counted(b"x", &alive))).collect();
        assert_eq!(held(), MAX_HELD);
        assert_eq!(Rc::strong_count(&alive), 1 + MAX_HELD);
        assert!(take(ids[0]).is_none(), "the oldest was dropped");

        clear();
        assert_eq!(held(), 0);
        assert_eq!(Rc::strong_count(&alive), 1, "lock drops every reader");
        assert!(ids.iter().all(|&id| take(id).is_none()));
    }
}
