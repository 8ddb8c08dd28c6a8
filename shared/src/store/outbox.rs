//! The outbox: confirmed submissions waiting for (or past) delivery to the CRM. "Send" is one
//! transaction that writes the row and deletes the draft, committed with `synchronous=FULL`
//! before the screen shows the reference. Payloads are sealed with the store's key. Delivery
//! itself is the forwarder's (next issue).

use super::{Store, StoreError, now_text};
use crate::forms::ValidAnswers;
use crate::reference::{Reference, SubmissionId};
use rusqlite::{ErrorCode, params};

/// What the visitor is given after "Send".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Receipt {
    /// The idempotency key for delivery.
    pub submission_id: SubmissionId,
    /// What the visitor reads and tracks.
    pub reference: Reference,
}

/// One outbox row, without its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// Idempotency key.
    pub submission_id: String,
    /// Human reference.
    pub reference: String,
    /// Form and version filled against.
    pub form_id: String,
    /// Form version.
    pub form_version: u32,
    /// The visitor's language.
    pub locale: String,
    /// `pending`, `acknowledged` or `parked`.
    pub state: String,
    /// When "Send" was tapped (RFC 3339 UTC).
    pub created_at: String,
    /// Delivery attempts so far.
    pub attempts: u32,
    /// The last delivery error, for staff (never personal data: CRM status lines only).
    pub last_error: Option<String>,
    /// The CRM's id once acknowledged.
    pub crm_id: Option<String>,
}

/// The columns of a [`Submission`], in [`submission_row`]'s order.
const SUBMISSION_COLUMNS: &str = "SELECT submission_id, reference, form_id, form_version, locale, state, created_at,
        attempts, last_error, crm_id FROM outbox";

fn submission_row(r: &rusqlite::Row) -> rusqlite::Result<Submission> {
    Ok(Submission {
        submission_id: r.get(0)?,
        reference: r.get(1)?,
        form_id: r.get(2)?,
        form_version: r.get(3)?,
        locale: r.get(4)?,
        state: r.get(5)?,
        created_at: r.get(6)?,
        attempts: r.get(7)?,
        last_error: r.get(8)?,
        crm_id: r.get(9)?,
    })
}

/// How many fresh references to try if one collides with an earlier one in this database.
const REFERENCE_TRIES: usize = 8;

impl Store {
    /// Record a confirmed submission and delete the session's draft, in one durable transaction.
    pub fn submit(
        &mut self,
        answers: &ValidAnswers,
        locale: &str,
        session_id: Option<&str>,
    ) -> Result<Receipt, StoreError> {
        let payload = serde_json::to_string(answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let submission_id = SubmissionId::new();
        let payload = self.key.seal(&payload, &submission_id.to_string());
        let created_at = now_text();
        let tx = self.conn.transaction()?;
        let mut reference = Reference::generate();
        let mut tries = 0;
        loop {
            let r = tx.execute(
                "INSERT INTO outbox (submission_id, reference, form_id, form_version, locale, payload, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    submission_id.to_string(),
                    reference.as_str(),
                    answers.form_id,
                    answers.form_version,
                    locale,
                    payload,
                    created_at
                ],
            );
            match r {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == ErrorCode::ConstraintViolation && tries < REFERENCE_TRIES =>
                {
                    tries += 1;
                    reference = Reference::generate();
                }
                Err(e) => return Err(e.into()),
            }
        }
        if let Some(s) = session_id {
            tx.execute("DELETE FROM drafts WHERE session_id = ?1", [s])?;
        }
        tx.commit()?;
        Ok(Receipt {
            submission_id,
            reference,
        })
    }

    /// Every submission, newest first, without payloads.
    pub fn submissions(&self) -> Result<Vec<Submission>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{SUBMISSION_COLUMNS} ORDER BY submission_id DESC"))?;
        let rows = stmt.query_map([], submission_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One submission's delivery record, by reference (for "Track an enquiry").
    pub fn submission(&self, reference: &Reference) -> Result<Option<Submission>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                &format!("{SUBMISSION_COLUMNS} WHERE reference = ?1"),
                [reference.as_str()],
                submission_row,
            )
            .optional()?)
    }

    /// The stored answers of one submission, by reference; `None` if unknown or purged.
    pub fn submission_payload(&self, reference: &Reference) -> Result<Option<ValidAnswers>, StoreError> {
        use rusqlite::OptionalExtension;
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT submission_id, payload FROM outbox WHERE reference = ?1",
                [reference.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.filter(|(_, sealed)| !sealed.is_empty())
            .map(|(id, sealed)| {
                let plain = self.key.open(&sealed, &id)?;
                serde_json::from_str(&plain).map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .transpose()
    }

    /// How many submissions are in the outbox.
    pub fn outbox_count(&self) -> Result<usize, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM outbox", [], |r| r.get::<_, i64>(0))? as usize)
    }
}
