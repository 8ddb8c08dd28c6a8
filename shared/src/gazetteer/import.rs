//! Importing a gazetteer CSV: streamed in constant memory, committed in batches into a partial
//! file beside the target (`gazetteer.db.import`), indexed at the end, then synced and renamed
//! over the target in one step. An import that fails or is killed leaves the old gazetteer
//! untouched; the partial file records the source (path, size, mtime, a hash of its first
//! 64 KiB), the format and where the last committed batch ended, so running the same import
//! again resumes there. It stops at the file: printing is the caller's, through [`Event`]s.

use super::GazetteerError;
use super::columns::{Columns, Format};
use super::database::{INDEXES, SCHEMA, SCHEMA_VERSION};
use super::records::{MAX_RECORD_BYTES, Record, Records};
use super::row::{Refusal, parse};
use rusqlite::{Connection, OptionalExtension, params};
use sha2::Digest as _;
use std::io::{BufReader, Read as _, Seek as _, SeekFrom};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

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

/// The partial file an import of `target` writes: `<target>.import`.
pub fn partial_path(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".import");
    PathBuf::from(name)
}

/// What identifies the source file, stored in the partial file.
#[derive(Debug, Clone, PartialEq)]
struct Source {
    path: String,
    size: u64,
    mtime_ns: String,
    head_sha256: String,
}

fn read_err(path: &Path) -> impl Fn(std::io::Error) -> GazetteerError + '_ {
    move |source| GazetteerError::Read {
        path: path.to_owned(),
        source,
    }
}

fn identify(path: &Path, file: &mut std::fs::File) -> Result<Source, GazetteerError> {
    let meta = file.metadata().map_err(read_err(path))?;
    let mut head = Vec::with_capacity(64 * 1024);
    file.take(64 * 1024).read_to_end(&mut head).map_err(read_err(path))?;
    file.seek(SeekFrom::Start(0)).map_err(read_err(path))?;
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    Ok(Source {
        path: absolute.display().to_string(),
        size: meta.len(),
        mtime_ns: format!("{}.{:09}", meta.mtime(), meta.mtime_nsec()),
        head_sha256: hex::encode(sha2::Sha256::digest(&head)),
    })
}

/// Removes the partial file and its SQLite companions.
fn remove_partial(partial: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = partial.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Where a resumable partial import stands.
struct Progress {
    offset: u64,
    line: u64,
    imported: u64,
    refused: u64,
    rows_read: u64,
}

fn meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| r.get(0))
        .optional()
}

/// Why the partial file cannot be resumed for this source, or where it stands.
fn resumable(partial: &Path, source: &Source, format: Format) -> Result<Progress, String> {
    let conn = Connection::open(partial).map_err(|_| "the partial import could not be read".to_string())?;
    let get = |k: &str| meta(&conn, k).ok().flatten().unwrap_or_default();
    if get("schema") != SCHEMA_VERSION || get("offset").is_empty() {
        return Err("the partial import could not be read".into());
    }
    if get("source_path") != source.path {
        return Err(format!(
            "the partial import was of another file ({})",
            get("source_path")
        ));
    }
    if get("source_size") != source.size.to_string()
        || get("source_mtime") != source.mtime_ns
        || get("source_head_sha256") != source.head_sha256
    {
        return Err("the source file has changed since the partial import".into());
    }
    if get("format") != format.name() {
        return Err(format!("the partial import read the file as {}", get("format")));
    }
    let n = |k: &str| {
        get(k)
            .parse::<u64>()
            .map_err(|_| "the partial import could not be read".to_string())
    };
    Ok(Progress {
        offset: n("offset")?,
        line: n("line")?,
        imported: n("imported")?,
        refused: n("refused")?,
        rows_read: n("rows_read")?,
    })
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
                why: "--fresh: the partial import was discarded".into(),
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
        let tx = conn.transaction().map_err(write_err)?;
        for (k, v) in [
            ("schema", SCHEMA_VERSION.to_string()),
            ("source_path", identity.path.clone()),
            ("source_size", identity.size.to_string()),
            ("source_mtime", identity.mtime_ns.clone()),
            ("source_head_sha256", identity.head_sha256.clone()),
            ("format", opts.format.name().to_string()),
        ] {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                params![k, v],
            )
            .map_err(write_err)?;
        }
        save_progress(&tx, &progress).map_err(write_err)?;
        tx.commit().map_err(write_err)?;
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

fn save_progress(tx: &rusqlite::Transaction<'_>, p: &Progress) -> rusqlite::Result<()> {
    for (k, v) in [
        ("offset", p.offset),
        ("line", p.line),
        ("imported", p.imported),
        ("refused", p.refused),
        ("rows_read", p.rows_read),
    ] {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            params![k, v.to_string()],
        )?;
    }
    Ok(())
}

/// Indexes, the summary, and the mark that the import finished; then a self-contained file
/// (no WAL) that readers can open read-only. Returns the number of postcodes.
fn finish(conn: &mut Connection, source: &Path, format: Format, p: &Progress) -> rusqlite::Result<u64> {
    let tx = conn.transaction()?;
    tx.execute_batch(INDEXES)?;
    let postcodes: i64 = tx.query_row("SELECT count(DISTINCT postcode) FROM property", [], |r| r.get(0))?;
    let now = time::OffsetDateTime::now_utc();
    let now = now
        .replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (k, v) in [
        ("rows", p.imported.to_string()),
        ("postcodes", postcodes.to_string()),
        ("source_name", name),
        ("format", format.name().to_string()),
        ("imported_at", now),
    ] {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    tx.execute(
        "DELETE FROM meta WHERE key IN ('offset', 'line', 'imported', 'refused', 'rows_read')",
        [],
    )?;
    tx.commit()?;
    conn.execute_batch("PRAGMA journal_mode = DELETE;")?;
    Ok(postcodes as u64)
}

/// Syncs the finished partial file and renames it over the target, then syncs the folder.
fn publish(partial: &Path, target: &Path) -> std::io::Result<()> {
    std::fs::File::open(partial)?.sync_all()?;
    std::fs::rename(partial, target)?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}
