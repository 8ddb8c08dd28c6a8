//! Which local days' documents for the CRM are done with (sent, or refused for good), in a table
//! of `(date PRIMARY KEY, outcome, at)`: the queue hub's `summaries` in its log and the kiosk's
//! `ratings_summaries` keep them alike. Deciding which days are due is
//! [`crate::crm::daily`]'s; this only reads and writes the table.

use rusqlite::{Connection, params};
use std::collections::BTreeSet;

/// The dates recorded in `table` (one of ours, never input).
pub(crate) fn done(conn: &Connection, table: &str) -> rusqlite::Result<BTreeSet<String>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT date FROM {table}"))?;
    let dates = stmt.query_map([], |r| r.get::<_, String>(0))?;
    dates.collect()
}

/// Record in `table` that `date` is done with: `sent`, or `refused: …`; a later outcome replaces
/// an earlier one.
pub(crate) fn record(conn: &Connection, table: &str, date: &str, outcome: &str) -> rusqlite::Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO {table} (date, outcome, at) VALUES (?1, ?2, ?3)
             ON CONFLICT (date) DO UPDATE SET outcome = ?2, at = ?3"
        ),
        params![date, outcome, super::now_text()],
    )?;
    Ok(())
}
