//! Find my CSG on screen: the search form, the answer (always leading to the
//! call and the chat), the offline map, and the list of all CSGs by province.
use super::{csg_contact, Action};
use crate::content::Content;
use crate::i18n::Texts;
use crate::locator::geo::km_between;
use crate::locator::search::{Answer, Candidate, Invalid, Outcome, Via};
use crate::locator::{data, Csg, Location, LocatorData, Precision};
use crate::model::{LocatorState, Model, PositionError};

/// A place the user can pick when a name is ambiguous or a postcode unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceView {
    /// Sent back with `Event::LocatorChoose`.
    pub index: usize,
    /// "Emmen (gemeente Dalfsen)".
    pub label: String,
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
    /// Distance from the searched point.
    pub distance: Option<String>,
}

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
    /// The serving CSG's locations.
    pub locations: Vec<LocationView>,
    /// The nearest CSG location when it belongs to another CSG.
    pub nearest: Option<String>,
}

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

/// The locator screen.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LocatorView {
    /// Heading.
    pub title: String,
    /// What it does; that nothing is stored.
    pub intro: String,
    /// Label of the field.
    pub input_label: String,
    /// Example under the field.
    pub input_hint: String,
    /// The search button.
    pub search_label: String,
    /// The "use my location" button.
    pub use_location_label: String,
    /// What happens with the location.
    pub location_note: String,
    /// Shown while the position is being found.
    pub locating: Option<String>,
    /// An error or "not found", in words.
    pub message: Option<String>,
    /// Heading over the choices.
    pub choices_title: Option<String>,
    /// Places or postcodes to pick from.
    pub choices: Vec<ChoiceView>,
    /// The answer.
    pub result: Option<LocatorResultView>,
    /// Call 0800-0188: always there.
    pub call: Action,
    /// The chat: always there.
    pub chat: Action,
    /// The map.
    pub map: MapView,
    /// Link to the list of all CSGs.
    pub all_link: String,
    /// Data attribution.
    pub credit: String,
}

/// A CSG in the list of all.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CsgCardView {
    /// Name.
    pub name: String,
    /// The regions it serves, in words.
    pub regions: Option<String>,
    /// Its locations.
    pub locations: Vec<LocationView>,
}

/// A province in the list of all CSGs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ProvinceView {
    /// Province name.
    pub name: String,
    /// The CSGs serving (part of) it.
    pub csgs: Vec<CsgCardView>,
    /// Present when part of the province has no verified CSG.
    pub unknown_note: Option<String>,
}

/// All CSGs by province.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CsgListView {
    /// Heading.
    pub title: String,
    /// How to use the list.
    pub intro: String,
    /// Provinces, north to south as the data lists them.
    pub provinces: Vec<ProvinceView>,
    /// CSGs whose region is not verified (shown by location only).
    pub other_title: String,
    /// Those CSGs.
    pub other: Vec<CsgCardView>,
    /// Call.
    pub call: Action,
    /// Chat.
    pub chat: Action,
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

fn location_view(t: &Texts, l: &Location, distance: Option<f64>) -> LocationView {
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
        distance: distance.map(|d| km(t, d)),
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

fn result_view(t: &Texts, d: &LocatorData, a: &Answer, number: &str) -> LocatorResultView {
    let did_you_mean = match (&a.via, a.corrected) {
        (Via::Place(name), true) => {
            Some(t.get_with("locator-did-you-mean", &[("place", name.as_str().into())]))
        }
        _ => None,
    };
    let area = area_line(t, d, a);
    let call_first = t.get("locator-call-first");
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
    let nearest = a
        .nearest
        .filter(|(nc, _, _)| *nc != ci)
        .map(|(nc, nl, dist)| {
            let other = &d.csgs[nc];
            let l = &other.locations[nl];
            t.get_with(
                "locator-nearest",
                &[
                    (
                        "location",
                        l.name.clone().unwrap_or_else(|| l.city.clone()).into(),
                    ),
                    ("city", l.city.as_str().into()),
                    ("csg", other.name.as_str().into()),
                    ("distance", km(t, dist).into()),
                ],
            )
        });
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
        nearest,
    }
}

fn map_view(t: &Texts, d: &LocatorData, answer: Option<&Answer>) -> MapView {
    let mut markers: Vec<MapMarker> = d
        .csgs
        .iter()
        .enumerate()
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

/// "Emmen (gemeente Dalfsen)" for each candidate, numbered for `LocatorChoose`.
fn choices(t: &Texts, candidates: &[Candidate]) -> Vec<ChoiceView> {
    candidates
        .iter()
        .enumerate()
        .map(|(index, c)| ChoiceView {
            index,
            label: t.get_with(
                "locator-choice",
                &[
                    ("place", c.place.as_str().into()),
                    ("gemeente", c.gemeente.as_str().into()),
                ],
            ),
        })
        .collect()
}

pub(super) fn locator(model: &Model, t: &Texts) -> LocatorView {
    let d = &model.content.locator;
    let helplines = &model.content.helplines;
    let (call, chat, number) = csg_contact(t, helplines);
    let mut v = LocatorView {
        title: t.get("locator-title"),
        intro: t.get("locator-intro"),
        input_label: t.get("locator-input-label"),
        input_hint: t.get("locator-input-hint"),
        search_label: t.get("locator-search"),
        use_location_label: t.get("locator-use-location"),
        location_note: t.get("locator-location-note"),
        all_link: t.get("locator-all"),
        credit: t.get("locator-credit"),
        call,
        chat,
        ..LocatorView::default()
    };
    let mut answer = None;
    match &model.locator {
        LocatorState::Idle => {}
        LocatorState::Locating => v.locating = Some(t.get("locator-locating")),
        LocatorState::PositionFailed(e) => {
            v.message = Some(t.get(match e {
                PositionError::Denied => "locator-err-location-denied",
                PositionError::Unavailable => "locator-err-location-unavailable",
            }));
        }
        LocatorState::Done { query, outcome } => match outcome {
            Outcome::Found(a) => {
                v.result = Some(result_view(t, d, a, &number));
                answer = Some(a);
            }
            Outcome::Choose(candidates) => {
                v.choices_title = Some(t.get("locator-choose"));
                v.choices = choices(t, candidates);
            }
            Outcome::UnknownPostcode {
                postcode,
                suggestions,
            } => {
                v.message = Some(t.get_with(
                    "locator-err-unknown-postcode",
                    &[("postcode", format!("{postcode:04}").into())],
                ));
                v.choices_title = Some(t.get("locator-suggestions"));
                v.choices = choices(t, suggestions);
            }
            Outcome::UnknownPlace => {
                v.message = Some(t.get_with(
                    "locator-err-unknown-place",
                    &[("query", query.as_str().into())],
                ));
            }
            Outcome::Outside => {
                v.message =
                    Some(t.get_with("locator-err-outside", &[("number", number.as_str().into())]));
            }
            Outcome::Invalid(kind) => {
                v.message = Some(t.get(match kind {
                    Invalid::Empty => "locator-err-empty",
                    Invalid::TooLong => "locator-err-too-long",
                    Invalid::PostcodeFormat => "locator-err-postcode",
                }));
            }
        },
    }
    v.map = map_view(t, d, answer);
    v
}

fn card(t: &Texts, d: &LocatorData, c: &Csg) -> CsgCardView {
    let regions: Vec<&str> = c
        .regions
        .iter()
        .filter_map(|code| d.regions.iter().find(|r| &r.code == code))
        .map(|r| r.name.as_str())
        .collect();
    CsgCardView {
        name: c.name.clone(),
        regions: (!regions.is_empty())
            .then(|| t.get_with("locator-serves", &[("regions", regions.join(", ").into())])),
        locations: c
            .locations
            .iter()
            .map(|l| location_view(t, l, None))
            .collect(),
    }
}

pub(super) fn csg_list(t: &Texts, content: &Content) -> CsgListView {
    let d = &content.locator;
    let helplines = &content.helplines;
    let (call, chat, number) = csg_contact(t, helplines);
    let mut provinces: Vec<ProvinceView> = Vec::new();
    for (index, region) in d.regions.iter().enumerate() {
        if provinces
            .last()
            .is_none_or(|last| last.name != region.province)
        {
            provinces.push(ProvinceView {
                name: region.province.clone(),
                ..ProvinceView::default()
            });
        }
        let province = provinces.last_mut().expect("pushed above");
        match d.serving(index) {
            Some(csg) if province.csgs.iter().all(|known| known.name != csg.name) => {
                province.csgs.push(card(t, d, csg));
            }
            Some(_) => {}
            None => {
                let note = t.get_with(
                    "locator-province-unknown",
                    &[("number", number.as_str().into())],
                );
                province.unknown_note = Some(note);
            }
        }
    }
    let other = d
        .csgs
        .iter()
        .filter(|c| c.regions.is_empty())
        .map(|c| card(t, d, c))
        .collect();
    CsgListView {
        title: t.get("locator-all-title"),
        intro: t.get("locator-all-intro"),
        provinces,
        other_title: t.get("locator-all-other"),
        other,
        call,
        chat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::i18n::Localizer;
    use crate::model::CoreConfig;
    use crate::settings::Settings;

    fn view_after(lang: &str, events: Vec<Event>) -> LocatorView {
        let mut m = Model::new(CoreConfig {
            device_languages: vec![lang.into()],
            ..CoreConfig::default()
        });
        update(&mut m, Event::SettingsLoaded(Ok(Settings::default())));
        for e in events {
            update(&mut m, e);
        }
        let t = m.content.localizer.texts(&m.language_preferences());
        locator(&m, &t)
    }

    #[test]
    fn verified_region_names_its_csg_and_leads_to_the_call() {
        let v = view_after("nl", vec![Event::LocatorSearch("5223 GZ".into())]);
        let r = v.result.unwrap();
        assert!(r.heading.contains("CSG Oost-Brabant"), "{}", r.heading);
        assert!(r.connect.contains("0800-0188"));
        assert!(!r.call_first.is_empty());
        assert!(
            r.locations.iter().any(|l| l.distance.is_some()),
            "the nearest location shows its distance"
        );
        assert_eq!(v.call.href, "tel:08000188");
        assert!(v.map.markers.iter().any(|m| m.kind == MarkerKind::You));
        assert!(v.map.markers.iter().any(|m| m.kind == MarkerKind::Serving));
    }

    #[test]
    fn unverified_region_shows_only_the_national_number() {
        let v = view_after("en", vec![Event::LocatorSearch("Den Haag".into())]);
        let r = v.result.unwrap();
        assert!(r.heading.contains("0800-0188"), "{}", r.heading);
        assert!(r.locations.is_empty() && r.nearest.is_none() && r.locations_title.is_none());
        let shown = format!("{r:?}");
        for csg in &data().csgs {
            assert!(
                !shown.contains(&csg.name),
                "{} named in an unverified region",
                csg.name
            );
        }
        assert!(!v.map.markers.iter().any(|m| m.kind == MarkerKind::Serving));
    }

    #[test]
    fn messages_for_bad_input_and_choices() {
        assert!(view_after("nl", vec![Event::LocatorSearch("99999".into())])
            .message
            .unwrap()
            .contains("4 cijfers"));
        let v = view_after("en", vec![Event::LocatorSearch("5028".into())]);
        assert!(v.message.unwrap().contains("5028"));
        assert!(!v.choices.is_empty());
        let v = view_after("nl", vec![Event::LocatorSearch("Emmen".into())]);
        assert!(v.choices.iter().any(|c| c.label.contains("Dalfsen")));
        assert!(v.result.is_none());
    }

    #[test]
    fn km_uses_the_locale_decimal() {
        let nl = Localizer::embedded().texts(&["nl".into()]);
        let en = Localizer::embedded().texts(&["en".into()]);
        assert_eq!(km(&nl, 2.345), "2,3 km");
        assert_eq!(km(&en, 2.345), "2.3 km");
        assert_eq!(km(&en, 23.6), "24 km");
    }

    #[test]
    fn the_list_has_every_province_and_every_csg() {
        let t = Localizer::embedded().texts(&["nl".into()]);
        let v = csg_list(&t, &crate::content::bundled());
        assert_eq!(v.provinces.len(), 12);
        let listed: std::collections::BTreeSet<_> = v
            .provinces
            .iter()
            .flat_map(|p| &p.csgs)
            .chain(&v.other)
            .map(|c| &c.name)
            .collect();
        assert_eq!(
            listed.len(),
            data().csgs.len(),
            "every CSG appears (Groningen/Drenthe under both provinces)"
        );
        assert!(v
            .provinces
            .iter()
            .any(|p| p.name == "Zuid-Holland" && p.unknown_note.is_some()));
    }
}
