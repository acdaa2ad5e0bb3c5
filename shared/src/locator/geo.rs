//! Distances on the earth and the projection onto the offline map.

/// Mean earth radius in km.
const EARTH_KM: f64 = 6371.0;

/// Great-circle distance in km between two points in degrees.
pub fn km_between(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_KM * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utrecht_to_amsterdam_is_about_35_km() {
        let km = km_between((52.0907, 5.1214), (52.3676, 4.9041));
        assert!((33.0..37.0).contains(&km), "{km}");
        assert!(km_between((52.0, 5.0), (52.0, 5.0)).abs() < 1e-9);
    }
}
