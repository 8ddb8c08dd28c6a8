//! A made-up LLPG extract of any size, shaped like a real one: 25 properties a postcode on two
//! streets, even and odd numbers, a `10A`, a `7-9`, a named block of flats, quoted fields with
//! commas, grid coordinates and no lat/long (so the import works them out). For the tests, the
//! benchmark and anyone trying the import as a new user would. It stops at writing CSV.

use std::io::Write;

/// Properties per postcode in the sample.
pub const PER_POSTCODE: u64 = 25;

/// The header row the sample writes.
pub const HEADER: &str = "UPRN,USRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,SAO_TEXT,\
PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTOR,LOCALITY,TOWN,POSTCODE,\
X_COORDINATE,Y_COORDINATE";

const STREETS: [&str; 12] = [
    "HIGH",
    "STATION",
    "CHURCH",
    "MILL",
    "VICTORIA",
    "GREEN",
    "MANOR",
    "PARK",
    "KING'S",
    "QUEEN",
    "ST JOHN'S",
    "BELVOIR",
];
const KINDS: [&str; 5] = ["STREET", "ROAD", "LANE", "AVENUE", "CLOSE"];
const LETTERS: &[u8; 20] = b"ABDEFGHJLNPQRSTUWXYZ";

/// The sample's `index`th postcode (0-based), normalised: `LE1 0AA`, `LE1 0AB`, …
pub fn postcode(index: u64) -> String {
    let l = |i: u64| LETTERS[(i % 20) as usize] as char;
    format!(
        "LE{} {}{}{}",
        index / 4000 + 1,
        (index / 400) % 10,
        l(index / 20),
        l(index)
    )
}

/// The sample's first UPRN; row `i` (0-based) has UPRN `FIRST_UPRN + i`.
pub const FIRST_UPRN: u64 = 10_000_000;

/// Writes a header and `rows` rows to `out`.
pub fn write_llpg(out: &mut impl Write, rows: u64) -> std::io::Result<()> {
    writeln!(out, "{HEADER}")?;
    for i in 0..rows {
        let (p, k) = (i / PER_POSTCODE, i % PER_POSTCODE);
        let street = 2 * p + u64::from(k >= 12);
        let name = format!(
            "{} {}",
            STREETS[(street % 12) as usize],
            KINDS[((street / 12) % 5) as usize]
        );
        let locality = if p % 3 == 0 { "\"BELGRAVE, NORTH\"" } else { "" };
        if k >= 16 {
            write_flat(out, i, p, street, &name, locality, k - 15)?;
            continue;
        }
        // Even numbers 2 to 24 on one street (and a 10A), odd ones and a 7-9 on the other.
        let (number, suffix, end) = match k {
            0..=4 => (2 * k + 2, "", ""),
            5 => (10, "A", ""),
            6..=11 => (2 * k, "", ""),
            15 => (7, "", "9"),
            _ => (2 * (k - 12) + 1, "", ""),
        };
        writeln!(
            out,
            "{},{},,,,,,{number},{suffix},{end},,,{name},{locality},LEICESTER,{},{},{}",
            FIRST_UPRN + i,
            20_000_000 + street,
            postcode(p),
            450_000 + (p % 200) * 25 + k,
            300_000 + (p / 200) * 25,
        )?;
    }
    Ok(())
}

/// A flat in the postcode's block, "Rose Court" (SAO "Flat", number `flat`).
fn write_flat(
    out: &mut impl Write,
    i: u64,
    p: u64,
    street: u64,
    name: &str,
    locality: &str,
    flat: u64,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{},{},{flat},,,,FLAT,,,,,ROSE COURT,{name},{locality},LEICESTER,{},{},{}",
        FIRST_UPRN + i,
        20_000_000 + street,
        postcode(p),
        450_000 + (p % 200) * 25 + 20,
        300_000 + (p / 200) * 25 + 5,
    )
}
