//! Find my CSG: the search form, what the search found (an answer, places
//! to choose from, or a message), always with the call and the chat.
use super::map::{map_view, MapView};
use super::result::{result_view, LocatorResultView};
use crate::i18n::Texts;
use crate::locator::search::{Candidate, Invalid, Outcome};
use crate::model::{LocatorState, Model, PositionError};
use crate::view::action::{csg_contact, Action};

/// The example under the search field (a real postcode, of the first CSG's
/// hospital); passed into the text so that right-to-left text isolates it.
const EXAMPLE_POSTCODE: &str = "3584 CX";

/// The example place.
const EXAMPLE_PLACE: &str = "Utrecht";

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

/// A place the user can pick when a name is ambiguous or a postcode unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceView {
    /// Sent back with `Event::LocatorChoose`.
    pub index: usize,
    /// "Emmen (gemeente Dalfsen)".
    pub label: String,
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

pub(crate) fn locator(model: &Model, t: &Texts) -> LocatorView {
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

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::app::{update, Event};
    use crate::locator::data;
    use crate::time::test_now;
    use crate::view::locator::map::MarkerKind;

    /// The locator screen in `lang` after `events`.
    pub(crate) fn view_after(lang: &str, events: Vec<Event>) -> LocatorView {
        let mut m = crate::app::tests::ready_in(lang);
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
}
