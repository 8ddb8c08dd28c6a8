//! Which column of a gazetteer CSV holds which field, for the two formats: an LLPG extract (a
//! header row naming GeoPlace DTF columns, required) and OS AddressBase Plus (its header mapped
//! by name, or without one, the product's fixed order of 77 columns). It stops at positions:
//! reading a row's values is `row.rs`.

use super::GazetteerError;

/// The layout of a gazetteer file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A council's LLPG extract: header row required, GeoPlace DTF column names.
    Llpg,
    /// OS AddressBase Plus CSV, with or without its header row.
    AddressBase,
}

impl Format {
    /// The name used on the command line and in the summary: `llpg` or `addressbase`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Llpg => "llpg",
            Format::AddressBase => "addressbase",
        }
    }

    /// The format named `name` (`llpg` or `addressbase`, any case).
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "llpg" => Some(Format::Llpg),
            "addressbase" | "addressbase-plus" | "abp" => Some(Format::AddressBase),
            _ => None,
        }
    }
}

/// A field the gazetteer keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Field {
    Uprn,
    Usrn,
    SaoStartNumber,
    SaoStartSuffix,
    SaoEndNumber,
    SaoEndSuffix,
    SaoText,
    PaoStartNumber,
    PaoStartSuffix,
    PaoEndNumber,
    PaoEndSuffix,
    PaoText,
    Street,
    Locality,
    Town,
    Postcode,
    Easting,
    Northing,
    Latitude,
    Longitude,
}

/// Every field, in the order of [`Columns`]' slots.
pub const FIELDS: [Field; 20] = [
    Field::Uprn,
    Field::Usrn,
    Field::SaoStartNumber,
    Field::SaoStartSuffix,
    Field::SaoEndNumber,
    Field::SaoEndSuffix,
    Field::SaoText,
    Field::PaoStartNumber,
    Field::PaoStartSuffix,
    Field::PaoEndNumber,
    Field::PaoEndSuffix,
    Field::PaoText,
    Field::Street,
    Field::Locality,
    Field::Town,
    Field::Postcode,
    Field::Easting,
    Field::Northing,
    Field::Latitude,
    Field::Longitude,
];

impl Field {
    /// The column names accepted for this field in an LLPG extract (case-insensitive); the first
    /// is the one error messages use.
    pub fn llpg_names(self) -> &'static [&'static str] {
        match self {
            Field::Uprn => &["UPRN"],
            Field::Usrn => &["USRN"],
            Field::SaoStartNumber => &["SAO_START_NUMBER"],
            Field::SaoStartSuffix => &["SAO_START_SUFFIX"],
            Field::SaoEndNumber => &["SAO_END_NUMBER"],
            Field::SaoEndSuffix => &["SAO_END_SUFFIX"],
            Field::SaoText => &["SAO_TEXT"],
            Field::PaoStartNumber => &["PAO_START_NUMBER"],
            Field::PaoStartSuffix => &["PAO_START_SUFFIX"],
            Field::PaoEndNumber => &["PAO_END_NUMBER"],
            Field::PaoEndSuffix => &["PAO_END_SUFFIX"],
            Field::PaoText => &["PAO_TEXT"],
            Field::Street => &["STREET_DESCRIPTOR", "STREET_DESCRIPTION"],
            Field::Locality => &["LOCALITY", "LOCALITY_NAME"],
            Field::Town => &["TOWN", "TOWN_NAME"],
            Field::Postcode => &["POSTCODE", "POSTCODE_LOCATOR"],
            Field::Easting => &["X_COORDINATE", "EASTING"],
            Field::Northing => &["Y_COORDINATE", "NORTHING"],
            Field::Latitude => &["LATITUDE"],
            Field::Longitude => &["LONGITUDE"],
        }
    }

    /// The AddressBase Plus column and its 0-based position in the product's fixed order.
    pub fn addressbase_column(self) -> (&'static str, usize) {
        match self {
            Field::Uprn => ("UPRN", 0),
            Field::Easting => ("X_COORDINATE", 7),
            Field::Northing => ("Y_COORDINATE", 8),
            Field::Latitude => ("LATITUDE", 9),
            Field::Longitude => ("LONGITUDE", 10),
            Field::SaoStartNumber => ("SAO_START_NUMBER", 24),
            Field::SaoStartSuffix => ("SAO_START_SUFFIX", 25),
            Field::SaoEndNumber => ("SAO_END_NUMBER", 26),
            Field::SaoEndSuffix => ("SAO_END_SUFFIX", 27),
            Field::SaoText => ("SAO_TEXT", 28),
            Field::PaoStartNumber => ("PAO_START_NUMBER", 30),
            Field::PaoStartSuffix => ("PAO_START_SUFFIX", 31),
            Field::PaoEndNumber => ("PAO_END_NUMBER", 32),
            Field::PaoEndSuffix => ("PAO_END_SUFFIX", 33),
            Field::PaoText => ("PAO_TEXT", 34),
            Field::Usrn => ("USRN", 36),
            Field::Street => ("STREET_DESCRIPTION", 49),
            Field::Locality => ("LOCALITY", 57),
            Field::Town => ("TOWN_NAME", 60),
            Field::Postcode => ("POSTCODE_LOCATOR", 65),
        }
    }

    /// Whether an LLPG extract must have this column. The rest are read when present.
    fn required_in_llpg(self) -> bool {
        matches!(
            self,
            Field::Uprn
                | Field::Usrn
                | Field::PaoStartNumber
                | Field::PaoText
                | Field::Street
                | Field::Town
                | Field::Postcode
        )
    }
}

/// The number of columns in an AddressBase Plus row.
pub const ADDRESSBASE_COLUMNS: usize = 77;

/// Where each [`Field`] is in a row, and how many fields a row must have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    slots: [Option<usize>; 20],
    /// The number of fields every row must have.
    pub width: usize,
    /// Whether line 1 was a header (and so is not a row).
    pub has_header: bool,
}

impl Columns {
    /// The position of `field` in a row, if the file has it.
    pub fn position(&self, field: Field) -> Option<usize> {
        self.slots[FIELDS.iter().position(|f| *f == field).expect("every field has a slot")]
    }

    /// The layout of a file in `format` whose first record is `first`. An LLPG file must start
    /// with a header naming at least UPRN, USRN, PAO_START_NUMBER, PAO_TEXT, STREET_DESCRIPTOR,
    /// TOWN and POSTCODE; an AddressBase header must name all 20 fields the gazetteer keeps.
    pub fn from_first_record(format: Format, first: &[&[u8]]) -> Result<Columns, GazetteerError> {
        let names: Vec<String> = first
            .iter()
            .map(|f| {
                String::from_utf8_lossy(f)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_ascii_uppercase()
            })
            .collect();
        let is_header = names.first().is_some_and(|n| n == "UPRN");
        let refuse = |why: String| GazetteerError::Header { why };
        if format == Format::AddressBase && !is_header {
            if first.len() != ADDRESSBASE_COLUMNS {
                return Err(refuse(format!(
                    "line 1 has {} fields; AddressBase Plus rows have {ADDRESSBASE_COLUMNS} (or start the file with its header row)",
                    first.len()
                )));
            }
            let mut slots = [None; 20];
            for (slot, field) in slots.iter_mut().zip(FIELDS) {
                *slot = Some(field.addressbase_column().1);
            }
            return Ok(Columns {
                slots,
                width: ADDRESSBASE_COLUMNS,
                has_header: false,
            });
        }
        if !is_header {
            return Err(refuse(
                "line 1 is not a header row (its first column is not UPRN); an LLPG extract must start with a header naming its columns (see docs/ADDRESSES.md)".into(),
            ));
        }
        let find = |accepted: &[&str]| names.iter().position(|n| accepted.contains(&n.as_str()));
        let mut slots = [None; 20];
        let mut missing = Vec::new();
        for (slot, field) in slots.iter_mut().zip(FIELDS) {
            let (accepted, required): (Vec<&str>, bool) = match format {
                Format::Llpg => (field.llpg_names().to_vec(), field.required_in_llpg()),
                Format::AddressBase => (vec![field.addressbase_column().0], true),
            };
            *slot = find(&accepted);
            if slot.is_none() && required {
                missing.push(accepted.join(" or "));
            }
        }
        if !missing.is_empty() {
            return Err(refuse(format!(
                "line 1: the header has no {} column{}; a {} file needs them (see docs/ADDRESSES.md)",
                missing.join(", "),
                if missing.len() == 1 { "" } else { "s" },
                format.name()
            )));
        }
        Ok(Columns {
            slots,
            width: first.len(),
            has_header: true,
        })
    }
}
