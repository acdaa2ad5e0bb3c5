//! The diary's pieces, one concept per file. Like the other components they
//! take display-ready values from the view model and callbacks; the screen
//! (`screens/diary.rs`) turns the callbacks into the core's events.
mod auto_lock;
mod chart;
mod create;
mod detail;
mod download;
mod editor;
mod entries;
mod evidence_form;
mod fields;
mod filters;
mod held_file;
mod incident_form;
mod key_form;
mod online_abuse_form;
mod scale;
mod symptoms_form;
mod transfer;
mod unlock;
mod wipe;

pub use auto_lock::AutoLock;
pub use chart::Chart;
pub use create::CreateForm;
pub use detail::EntryDetail;
#[cfg(test)]
pub(crate) use detail::FieldList;
pub use editor::Editor;
pub use entries::{EntryList, NewEntryButtons};
pub use filters::{FilterChange, Filters};
pub use key_form::{ChangeForm, DuressForm};
pub use transfer::{Transfer, TransferRequest};
pub use unlock::UnlockForm;
pub use wipe::{ConfirmWipe, WipeButton};
