//! The answer to a search: the area found, the CSG that serves it (or the
//! national number where that is not verified), and only that CSG's
//! locations, each with "call first".
use crate::i18n::Texts;
use crate::locator::geo::km_between;
use crate::locator::search::{Answer, Via};
use crate::locator::{Audience, Csg, Location, LocatorData, Precision};

/// The answer to a search.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LocatorResultView {
    /// "Did you mean Amsterdam?" after a typo.
    pub did_you_mean: Option<String>,
    /// The area found, e.g. "3584: Utrecht, veiligheidsregio Utrecht".
    pub area: String,
    /// "Your CSG: CSG X" or, where not verified, "Call 0800-0188".
    pub heading: String,
    /// What calling does.
    pub connect: String,
    /// Call first; the case manager says where to go.
    pub call_first: String,
    /// Heading over the serving CSG's locations.
    pub locations_title: Option<String>,
    /// The serving CSG's locations, and no other centre's.
    pub locations: Vec<LocationView>,
    /// Where the CSG is based, when a source says so.
    pub based_at: Option<String>,
}

/// One location of a CSG.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LocationView {
    /// Host or city.
    pub title: String,
    /// Address lines, only when verified.
    pub lines: Vec<String>,
    /// A sourced note (walk-in house) or the age of the address.
    pub note: Option<String>,
    /// Distance from the searched point; only for a location known to its
    /// postcode (a city-level point is not where the CSG is).
    pub distance: Option<String>,
    /// Call first: next to every address.
    pub call_first: String,
}

fn km(t: &Texts, km: f64) -> String {
    let decimal = t.get("number-decimal");
    let text = if km < 10.0 {
        format!("{km:.1}").replace('.', &decimal)
    } else {
        format!("{km:.0}")
    };
    t.get_with("locator-distance", &[("km", text.into())])
}

pub(super) fn location_view(t: &Texts, l: &Location, distance: Option<f64>) -> LocationView {
    let hosts = l.audiences.iter().map(|a| {
        let id = match a.audience {
            Audience::Children => "locator-for-children",
            Audience::Adults => "locator-for-adults",
        };
        t.get_with(id, &[("host", a.host.as_str().into())])
    });
    let (title, lines, note) = match l.precision {
        Precision::Postcode => (
            l.name.clone().unwrap_or_else(|| l.city.clone()),
            [
                l.address.clone(),
                Some(
                    format!("{} {}", l.postcode.clone().unwrap_or_default(), l.city)
                        .trim()
                        .to_string(),
                ),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Some(t.get("locator-address-age")),
        ),
        Precision::City => (
            l.city.clone(),
            l.address
                .iter()
                .map(|street| format!("{street}, {}", l.city))
                .chain(hosts)
                .collect(),
            Some(if l.walk_in {
                t.get("locator-walk-in")
            } else {
                t.get("locator-city-only")
            }),
        ),
    };
    LocationView {
        title,
        lines,
        note,
        distance: distance
            .filter(|_| l.precision == Precision::Postcode)
            .map(|d| km(t, d)),
        call_first: t.get("locator-location-call-first"),
    }
}

fn area_line(t: &Texts, d: &LocatorData, a: &Answer) -> String {
    let gemeente = d.gemeenten[a.gemeente].name.as_str();
    let region = d.regions[a.region].name.as_str();
    let place = match &a.via {
        Via::Postcode(code) => format!("{code:04}"),
        Via::Place(name) => name.clone(),
        Via::Position => t.get("locator-your-location"),
    };
    t.get_with(
        "locator-area",
        &[
            ("place", place.into()),
            ("gemeente", gemeente.into()),
            ("region", region.into()),
        ],
    )
}

pub(super) fn result_view(
    t: &Texts,
    d: &LocatorData,
    a: &Answer,
    number: &str,
    emergency: &str,
) -> LocatorResultView {
    let did_you_mean = match (&a.via, a.corrected) {
        (Via::Place(name), true) => {
            Some(t.get_with("locator-did-you-mean", &[("place", name.as_str().into())]))
        }
        _ => None,
    };
    let area = area_line(t, d, a);
    let call_first = t.get_with("locator-call-first", &[("emergency", emergency.into())]);
    let Some(ci) = a.serving else {
        return LocatorResultView {
            did_you_mean,
            area,
            heading: t.get_with("locator-heading-call", &[("number", number.into())]),
            connect: t.get_with("locator-unknown-region", &[("number", number.into())]),
            call_first,
            ..LocatorResultView::default()
        };
    };
    let csg = &d.csgs[ci];
    let locations = csg
        .locations
        .iter()
        .map(|l| location_view(t, l, Some(km_between(a.point, (l.lat, l.lon)))))
        .collect();
    LocatorResultView {
        did_you_mean,
        area,
        heading: t.get_with("locator-heading-csg", &[("csg", csg.name.as_str().into())]),
        connect: t.get_with(
            "locator-connect",
            &[("number", number.into()), ("csg", csg.name.as_str().into())],
        ),
        call_first,
        locations_title: Some(
            t.get_with("locator-locations", &[("csg", csg.name.as_str().into())]),
        ),
        locations,
        based_at: based_at(t, csg),
    }
}

pub(super) fn based_at(t: &Texts, csg: &Csg) -> Option<String> {
    csg.based_at
        .as_deref()
        .map(|org| t.get_with("locator-based-at", &[("org", org.into())]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Event;
    use crate::i18n::Localizer;
    use crate::locator::data;
    use crate::locator::search::Outcome;
    use crate::view::locator::map::{map_view, MarkerKind};
    use crate::view::locator::search::tests::view_after;

    #[test]
    fn km_uses_the_locale_decimal() {
        let nl = Localizer::embedded().texts(&["nl".into()]);
        let en = Localizer::embedded().texts(&["en".into()]);
        assert_eq!(km(&nl, 2.345), "2,3 km");
        assert_eq!(km(&en, 2.345), "2.3 km");
        assert_eq!(km(&en, 23.6), "24 km");
    }

    /// Issue 14, item 2: a postcode area is shown only locations of the CSG
    /// that serves it (in the answer and on the map), never another centre's
    /// site as "nearest"; where no CSG is verified, none at all.
    #[test]
    fn every_postcode_area_shows_only_its_own_csgs_locations() {
        let t = Localizer::embedded().texts(&["nl".into()]);
        let d = data();
        let mut bad = Vec::new();
        for p in &d.pc4 {
            let Outcome::Found(a) = d.find(&format!("{:04}", p.code)) else {
                panic!("{} not found", p.code)
            };
            let own = a.serving.map(|i| d.csgs[i].id.as_str());
            let r = result_view(&t, d, &a, "0800-0188", "112");
            let map = map_view(&t, d, Some(&a));
            let mut shown = format!("{r:?}");
            for m in map.markers.iter().filter(|m| m.kind != MarkerKind::You) {
                shown.push_str(&m.label);
            }
            for c in d.csgs.iter().filter(|c| Some(c.id.as_str()) != own) {
                let names = std::iter::once(c.name.as_str())
                    .chain(c.locations.iter().filter_map(|l| l.name.as_deref()));
                if let Some(name) = names.into_iter().find(|n| shown.contains(n)) {
                    bad.push(format!("{:04} -> {name}", p.code));
                    break;
                }
            }
        }
        assert!(
            bad.is_empty(),
            "{} postcode areas show another centre's location, e.g. {:?}",
            bad.len(),
            &bad[..bad.len().min(8)]
        );
    }

    #[test]
    fn city_level_locations_show_no_distance_and_every_location_says_call_first() {
        // Rotterdam: the city only, with who is seen where (not the old
        // address of the children's hospital).
        let r = view_after("nl", vec![Event::LocatorSearch("3011".into())])
            .result
            .unwrap();
        assert!(r.heading.contains("CSG Rotterdam"), "{}", r.heading);
        let l = &r.locations[0];
        assert!(l.distance.is_none());
        assert!(l
            .lines
            .iter()
            .any(|x| x.contains("Kinderen") && x.contains("Erasmus MC")));
        assert!(l.lines.iter().any(|x| x.contains("GGD Rotterdam-Rijnmond")));
        assert!(!format!("{r:?}").contains("Molenwaterplein"));
        assert!(r.call_first.contains("112"), "{}", r.call_first);
        // Amsterdam's walk-in house: no distance from a city centre point.
        let a = view_after("en", vec![Event::LocatorSearch("1011".into())])
            .result
            .unwrap();
        assert!(a
            .locations
            .iter()
            .all(|l| l.distance.is_none() && !l.call_first.is_empty()));
        assert!(a.locations[0]
            .note
            .as_deref()
            .unwrap()
            .contains("Call first"));
        // Leiden: where CSG Zuid-Holland is based.
        let z = view_after("nl", vec![Event::LocatorSearch("2333".into())])
            .result
            .unwrap();
        assert!(z.based_at.unwrap().contains("GGZ Rivierduinen"));
    }
}
