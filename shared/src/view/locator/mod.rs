//! Find my CSG on screen: the search form, the answer (always leading to the
//! call and the chat), the offline map, and the list of all CSGs by province.
pub(super) mod list;
mod map;
mod result;
pub(super) mod search;

pub use list::{CsgCardView, CsgListView, ProvinceView};
pub use map::{MapMarker, MapView, MarkerKind};
pub use result::{LocationView, LocatorResultView};
pub use search::{ChoiceView, LocatorView};
