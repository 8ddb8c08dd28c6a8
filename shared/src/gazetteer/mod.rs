//! The offline gazetteer: the council's addresses (an LLPG or AddressBase Plus extract) in a
//! SQLite file of their own beside the kiosk's database, looked up by postcode, UPRN or USRN
//! with no network (the mobile bus too). Addresses are public data, so the file is not
//! encrypted. This module reads the file ([`Gazetteer`], [`Shared`]); `kiosk addresses import`
//! writes it through [`import`]. It stops at addresses: choosing one is the kiosk's.
//!
//! ```no_run
//! # fn main() -> Result<(), onestop::gazetteer::GazetteerError> {
//! use onestop::gazetteer::Gazetteer;
//! if let Some(g) = Gazetteer::open(std::path::Path::new("gazetteer.db"))? {
//!     for p in g.lookup("le11aa")? {
//!         println!("{} {}", p.uprn, p.label());
//!     }
//! }
//! # Ok(()) }
//! ```

pub mod columns;
pub mod coords;
mod database;
pub mod import;
pub mod order;
pub mod records;
pub mod row;
pub mod sample;
mod shared;

pub use columns::Format;
pub use database::{Gazetteer, Summary};
pub use shared::Shared;

use std::path::PathBuf;

/// The gazetteer's file name in the kiosk's data folder.
pub const FILE_NAME: &str = "gazetteer.db";

/// One addressable property: a house, a flat, a shop.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Property {
    /// Unique Property Reference Number: what back offices key on.
    pub uprn: u64,
    /// Unique Street Reference Number of its street, when the file gives one.
    pub usrn: Option<u64>,
    /// Secondary addressable object, e.g. "Flat 1"; empty for a whole building.
    pub sao: String,
    /// Primary addressable object as a person writes it: "12", "12A", "10-14", "Rose Court",
    /// "Rose Court, 3".
    pub pao: String,
    /// The street, e.g. "High Street".
    pub street: String,
    /// The locality (village or district); may be empty.
    pub locality: String,
    /// The town.
    pub town: String,
    /// The postcode, normalised ("LE1 1AA").
    pub postcode: String,
    /// British National Grid easting in metres, when given.
    pub easting: Option<f64>,
    /// British National Grid northing in metres, when given.
    pub northing: Option<f64>,
    /// WGS84 latitude (given, or worked out from the grid).
    pub lat: Option<f64>,
    /// WGS84 longitude (given, or worked out from the grid).
    pub long: Option<f64>,
}

impl Property {
    /// What goes in a form's house box: "Flat 1, 12", or "12".
    pub fn house(&self) -> String {
        match (self.sao.is_empty(), self.pao.is_empty()) {
            (true, _) => self.pao.clone(),
            (false, true) => self.sao.clone(),
            (false, false) => format!("{}, {}", self.sao, self.pao),
        }
    }

    /// One line a visitor reads: "Flat 1, 12 High Street", or "Rose Court, High Street" when
    /// the building has a name and no number.
    pub fn label(&self) -> String {
        let house = self.house();
        // "12", "12A", "10-14", "Rose Court, 3" run into the street; a bare name takes a comma.
        let last = self.pao.rsplit(", ").next().unwrap_or("");
        let numbered = last.starts_with(|c: char| c.is_ascii_digit());
        match (house.is_empty(), self.street.is_empty()) {
            (true, _) => self.street.clone(),
            (false, true) => house,
            (false, false) if numbered => format!("{house} {}", self.street),
            (false, false) => format!("{house}, {}", self.street),
        }
    }
}

/// One street at a postcode, for reporting street problems.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Street {
    /// Unique Street Reference Number.
    pub usrn: u64,
    /// The street's name.
    pub name: String,
    /// The locality; may be empty.
    pub locality: String,
    /// The town.
    pub town: String,
}

/// What went wrong with the gazetteer. Each message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The gazetteer file cannot be read as one.
    #[error(
        "the gazetteer {path} is damaged or is not a gazetteer ({why}); import the council's address file again with `kiosk addresses import FILE`"
    )]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What SQLite or the check said.
        why: String,
    },
    /// A source file's header is wrong: the whole file is refused, nothing written.
    #[error("{why}; nothing was imported")]
    Header {
        /// Which columns are missing or what is wrong, naming line 1.
        why: String,
    },
    /// Reading the source file failed.
    #[error("could not read {path}: {source}")]
    Read {
        /// The source file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Writing the gazetteer failed (disk full, permissions).
    #[error(
        "could not write the gazetteer {path} ({why}); the old gazetteer is kept. Free disk space or fix the folder's permissions, then import again"
    )]
    Write {
        /// The file being written.
        path: PathBuf,
        /// What failed.
        why: String,
    },
    /// Too many rows were refused: the import was abandoned and the old gazetteer kept.
    #[error(
        "{refused} of {rows} rows were refused (more than {limit} allowed); the old gazetteer is kept. Fix the rows above, or pass --max-refused, and import again"
    )]
    TooManyRefused {
        /// Rows refused.
        refused: u64,
        /// Rows read.
        rows: u64,
        /// The limit that was exceeded.
        limit: u64,
    },
    /// The import was stopped on purpose after some batches (a test hook): the partial file is
    /// kept for the next run to resume.
    #[error("the import stopped after {batches} batches; run it again to resume")]
    Stopped {
        /// Batches committed.
        batches: u64,
    },
}
