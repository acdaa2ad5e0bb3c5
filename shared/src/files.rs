//! A file the user picked (evidence, or an archive to import), as the shell
//! hands it to the core: its name, size and type, and where its bytes come
//! from. The runtime reads it; `update` and `view` never do.
//!
//! Events and effects stay plain data: a file whose bytes only the platform
//! can read (a browser `File`, a photo in Android's cache) travels as a
//! [`FileId`], and its reader waits on the shelf (`shelf.rs`) until the
//! runtime takes it, the shell lets go of it, or the diary locks.
mod shelf;

pub use shelf::{clear, take, ByteStream, FileId, MAX_HELD};

/// Where a picked file's bytes come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileSource {
    /// A path on this device (desktop, phones): read from disk in pieces.
    Path(std::path::PathBuf),
    /// Pieces as the platform reads them, kept on the shelf under this id.
    Held(FileId),
}

impl FileSource {
    /// Shelves a stream of pieces; the source names it.
    pub fn stream(stream: ByteStream) -> Self {
        Self::Held(shelf::put(stream))
    }
}

/// A file the user picked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickedFile {
    /// Its name as the platform gives it.
    pub name: String,
    /// Its size, as the platform says.
    pub size: u64,
    /// Its media type, if known.
    pub mime: Option<String>,
    /// Its bytes.
    pub source: FileSource,
}

/// A picked file's bytes, as the runtime reads them.
pub enum Bytes {
    /// From this path.
    Path(std::path::PathBuf),
    /// From the platform's reader, taken off the shelf.
    Stream(ByteStream),
}

impl PickedFile {
    /// Its bytes, for the runtime: a held reader is taken off the shelf, so
    /// this is `None` the second time, or after the file was let go of or
    /// the diary locked.
    pub fn open(&self) -> Option<Bytes> {
        match &self.source {
            FileSource::Path(path) => Some(Bytes::Path(path.clone())),
            FileSource::Held(id) => take(*id).map(Bytes::Stream),
        }
    }

    /// The shell no longer needs the file (another one picked, the form
    /// closed): its reader, if still on the shelf, is dropped.
    pub fn release(&self) {
        if let FileSource::Held(id) = self.source {
            shelf::release(id);
        }
    }
}
