//! Find my CSG: which of the Centra Seksueel Geweld serves a place, offline.
//!
//! The answer is always "your CSG is X, for region Y; call 0800-0188 and you
//! are connected to them", never "go to this hospital": most CSGs are not
//! walk-in desks, and the case manager decides where an acute victim goes.
//! Where a region's CSG is not verified, there is no CSG in the answer at all.
//!
//! - [`data`]: the embedded data (built by `scripts/build-locator-data.py`).
//! - [`normalize`]: accent- and case-folding for names.
//! - [`search`]: postcode, name and position lookups.
//! - [`geo`]: distances and the map projection.
pub mod data;
pub mod geo;
#[cfg(test)]
mod hostile_tests;
pub mod normalize;
pub mod search;

pub use data::{
    data, Audience, AudienceHost, Csg, Location, LocatorData, Network, Precision, Region,
};
pub use search::{Answer, Candidate, Invalid, Outcome, Via};
