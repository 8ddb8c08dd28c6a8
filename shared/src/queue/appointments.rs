//! A site's appointments for one day, loaded from the files a booking system exports: CSV
//! ([`csv`]) or iCalendar ([`ics`]), one file, a folder of them, or a URL with a cached copy
//! ([`fetch`]), with the checks both formats share in one place (`checks`). It turns untrusted
//! bytes into checked [`Booking`]s and says why each row it left out was refused; it stops
//! there: checking visitors in against the bookings is the hub's job. The formats and rules are
//! in `docs/APPOINTMENTS.md`.

mod checks;
pub mod csv;
pub mod fetch;
pub mod ics;
mod ics_lines;
mod source;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use time::Date;

use crate::hours::Zone;

pub(crate) use checks::{Collector, Row, local_instant, shown};
pub use checks::{name, reference, service};
pub use csv::parse_csv;
pub use fetch::{Fetched, fetch_url};
pub use ics::parse_ics;
pub use source::SourceConfig;

/// The most bookings one day may hold: more is a wrong file (a year's export), not a busy day.
pub const MAX_BOOKINGS: usize = 5_000;
/// The longest line (CSV record or unfolded iCalendar line) read into memory. A real row is
/// under 1 KiB.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// The largest file read from a folder. A week of 5,000 bookings a day is well under this.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest reference, in characters: the engine's limit for an appointment reference.
pub const MAX_REFERENCE_CHARS: usize = 20;

/// One booking for today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    /// The reference the visitor checks in with: uppercase letters, digits and `-`, 1 to 20.
    pub reference: String,
    /// When it starts, in Unix milliseconds.
    pub at_ms: i64,
    /// The service id, spelled as the site's config spells it.
    pub service: String,
    /// The visitor's name, cleaned (no control or bidi-override characters, at most 80).
    pub name: Option<String>,
}

/// A row or event left out, and why (one plain sentence, no personal data: never a name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The line it starts on (1-based); 0 for a whole file of a folder.
    pub line: usize,
    /// Why, for the person who fixes the export.
    pub why: String,
}

/// What a file or a folder gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Today's bookings, in file order.
    pub bookings: Vec<Booking>,
    /// What was left out as broken (bookings on other days are not listed: they are normal).
    pub refused: Vec<Refused>,
}

/// A whole file (or folder, or URL) refused. Each message names it and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum AppointmentsError {
    /// The CSV header row lacks a column that is needed.
    #[error("{file} has no `{column}` column in its header row; add it (docs/APPOINTMENTS.md lists the columns)")]
    MissingColumn {
        /// The file.
        file: String,
        /// The column, e.g. `reference` or `date and time, or start`.
        column: &'static str,
    },
    /// The CSV header row is not UTF-8.
    #[error("the header row of {file} is not UTF-8 text; export it as CSV UTF-8")]
    HeaderNotText {
        /// The file.
        file: String,
    },
    /// An iCalendar file does not start with `BEGIN:VCALENDAR`.
    #[error("{file} is not an iCalendar file (it does not start with BEGIN:VCALENDAR); export the calendar as .ics")]
    NotCalendar {
        /// The file.
        file: String,
    },
    /// Calendar components nested absurdly deep.
    #[error("{file} nests calendar components more than 32 deep; it is not a calendar export")]
    TooDeep {
        /// The file.
        file: String,
    },
    /// More than [`MAX_BOOKINGS`] on the day.
    #[error("{file} has more than 5,000 appointments in one day; check it is the right file")]
    TooMany {
        /// The file.
        file: String,
    },
    /// A file or folder could not be read.
    #[error(transparent)]
    Read(#[from] crate::bounded::ReadError),
    /// A folder could not be listed.
    #[error("could not list the appointments folder {}: {error}; check the path and its permissions", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        error: std::io::Error,
    },
    /// The URL is not one the hub may fetch.
    #[error("the appointments URL {url} is not allowed: {why}")]
    BadUrl {
        /// The URL without its query.
        url: String,
        /// Why.
        why: String,
    },
    /// The fetch failed and there is no usable cached copy.
    #[error("could not fetch appointments from {url}: {why}")]
    Fetch {
        /// The URL without its query.
        url: String,
        /// What went wrong, and with the cache.
        why: String,
    },
}

impl AppointmentsError {
    /// The same error naming `file` instead of the generic name the parsers use.
    fn in_file(self, file: &str) -> Self {
        let file = file.to_owned();
        match self {
            Self::MissingColumn { column, .. } => Self::MissingColumn { file, column },
            Self::HeaderNotText { .. } => Self::HeaderNotText { file },
            Self::NotCalendar { .. } => Self::NotCalendar { file },
            Self::TooDeep { .. } => Self::TooDeep { file },
            Self::TooMany { .. } => Self::TooMany { file },
            other => other,
        }
    }
}

/// What the parsers call the bytes they were given when no file name is known.
const UNNAMED: &str = "the appointments file";

/// Either format, by content: `BEGIN:VCALENDAR` (after an optional BOM and whitespace) is
/// iCalendar, anything else CSV.
pub fn parse(bytes: &[u8], zone: &Zone, day: Date, services: &[&str]) -> Result<Loaded, AppointmentsError> {
    read(bytes, zone, day, services).map(|(loaded, _)| loaded)
}

/// [`parse`], with the line each booking starts on.
fn read(bytes: &[u8], zone: &Zone, day: Date, services: &[&str]) -> Result<(Loaded, Vec<usize>), AppointmentsError> {
    if is_calendar(bytes) {
        ics::read(bytes, zone, day, services)
    } else {
        csv::read(bytes, zone, day, services)
    }
}

fn is_calendar(bytes: &[u8]) -> bool {
    let rest = strip_bom(bytes);
    let start = rest.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(rest.len());
    rest[start..]
        .get(..15)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"BEGIN:VCALENDAR"))
}

/// `bytes` without a leading UTF-8 byte order mark.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Every `.csv` and `.ics` file in `dir` (not its subfolders; other files and dotfiles are
/// ignored), in name order, merged. A reference in two files is refused the second time. A file
/// refused as a whole is listed in `refused` at line 0 with its error, and the others still load.
pub fn load_folder(dir: &Path, zone: &Zone, day: Date, services: &[&str]) -> Result<Loaded, AppointmentsError> {
    let folder_error = |error| AppointmentsError::Folder {
        path: dir.to_owned(),
        error,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(folder_error)? {
        let entry = entry.map_err(folder_error)?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let wanted = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("ics"));
        // `is_file` follows a symbolic link, so a linked export is read; `bounded` checks again.
        if name.starts_with('.') || !wanted || !entry.path().is_file() {
            continue;
        }
        files.push(name.to_owned());
    }
    files.sort();
    let mut all = Loaded::default();
    let mut seen = HashSet::new();
    for name in files {
        let path = dir.join(&name);
        let parsed = crate::bounded::read_bytes(&path, MAX_FILE_BYTES)
            .map_err(AppointmentsError::from)
            .and_then(|bytes| read(&bytes, zone, day, services))
            .map_err(|e| e.in_file(&name));
        let (loaded, lines) = match parsed {
            Ok(parsed) => parsed,
            Err(e) => {
                all.refused.push(Refused {
                    line: 0,
                    why: e.to_string(),
                });
                continue;
            }
        };
        all.refused.extend(loaded.refused.into_iter().map(|r| Refused {
            line: r.line,
            why: format!("in {name}: {}", r.why),
        }));
        for (booking, line) in loaded.bookings.into_iter().zip(lines) {
            if !seen.insert(booking.reference.clone()) {
                all.refused.push(Refused {
                    line,
                    why: format!(
                        "in {name}: reference {} is already booked in an earlier file; the first is kept",
                        booking.reference
                    ),
                });
                continue;
            }
            if all.bookings.len() == MAX_BOOKINGS {
                return Err(AppointmentsError::TooMany {
                    file: format!("the folder {}", dir.display()),
                });
            }
            all.bookings.push(booking);
        }
    }
    Ok(all)
}

#[cfg(test)]
mod tests;
