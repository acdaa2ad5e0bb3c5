//! The diary screens, from [`crate::diary::flow::DiaryState`]: create,
//! unlock, the list with search and filters, forms, an entry with its
//! versions, the check-in chart, export and import. Every text in the
//! user's language. Each view type lives beside the function that builds it.
mod chart;
mod entries;
mod errors;
mod form;
mod lock;
mod open;
pub(super) mod screen;
mod settings;
mod transfer;

pub use chart::{ChartView, SeriesView};
pub use een_diary::entry::EntryKind;
pub use entries::{
    DetailView, EntryCardView, FieldView, FilterView, KindOption, LinkView, VersionView,
};
pub use form::{
    EditorView, EvidenceForm, FormView, IncidentForm, OnlineAbuseForm, PrecisionOption, ScaleField,
    SymptomsForm, TextField,
};
pub use lock::{CreateView, UnlockView};
pub use open::{ChainView, OpenView};
pub use screen::{DiaryStateView, DiaryView};
pub use settings::{ChangeView, DuressView, WipeView};
pub use transfer::{ExportResult, ProgressView, TransferView};
