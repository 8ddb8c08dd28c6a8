//! Drafts: the answers of a form in progress, saved after every answered page so a crash or a
//! pulled plug loses nothing, and wiped at session end or timeout. One row per session; the
//! answers are sealed with the store's key.

use super::{Store, StoreError, now_text};
use crate::forms::Answers;
use rusqlite::{OptionalExtension, params};

/// A saved form in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The visitor session it belongs to.
    pub session_id: String,
    /// Form being filled.
    pub form_id: String,
    /// Its version.
    pub form_version: u32,
    /// The visitor's language at the last save.
    pub locale: String,
    /// Raw answers so far.
    pub answers: Answers,
}

impl Store {
    /// Save (replace) a session's draft.
    pub fn save_draft(&self, d: &Draft) -> Result<(), StoreError> {
        let answers = serde_json::to_string(&d.answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let answers = self.key.seal(&answers, &d.session_id);
        self.conn.execute(
            "INSERT INTO drafts (session_id, form_id, form_version, locale, answers, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (session_id) DO UPDATE SET form_id = ?2, form_version = ?3, locale = ?4,
                answers = ?5, updated_at = ?6",
            params![d.session_id, d.form_id, d.form_version, d.locale, answers, now_text()],
        )?;
        Ok(())
    }

    /// A session's draft, if any.
    pub fn load_draft(&self, session_id: &str) -> Result<Option<Draft>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT form_id, form_version, locale, answers FROM drafts WHERE session_id = ?1",
                [session_id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, u32>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(form_id, form_version, locale, answers)| {
            Ok(Draft {
                session_id: session_id.to_owned(),
                form_id,
                form_version,
                locale,
                answers: serde_json::from_str(&self.key.open(&answers, session_id)?)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            })
        })
        .transpose()
    }

    /// Wipe one session's draft (session end, timeout, or abandon).
    pub fn delete_draft(&self, session_id: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM drafts WHERE session_id = ?1", [session_id])?;
        Ok(())
    }

    /// Wipe every draft. At start-up, drafts are from sessions that ended in a crash or power
    /// cut; their visitors have gone, so their answers must not wait for the next person.
    pub fn wipe_drafts(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute("DELETE FROM drafts", [])?)
    }

    /// How many drafts are held.
    pub fn draft_count(&self) -> Result<usize, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM drafts", [], |r| r.get::<_, i64>(0))? as usize)
    }
}
