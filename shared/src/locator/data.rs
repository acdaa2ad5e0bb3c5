//! The locator's data, embedded in the app and parsed once on first use.
//!
//! Built from `../shared/reference/data` by `scripts/build-locator-data.py`;
//! sources and licences in `assets/data/locator/SOURCES.md`. Every CSG
//! location keeps its source and status; a region maps to a CSG only when
//! that mapping is verified.
use serde::Deserialize;

use super::normalize::fold;

const CSGS: &str = include_str!("../../../assets/data/locator/csgs.json");
const REGIONS: &str = include_str!("../../../assets/data/locator/regions.json");
const GEMEENTEN: &str = include_str!("../../../assets/data/locator/gemeenten.tsv");
const PC4: &str = include_str!("../../../assets/data/locator/pc4.tsv");
const PLACES: &str = include_str!("../../../assets/data/locator/places.tsv");
const ALIASES: &str = include_str!("../../../assets/data/locator/aliases.tsv");
const MAP: &str = include_str!("../../../assets/data/locator/map.json");
const NETWORK: &str = include_str!("../../../assets/data/locator/network.json");

/// How exactly a location is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Host and address verified; coordinates are the postcode's centroid.
    Postcode,
    /// Only the city is verified; coordinates are the municipality's.
    City,
}

/// A place where a CSG works.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Location {
    /// The host (hospital), when verified.
    pub name: Option<String>,
    /// Street address, when verified.
    pub address: Option<String>,
    /// Postcode, when verified.
    pub postcode: Option<String>,
    /// City.
    pub city: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// How exactly it is known.
    pub precision: Precision,
    /// Whether people can walk in without an appointment (sourced).
    pub walk_in: bool,
    /// Who is seen where, for a city-level location (Rotterdam: children at
    /// one host, adults at another).
    #[serde(default)]
    pub audiences: Vec<AudienceHost>,
    /// Where it was read.
    pub source: String,
    /// Whether what it shows (host and address, or the city) was verified.
    pub verified: bool,
}

/// Who a host of a city-level location sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Children.
    Children,
    /// Adults.
    Adults,
}

/// A host that sees one group of people, with its source.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct AudienceHost {
    /// Who it sees.
    #[serde(rename = "for")]
    pub audience: Audience,
    /// The host's name.
    pub host: String,
    /// Where it was read.
    pub source: String,
}

/// The national network as its own site states it: how many CSGs there are
/// (more than the data knows), with its source.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Network {
    /// The number of CSGs in the country.
    pub total_csgs: usize,
    /// Where it was read.
    pub source: String,
    /// When it was read.
    pub seen: String,
    /// Whether it was verified there.
    pub verified: bool,
}

/// A Centrum Seksueel Geweld.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Csg {
    /// Stable id.
    pub id: String,
    /// Its name, e.g. "CSG Oost-Brabant".
    pub name: String,
    /// Its locations (may be empty).
    pub locations: Vec<Location>,
    /// Safety regions it verifiably serves.
    pub regions: Vec<String>,
    /// The organisation it is based at, when a source says so.
    #[serde(default)]
    pub based_at: Option<String>,
    /// Sources.
    pub sources: Vec<String>,
}

/// A safety region (veiligheidsregio) and the CSG that serves it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Region {
    /// `VR01` … `VR25`.
    pub code: String,
    /// Its name.
    pub name: String,
    /// The province it lies in.
    pub province: String,
    /// The serving CSG's id; `None` when not verified.
    pub csg: Option<String>,
    /// Whether the mapping is verified.
    pub verified: bool,
}

/// A municipality.
#[derive(Clone, Debug, PartialEq)]
pub struct Gemeente {
    /// `GM0363`.
    pub code: String,
    /// Official name.
    pub name: String,
    /// Index into [`LocatorData::regions`].
    pub region: usize,
    /// An interior point.
    pub point: (f64, f64),
}

/// A four-digit postcode area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pc4 {
    /// 1000 … 9999.
    pub code: u16,
    /// Centroid.
    pub point: (f64, f64),
    /// Index into [`LocatorData::gemeenten`].
    pub gemeente: usize,
}

/// A searchable name: a place, a municipality or an alias.
#[derive(Clone, Debug, PartialEq)]
pub struct NameEntry {
    /// Folded for matching.
    pub folded: String,
    /// As shown.
    pub display: String,
    /// Where it is.
    pub point: (f64, f64),
    /// Index into [`LocatorData::gemeenten`].
    pub gemeente: usize,
    /// For ranking equal matches.
    pub population: u32,
}

/// The base of the offline map: a dot silhouette of the country.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MapBase {
    /// View box width.
    pub width: f64,
    /// View box height.
    pub height: f64,
    /// Latitude of the top edge.
    pub lat_top: f64,
    /// Longitude of the left edge.
    pub lon_left: f64,
    /// Pixels per degree of latitude.
    pub scale: f64,
    /// Cosine of the reference latitude.
    pub cos_lat: f64,
    /// SVG path of the dots.
    pub dots: String,
}

impl MapBase {
    /// Map coordinates of a point.
    pub fn project(&self, (lat, lon): (f64, f64)) -> (f64, f64) {
        (
            (lon - self.lon_left) * self.cos_lat * self.scale,
            (self.lat_top - lat) * self.scale,
        )
    }
}

/// Everything the locator knows.
#[derive(Debug)]
pub struct LocatorData {
    /// The CSGs.
    pub csgs: Vec<Csg>,
    /// The 25 safety regions.
    pub regions: Vec<Region>,
    /// The municipalities.
    pub gemeenten: Vec<Gemeente>,
    /// Postcode areas, sorted by code.
    pub pc4: Vec<Pc4>,
    /// Searchable names.
    pub names: Vec<NameEntry>,
    /// The map.
    pub map: MapBase,
    /// The national network.
    pub network: Network,
}

/// The bundled data (part of [`crate::content::bundled`]), parsed on first use.
///
/// # Panics
/// Never in a released build: the embedded data is validated by the tests.
pub fn data() -> &'static LocatorData {
    &crate::content::bundled_ref().locator
}

fn point(lat: &str, lon: &str) -> Option<(f64, f64)> {
    Some((lat.parse().ok()?, lon.parse().ok()?))
}

impl LocatorData {
    /// Parses the embedded files.
    ///
    /// # Errors
    /// A description of the first problem.
    pub fn parse() -> Result<Self, String> {
        Self::parse_with(CSGS, REGIONS)
    }

    /// Parses given CSGs and regions (from a content update) with the
    /// embedded geography (municipalities, postcodes, places, map).
    ///
    /// # Errors
    /// A description of the first problem.
    pub fn parse_with(csgs: &str, regions: &str) -> Result<Self, String> {
        let csgs: Vec<Csg> = serde_json::from_str(csgs).map_err(|e| format!("csgs.json: {e}"))?;
        let regions: Vec<Region> =
            serde_json::from_str(regions).map_err(|e| format!("regions.json: {e}"))?;
        let map: MapBase = serde_json::from_str(MAP).map_err(|e| format!("map.json: {e}"))?;
        let network: Network =
            serde_json::from_str(NETWORK).map_err(|e| format!("network.json: {e}"))?;

        let mut gemeenten = Vec::new();
        for line in GEMEENTEN.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let [code, name, vr, lat, lon] = f[..] else {
                return Err(format!("gemeenten: {line}"));
            };
            let region = regions
                .iter()
                .position(|r| r.code == vr)
                .ok_or(format!("gemeente {code}: region {vr}"))?;
            let point = point(lat, lon).ok_or(format!("gemeente {code}: point"))?;
            gemeenten.push(Gemeente {
                code: code.into(),
                name: name.into(),
                region,
                point,
            });
        }
        let gm_index = |code: &str| {
            gemeenten
                .binary_search_by(|g: &Gemeente| g.code.as_str().cmp(code))
                .ok()
        };

        let mut pc4 = Vec::new();
        for line in PC4.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let [code, lat, lon, gm] = f[..] else {
                return Err(format!("pc4: {line}"));
            };
            pc4.push(Pc4 {
                code: code.parse().map_err(|_| format!("pc4 code {code}"))?,
                point: point(lat, lon).ok_or(format!("pc4 {code}: point"))?,
                gemeente: gm_index(gm).ok_or(format!("pc4 {code}: gemeente {gm}"))?,
            });
        }

        let mut names = Vec::new();
        for line in PLACES.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let [name, lat, lon, gm, population] = f[..] else {
                return Err(format!("places: {line}"));
            };
            names.push(NameEntry {
                folded: fold(name),
                display: name.into(),
                point: point(lat, lon).ok_or(format!("place {name}: point"))?,
                gemeente: gm_index(gm).ok_or(format!("place {name}: gemeente {gm}"))?,
                population: population.parse().unwrap_or(0),
            });
        }
        for (i, g) in gemeenten.iter().enumerate() {
            names.push(NameEntry {
                folded: fold(&g.name),
                display: g.name.clone(),
                point: g.point,
                gemeente: i,
                population: 0,
            });
        }
        for line in ALIASES.lines() {
            let Some((alias, gm)) = line.split_once('\t') else {
                return Err(format!("aliases: {line}"));
            };
            let i = gm_index(gm).ok_or(format!("alias {alias}: gemeente {gm}"))?;
            names.push(NameEntry {
                folded: fold(alias),
                display: alias.into(),
                point: gemeenten[i].point,
                gemeente: i,
                population: 0,
            });
        }

        let data = Self {
            csgs,
            regions,
            gemeenten,
            pc4,
            names,
            map,
            network,
        };
        data.validate()?;
        Ok(data)
    }

    fn validate(&self) -> Result<(), String> {
        if self.regions.len() != 25 {
            return Err(format!("{} regions, expected 25", self.regions.len()));
        }
        if !self.pc4.windows(2).all(|w| w[0].code < w[1].code) {
            return Err("pc4 not sorted".into());
        }
        for r in &self.regions {
            if let Some(id) = &r.csg {
                if !r.verified || self.csg(id).is_none() {
                    return Err(format!(
                        "region {} maps to {id} without verification",
                        r.code
                    ));
                }
            }
        }
        for c in &self.csgs {
            if c.sources.iter().all(|s| s.trim().is_empty()) {
                return Err(format!("csg {} has no source", c.id));
            }
            for l in &c.locations {
                if l.source.trim().is_empty() {
                    return Err(format!("a location of {} has no source", c.id));
                }
                if l.precision == Precision::City && (l.name.is_some() || l.postcode.is_some()) {
                    return Err(format!(
                        "{}: a city-level location may not carry a host or postcode",
                        c.id
                    ));
                }
                if !l.audiences.is_empty() && l.precision != Precision::City {
                    return Err(format!("{}: only a city-level location lists hosts", c.id));
                }
                if l.audiences.iter().any(|a| a.source.trim().is_empty()) {
                    return Err(format!("{}: a host without a source", c.id));
                }
                if !(50.7..53.6).contains(&l.lat) || !(3.3..7.3).contains(&l.lon) {
                    return Err(format!("{}: location outside the Netherlands", c.id));
                }
            }
        }
        if self.network.total_csgs < self.csgs.len() || self.network.source.trim().is_empty() {
            return Err("network.json: a total below the CSGs known, or no source".into());
        }
        Ok(())
    }

    /// A CSG by id.
    pub fn csg(&self, id: &str) -> Option<&Csg> {
        self.csgs.iter().find(|c| c.id == id)
    }

    /// The CSG that verifiably serves a region.
    pub fn serving(&self, region: usize) -> Option<&Csg> {
        self.regions[region]
            .csg
            .as_deref()
            .and_then(|id| self.csg(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses_and_is_complete() {
        let d = LocatorData::parse().unwrap();
        assert_eq!(d.regions.len(), 25);
        assert_eq!(d.gemeenten.len(), 342);
        assert_eq!(d.pc4.len(), 4067);
        assert!(d.names.len() > 6751);
        assert!(d.csgs.len() >= 14);
        assert!(!d.map.dots.is_empty());
    }

    #[test]
    fn unverified_regions_have_no_csg_and_friesland_has_no_guessed_address() {
        let d = data();
        let utrecht = d.regions.iter().position(|r| r.code == "VR09").unwrap();
        assert!(
            d.serving(utrecht).is_none(),
            "Utrecht's exact coverage is not verified"
        );
        let fryslan = d.regions.iter().position(|r| r.code == "VR02").unwrap();
        let friesland = d.serving(fryslan).expect("region verified");
        assert!(friesland
            .locations
            .iter()
            .all(|l| l.address.is_none() && l.name.is_none()));
        assert_eq!(friesland.locations[0].city, "Leeuwarden");
    }

    #[test]
    fn host_coordinates_are_postcode_centroids() {
        let d = data();
        for c in &d.csgs {
            for l in c
                .locations
                .iter()
                .filter(|l| l.precision == Precision::Postcode)
            {
                let code: u16 = l.postcode.as_deref().unwrap()[..4].parse().unwrap();
                let pc = d.pc4.iter().find(|p| p.code == code).unwrap();
                assert_eq!((l.lat, l.lon), pc.point, "{}", c.id);
            }
        }
    }
}
