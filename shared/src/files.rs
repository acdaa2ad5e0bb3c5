//! A file the user picked (evidence, or an archive to import), as the shell
//! hands it to the core: its name, size and type, and where its bytes come
//! from. The runtime reads it; `update` and `view` never do.
use std::cell::RefCell;
use std::rc::Rc;

use futures::stream::LocalBoxStream;

/// The bytes of a picked file, read once.
pub type ByteStream = LocalBoxStream<'static, Result<Vec<u8>, String>>;

/// Where a picked file's bytes come from.
#[derive(Clone)]
pub enum FileSource {
    /// A path on this device (desktop, phones): read from disk in pieces.
    Path(std::path::PathBuf),
    /// Pieces as the platform reads them (the browser's file reader).
    Stream(Rc<RefCell<Option<ByteStream>>>),
}

impl FileSource {
    /// A source from a stream of pieces.
    pub fn stream(stream: ByteStream) -> Self {
        Self::Stream(Rc::new(RefCell::new(Some(stream))))
    }
}

impl std::fmt::Debug for FileSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Path(_) => f.write_str("FileSource::Path(..)"),
            Self::Stream(_) => f.write_str("FileSource::Stream(..)"),
        }
    }
}

impl PartialEq for FileSource {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Path(a), Self::Path(b)) => a == b,
            (Self::Stream(a), Self::Stream(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A file the user picked.
#[derive(Clone, Debug, PartialEq)]
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
