//! All CSGs by province, and those whose region is not verified.
use super::result::{based_at, location_view, LocationView};
use crate::content::Content;
use crate::i18n::Texts;
use crate::locator::{Csg, LocatorData};
use crate::view::action::{csg_contact, Action};

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

pub(crate) fn csg_list(t: &Texts, content: &Content) -> CsgListView {
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
    use crate::i18n::Localizer;
    use crate::locator::data;

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
