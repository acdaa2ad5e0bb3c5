//! Errors that cross from the adapters into the model.
//!
//! Each adapter has its own `thiserror` enum (see [`een_store::StoreError`]);
//! what the model and the view see is the small, comparable [`ErrorKind`],
//! which the view turns into a localised `err-*` message.

/// A failure the user may need to hear about, without its technical detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Settings could not be read from or written to this device.
    StoreUnavailable,
    /// Stored settings could not be understood; defaults are in use.
    StoreCorrupt,
}

impl ErrorKind {
    /// The Fluent message id that explains this error to the user.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::StoreUnavailable => "err-store-unavailable",
            Self::StoreCorrupt => "err-store-corrupt",
        }
    }
}

/// Every failure of the store is, to the user, a store that is unavailable.
impl From<&een_store::StoreError> for ErrorKind {
    fn from(_: &een_store::StoreError) -> Self {
        Self::StoreUnavailable
    }
}
