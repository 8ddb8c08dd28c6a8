//! Importing a gazetteer CSV: streamed in constant memory, committed in batches into a partial
//! file beside the target (`gazetteer.db.import`), indexed at the end, then synced and renamed
//! over the target in one step. An import that fails or is killed leaves the old gazetteer
//! untouched; the partial file records the source (path, size, mtime, a hash of its first
//! 64 KiB), the format and where the last committed batch ended, so running the same import
//! again resumes there (that bookkeeping is `partial.rs`). It stops at the file: printing is the
//! caller's, through [`Event`]s.

use super::GazetteerError;
use super::columns::{Columns, Format};
use super::database::SCHEMA;
use super::partial::{
    Progress, begin, finish, identify, lock, publish, read_err, remove_partial, resumable, save_progress,
};
use super::records::{MAX_RECORD_BYTES, Record, Records};
use super::row::{Refusal, parse};
use rusqlite::{Connection, params};
use std::io::{BufReader, Seek as _, SeekFrom};
use std::path::Path;
use std::time::Instant;

pub use super::partial::partial_path;

/// How to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// The file's layout.
    pub format: Format,
    /// Discard a partial import instead of resuming it.
    pub fresh: bool,
    /// Rows per transaction: what an interruption can cost.
    pub batch_rows: u64,
    /// Refuse the import when more rows than this are refused; `None`: when more than 1% of the
    /// rows read are.
    pub max_refused: Option<u64>,
    /// Test hook: stop (as if killed, the partial file kept) after this many batches.
    pub stop_after_batches: Option<u64>,
}

impl Options {
    /// The defaults for `format`: 10,000 rows a batch, at most 1% refused.
    pub fn new(format: Format) -> Options {
        Options {
            format,
            fresh: false,
            batch_rows: 10_000,
            max_refused: None,
            stop_after_batches: None,
        }
    }
}

/// What the import tells its caller as it goes.
#[derive(Debug)]
pub enum Event {
    /// A partial import of the same file is being continued.
    Resuming {
        /// The source line the import continues from.
        line: u64,
    },
    /// A partial import was discarded, and why.
    StartingFresh {
        /// E.g. "the source file changed since".
        why: String,
    },
    /// A row was refused.
    Refused {
        /// Its line in the source file.
        line: u64,
        /// Why.
        why: Refusal,
    },
}

/// The outcome of a finished import.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Properties in the new gazetteer.
    pub imported: u64,
    /// Rows refused (in this run and any run it resumed).
    pub refused: u64,
    /// Distinct postcodes.
    pub postcodes: u64,
    /// Seconds this run took.
    pub seconds: f64,
    /// The source file's size in bytes.
    pub bytes: u64,
    /// The line this run resumed at, if it resumed.
    pub resumed_at: Option<u64>,
}

/// Imports `source` (a CSV in `opts.format`) as the gazetteer at `target`, replacing it only when
/// the whole file is in. Refused rows are reported through `on` with their line; too many
/// refused (see [`Options::max_refused`]) fails the import and keeps the old gazetteer.
pub fn import(
    source: &Path,
    target: &Path,
    opts: &Options,
    on: &mut dyn FnMut(Event),
) -> Result<Report, GazetteerError> {
    let started = Instant::now();
    let mut file = std::fs::File::open(source).map_err(read_err(source))?;
    if !file.metadata().map_err(read_err(source))?.is_file() {
        return Err(read_err(source)(std::io::Error::other("it is not a regular file")));
    }
    let identity = identify(source, &mut file)?;
    // The header first: a wrong one refuses the file before anything is written.
    let mut records = Records::new(BufReader::new(&mut file), 0, 1, MAX_RECORD_BYTES);
    let header_fields: Vec<Vec<u8>> = match records.next_record().map_err(read_err(source))? {
        Some(Record::Fields { .. }) => records.fields().map(<[u8]>::to_vec).collect(),
        Some(_) => {
            return Err(GazetteerError::Header {
                why: "line 1 is not a readable header (too long, or a quote never closed)".into(),
            });
        }
        None => {
            return Err(GazetteerError::Header {
                why: "the file is empty".into(),
            });
        }
    };
    let header: Vec<&[u8]> = header_fields.iter().map(Vec::as_slice).collect();
    let columns = Columns::from_first_record(opts.format, &header)?;
    let (body_offset, body_line) = if columns.has_header {
        (records.offset(), records.line())
    } else {
        (0, 1)
    };
    drop(records);

    let partial = partial_path(target);
    let _lock = lock(&partial)?;
    let write_err = |e: rusqlite::Error| GazetteerError::Write {
        path: partial.clone(),
        why: e.to_string(),
    };
    let mut progress = Progress {
        offset: body_offset,
        line: body_line,
        imported: 0,
        refused: 0,
        rows_read: 0,
    };
    let mut resumed_at = None;
    if partial.exists() {
        if opts.fresh {
            remove_partial(&partial);
            on(Event::StartingFresh {
                why: "the partial import was discarded (--fresh)".into(),
            });
        } else {
            match resumable(&partial, &identity, opts.format) {
                Ok(p) => {
                    on(Event::Resuming { line: p.line });
                    resumed_at = Some(p.line);
                    progress = p;
                }
                Err(why) => {
                    remove_partial(&partial);
                    on(Event::StartingFresh { why });
                }
            }
        }
    }
    let mut conn = Connection::open(&partial).map_err(write_err)?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        .and_then(|_| conn.execute_batch(SCHEMA))
        .map_err(write_err)?;
    if resumed_at.is_none() {
        begin(&mut conn, &identity, opts.format, &progress).map_err(write_err)?;
    }

    file.seek(SeekFrom::Start(progress.offset)).map_err(read_err(source))?;
    let mut records = Records::new(
        BufReader::with_capacity(256 * 1024, &mut file),
        progress.offset,
        progress.line,
        MAX_RECORD_BYTES,
    );
    let mut batches = 0u64;
    let mut at_end = false;
    while !at_end {
        let tx = conn.transaction().map_err(write_err)?;
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO property (uprn, usrn, sao, pao, street, locality, town, postcode,
                     easting, northing, lat, long, line) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
                )
                .map_err(write_err)?;
            let mut in_batch = 0;
            while in_batch < opts.batch_rows {
                let Some(record) = records.next_record().map_err(read_err(source))? else {
                    at_end = true;
                    break;
                };
                let (line, outcome) = match record {
                    Record::TooLong { line } => (line, Err(Refusal::TooLong(MAX_RECORD_BYTES))),
                    Record::Unterminated { line } => (line, Err(Refusal::Unterminated)),
                    Record::Fields { line } => {
                        let fields: Vec<&[u8]> = records.fields().collect();
                        // A blank line (often the last) is no row at all.
                        if fields.len() == 1 && fields[0].is_empty() {
                            continue;
                        }
                        (line, parse(&columns, &fields))
                    }
                };
                in_batch += 1;
                progress.rows_read += 1;
                let refusal = match outcome {
                    Err(why) => Some(why),
                    Ok(p) => match insert.execute(params![
                        p.uprn as i64,
                        p.usrn.map(|u| u as i64),
                        p.sao,
                        p.pao,
                        p.street,
                        p.locality,
                        p.town,
                        p.postcode,
                        p.easting,
                        p.northing,
                        p.lat,
                        p.long,
                        line as i64
                    ]) {
                        Ok(_) => None,
                        Err(rusqlite::Error::SqliteFailure(e, _))
                            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
                        {
                            let first_line: i64 = tx
                                .query_row(
                                    "SELECT line FROM property WHERE uprn = ?1",
                                    params![p.uprn as i64],
                                    |r| r.get(0),
                                )
                                .map_err(write_err)?;
                            Some(Refusal::Duplicate {
                                uprn: p.uprn,
                                first_line: first_line as u64,
                            })
                        }
                        Err(e) => return Err(write_err(e)),
                    },
                };
                match refusal {
                    None => progress.imported += 1,
                    Some(why) => {
                        progress.refused += 1;
                        on(Event::Refused { line, why });
                        if let Some(limit) = opts.max_refused.filter(|l| progress.refused > *l) {
                            drop(insert);
                            drop(tx);
                            drop(conn);
                            remove_partial(&partial);
                            return Err(GazetteerError::TooManyRefused {
                                refused: progress.refused,
                                rows: progress.rows_read,
                                limit,
                            });
                        }
                    }
                }
            }
        }
        progress.offset = records.offset();
        progress.line = records.line();
        save_progress(&tx, &progress).map_err(write_err)?;
        tx.commit().map_err(write_err)?;
        batches += 1;
        if !at_end && opts.stop_after_batches == Some(batches) {
            return Err(GazetteerError::Stopped { batches });
        }
    }
    drop(records);

    if opts.max_refused.is_none() && progress.refused * 100 > progress.rows_read {
        drop(conn);
        remove_partial(&partial);
        return Err(GazetteerError::TooManyRefused {
            refused: progress.refused,
            rows: progress.rows_read,
            limit: progress.rows_read / 100,
        });
    }
    let postcodes = finish(&mut conn, source, opts.format, &progress).map_err(write_err)?;
    drop(conn);
    publish(&partial, target).map_err(|e| GazetteerError::Write {
        path: target.to_owned(),
        why: e.to_string(),
    })?;
    Ok(Report {
        imported: progress.imported,
        refused: progress.refused,
        postcodes,
        seconds: started.elapsed().as_secs_f64(),
        bytes: identity.size,
        resumed_at,
    })
}
