//! Looking up a postcode, a place name or a position, and building the answer.
use super::data::{LocatorData, NameEntry};
use super::geo::km_between;
use super::normalize::{distance, fold, invisible};

/// Longest input that is searched at all.
pub const MAX_INPUT: usize = 100;
/// A position further than this from every postcode centroid is outside the country.
const OUTSIDE_KM: f64 = 25.0;
/// At most this many choices or suggestions are offered.
const MAX_CHOICES: usize = 6;

/// How the user described where they are.
#[derive(Clone, Debug, PartialEq)]
pub enum Via {
    /// A postcode's first four digits.
    Postcode(u16),
    /// A place or municipality name, as shown.
    Place(String),
    /// The device's position.
    Position,
}

/// A found area and what serves it.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// How it was found.
    pub via: Via,
    /// Whether the name was matched despite a typo (show "did you mean").
    pub corrected: bool,
    /// The point searched from.
    pub point: (f64, f64),
    /// Index of the municipality.
    pub gemeente: usize,
    /// Index of the safety region.
    pub region: usize,
    /// Index of the serving CSG, when verified. Its locations are the only
    /// ones an answer may show: the CSG decides where a person goes, so a
    /// nearer site of another centre is never offered (issue 14).
    pub serving: Option<usize>,
}

/// One of several places a name could mean.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The place as shown.
    pub place: String,
    /// Its municipality's name.
    pub gemeente: String,
    /// The answer if chosen.
    pub answer: Answer,
}

/// Why an input was not searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// Nothing (or only symbols) was typed.
    Empty,
    /// More than [`MAX_INPUT`] characters.
    TooLong,
    /// Digits that are not a Dutch postcode (e.g. `99999`, `0000`, `1234 A`).
    PostcodeFormat,
}

/// The result of a search.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// One area.
    Found(Answer),
    /// Several places match: the user chooses.
    Choose(Vec<Candidate>),
    /// A well-formed postcode that does not exist; nearby existing ones.
    UnknownPostcode {
        /// What was typed, as four digits.
        postcode: u16,
        /// Existing postcodes close to it.
        suggestions: Vec<Candidate>,
    },
    /// No place looks like the name.
    UnknownPlace,
    /// The input was not searched.
    Invalid(Invalid),
    /// The position is not in the Netherlands.
    Outside,
}

enum Query {
    Postcode(u16),
    Name(String),
}

fn parse(input: &str) -> Result<Query, Invalid> {
    if input.chars().count() > MAX_INPUT {
        return Err(Invalid::TooLong);
    }
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !invisible(*c))
        .collect();
    let digits = compact.chars().take_while(char::is_ascii_digit).count();
    let rest = &compact[digits..];
    if digits > 0 {
        let letters_ok =
            rest.is_empty() || (rest.len() == 2 && rest.chars().all(|c| c.is_ascii_alphabetic()));
        if digits == 4 && letters_ok {
            let code: u16 = compact[..4].parse().map_err(|_| Invalid::PostcodeFormat)?;
            return if code >= 1000 {
                Ok(Query::Postcode(code))
            } else {
                Err(Invalid::PostcodeFormat)
            };
        }
        if rest.is_empty() || rest.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Invalid::PostcodeFormat);
        }
    }
    let folded = fold(input);
    if folded.is_empty() {
        Err(Invalid::Empty)
    } else {
        Ok(Query::Name(folded))
    }
}

impl LocatorData {
    /// Searches what the user typed: a postcode or a place name.
    pub fn find(&self, input: &str) -> Outcome {
        match parse(input) {
            Err(kind) => Outcome::Invalid(kind),
            Ok(Query::Postcode(code)) => self.find_postcode(code),
            Ok(Query::Name(name)) => self.find_name(&name),
        }
    }

    fn find_postcode(&self, code: u16) -> Outcome {
        match self.pc4.binary_search_by_key(&code, |p| p.code) {
            Ok(i) => Outcome::Found(self.answer(
                Via::Postcode(code),
                self.pc4[i].point,
                self.pc4[i].gemeente,
                false,
            )),
            Err(at) => {
                let lo = at.saturating_sub(MAX_CHOICES / 2);
                let hi = (at + MAX_CHOICES / 2).min(self.pc4.len());
                let suggestions = self.pc4[lo..hi]
                    .iter()
                    .map(|p| Candidate {
                        place: format!("{:04}", p.code),
                        gemeente: self.gemeenten[p.gemeente].name.clone(),
                        answer: self.answer(Via::Postcode(p.code), p.point, p.gemeente, false),
                    })
                    .collect();
                Outcome::UnknownPostcode {
                    postcode: code,
                    suggestions,
                }
            }
        }
    }

    fn find_name(&self, q: &str) -> Outcome {
        let exact: Vec<&NameEntry> = self.names.iter().filter(|n| n.folded == q).collect();
        if !exact.is_empty() {
            return self.choose_or_found(exact, false);
        }
        let len = q.chars().count();
        if len >= 3 {
            let prefix: Vec<&NameEntry> = self
                .names
                .iter()
                .filter(|n| n.folded.starts_with(q))
                .collect();
            if !prefix.is_empty() {
                return self.choose_or_found(prefix, false);
            }
        }
        let max = match len {
            0..=3 => 0,
            4..=5 => 1,
            _ => 2,
        };
        if max == 0 {
            return Outcome::UnknownPlace;
        }
        let scored: Vec<(usize, &NameEntry)> = self
            .names
            .iter()
            .map(|n| (distance(q, &n.folded, max), n))
            .filter(|(d, _)| *d <= max)
            .collect();
        let Some(best) = scored.iter().map(|(d, _)| *d).min() else {
            return Outcome::UnknownPlace;
        };
        self.choose_or_found(
            scored
                .into_iter()
                .filter(|(d, _)| *d == best)
                .map(|(_, n)| n)
                .collect(),
            true,
        )
    }

    /// One answer when all matches lie in one municipality, else a choice,
    /// most populous first.
    fn choose_or_found(&self, mut matches: Vec<&NameEntry>, corrected: bool) -> Outcome {
        matches.sort_by(|a, b| {
            b.population
                .cmp(&a.population)
                .then_with(|| a.display.cmp(&b.display))
        });
        let mut seen = Vec::new();
        matches.retain(|m| {
            let key = (m.gemeente, m.display.clone());
            let new = !seen.iter().any(|(g, _): &(usize, String)| *g == m.gemeente);
            seen.push(key);
            new
        });
        if let [only] = matches[..] {
            return Outcome::Found(self.answer(
                Via::Place(only.display.clone()),
                only.point,
                only.gemeente,
                corrected,
            ));
        }
        Outcome::Choose(
            matches
                .into_iter()
                .take(MAX_CHOICES)
                .map(|m| Candidate {
                    place: m.display.clone(),
                    gemeente: self.gemeenten[m.gemeente].name.clone(),
                    answer: self.answer(
                        Via::Place(m.display.clone()),
                        m.point,
                        m.gemeente,
                        corrected,
                    ),
                })
                .collect(),
        )
    }

    /// Searches from the device's position: the nearest postcode centroid
    /// decides the municipality and so the region.
    pub fn find_position(&self, point: (f64, f64)) -> Outcome {
        if !point.0.is_finite() || !point.1.is_finite() {
            return Outcome::Outside;
        }
        let nearest = self
            .pc4
            .iter()
            .map(|p| (km_between(point, p.point), p))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        match nearest {
            Some((km, p)) if km <= OUTSIDE_KM => {
                Outcome::Found(self.answer(Via::Position, point, p.gemeente, false))
            }
            _ => Outcome::Outside,
        }
    }

    fn answer(&self, via: Via, point: (f64, f64), gemeente: usize, corrected: bool) -> Answer {
        let region = self.gemeenten[gemeente].region;
        let serving = self.regions[region]
            .csg
            .as_deref()
            .and_then(|id| self.csgs.iter().position(|c| c.id == id));
        Answer {
            via,
            corrected,
            point,
            gemeente,
            region,
            serving,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locator::data::data;

    fn serving_id(o: &Outcome) -> Option<&'static str> {
        match o {
            Outcome::Found(a) => a.serving.map(|i| data().csgs[i].id.as_str()),
            other => panic!("expected an answer, got {other:?}"),
        }
    }

    #[test]
    fn every_postcode_maps_to_its_regions_csg_or_to_the_national_number_only() {
        let d = data();
        for p in &d.pc4 {
            let Outcome::Found(a) = d.find(&format!("{:04}", p.code)) else {
                panic!("{} not found", p.code)
            };
            let region = &d.regions[d.gemeenten[p.gemeente].region];
            assert_eq!(a.region, d.gemeenten[p.gemeente].region);
            assert_eq!(
                a.serving.map(|i| d.csgs[i].id.clone()),
                region.csg,
                "{}",
                p.code
            );
        }
    }

    #[test]
    fn postcode_forms_all_work() {
        let d = data();
        for input in ["5223 GZ", "5223gz", "5223", " 5223  GZ ", "5223Gz"] {
            assert_eq!(serving_id(&d.find(input)), Some("oost-brabant"), "{input}");
        }
    }

    #[test]
    fn malformed_inputs_get_a_reason_never_an_answer() {
        let d = data();
        assert_eq!(d.find(""), Outcome::Invalid(Invalid::Empty));
        assert_eq!(d.find("   "), Outcome::Invalid(Invalid::Empty));
        assert_eq!(d.find("🙂🙂🙂"), Outcome::Invalid(Invalid::Empty));
        assert_eq!(d.find("0000"), Outcome::Invalid(Invalid::PostcodeFormat));
        assert_eq!(d.find("0123 AB"), Outcome::Invalid(Invalid::PostcodeFormat));
        assert_eq!(d.find("99999"), Outcome::Invalid(Invalid::PostcodeFormat));
        assert_eq!(d.find("123"), Outcome::Invalid(Invalid::PostcodeFormat));
        assert_eq!(d.find("1234 A"), Outcome::Invalid(Invalid::PostcodeFormat));
        assert_eq!(
            d.find("1234 ABC"),
            Outcome::Invalid(Invalid::PostcodeFormat)
        );
        assert_eq!(
            d.find(&"x".repeat(10 * 1024)),
            Outcome::Invalid(Invalid::TooLong)
        );
        assert_eq!(d.find("qqqqqqqqqzzzzz"), Outcome::UnknownPlace);
        assert_eq!(d.find("xq"), Outcome::UnknownPlace);
    }

    #[test]
    fn a_postcode_that_does_not_exist_gets_suggestions() {
        let d = data();
        let Outcome::UnknownPostcode {
            postcode,
            suggestions,
        } = d.find("5028")
        else {
            panic!()
        };
        assert_eq!(postcode, 5028);
        assert!(!suggestions.is_empty());
        assert!(suggestions.iter().all(|s| s.place != "5028"));
    }

    #[test]
    fn town_names_are_accent_and_typo_tolerant() {
        let d = data();
        assert_eq!(
            serving_id(&d.find("'s-Hertogenbosch")),
            Some("oost-brabant")
        );
        assert_eq!(serving_id(&d.find("den bosch")), Some("oost-brabant"));
        assert_eq!(serving_id(&d.find("Leeuwarden")), Some("friesland"));
        assert_eq!(
            serving_id(&d.find("Amsterdm")),
            Some("amsterdam-amstelland")
        );
        assert_eq!(serving_id(&d.find("ROTTERDAM")), Some("rotterdam"));
        assert_eq!(serving_id(&d.find("Sudwest Fryslan")), Some("friesland"));
        // The Hague's region (Haaglanden) is not verified: no CSG is named.
        for name in ["Den Haag", "'s-Gravenhage", "s gravenhage", "The Hague"] {
            assert_eq!(serving_id(&d.find(name)), None, "{name}");
        }
        let Outcome::Found(a) = d.find("Amsterdm") else {
            panic!()
        };
        assert!(a.corrected);
    }

    #[test]
    fn an_ambiguous_name_offers_a_choice() {
        let Outcome::Choose(options) = data().find("Emmen") else {
            panic!("Emmen is two places")
        };
        let gemeenten: Vec<_> = options.iter().map(|c| c.gemeente.as_str()).collect();
        assert!(
            gemeenten.contains(&"Emmen") && gemeenten.contains(&"Dalfsen"),
            "{gemeenten:?}"
        );
        assert_eq!(options[0].gemeente, "Emmen", "the larger place first");
    }

    #[test]
    fn position_finds_the_region_and_rejects_points_abroad() {
        let d = data();
        // Near Maastricht UMC+.
        assert_eq!(
            serving_id(&d.find_position((50.834, 5.713))),
            Some("limburg")
        );
        assert_eq!(d.find_position((48.85, 2.35)), Outcome::Outside); // Paris
        assert_eq!(d.find_position((f64::NAN, 5.0)), Outcome::Outside);
    }

    #[test]
    fn the_serving_csg_is_the_regions_even_when_another_site_is_closer() {
        // Zaltbommel lies in Gelderland-Zuid (Nijmegen) but close to
        // 's-Hertogenbosch: the answer is Nijmegen's CSG, and nothing else.
        let d = data();
        let Outcome::Found(a) = d.find("Zaltbommel") else {
            panic!()
        };
        assert_eq!(d.csgs[a.serving.unwrap()].id, "nijmegen");
    }
}
