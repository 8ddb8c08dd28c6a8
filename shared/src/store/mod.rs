//! The kiosk's SQLite file: opening it safely (WAL, foreign keys, `synchronous=FULL`, migrations
//! run on open) and the tables built on it, one module each: [`drafts`], [`outbox`],
//! [`delivery`] (the outbox rows' delivery state), [`overview`] (the outbox as staff see it),
//! [`lockout`] (the staff screen's wrong-PIN count), [`catalogue`] (forms cached from the CRM),
//! [`status`] (what the CRM last said), [`handover`] (bundles carried by hand) and
//! [`field_drops`] (fields a CRM did not keep), [`error_text`] (errors as staff read them),
//! [`ratings`] (visitors' satisfaction ratings, as counts only), [`csv_days`] (the outbox rows a
//! daily CSV is built from, and which days are done), [`metrics`] (the outbox's figures for fleet
//! metrics); [`keycheck`] ties the file to
//! its key and [`files`] keeps the files private. What goes *into* a submission is decided by
//! [`crate::forms`]; delivering it is the forwarder's job.

pub mod catalogue;
pub mod crypto;
pub mod csv_days;
pub(crate) mod days_done;
pub mod delivery;
pub mod drafts;
pub mod error_text;
pub mod field_drops;
pub mod files;
pub mod handover;
pub mod keycheck;
pub mod lockout;
pub mod metrics;
pub mod outbox;
pub mod overview;
pub mod ratings;
pub mod status;

use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

pub use crypto::{CryptoError, Key};
pub use keycheck::MissingDatabase;
pub use outbox::{Receipt, Submission};
pub use overview::{CrmContact, StaffRow, StaffState};
pub use ratings::{RatingCount, Subject};

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_drafts_outbox.sql"),
    include_str!("migrations/0002_acknowledged_at.sql"),
    include_str!("migrations/0003_crm_catalogue.sql"),
    include_str!("migrations/0004_staff_lockout.sql"),
    include_str!("migrations/0005_crm_status.sql"),
    include_str!("migrations/0006_handed_over.sql"),
    include_str!("migrations/0007_identity.sql"),
    include_str!("migrations/0008_key_check_attention.sql"),
    include_str!("migrations/0009_crm_field_drops.sql"),
    include_str!("migrations/0010_ratings.sql"),
    include_str!("migrations/0011_csv_days.sql"),
];

/// A store failure, said so that staff know what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be opened or set up.
    #[error(
        "could not open the kiosk database {path}: {source}. Check the data folder exists and is writable, and the disk is not full"
    )]
    Open {
        /// The database path.
        path: String,
        /// The cause.
        source: rusqlite::Error,
    },
    /// The file was written by a newer Onestop.
    #[error(
        "the kiosk database is at schema version {found}, newer than this kiosk understands ({known}); install the newer kiosk or restore a backup"
    )]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Latest this build knows.
        known: i64,
    },
    /// A query failed.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    /// Input that must not be stored (a rating out of range, a date that is not a date); nothing
    /// was written.
    #[error("{0}")]
    Refused(String),
    /// Stored JSON could not be read back.
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    /// Sealed personal data could not be opened, or the key could not be loaded.
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// The key file is gone, but the database holds data sealed with it.
    #[error(
        "the data key file {key} is missing, but the kiosk database {db} holds {sealed} sealed value(s) that only that key can read. Restore kiosk.key from your backup to {key} (mode 0600) and start again; the kiosk will not make a new key, because that would leave those submissions unreadable for good"
    )]
    KeyMissing {
        /// Where the key should be.
        key: String,
        /// The database.
        db: String,
        /// How many sealed values it holds.
        sealed: i64,
    },
    /// The key file does not belong to this database.
    #[error(
        "the data key file does not belong to this kiosk database: it cannot read what the database holds. Restore the kiosk.key that was backed up with this database (or the database that goes with this key); nothing was changed"
    )]
    WrongKey,
    /// A key file exists but the database beside it is gone.
    #[error(
        "the kiosk database {db} is missing, but its data key {key} is there: the database was moved or lost. Restore kiosk.db (with kiosk.db-wal if you have it) from your backup and start again. If this is a new kiosk whose key was placed there on purpose, run once with --create-database"
    )]
    DatabaseMissing {
        /// The database path.
        db: String,
        /// The key path.
        key: String,
    },
    /// A file of the database could not be created or made private.
    #[error("the kiosk database file {path}: {source}. Check the data folder is writable by the kiosk user")]
    File {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

impl StoreError {
    /// Whether this is the disk's trouble (full, or failing I/O) rather than the data's: worth
    /// waiting out, where a wrong key or a damaged schema is not.
    pub fn is_disk_trouble(&self) -> bool {
        use rusqlite::ErrorCode as C;
        let sql = |e: &rusqlite::Error| {
            matches!(e, rusqlite::Error::SqliteFailure(f, _)
                if matches!(f.code, C::DiskFull | C::SystemIoFailure | C::CannotOpen | C::DatabaseBusy | C::DatabaseLocked))
        };
        match self {
            StoreError::Open { source, .. } | StoreError::Sql(source) => sql(source),
            StoreError::File { source, .. } => {
                source.raw_os_error() == Some(28) || source.kind() == std::io::ErrorKind::StorageFull
            }
            _ => false,
        }
    }
}

/// An open kiosk database, with the key that seals the personal data in it.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) key: Key,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

/// `PRAGMA journal_mode = WAL`, retried for up to 5 s: while another connection is switching a
/// new file to WAL, SQLite answers "database is locked" at once, without its busy handler.
fn set_wal(conn: &Connection) -> rusqlite::Result<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            done => return done,
        }
    }
}

impl Store {
    /// Open (or create) the database file at `path` and bring its schema up to date. `key`
    /// seals answers and payloads; it lives in its own file (see [`Key::load_or_create`]).
    pub fn open(path: &Path, key: Key) -> Result<Store, StoreError> {
        let file_error = |source| StoreError::File {
            path: path.display().to_string(),
            source,
        };
        files::create_private(path).map_err(file_error)?;
        for loose in files::tighten(path).map_err(file_error)? {
            tracing::warn!("{loose} could be read by other users; it is now private (0600)");
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Store::setup(conn, key).map_err(|e| match e {
            StoreError::Sql(source) => StoreError::Open {
                path: path.display().to_string(),
                source,
            },
            other => other,
        })
    }

    /// A stand-in while the real database cannot be opened (a full disk): empty, and refusing
    /// every write, so the screens show and "Send" says it could not save rather than handing
    /// out a reference for something kept nowhere.
    pub fn unavailable() -> Result<Store, StoreError> {
        let store = Store::open_in_memory()?;
        store.conn.pragma_update(None, "query_only", true)?;
        Ok(store)
    }

    /// A private in-memory database with a throw-away key, for tests and snapshots.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?, Key::random())
    }

    fn setup(conn: Connection, key: Key) -> Result<Store, StoreError> {
        // Another process may hold the file for a moment (the forwarder, `kiosk submit`, or one
        // recovering the WAL after a crash): wait for it from the very first statement.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Freed pages go back to the file system on `incremental_vacuum` after a purge (a new
        // file only: an existing one is converted by `convert_to_incremental_vacuum`).
        conn.pragma_update(None, "auto_vacuum", "INCREMENTAL")?;
        // WAL lets the forwarder read while the UI writes. FULL makes every commit reach the disk
        // before it returns: the screen shows a reference only after that.
        set_wal(&conn)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Deleted and overwritten content is zeroed, so a purge leaves no ciphertext behind.
        conn.pragma_update(None, "secure_delete", true)?;
        let mut store = Store { conn, key };
        store.migrate()?;
        store.check_key()?;
        store.seal_plain_rows()?;
        store.convert_to_incremental_vacuum();
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let known = MIGRATIONS.len() as i64;
        let found: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        if found == known {
            return Ok(());
        }
        loop {
            // Take the write lock before reading the version again: two kiosks opening a new
            // file at once must not both apply the same migration.
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let found: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if found >= known {
                return Ok(());
            }
            tx.execute_batch(MIGRATIONS[found as usize])?;
            tx.pragma_update(None, "user_version", found + 1)?;
            tx.commit()?;
        }
    }

    /// Seal any rows written in plain text by a kiosk from before encryption at rest.
    fn seal_plain_rows(&mut self) -> Result<(), StoreError> {
        // Immediate: a deferred transaction that reads, then writes, fails at once (no waiting)
        // if another process committed in between.
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let plain: Vec<(String, String)> = tx
            .prepare("SELECT submission_id, payload FROM outbox WHERE payload NOT LIKE 'v1:%' AND payload != ''")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (id, payload) in plain {
            tx.execute(
                "UPDATE outbox SET payload = ?1 WHERE submission_id = ?2",
                [self.key.seal(&payload, &id), id],
            )?;
        }
        let errors: Vec<(String, String)> = tx
            .prepare("SELECT submission_id, last_error FROM outbox WHERE last_error NOT LIKE 'v1:%'")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (id, error) in errors {
            tx.execute(
                "UPDATE outbox SET last_error = ?1 WHERE submission_id = ?2",
                [self.key.seal(&error, &error_aad(&id)), id],
            )?;
        }
        tx.execute("DELETE FROM drafts WHERE answers NOT LIKE 'v1:%'", [])?;
        tx.commit()?;
        Ok(())
    }

    /// A file made before purges reclaimed space has `auto_vacuum = NONE`, which only a full
    /// `VACUUM` can change. Done once, at open; if it cannot be done now (another connection is
    /// busy, or the disk is full) it is tried at the next open, and nothing else waits for it.
    fn convert_to_incremental_vacuum(&self) {
        let mode: i64 = self
            .conn
            .pragma_query_value(None, "auto_vacuum", |r| r.get(0))
            .unwrap_or(2);
        if mode == 2 {
            return;
        }
        let done = self
            .conn
            .pragma_update(None, "auto_vacuum", "INCREMENTAL")
            .and_then(|_| self.conn.execute_batch("VACUUM"));
        match done {
            Ok(()) => tracing::info!("the kiosk database now returns purged space to the disk"),
            Err(e) => tracing::info!("the kiosk database was not converted to incremental vacuum yet: {e}"),
        }
    }

    /// `PRAGMA integrity_check` says "ok".
    pub fn integrity_ok(&self) -> Result<bool, StoreError> {
        let r: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(r == "ok")
    }
}

/// The associated data a row's `last_error` is sealed under: a CRM may echo the visitor's own
/// words in a refusal, so the error is personal data too.
pub(crate) fn error_aad(submission_id: &str) -> String {
    format!("{submission_id}:error")
}

/// Now, as RFC 3339 UTC text, for timestamps.
pub(crate) fn now_text() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .expect("formatting a current time")
}

/// Shared set-up for the store's unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use super::Store;
    use crate::forms::{Answers, Today, validate};

    /// Valid street-problem answers.
    pub(crate) fn valid_answers() -> crate::forms::ValidAnswers {
        let forms = crate::embedded::forms().unwrap();
        let answers: Answers =
            serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
        validate(forms.get("street-problem").unwrap(), &answers, Today::now()).unwrap()
    }

    /// An in-memory store holding `n` street-problem submissions; their submission ids.
    pub(crate) fn store_with(n: usize) -> (Store, Vec<String>) {
        let valid = valid_answers();
        let mut store = Store::open_in_memory().unwrap();
        let ids = (0..n)
            .map(|_| store.submit(&valid, "en-GB", None).unwrap().submission_id.to_string())
            .collect();
        (store, ids)
    }
}
