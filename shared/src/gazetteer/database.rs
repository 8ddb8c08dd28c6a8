//! The gazetteer file: its schema (shared with the importer) and the read-only [`Gazetteer`]
//! that answers postcode, UPRN and USRN questions. It stops at reading one file once opened:
//! noticing a new import is [`super::Shared`]'s job, writing one is [`super::import`]'s.

use super::order::{natural, reading_order};
use super::{GazetteerError, Property, Street};
use crate::forms::normalize::uk_postcode;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, params};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The schema version this code reads and writes.
pub(crate) const SCHEMA_VERSION: &str = "1";

/// The tables; the indexes come after the rows (`INDEXES`), which is faster than keeping them
/// up to date row by row. `line` is where each row was in the source, to name the first of two
/// duplicate UPRNs.
pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS property (
  uprn INTEGER PRIMARY KEY, usrn INTEGER, sao TEXT NOT NULL, pao TEXT NOT NULL,
  street TEXT NOT NULL, locality TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL,
  easting REAL, northing REAL, lat REAL, long REAL, line INTEGER NOT NULL
);";

/// Built once every row is in.
pub(crate) const INDEXES: &str = "
CREATE INDEX IF NOT EXISTS property_postcode ON property (postcode);
CREATE INDEX IF NOT EXISTS property_usrn ON property (usrn);";

const COLUMNS: &str = "uprn, usrn, sao, pao, street, locality, town, postcode, easting, northing, lat, long";

/// What an import left: for `kiosk addresses status`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Summary {
    /// Properties in the gazetteer.
    pub rows: u64,
    /// Distinct postcodes.
    pub postcodes: u64,
    /// When the import finished (RFC 3339, UTC).
    pub imported_at: String,
    /// The source file's name (no folder).
    pub source: String,
    /// `llpg` or `addressbase`.
    pub format: String,
}

/// A gazetteer file opened read-only. `Send` and `Sync`: its one connection is behind a mutex,
/// and each lookup is a single indexed query.
pub struct Gazetteer {
    conn: Mutex<Connection>,
    path: PathBuf,
}

fn property(r: &Row<'_>) -> rusqlite::Result<Property> {
    Ok(Property {
        uprn: r.get::<_, i64>(0)? as u64,
        usrn: r.get::<_, Option<i64>>(1)?.map(|u| u as u64),
        sao: r.get(2)?,
        pao: r.get(3)?,
        street: r.get(4)?,
        locality: r.get(5)?,
        town: r.get(6)?,
        postcode: r.get(7)?,
        easting: r.get(8)?,
        northing: r.get(9)?,
        lat: r.get(10)?,
        long: r.get(11)?,
    })
}

impl Gazetteer {
    /// Opens the gazetteer at `path` read-only; `None` when none has been imported (no file).
    /// A file that is not a complete gazetteer is [`GazetteerError::Damaged`], naming the file.
    pub fn open(path: &Path) -> Result<Option<Gazetteer>, GazetteerError> {
        if !path.exists() {
            return Ok(None);
        }
        let damaged = |why: String| GazetteerError::Damaged {
            path: path.to_owned(),
            why,
        };
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| damaged(e.to_string()))?;
        let version: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| r.get(0))
            .optional()
            .map_err(|e| damaged(e.to_string()))?;
        match version.as_deref() {
            Some(SCHEMA_VERSION) => {}
            Some(v) => {
                return Err(damaged(format!(
                    "schema version {v}, this kiosk reads {SCHEMA_VERSION}"
                )));
            }
            None => return Err(damaged("it has no schema version".into())),
        }
        // The import's last act: a file without it was never finished.
        let complete: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'imported_at'", [], |r| r.get(0))
            .optional()
            .map_err(|e| damaged(e.to_string()))?;
        if complete.is_none() {
            return Err(damaged("its import never finished".into()));
        }
        Ok(Some(Gazetteer {
            conn: Mutex::new(conn),
            path: path.to_owned(),
        }))
    }

    fn damaged(&self, e: rusqlite::Error) -> GazetteerError {
        GazetteerError::Damaged {
            path: self.path.clone(),
            why: e.to_string(),
        }
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic mid-query leaves nothing half-done in a read-only connection.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The properties at `postcode` (any spelling: `le11aa`, `LE1 1AA`), in reading order.
    /// Empty for an unknown or malformed postcode.
    pub fn lookup(&self, postcode: &str) -> Result<Vec<Property>, GazetteerError> {
        let Some(pc) = uk_postcode(postcode) else {
            return Ok(Vec::new());
        };
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM property WHERE postcode = ?1"))
            .map_err(|e| self.damaged(e))?;
        let mut found: Vec<Property> = stmt
            .query_map(params![pc], property)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.damaged(e))?;
        found.sort_by(reading_order);
        Ok(found)
    }

    /// The distinct streets (by USRN) at `postcode`, by name.
    pub fn streets(&self, postcode: &str) -> Result<Vec<Street>, GazetteerError> {
        let Some(pc) = uk_postcode(postcode) else {
            return Ok(Vec::new());
        };
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT usrn, min(street), min(locality), min(town) FROM property
                 WHERE postcode = ?1 AND usrn IS NOT NULL GROUP BY usrn",
            )
            .map_err(|e| self.damaged(e))?;
        let mut found: Vec<Street> = stmt
            .query_map(params![pc], |r| {
                Ok(Street {
                    usrn: r.get::<_, i64>(0)? as u64,
                    name: r.get(1)?,
                    locality: r.get(2)?,
                    town: r.get(3)?,
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| self.damaged(e))?;
        found.sort_by(|a, b| natural(&a.name, &b.name).then(a.usrn.cmp(&b.usrn)));
        Ok(found)
    }

    /// The property with this UPRN, if the gazetteer has it.
    pub fn by_uprn(&self, uprn: u64) -> Result<Option<Property>, GazetteerError> {
        let Ok(key) = i64::try_from(uprn) else {
            return Ok(None);
        };
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM property WHERE uprn = ?1"))
            .map_err(|e| self.damaged(e))?;
        stmt.query_row(params![key], property)
            .optional()
            .map_err(|e| self.damaged(e))
    }

    /// Rows, postcodes, and where and when the data came from.
    pub fn summary(&self) -> Result<Summary, GazetteerError> {
        let conn = self.conn();
        let meta = |key: &str| -> Result<String, GazetteerError> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| r.get(0))
                .optional()
                .map(Option::unwrap_or_default)
                .map_err(|e| self.damaged(e))
        };
        let number = |key: &str| meta(key).map(|v| v.parse().unwrap_or(0));
        Ok(Summary {
            rows: number("rows")?,
            postcodes: number("postcodes")?,
            imported_at: meta("imported_at")?,
            source: meta("source_name")?,
            format: meta("format")?,
        })
    }

    /// The file this gazetteer was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
