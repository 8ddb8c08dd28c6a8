//! The partial file an import writes beside the gazetteer (`gazetteer.db.import`): what it
//! records about the source (path, size, mtime, a SHA-256 of its first 64 KiB) and where the
//! last committed batch ended, whether a new run may resume it, and, once every row is in,
//! finishing it (indexes, summary) and publishing it over the target in one rename. It stops at
//! the file: reading rows is [`super::import`]'s.

use super::GazetteerError;
use super::columns::Format;
use super::database::{INDEXES, SCHEMA_VERSION};
use rusqlite::{Connection, OptionalExtension, params};
use sha2::Digest as _;
use std::io::{Read as _, Seek as _, SeekFrom};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};

/// The partial file an import of `target` writes: `<target>.import`.
pub fn partial_path(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".import");
    PathBuf::from(name)
}

/// What identifies the source file, stored in the partial file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Source {
    pub(crate) path: String,
    pub(crate) size: u64,
    pub(crate) mtime_ns: String,
    pub(crate) head_sha256: String,
}

pub(crate) fn read_err(path: &Path) -> impl Fn(std::io::Error) -> GazetteerError + '_ {
    move |source| GazetteerError::Read {
        path: path.to_owned(),
        source,
    }
}

pub(crate) fn identify(path: &Path, file: &mut std::fs::File) -> Result<Source, GazetteerError> {
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

/// Holds `<partial>.lock` for the import's whole run, so a second import into the same folder
/// is refused instead of writing the same partial file. The lock goes with the process.
pub(crate) fn lock(partial: &Path) -> Result<std::fs::File, GazetteerError> {
    let mut name = partial.as_os_str().to_owned();
    name.push(".lock");
    let path = PathBuf::from(name);
    let file = std::fs::File::create(&path).map_err(|e| GazetteerError::Write {
        path: path.clone(),
        why: e.to_string(),
    })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(GazetteerError::Busy { path }),
        Err(std::fs::TryLockError::Error(e)) => Err(GazetteerError::Write {
            path,
            why: e.to_string(),
        }),
    }
}

/// Removes the partial file and its SQLite companions.
pub(crate) fn remove_partial(partial: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = partial.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Where a resumable partial import stands.
pub(crate) struct Progress {
    pub(crate) offset: u64,
    pub(crate) line: u64,
    pub(crate) imported: u64,
    pub(crate) refused: u64,
    pub(crate) rows_read: u64,
}

fn meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| r.get(0))
        .optional()
}

/// Why the partial file cannot be resumed for this source, or where it stands.
pub(crate) fn resumable(partial: &Path, source: &Source, format: Format) -> Result<Progress, String> {
    let conn = Connection::open(partial).map_err(|_| "the partial import could not be read".to_string())?;
    let get = |k: &str| meta(&conn, k).ok().flatten().unwrap_or_default();
    if get("schema") == SCHEMA_VERSION && !get("imported_at").is_empty() {
        return Err("the partial import had finished but was stopped before it was put in place".into());
    }
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

/// Sets each `(key, value)` in the meta table.
fn put_meta<const N: usize>(conn: &Connection, pairs: [(&str, String); N]) -> rusqlite::Result<()> {
    for (k, v) in pairs {
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    Ok(())
}

/// Records where the import stands; called in each batch's transaction.
pub(crate) fn save_progress(conn: &Connection, p: &Progress) -> rusqlite::Result<()> {
    put_meta(
        conn,
        [
            ("offset", p.offset.to_string()),
            ("line", p.line.to_string()),
            ("imported", p.imported.to_string()),
            ("refused", p.refused.to_string()),
            ("rows_read", p.rows_read.to_string()),
        ],
    )
}

/// Records the source and format of a new partial import, and its starting point.
pub(crate) fn begin(conn: &mut Connection, source: &Source, format: Format, p: &Progress) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    put_meta(
        &tx,
        [
            ("schema", SCHEMA_VERSION.to_string()),
            ("source_path", source.path.clone()),
            ("source_size", source.size.to_string()),
            ("source_mtime", source.mtime_ns.clone()),
            ("source_head_sha256", source.head_sha256.clone()),
            ("format", format.name().to_string()),
        ],
    )?;
    save_progress(&tx, p)?;
    tx.commit()
}

/// Indexes, the summary, and the mark that the import finished; then a self-contained file
/// (no WAL) that readers can open read-only. Returns the number of postcodes.
pub(crate) fn finish(conn: &mut Connection, source: &Path, format: Format, p: &Progress) -> rusqlite::Result<u64> {
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
    put_meta(
        &tx,
        [
            ("rows", p.imported.to_string()),
            ("postcodes", postcodes.to_string()),
            ("source_name", name),
            ("format", format.name().to_string()),
            ("imported_at", now),
        ],
    )?;
    tx.execute(
        "DELETE FROM meta WHERE key IN ('offset', 'line', 'imported', 'refused', 'rows_read')",
        [],
    )?;
    tx.commit()?;
    conn.execute_batch("PRAGMA journal_mode = DELETE;")?;
    Ok(postcodes as u64)
}

/// Syncs the finished partial file and renames it over the target, then syncs the folder.
pub(crate) fn publish(partial: &Path, target: &Path) -> std::io::Result<()> {
    std::fs::File::open(partial)?.sync_all()?;
    std::fs::rename(partial, target)?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}
