//! The daily CSV of a form's submissions, for councils that take a file rather than an API:
//! one file per form per local day, one row per submission made on this kiosk that day, beside
//! forwarding (any `[crm] kind`). The file is built from the outbox rows when it is delivered and
//! never kept, so purges reach it as they reach everything else.
//!
//! - [`writer`]: RFC 4180 with a BOM, and the spreadsheet-injection guard.
//! - [`columns`]: the header from the form's current definition, and each row's cells.
//! - [`deliver`]: which (form, day) files are due, building one, and [`deliver::deliver_due`],
//!   which hands each to a pluggable delivery step and records the day done once it is taken.
//! - [`folder`]: the delivery step for a folder (temp file, fsync, rename to a fixed name).
//!
//! The mailbox step is the caller's: anything that turns a [`CsvFile`] into an
//! [`crate::outbox::Outcome`].

pub mod columns;
pub mod deliver;
pub mod folder;
pub mod writer;

pub use deliver::{Round, Settings, build_file, deliver_due};

use time::Date;

/// One form's file for one local day, built and ready to deliver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFile {
    /// The kiosk's name as it appears in the file name.
    pub kiosk: String,
    /// The form.
    pub form_id: String,
    /// The local day its rows were submitted on.
    pub date: Date,
    /// `onestop-<kiosk>-<form>-<YYYY-MM-DD>.csv`: the same for the same day, always.
    pub filename: String,
    /// The whole file: BOM, header, rows.
    pub bytes: Vec<u8>,
}

impl CsvFile {
    /// A key naming this file alone, `daily-csv:<kiosk>:<form>:<date>`: the same on every
    /// attempt, e.g. for a mail's Message-ID, so a file sent twice is seen as one.
    pub fn key(&self) -> String {
        crate::crm::daily::key("daily-csv", &[&self.kiosk, &self.form_id], &self.date.to_string())
    }
}

/// The file's name for `kiosk`, `form_id` and `date`: `onestop-<kiosk>-<form>-<YYYY-MM-DD>.csv`,
/// each name lower-cased with anything but ASCII letters, digits and `-` turned into `-`, so a
/// host name can never make a path.
pub fn file_name(kiosk: &str, form_id: &str, date: Date) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect()
    };
    format!("onestop-{}-{}-{date}.csv", safe(kiosk), safe(form_id))
}
