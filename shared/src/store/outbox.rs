//! The outbox: confirmed submissions waiting for (or past) delivery to the CRM. "Send" is one
//! transaction that writes the row and deletes the draft, committed with `synchronous=FULL`
//! before the screen shows the reference. Payloads, and the identity of a card the visitor used,
//! are sealed with the store's key. Delivery itself is the forwarder's.

use super::{Store, StoreError, now_text};
use crate::card::identity::Identity;
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
    /// The last delivery error, for staff: cleaned of markup and cut at a word. Sealed at rest,
    /// because a CRM may echo the visitor's words in it.
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

/// The associated data an identity is sealed under: its row, and that it is the identity, so a
/// sealed identity and sealed answers cannot stand in for each other.
pub(crate) fn identity_aad(submission_id: &str) -> String {
    format!("{submission_id}:identity")
}

/// An identity sealed for its row's `identity` column.
pub(crate) fn seal_identity(key: &super::Key, identity: &Identity, submission_id: &str) -> Result<String, StoreError> {
    let plain = serde_json::to_string(identity).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(key.seal(&plain, &identity_aad(submission_id)))
}

/// A row's `identity` column opened: `None` when no card was used (or it was purged).
pub(crate) fn open_identity(
    key: &super::Key,
    sealed: Option<&str>,
    submission_id: &str,
) -> Result<Option<Identity>, StoreError> {
    sealed
        .map(|s| {
            let plain = key.open(s, &identity_aad(submission_id))?;
            serde_json::from_str(&plain).map_err(|e| StoreError::Corrupt(e.to_string()))
        })
        .transpose()
}

impl Store {
    /// Record a confirmed submission and delete the session's draft, in one durable transaction.
    pub fn submit(
        &mut self,
        answers: &ValidAnswers,
        locale: &str,
        session_id: Option<&str>,
    ) -> Result<Receipt, StoreError> {
        self.submit_with_identity(answers, locale, session_id, None)
    }

    /// [`Store::submit`], with the card the visitor used, if any: sealed like the answers (under
    /// its own associated data), forwarded with them, and purged with them.
    pub fn submit_with_identity(
        &mut self,
        answers: &ValidAnswers,
        locale: &str,
        session_id: Option<&str>,
        identity: Option<&Identity>,
    ) -> Result<Receipt, StoreError> {
        let payload = serde_json::to_string(answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let submission_id = SubmissionId::new();
        let payload = self.key.seal(&payload, &submission_id.to_string());
        let identity = identity
            .map(|i| seal_identity(&self.key, i, &submission_id.to_string()))
            .transpose()?;
        let created_at = now_text();
        let tx = self.conn.transaction()?;
        let mut reference = Reference::generate();
        let mut tries = 0;
        loop {
            let r = tx.execute(
                "INSERT INTO outbox (submission_id, reference, form_id, form_version, locale, payload, created_at,
                                     identity)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    submission_id.to_string(),
                    reference.as_str(),
                    answers.form_id,
                    answers.form_version,
                    locale,
                    payload,
                    created_at,
                    identity
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
        rows.map(|r| Ok(self.with_error(r?))).collect()
    }

    /// `s` with its sealed `last_error` opened.
    fn with_error(&self, mut s: Submission) -> Submission {
        s.last_error = self.open_error(&s.submission_id, s.last_error.take());
        s
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
            .optional()?
            .map(|s| self.with_error(s)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::CardNumber;
    use crate::card::identity::{Check, Verdict};
    use crate::outbox::Transition;

    const CARD: &str = "21234001234567";

    fn answers() -> ValidAnswers {
        let forms = crate::embedded::forms().unwrap();
        let raw: crate::forms::Answers =
            serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
        crate::forms::validate(forms.get("street-problem").unwrap(), &raw, crate::forms::Today::now()).unwrap()
    }

    fn unverified() -> Identity {
        Identity::read_at_kiosk(&CardNumber::parse(CARD).unwrap(), "crm", false)
    }

    fn raw(store: &Store, id: &str, column: &str) -> Option<String> {
        store
            .conn
            .query_row(
                &format!("SELECT {column} FROM outbox WHERE submission_id = ?1"),
                [id],
                |r| r.get(0),
            )
            .unwrap()
    }

    #[test]
    fn an_identity_is_sealed_with_the_submission_and_read_back_for_sending() {
        let mut store = Store::open_in_memory().unwrap();
        let with = store
            .submit_with_identity(&answers(), "en-GB", None, Some(&unverified()))
            .unwrap()
            .submission_id
            .to_string();
        let without = store
            .submit(&answers(), "en-GB", None)
            .unwrap()
            .submission_id
            .to_string();
        let sealed = raw(&store, &with, "identity").unwrap();
        assert!(sealed.starts_with("v1:") && !sealed.contains(CARD) && !sealed.contains("crm"));
        assert_eq!(store.outgoing(&with).unwrap().unwrap().identity, Some(unverified()));
        assert_eq!(raw(&store, &without, "identity"), None);
        assert_eq!(store.outgoing(&without).unwrap().unwrap().identity, None);
    }

    #[test]
    fn a_sealed_identity_cannot_stand_in_for_the_answers_or_another_rows_identity() {
        let mut store = Store::open_in_memory().unwrap();
        let a = store
            .submit_with_identity(&answers(), "en-GB", None, Some(&unverified()))
            .unwrap()
            .submission_id
            .to_string();
        let b = store
            .submit_with_identity(&answers(), "en-GB", None, Some(&unverified()))
            .unwrap()
            .submission_id
            .to_string();
        // The identity put where the answers go, under the same row: refused.
        let identity = raw(&store, &a, "identity").unwrap();
        let payload = raw(&store, &a, "payload").unwrap();
        store
            .conn
            .execute(
                "UPDATE outbox SET payload = ?1, identity = ?2 WHERE submission_id = ?3",
                [&identity, &payload, &a],
            )
            .unwrap();
        assert!(matches!(store.outgoing(&a), Err(StoreError::Crypto(_))));
        // Another row's identity moved here: refused too.
        let theirs = raw(&store, &a, "payload").unwrap();
        store
            .conn
            .execute(
                "UPDATE outbox SET identity = ?1 WHERE submission_id = ?2",
                [&theirs, &b],
            )
            .unwrap();
        assert!(matches!(store.outgoing(&b), Err(StoreError::Crypto(_))));
    }

    #[test]
    fn a_verdict_is_stored_sealed_so_a_retry_sends_the_same() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .submit_with_identity(&answers(), "en-GB", None, Some(&unverified()))
            .unwrap()
            .submission_id
            .to_string();
        let mut identity = store.outgoing(&id).unwrap().unwrap().identity.unwrap();
        assert!(identity.apply(Verdict::Valid));
        assert!(store.record_identity(&id, &identity).unwrap());
        let again = store.outgoing(&id).unwrap().unwrap().identity.unwrap();
        assert_eq!((again.verified, again.check), (true, Check::Forwarded));
        assert!(!raw(&store, &id, "identity").unwrap().contains(CARD));
        // A row without a card, or no longer pending, is left alone.
        let plain = store
            .submit(&answers(), "en-GB", None)
            .unwrap()
            .submission_id
            .to_string();
        assert!(!store.record_identity(&plain, &identity).unwrap());
        assert_eq!(raw(&store, &plain, "identity"), None);
        store
            .record_attempt(&id, &Transition::Parked { reason: "400".into() })
            .unwrap();
        assert!(!store.record_identity(&id, &unverified()).unwrap());
    }

    #[test]
    fn the_retention_purge_deletes_the_identity_with_the_answers() {
        let mut store = Store::open_in_memory().unwrap();
        let done = store
            .submit_with_identity(&answers(), "en-GB", None, Some(&unverified()))
            .unwrap()
            .submission_id
            .to_string();
        let waiting = store
            .submit_with_identity(&answers(), "en-GB", None, Some(&unverified()))
            .unwrap()
            .submission_id
            .to_string();
        store
            .record_attempt(
                &done,
                &Transition::Acknowledged {
                    crm_id: Some("CASE-1".into()),
                    dropped: None,
                },
            )
            .unwrap();
        assert_eq!(store.purge_acknowledged(std::time::Duration::ZERO).unwrap(), 1);
        assert_eq!(raw(&store, &done, "identity"), None, "purged");
        assert_eq!(raw(&store, &done, "payload").as_deref(), Some(""));
        assert!(raw(&store, &waiting, "identity").is_some(), "an unsent card stays");
    }
}
