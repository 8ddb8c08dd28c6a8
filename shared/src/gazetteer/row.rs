//! One gazetteer row to a [`Property`], or the reason it is refused: UPRN and USRN checks, UTF-8,
//! the field count, the postcode, numbers and coordinates. It builds the SAO and PAO as a person
//! writes them (`Flat 1`, `12A`, `10-14`, `Rose Court, 3`) and works out lat/long from the grid
//! when the file has none. It stops at one row: duplicates across rows are the importer's.

use super::Property;
use super::columns::{Columns, Field};
use super::coords;
use crate::forms::normalize::uk_postcode;

/// Why a row was refused. Its text is what the operator reads after the line number.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refusal {
    /// The record is longer than the reader's limit.
    #[error("longer than {0} bytes; skipped")]
    TooLong(usize),
    /// The file ended inside a quoted field.
    #[error("a quoted field is never closed")]
    Unterminated,
    /// Not as many fields as the header (or the format) has.
    #[error("{found} fields where the header has {expected}")]
    FieldCount {
        /// Fields in this row.
        found: usize,
        /// Fields every row must have.
        expected: usize,
    },
    /// A field is not UTF-8.
    #[error("invalid UTF-8 in the {0} column")]
    NotUtf8(&'static str),
    /// No UPRN.
    #[error("no UPRN")]
    NoUprn,
    /// A UPRN that is not 1 to 12 digits, or is zero.
    #[error("UPRN \"{0}\" is not 1 to 12 digits (and not zero)")]
    BadUprn(String),
    /// A USRN that is not 1 to 8 digits, or is zero.
    #[error("USRN \"{0}\" is not 1 to 8 digits (and not zero)")]
    BadUsrn(String),
    /// No postcode.
    #[error("no postcode")]
    NoPostcode,
    /// A postcode that is not a UK postcode.
    #[error("postcode \"{0}\" is not a UK postcode")]
    BadPostcode(String),
    /// A house or flat number that is not a number.
    #[error("{column} \"{value}\" is not a whole number")]
    BadNumber {
        /// The column.
        column: &'static str,
        /// What it held.
        value: String,
    },
    /// A coordinate that is not a number, or is off the grid or the globe.
    #[error("{column} \"{value}\" is not a usable coordinate")]
    BadCoordinate {
        /// The column.
        column: &'static str,
        /// What it held.
        value: String,
    },
    /// A UPRN already imported from an earlier line.
    #[error("duplicate UPRN {uprn} (first on line {first_line})")]
    Duplicate {
        /// The UPRN.
        uprn: u64,
        /// Where it was first seen.
        first_line: u64,
    },
}

/// Shortens a hostile value for a message.
fn shown(value: &str) -> String {
    match value.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_owned(),
    }
}

fn name_of(field: Field) -> &'static str {
    field.llpg_names()[0]
}

struct Row<'a> {
    cols: &'a Columns,
    fields: &'a [&'a [u8]],
}

impl<'a> Row<'a> {
    fn text(&self, field: Field) -> Result<&'a str, Refusal> {
        let Some(at) = self.cols.position(field) else {
            return Ok("");
        };
        let raw = self.fields.get(at).copied().unwrap_or_default();
        std::str::from_utf8(raw)
            .map(str::trim)
            .map_err(|_| Refusal::NotUtf8(name_of(field)))
    }

    fn id(&self, field: Field, digits: usize) -> Result<Option<u64>, Refusal> {
        let s = self.text(field)?;
        if s.is_empty() {
            return Ok(None);
        }
        let bad = || match field {
            Field::Uprn => Refusal::BadUprn(shown(s)),
            _ => Refusal::BadUsrn(shown(s)),
        };
        // Some exports write ids as decimals ("10001.0" from a spreadsheet): refused, not guessed.
        if s.len() > digits || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        match s.parse::<u64>() {
            Ok(0) | Err(_) => Err(bad()),
            Ok(n) => Ok(Some(n)),
        }
    }

    fn number(&self, field: Field) -> Result<Option<u32>, Refusal> {
        let s = self.text(field)?;
        if s.is_empty() {
            return Ok(None);
        }
        s.parse::<u32>().map(Some).map_err(|_| Refusal::BadNumber {
            column: name_of(field),
            value: shown(s),
        })
    }

    fn coordinate(&self, field: Field, range: std::ops::RangeInclusive<f64>) -> Result<Option<f64>, Refusal> {
        let s = self.text(field)?;
        if s.is_empty() {
            return Ok(None);
        }
        match s.parse::<f64>() {
            Ok(v) if v.is_finite() && range.contains(&v) => Ok(Some(v)),
            _ => Err(Refusal::BadCoordinate {
                column: name_of(field),
                value: shown(s),
            }),
        }
    }

    /// `12`, `12A`, `10-14`, `10A-10C`: a start number and suffix, and an end.
    fn range(&self, fields: [Field; 4]) -> Result<String, Refusal> {
        let [start, start_suffix, end, end_suffix] = fields;
        let mut out = String::new();
        if let Some(n) = self.number(start)? {
            out.push_str(&n.to_string());
        }
        out.push_str(&self.text(start_suffix)?.to_uppercase());
        let end_number = self.number(end)?;
        let end_suffix = self.text(end_suffix)?;
        if end_number.is_some() || !end_suffix.is_empty() {
            out.push('-');
            if let Some(n) = end_number {
                out.push_str(&n.to_string());
            }
            out.push_str(&end_suffix.to_uppercase());
        }
        Ok(out)
    }

    /// A number range with a name: `Rose Court, 3`, `Flat 1` (a one-word designator reads
    /// before its number), or either alone.
    fn object(&self, numbers: [Field; 4], text: Field) -> Result<String, Refusal> {
        let number = self.range(numbers)?;
        let text = tidy(self.text(text)?);
        Ok(match (text.is_empty(), number.is_empty()) {
            (true, _) => number,
            (false, true) => text,
            (false, false) if is_designator(&text) => format!("{text} {number}"),
            (false, false) => format!("{text}, {number}"),
        })
    }
}

/// Words that name a kind of unit and read before its number: "Flat 1", "Unit 4".
fn is_designator(text: &str) -> bool {
    const WORDS: [&str; 9] = [
        "flat",
        "unit",
        "apartment",
        "room",
        "suite",
        "maisonette",
        "studio",
        "floor",
        "block",
    ];
    WORDS.iter().any(|w| text.eq_ignore_ascii_case(w))
}

/// Text as a person writes it: all-capitals words (as AddressBase gives them) in title case;
/// anything already in mixed case kept. Runs of spaces become one.
pub fn tidy(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().any(char::is_lowercase) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        // After a space, hyphen or bracket a new word starts; after an apostrophe it does not
        // ("St John's").
        word_start = matches!(c, ' ' | '-' | '(' | '/' | '.');
    }
    out
}

/// Parses one record (its fields, already split) laid out as `cols` into a property.
pub fn parse(cols: &Columns, fields: &[&[u8]]) -> Result<Property, Refusal> {
    if fields.len() != cols.width {
        return Err(Refusal::FieldCount {
            found: fields.len(),
            expected: cols.width,
        });
    }
    let row = Row { cols, fields };
    let uprn = row.id(Field::Uprn, 12)?.ok_or(Refusal::NoUprn)?;
    let usrn = row.id(Field::Usrn, 8)?;
    let written = row.text(Field::Postcode)?;
    if written.is_empty() {
        return Err(Refusal::NoPostcode);
    }
    let postcode = uk_postcode(written).ok_or_else(|| Refusal::BadPostcode(shown(written)))?;
    let sao = row.object(
        [
            Field::SaoStartNumber,
            Field::SaoStartSuffix,
            Field::SaoEndNumber,
            Field::SaoEndSuffix,
        ],
        Field::SaoText,
    )?;
    let pao = row.object(
        [
            Field::PaoStartNumber,
            Field::PaoStartSuffix,
            Field::PaoEndNumber,
            Field::PaoEndSuffix,
        ],
        Field::PaoText,
    )?;
    let easting = row.coordinate(Field::Easting, 0.0..=700_000.0)?;
    let northing = row.coordinate(Field::Northing, 0.0..=1_300_000.0)?;
    let mut lat = row.coordinate(Field::Latitude, -90.0..=90.0)?;
    let mut long = row.coordinate(Field::Longitude, -180.0..=180.0)?;
    if let (None, None, Some(e), Some(n)) = (lat, long, easting, northing) {
        let ll = coords::wgs84_from_grid(e, n);
        (lat, long) = (Some(ll.lat), Some(ll.long));
    }
    Ok(Property {
        uprn,
        usrn,
        sao,
        pao,
        street: tidy(row.text(Field::Street)?),
        locality: tidy(row.text(Field::Locality)?),
        town: tidy(row.text(Field::Town)?),
        postcode,
        easting,
        northing,
        lat,
        long,
    })
}
