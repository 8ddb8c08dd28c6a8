//! Binding the kiosk database to its data key, and opening the pair from the data folder.
//!
//! The key lives in its own file (`kiosk.key`), apart from `kiosk.db`. Losing one of the two
//! must never pass unnoticed: a kiosk that quietly made a new key would hand out references
//! for submissions that nobody could read again, and a kiosk that quietly made a new database
//! beside an old key would hide the loss of everything queued. So the database records a check
//! value (a known text sealed under its key) when it is first keyed, and [`Store::open_data`]
//! refuses, saying what to restore, when:
//! - the key file is missing but the database holds sealed rows;
//! - the key does not open the database's check value (or, in a database from before the
//!   check, none of its sealed rows);
//! - the database is missing but a key file exists (unless the caller says this is a new kiosk
//!   with a provisioned key).
//!
//! A new key is made only for a database with nothing sealed in it. Opening the file itself
//! (WAL, migrations, file modes) is [`Store::open`]'s job.

use super::{Key, Store, StoreError, now_text};
use rusqlite::{Connection, OptionalExtension};
use std::path::Path;

/// The text sealed as the check value.
const KEY_CHECK_TEXT: &str = "onestop kiosk database key check";
/// What the check value is bound to.
const KEY_CHECK_ROW: &str = "store_meta";

/// How [`Store::open_data`] treats a missing database beside an existing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingDatabase {
    /// Refuse: the database was lost (the normal case).
    Refuse,
    /// Create an empty one for the key: a new kiosk whose key was placed on purpose.
    Create,
}

fn has_table(conn: &Connection, table: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

/// How many sealed values `conn`'s database holds (answers, identities, CRM notes, errors),
/// read without the key. A database with no tables yet holds none.
fn sealed_rows(conn: &Connection) -> rusqlite::Result<i64> {
    let mut n = 0;
    if has_table(conn, "outbox")? {
        n += conn.query_row(
            "SELECT count(*) FROM outbox WHERE payload LIKE 'v1:%' OR identity LIKE 'v1:%'",
            [],
            |r| r.get::<_, i64>(0),
        )?;
    }
    if has_table(conn, "drafts")? {
        n += conn.query_row("SELECT count(*) FROM drafts WHERE answers LIKE 'v1:%'", [], |r| {
            r.get::<_, i64>(0)
        })?;
    }
    Ok(n)
}

impl Store {
    /// Open `db` with the key in `key_file`, as the kiosk does: see the module doc for what is
    /// refused and why. Creates the key (0600) only for a database with nothing sealed in it.
    pub fn open_data(db: &Path, key_file: &Path, missing: MissingDatabase) -> Result<Store, StoreError> {
        let db_exists = std::fs::symlink_metadata(db).is_ok();
        let key = Key::load(key_file)?;
        match (db_exists, key) {
            (true, Some(key)) => Store::open(db, key),
            (false, Some(_)) if missing == MissingDatabase::Refuse => Err(StoreError::DatabaseMissing {
                db: db.display().to_string(),
                key: key_file.display().to_string(),
            }),
            (false, Some(key)) => Store::open(db, key),
            (_, None) => {
                // A new kiosk, or a database whose key is gone: the database comes first, so a
                // crash before the key is written leaves a database with nothing sealed (which
                // the next start keys), never a key with no database.
                super::files::create_private(db).map_err(|source| StoreError::File {
                    path: db.display().to_string(),
                    source,
                })?;
                let conn = Connection::open(db).map_err(|source| StoreError::Open {
                    path: db.display().to_string(),
                    source,
                })?;
                conn.busy_timeout(std::time::Duration::from_secs(5))?;
                let sealed = sealed_rows(&conn)?;
                if sealed > 0 {
                    return Err(StoreError::KeyMissing {
                        key: key_file.display().to_string(),
                        db: db.display().to_string(),
                        sealed,
                    });
                }
                // Nothing sealed: a check value left by a key that sealed nothing means nothing.
                if has_table(&conn, "store_meta")? {
                    conn.execute("DELETE FROM store_meta", [])?;
                }
                drop(conn);
                Store::open(db, Key::create(key_file)?)
            }
        }
    }

    /// Check that the store's key is the database's key, recording the check value on first
    /// use. Called by every open.
    pub(crate) fn check_key(&self) -> Result<(), StoreError> {
        let recorded: Option<String> = self
            .conn
            .query_row("SELECT key_check FROM store_meta WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        if let Some(check) = recorded {
            return match self.key.open(&check, KEY_CHECK_ROW) {
                Ok(text) if text == KEY_CHECK_TEXT => Ok(()),
                _ => Err(StoreError::WrongKey),
            };
        }
        // A database from before the check, or a new one: any sealed row must open.
        let sample: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT submission_id, payload FROM outbox WHERE payload LIKE 'v1:%' ORDER BY rowid DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((id, sealed)) = sample
            && self.key.open(&sealed, &id).is_err()
        {
            return Err(StoreError::WrongKey);
        }
        self.conn.execute(
            "INSERT OR IGNORE INTO store_meta (id, key_check, created_at) VALUES (1, ?1, ?2)",
            [self.key.seal(KEY_CHECK_TEXT, KEY_CHECK_ROW), now_text()],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::valid_answers;

    fn paths(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
        (dir.join("kiosk.db"), dir.join("kiosk.key"))
    }

    fn submit_one(store: &mut Store) {
        store.submit(&valid_answers(), "en-GB", None).unwrap();
    }

    #[test]
    fn a_new_kiosk_gets_a_database_and_a_key_and_opens_again() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = paths(dir.path());
        let mut store = Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap();
        submit_one(&mut store);
        drop(store);
        assert!(key.exists());
        let store = Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap();
        assert_eq!(store.outbox_count().unwrap(), 1);
    }

    #[test]
    fn a_missing_key_beside_sealed_rows_is_refused_and_nothing_is_created() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = paths(dir.path());
        submit_one(&mut Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
        std::fs::remove_file(&key).unwrap();
        let e = Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap_err();
        assert!(matches!(e, StoreError::KeyMissing { sealed: 1, .. }), "{e}");
        let msg = e.to_string();
        assert!(msg.contains("Restore") && msg.contains("kiosk.key"), "{msg}");
        assert!(!key.exists(), "no new key was made");
    }

    #[test]
    fn a_missing_key_beside_a_database_with_nothing_sealed_is_made() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = paths(dir.path());
        drop(Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
        std::fs::remove_file(&key).unwrap();
        drop(Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
        assert!(key.exists());
    }

    #[test]
    fn a_wrong_key_is_refused_even_when_nothing_is_sealed() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = paths(dir.path());
        drop(Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
        std::fs::remove_file(&key).unwrap();
        Key::create(&key).unwrap();
        // The database was keyed by the first key: the second must not take over.
        let e = Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap_err();
        assert!(matches!(e, StoreError::WrongKey), "{e}");
    }

    #[test]
    fn a_database_from_before_the_check_is_judged_by_its_sealed_rows() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = paths(dir.path());
        let mut store = Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap();
        submit_one(&mut store);
        store.conn.execute("DELETE FROM store_meta", []).unwrap();
        drop(store);
        assert!(matches!(Store::open(&db, Key::random()), Err(StoreError::WrongKey)));
        drop(Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap());
        assert!(
            matches!(Store::open(&db, Key::random()), Err(StoreError::WrongKey)),
            "the right key recorded the check"
        );
    }

    #[test]
    fn a_missing_database_beside_a_key_is_refused_unless_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key) = paths(dir.path());
        Key::create(&key).unwrap();
        let e = Store::open_data(&db, &key, MissingDatabase::Refuse).unwrap_err();
        assert!(matches!(e, StoreError::DatabaseMissing { .. }), "{e}");
        assert!(!db.exists(), "no database was made");
        drop(Store::open_data(&db, &key, MissingDatabase::Create).unwrap());
        assert!(db.exists());
    }
}
