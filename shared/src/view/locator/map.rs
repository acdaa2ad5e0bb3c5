//! The offline map: a dot outline of the country, the CSGs' locations, and
//! after a search the searched point.
use crate::i18n::Texts;
use crate::locator::search::Answer;
use crate::locator::{data, LocatorData};

/// A marker on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerKind {
    /// A CSG location.
    Csg,
    /// A location of the CSG that serves the searched place.
    Serving,
    /// The searched point.
    You,
}

/// A point on the map, in map coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct MapMarker {
    /// x in the view box.
    pub x: f64,
    /// y in the view box.
    pub y: f64,
    /// What it is.
    pub kind: MarkerKind,
    /// Its name (for the SVG title).
    pub label: String,
}

/// The offline map: a dot outline of the country and markers.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MapView {
    /// View box width.
    pub width: f64,
    /// View box height.
    pub height: f64,
    /// The outline as an SVG path of dots.
    pub dots: &'static str,
    /// The markers.
    pub markers: Vec<MapMarker>,
    /// Text alternative.
    pub label: String,
}

/// The map: before a search every CSG's locations; after one only those of
/// the CSG that serves the place (none where that is not verified).
pub(super) fn map_view(t: &Texts, d: &LocatorData, answer: Option<&Answer>) -> MapView {
    let mut markers: Vec<MapMarker> = d
        .csgs
        .iter()
        .enumerate()
        .filter(|(ci, _)| answer.is_none_or(|a| a.serving == Some(*ci)))
        .flat_map(|(ci, c)| c.locations.iter().map(move |l| (ci, c, l)))
        .map(|(ci, c, l)| {
            let (x, y) = d.map.project((l.lat, l.lon));
            let serving = answer.and_then(|a| a.serving) == Some(ci);
            MapMarker {
                x,
                y,
                kind: if serving {
                    MarkerKind::Serving
                } else {
                    MarkerKind::Csg
                },
                label: format!("{}, {}", c.name, l.city),
            }
        })
        .collect();
    if let Some(a) = answer {
        let (x, y) = d.map.project(a.point);
        markers.push(MapMarker {
            x,
            y,
            kind: MarkerKind::You,
            label: t.get("locator-map-you"),
        });
    }
    MapView {
        width: d.map.width,
        height: d.map.height,
        // The outline is geography, not content: always the bundled one.
        dots: &data().map.dots,
        markers,
        label: t.get("locator-map-label"),
    }
}
