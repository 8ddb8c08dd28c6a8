//! British National Grid eastings and northings to WGS84 latitude and longitude, for Open311
//! servers that want lat/long when a gazetteer gives only the grid. The OS "A guide to coordinate
//! systems in Great Britain" method: the Transverse Mercator inverse on the Airy 1830 ellipsoid
//! (OSGB36), then a 7-parameter Helmert transformation to WGS84. Good to about 5 metres, which is
//! plenty to put a pin on a street; it stops there (no OSTN15 grid, no heights, no forward
//! projection).

/// Latitude and longitude in decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLong {
    /// Degrees north of the equator.
    pub lat: f64,
    /// Degrees east of Greenwich (negative to the west).
    pub long: f64,
}

struct Ellipsoid {
    a: f64,
    b: f64,
}

const AIRY_1830: Ellipsoid = Ellipsoid {
    a: 6_377_563.396,
    b: 6_356_256.909,
};
const GRS80: Ellipsoid = Ellipsoid {
    a: 6_378_137.0,
    b: 6_356_752.3141,
};

impl Ellipsoid {
    fn e2(&self) -> f64 {
        1.0 - (self.b * self.b) / (self.a * self.a)
    }
}

/// National Grid projection constants.
const F0: f64 = 0.999_601_271_7;
const E0: f64 = 400_000.0;
const N0: f64 = -100_000.0;
const PHI0_DEG: f64 = 49.0;
const LAMBDA0_DEG: f64 = -2.0;

/// Meridional arc from the true origin to latitude `phi` (radians), on Airy 1830.
fn meridional_arc(phi: f64) -> f64 {
    let Ellipsoid { a, b } = AIRY_1830;
    let n = (a - b) / (a + b);
    let (n2, n3) = (n * n, n * n * n);
    let phi0 = PHI0_DEG.to_radians();
    let (d, s) = (phi - phi0, phi + phi0);
    b * F0
        * ((1.0 + n + 1.25 * n2 + 1.25 * n3) * d - (3.0 * n + 3.0 * n2 + 21.0 / 8.0 * n3) * d.sin() * s.cos()
            + (15.0 / 8.0 * n2 + 15.0 / 8.0 * n3) * (2.0 * d).sin() * (2.0 * s).cos()
            - 35.0 / 24.0 * n3 * (3.0 * d).sin() * (3.0 * s).cos())
}

/// OSGB36 latitude and longitude (Airy 1830, not WGS84) of a grid point: the Transverse Mercator
/// inverse alone. Exposed so tests can check it against the OS worked example to the millimetre.
pub fn osgb36_from_grid(easting: f64, northing: f64) -> LatLong {
    let Ellipsoid { a, .. } = AIRY_1830;
    let e2 = AIRY_1830.e2();
    let phi0 = PHI0_DEG.to_radians();
    let mut phi = (northing - N0) / (a * F0) + phi0;
    // Converges in a handful of steps; the cap only guards against a NaN input.
    for _ in 0..100 {
        let residual = northing - N0 - meridional_arc(phi);
        if residual.abs() < 1e-5 {
            break;
        }
        phi += residual / (a * F0);
    }
    let (sin, tan) = (phi.sin(), phi.tan());
    let sec = 1.0 / phi.cos();
    let nu = a * F0 / (1.0 - e2 * sin * sin).sqrt();
    let rho = a * F0 * (1.0 - e2) / (1.0 - e2 * sin * sin).powf(1.5);
    let eta2 = nu / rho - 1.0;
    let (t2, t4, t6) = (tan * tan, tan.powi(4), tan.powi(6));
    let vii = tan / (2.0 * rho * nu);
    let viii = tan / (24.0 * rho * nu.powi(3)) * (5.0 + 3.0 * t2 + eta2 - 9.0 * t2 * eta2);
    let ix = tan / (720.0 * rho * nu.powi(5)) * (61.0 + 90.0 * t2 + 45.0 * t4);
    let x = sec / nu;
    let xi = sec / (6.0 * nu.powi(3)) * (nu / rho + 2.0 * t2);
    let xii = sec / (120.0 * nu.powi(5)) * (5.0 + 28.0 * t2 + 24.0 * t4);
    let xiia = sec / (5040.0 * nu.powi(7)) * (61.0 + 662.0 * t2 + 1320.0 * t4 + 720.0 * t6);
    let de = easting - E0;
    let lat = phi - vii * de.powi(2) + viii * de.powi(4) - ix * de.powi(6);
    let long = LAMBDA0_DEG.to_radians() + x * de - xi * de.powi(3) + xii * de.powi(5) - xiia * de.powi(7);
    LatLong {
        lat: lat.to_degrees(),
        long: long.to_degrees(),
    }
}

/// WGS84 latitude and longitude of a British National Grid point, to about 5 metres.
pub fn wgs84_from_grid(easting: f64, northing: f64) -> LatLong {
    let osgb = osgb36_from_grid(easting, northing);
    // Geodetic to cartesian on Airy 1830, height 0.
    let (phi, lambda) = (osgb.lat.to_radians(), osgb.long.to_radians());
    let e2 = AIRY_1830.e2();
    let nu = AIRY_1830.a / (1.0 - e2 * phi.sin().powi(2)).sqrt();
    let (x, y, z) = (
        nu * phi.cos() * lambda.cos(),
        nu * phi.cos() * lambda.sin(),
        (1.0 - e2) * nu * phi.sin(),
    );
    // OSGB36 to WGS84: the OS's WGS84-to-OSGB36 parameters with their signs reversed.
    let (tx, ty, tz) = (446.448, -125.157, 542.060);
    let s = -20.4894e-6;
    let arcsec = |v: f64| (v / 3600.0_f64).to_radians();
    let (rx, ry, rz) = (arcsec(0.1502), arcsec(0.2470), arcsec(0.8421));
    let x2 = tx + (1.0 + s) * x - rz * y + ry * z;
    let y2 = ty + rz * x + (1.0 + s) * y - rx * z;
    let z2 = tz - ry * x + rx * y + (1.0 + s) * z;
    // Cartesian to geodetic on GRS80 (WGS84 to well under a millimetre).
    let e2 = GRS80.e2();
    let p = (x2 * x2 + y2 * y2).sqrt();
    let mut lat = z2.atan2(p * (1.0 - e2));
    for _ in 0..20 {
        let nu = GRS80.a / (1.0 - e2 * lat.sin().powi(2)).sqrt();
        let next = (z2 + e2 * nu * lat.sin()).atan2(p);
        if (next - lat).abs() < 1e-12 {
            lat = next;
            break;
        }
        lat = next;
    }
    LatLong {
        lat: lat.to_degrees(),
        long: y2.atan2(x2).to_degrees(),
    }
}
