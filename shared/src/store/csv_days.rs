//! What the daily CSV reads and writes in the kiosk's database: the outbox rows of one form in
//! a span of time (metadata, and the answers and card opened, unless purged), which forms had
//! submissions when, and the `csv_days` table of `(form_id, date)` files done with. Building the
//! file and deciding which days are due is [`crate::daily_csv`]'s.

use super::{Store, StoreError, now_text};
use crate::forms::ValidAnswers;
use crate::store::StaffState;
use rusqlite::params;
use std::collections::BTreeSet;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// One outbox row as the daily CSV shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    /// The reference the visitor was given.
    pub reference: String,
    /// When "Send" was tapped, Unix seconds.
    pub submitted_at: i64,
    /// Where it is, as staff see it.
    pub state: StaffState,
    /// The form version it was filled against.
    pub form_version: u32,
    /// The visitor's language.
    pub locale: String,
    /// The answers; `None` once purged.
    pub answers: Option<ValidAnswers>,
    /// The card number the visitor used, if any (and not purged).
    pub card: Option<String>,
}

/// RFC 3339 text as Unix seconds.
fn unix(text: &str) -> Option<i64> {
    OffsetDateTime::parse(text, &Rfc3339).ok().map(|t| t.unix_timestamp())
}

/// Unix seconds as the store writes times (whole seconds, so they compare as text with the
/// store's own, which may carry a fraction, to within the second).
fn text_of(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// Rows made on this kiosk: not those imported from another kiosk's hand-delivery bundle, which
/// are in that kiosk's files (an exported row stays in its outbox).
const MADE_HERE: &str = "(handed_over IS NULL OR handed_over NOT LIKE 'imported%')";

/// A day either side of a span, so that the text comparison in SQL never cuts a row the exact
/// comparison in Rust keeps.
const SLACK: i64 = 86_400;

impl Store {
    /// Every submission of `form_id` made on this kiosk at or after Unix second `from` and before `to`, oldest
    /// first, its answers and card opened (empty when purged). A row whose sealed answers cannot
    /// be opened fails the whole read: a file without it would look complete.
    pub fn csv_rows(&self, form_id: &str, from: i64, to: i64) -> Result<Vec<CsvRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT submission_id, reference, created_at, state, purged_at IS NOT NULL, last_error IS NOT NULL,
                    form_version, locale, payload, identity
             FROM outbox WHERE form_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND {MADE_HERE}
             ORDER BY created_at, submission_id"
        ))?;
        let raw = stmt.query_map(params![form_id, text_of(from - SLACK), text_of(to + SLACK)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                StaffState::of_row(&r.get::<_, String>(3)?, r.get(4)?, r.get(5)?),
                r.get::<_, u32>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, Option<String>>(9)?,
            ))
        })?;
        let mut rows = Vec::new();
        for row in raw {
            let (id, reference, created_at, state, form_version, locale, payload, identity) = row?;
            let submitted_at = unix(&created_at)
                .ok_or_else(|| StoreError::Corrupt(format!("submission {reference} has the time {created_at:?}")))?;
            if !(from..to).contains(&submitted_at) {
                continue;
            }
            let answers = match payload.as_str() {
                "" => None,
                sealed => {
                    let plain = self.key.open(sealed, &id)?;
                    Some(serde_json::from_str(&plain).map_err(|e| StoreError::Corrupt(e.to_string()))?)
                }
            };
            let card = super::outbox::open_identity(&self.key, identity.as_deref(), &id)?.map(|i| i.card);
            rows.push(CsvRow {
                reference,
                submitted_at,
                state,
                form_version,
                locale,
                answers,
                card,
            });
        }
        Ok(rows)
    }

    /// The form and time (Unix seconds) of every submission made on this kiosk at or after `from`, oldest first.
    pub fn submission_times_since(&self, from: i64) -> Result<Vec<(String, i64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT form_id, created_at FROM outbox WHERE created_at >= ?1 AND {MADE_HERE} ORDER BY created_at"
        ))?;
        let rows = stmt.query_map([text_of(from - SLACK)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut times = Vec::new();
        for row in rows {
            let (form, created_at) = row?;
            match unix(&created_at) {
                Some(at) if at >= from => times.push((form, at)),
                Some(_) => {}
                None => return Err(StoreError::Corrupt(format!("a submission has the time {created_at:?}"))),
            }
        }
        Ok(times)
    }

    /// The `(form_id, date)` daily files done with.
    pub fn csv_days_done(&self) -> Result<BTreeSet<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT form_id, date FROM csv_days")?;
        let days = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(days.collect::<Result<_, _>>()?)
    }

    /// The outcome recorded for one form's day, if it is done with.
    pub fn csv_day_outcome(&self, form_id: &str, date: &str) -> Result<Option<String>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT outcome FROM csv_days WHERE form_id = ?1 AND date = ?2",
                [form_id, date],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Record that one form's file for `date` is done with (`sent`, or `refused: …`); a later
    /// outcome replaces an earlier one.
    pub fn record_csv_day(&self, form_id: &str, date: &str, outcome: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO csv_days (form_id, date, outcome, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (form_id, date) DO UPDATE SET outcome = ?3, at = ?4",
            params![form_id, date, outcome, now_text()],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Key, MIGRATIONS};

    #[test]
    fn a_database_before_the_daily_csv_gains_its_table_and_keeps_its_submissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.db");
        let key = Key::random();
        let before = MIGRATIONS.len() - 1;
        assert!(MIGRATIONS[before].contains("CREATE TABLE csv_days"));
        {
            let mut store = Store::open(&path, key.clone()).unwrap();
            store
                .submit(&crate::store::test_support::valid_answers(), "en-GB", None)
                .unwrap();
            store.conn.execute_batch("DROP TABLE csv_days").unwrap();
            store.conn.pragma_update(None, "user_version", before as i64).unwrap();
        }
        let store = Store::open(&path, key).unwrap();
        assert_eq!(store.outbox_count().unwrap(), 1, "earlier data is kept");
        store.record_csv_day("street-problem", "2026-11-23", "sent").unwrap();
        assert_eq!(
            store.csv_days_done().unwrap(),
            [("street-problem".to_owned(), "2026-11-23".to_owned())].into()
        );
        assert_eq!(
            store
                .csv_day_outcome("street-problem", "2026-11-23")
                .unwrap()
                .as_deref(),
            Some("sent")
        );
    }

    #[test]
    fn rows_imported_from_another_kiosk_are_left_to_its_own_file() {
        let (store, ids) = crate::store::test_support::store_with(2);
        store
            .conn
            .execute(
                "UPDATE outbox SET handed_over = 'imported at 2026-11-20T10:00:00Z' WHERE submission_id = ?1",
                [&ids[0]],
            )
            .unwrap();
        store
            .conn
            .execute(
                "UPDATE outbox SET handed_over = 'exported at 2026-11-20T10:00:00Z' WHERE submission_id = ?1",
                [&ids[1]],
            )
            .unwrap();
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let rows = store.csv_rows("street-problem", now - 60, now + 60).unwrap();
        let mine = store
            .submissions()
            .unwrap()
            .into_iter()
            .find(|s| s.submission_id == ids[1])
            .unwrap();
        assert_eq!(rows.iter().map(|r| &r.reference).collect::<Vec<_>>(), [&mine.reference]);
        assert_eq!(store.submission_times_since(now - 60).unwrap().len(), 1);
    }

    #[test]
    fn a_day_that_is_not_a_date_is_refused_by_the_table() {
        let store = Store::open_in_memory().unwrap();
        assert!(store.record_csv_day("missed-bin", "yesterday", "sent").is_err());
        assert!(store.csv_days_done().unwrap().is_empty());
    }
}
