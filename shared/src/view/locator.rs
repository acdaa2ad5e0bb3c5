//! Find my CSG on screen: the search form, the answer (always leading to the
//! call and the chat), the offline map, and the list of all CSGs by province.
use super::action::{csg_contact, Action};
use crate::content::Content;
use crate::i18n::Texts;
use crate::locator::geo::km_between;
use crate::locator::search::{Answer, Candidate, Invalid, Outcome, Via};
use crate::locator::{data, Audience, Csg, Location, LocatorData, Precision};

/// The example under the search field (a real postcode, of the first CSG's
/// hospital); passed into the text so that right-to-left text isolates it.
const EXAMPLE_POSTCODE: &str = "3584 CX";
/// The example place.
const EXAMPLE_PLACE: &str = "Utrecht";
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
    /// Distance from the searched point; only for a location known to its
    /// postcode (a city-level point is not where the CSG is).
    pub distance: Option<String>,
    /// Call first: next to every address.
    pub call_first: String,
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
    /// The serving CSG's locations, and no other centre's.
    pub locations: Vec<LocationView>,
    /// Where the CSG is based, when a source says so.
    pub based_at: Option<String>,
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
    /// Where it is based, when a source says so.
    pub based_at: Option<String>,
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

fn result_view(
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

fn based_at(t: &Texts, csg: &Csg) -> Option<String> {
    csg.based_at
        .as_deref()
        .map(|org| t.get_with("locator-based-at", &[("org", org.into())]))
}

/// The map: before a search every CSG's locations; after one only those of
/// the CSG that serves the place (none where that is not verified).
fn map_view(t: &Texts, d: &LocatorData, answer: Option<&Answer>) -> MapView {
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
    let emergency = helplines
        .first_phone(crate::helplines::EMERGENCY_ID)
        .unwrap_or_default();
    let mut v = LocatorView {
        title: t.get("locator-title"),
        intro: t.get("locator-intro"),
        input_label: t.get("locator-input-label"),
        input_hint: t.get_with(
            "locator-input-hint",
            &[
                ("postcode", EXAMPLE_POSTCODE.into()),
                ("place", EXAMPLE_PLACE.into()),
            ],
        ),
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
                v.result = Some(result_view(t, d, a, &number, emergency));
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
                v.message = Some(match kind {
                    Invalid::Empty => t.get("locator-err-empty"),
                    Invalid::TooLong => t.get("locator-err-too-long"),
                    Invalid::PostcodeFormat => t.get_with(
                        "locator-err-postcode",
                        &[
                            ("short", EXAMPLE_POSTCODE[..4].into()),
                            ("long", EXAMPLE_POSTCODE.into()),
                        ],
                    ),
                });
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
        based_at: based_at(t, c),
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
        intro: t.get_with(
            "locator-all-intro",
            &[
                ("known", d.csgs.len().into()),
                ("total", d.network.total_csgs.into()),
                ("number", number.as_str().into()),
            ],
        ),
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
    use crate::time::test_now;

    fn view_after(lang: &str, events: Vec<Event>) -> LocatorView {
        let mut m = Model::new(CoreConfig {
            device_languages: vec![lang.into()],
            ..CoreConfig::default()
        });
        update(
            &mut m,
            Event::SettingsLoaded(Ok(Settings::default())),
            test_now(),
        );
        for e in events {
            update(&mut m, e, test_now());
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
            "a location known to its postcode shows its distance"
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
        assert!(r.locations.is_empty() && r.based_at.is_none() && r.locations_title.is_none());
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

    #[test]
    fn the_list_says_how_many_csgs_it_knows_of_how_many() {
        let t = Localizer::embedded().texts(&["en".into()]);
        let v = csg_list(&t, &crate::content::bundled());
        let known = data().csgs.len().to_string();
        assert!(
            v.intro.contains(&known) && v.intro.contains("16") && v.intro.contains("0800-0188"),
            "{}",
            v.intro
        );
    }
}
