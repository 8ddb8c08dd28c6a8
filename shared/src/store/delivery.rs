//! Delivery state in the outbox: the rows the planner looks at, recording what each attempt's
//! outcome did ([`crate::outbox::Transition`]), and staff un-parking a row. Deciding what to do
//! is [`crate::outbox`]'s job; this module only reads and writes the columns.

use super::error_text::{UNREADABLE, clean_error, error_kind};
use super::{Store, StoreError, now_text};
use crate::crm::Outgoing;
use crate::outbox::{Row, RowState, Transition};
use rusqlite::params;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

fn to_ms(text: &str) -> Option<i64> {
    OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
}

fn from_ms(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .format(&Rfc3339)
        .expect("formatting a time")
}

impl Store {
    /// The pending rows, as the planner sees them (none in flight: in-flight tracking is the
    /// forwarder's, in memory).
    pub fn delivery_rows(&self) -> Result<Vec<Row>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT submission_id, next_attempt_at, created_at FROM outbox WHERE state = 'pending'")?;
        let rows = stmt.query_map([], |r| {
            let next: Option<String> = r.get(1)?;
            let created: String = r.get(2)?;
            Ok(Row {
                id: r.get(0)?,
                state: RowState::Pending,
                next_attempt_at: next.as_deref().and_then(to_ms),
                created_at: to_ms(&created).unwrap_or(0),
                in_flight: false,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Count an attempt *before* it is made, durably. After a crash mid-send the row shows an
    /// attempt whose outcome is unknown, so a connector without idempotency (Open311) knows to
    /// check whether it arrived before sending again.
    pub fn begin_attempt(&self, submission_id: &str) -> Result<(), StoreError> {
        // The time goes in the same statement: no extra write, and the staff screen can say
        // when the CRM was last tried.
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?2 WHERE submission_id = ?1 AND state = 'pending'",
            [submission_id, &now_text()],
        )?;
        Ok(())
    }

    /// Record one attempt's result. Only a pending row changes: a late answer for a row already
    /// acknowledged or parked is ignored, so nothing is ever un-acknowledged. The error is
    /// cleaned for staff and sealed (a CRM may echo the visitor's words); its kind stays plain,
    /// and how long the row has failed that way is kept for "needs attention".
    pub fn record_attempt(&self, submission_id: &str, t: &Transition) -> Result<bool, StoreError> {
        let now = now_text();
        if let Transition::Acknowledged { dropped: Some(d), .. } = t {
            self.record_field_drops(submission_id, d)?;
        }
        let n = match t {
            Transition::Acknowledged { crm_id, .. } => self.conn.execute(
                "UPDATE outbox SET state = 'acknowledged', crm_id = ?2,
                        last_error = NULL, error_kind = NULL, failing_since = NULL,
                        next_attempt_at = NULL, acknowledged_at = ?3
                 WHERE submission_id = ?1 AND state = 'pending'",
                params![submission_id, crm_id, now],
            )?,
            Transition::RetryAt { at, error } => self.conn.execute(
                "UPDATE outbox SET next_attempt_at = ?2, last_error = ?3, error_kind = ?4,
                        failing_since = CASE WHEN error_kind IS ?4 AND failing_since IS NOT NULL
                                             THEN failing_since ELSE ?5 END
                 WHERE submission_id = ?1 AND state = 'pending'",
                params![
                    submission_id,
                    from_ms(*at),
                    self.seal_error(submission_id, error),
                    error_kind(error),
                    now
                ],
            )?,
            Transition::Parked { reason } => self.park(submission_id, reason, &error_kind(reason))?,
        };
        Ok(n == 1)
    }

    /// Park a pending row for staff with `reason` (sealed) and its `kind`.
    fn park(&self, submission_id: &str, reason: &str, kind: &str) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE outbox SET state = 'parked', last_error = ?2, error_kind = ?3, failing_since = NULL,
                    next_attempt_at = NULL
             WHERE submission_id = ?1 AND state = 'pending'",
            params![submission_id, self.seal_error(submission_id, reason), kind],
        )?)
    }

    /// Park a pending row whose answers cannot be read (damaged, or sealed under another key),
    /// so the rest of the outbox goes on. Returns false when no pending row matched.
    pub fn park_unreadable(&self, submission_id: &str, cause: &StoreError) -> Result<bool, StoreError> {
        let reason = match cause {
            StoreError::Crypto(_) => {
                "its answers could not be decrypted: the row was damaged, or sealed with another data key. Restore the kiosk.key that goes with this database, then retry it".to_owned()
            }
            other => format!("its stored data could not be read ({other}); the row was damaged"),
        };
        Ok(self.park(submission_id, &reason, UNREADABLE)? == 1)
    }

    /// `error` cleaned for staff and sealed for `submission_id`'s `last_error`.
    fn seal_error(&self, submission_id: &str, error: &str) -> String {
        self.key.seal(&clean_error(error), &super::error_aad(submission_id))
    }

    /// A row's `last_error` opened. A value that will not open is shown as such, never fatal.
    pub(crate) fn open_error(&self, submission_id: &str, sealed: Option<String>) -> Option<String> {
        let sealed = sealed?;
        Some(
            self.key
                .open(&sealed, &super::error_aad(submission_id))
                .unwrap_or_else(|_| "(the error text could not be read)".to_owned()),
        )
    }

    /// Staff "retry": a parked row (by reference or submission id) becomes pending, due now.
    /// Returns false when no parked row matches.
    pub fn unpark(&self, reference_or_id: &str) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?2
             WHERE (reference = upper(?1) OR submission_id = ?1) AND state = 'parked'",
            params![reference_or_id.trim(), now_text()],
        )?;
        Ok(n == 1)
    }

    /// Staff "retry all": every parked row becomes pending, due now. Returns how many.
    pub fn unpark_all(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?1 WHERE state = 'parked'",
            [now_text()],
        )?)
    }
}

impl Store {
    /// Delete the answers (and the card's identity) of submissions the CRM acknowledged more than
    /// `retention` ago. The reference, state, dates and CRM id stay, so tracking still works.
    /// Returns how many.
    pub fn purge_acknowledged(&self, retention: std::time::Duration) -> Result<usize, StoreError> {
        let cutoff = from_ms(
            (OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
                - i64::try_from(retention.as_millis()).unwrap_or(i64::MAX),
        );
        let purged = self.conn.execute(
            "UPDATE outbox SET payload = '', identity = NULL, last_error = NULL, error_kind = NULL,
                    failing_since = NULL, purged_at = ?2
             WHERE state = 'acknowledged' AND purged_at IS NULL AND acknowledged_at <= ?1",
            params![cutoff, now_text()],
        )?;
        let notes = self.purge_status_notes()?;
        if purged + notes > 0 {
            self.reclaim();
        }
        Ok(purged)
    }

    /// After a purge: `secure_delete` has already zeroed the old values in the pages written;
    /// hand the freed pages back to the file system (`incremental_vacuum`), then copy the WAL
    /// into the database and truncate it, so neither file keeps a page with the old
    /// ciphertext. Both are done at once rather than at a quiet hour because a purge frees
    /// little (a few kilobytes a submission) and takes milliseconds, and because waiting would
    /// leave data past its retention window on disk. A checkpoint blocked by another
    /// connection's read is simply done by a later purge; nothing waits for it.
    fn reclaim(&self) {
        let vacuum = self.conn.execute_batch("PRAGMA incremental_vacuum");
        let checkpoint = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0));
        match (vacuum, checkpoint) {
            (Ok(()), Ok(0)) => {}
            (v, c) => tracing::info!(
                "space freed by the purge is not yet reclaimed ({v:?}, {c:?}); the next purge tries again"
            ),
        }
    }
}

impl Store {
    /// Acknowledged rows whose CRM gave a token, not yet an id: (submission id, token).
    pub fn tokens_to_resolve(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT submission_id, substr(crm_id, 7) FROM outbox WHERE state = 'acknowledged' AND crm_id LIKE 'token:%'",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replace a token with the CRM's id once it is known.
    pub fn resolve_token(&self, submission_id: &str, crm_id: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE outbox SET crm_id = ?2 WHERE submission_id = ?1 AND crm_id LIKE 'token:%'",
            params![submission_id, crm_id],
        )?;
        Ok(())
    }

    /// A pending submission ready to send, with its answers opened.
    pub fn outgoing(&self, submission_id: &str) -> Result<Option<Outgoing>, StoreError> {
        use rusqlite::OptionalExtension;
        let row = self
            .conn
            .query_row(
                "SELECT reference, form_id, form_version, locale, created_at, attempts, payload,
                        handed_over IS NOT NULL, identity
                 FROM outbox WHERE submission_id = ?1 AND state = 'pending'",
                [submission_id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, u32>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, u32>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, bool>(7)?,
                        r.get::<_, Option<String>>(8)?,
                    ))
                },
            )
            .optional()?;
        let Some((reference, form_id, form_version, locale, created_at, attempts, sealed, reconcile_first, identity)) =
            row
        else {
            return Ok(None);
        };
        let plain = self.key.open(&sealed, submission_id)?;
        let answers = serde_json::from_str(&plain).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let identity = super::outbox::open_identity(&self.key, identity.as_deref(), submission_id)?;
        Ok(Some(Outgoing {
            submission_id: submission_id.to_owned(),
            reference,
            form_id,
            form_version,
            locale,
            created_at,
            attempts,
            answers,
            identity,
            reconcile_first,
        }))
    }

    /// Store what the provider said of a pending submission's card when it was forwarded (see
    /// [`crate::card::identity::Identity::apply`]), sealed again, so a retry sends the same and
    /// does not ask again. Returns false when the row is no longer pending or has no card.
    pub fn record_identity(
        &self,
        submission_id: &str,
        identity: &crate::card::identity::Identity,
    ) -> Result<bool, StoreError> {
        let sealed = super::outbox::seal_identity(&self.key, identity, submission_id)?;
        let n = self.conn.execute(
            "UPDATE outbox SET identity = ?2 WHERE submission_id = ?1 AND state = 'pending' AND identity IS NOT NULL",
            params![submission_id, sealed],
        )?;
        Ok(n == 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::outbox::{Connectivity, Transition, plan};
    use crate::store::test_support::store_with;

    #[test]
    fn new_submissions_are_due_now_in_submission_order() {
        let (store, ids) = store_with(3);
        let rows = store.delivery_rows().unwrap();
        assert_eq!(rows.len(), 3);
        let now = rows.iter().map(|r| r.created_at).max().unwrap() + 1;
        let sends: Vec<_> = plan(&rows, now, Connectivity::Online, 8);
        let want: Vec<_> = ids.iter().map(|i| crate::outbox::Action::Send(i.clone())).collect();
        assert_eq!(sends, want);
    }

    #[test]
    fn attempts_move_rows_through_their_states() {
        let (store, ids) = store_with(3);
        for id in &ids {
            store.begin_attempt(id).unwrap();
        }
        let retry = Transition::RetryAt {
            at: 4_102_444_800_000,
            error: "HTTP 503 <html>\n...".into(),
        };
        assert!(store.record_attempt(&ids[0], &retry).unwrap());
        assert!(
            store
                .record_attempt(
                    &ids[1],
                    &Transition::Acknowledged {
                        crm_id: Some("SR-9".into()),
                        dropped: None,
                    }
                )
                .unwrap()
        );
        assert!(
            store
                .record_attempt(
                    &ids[2],
                    &Transition::Parked {
                        reason: "400 bad postcode".into()
                    }
                )
                .unwrap()
        );
        let rows = store.delivery_rows().unwrap();
        assert_eq!(rows.len(), 1, "only the retrying row is still pending");
        assert_eq!(rows[0].next_attempt_at, Some(4_102_444_800_000));
        let all = store.submissions().unwrap();
        let by = |id: &str| all.iter().find(|s| s.submission_id == id).unwrap().clone();
        assert_eq!(by(&ids[0]).last_error.as_deref(), Some("HTTP 503 ..."));
        assert_eq!(by(&ids[1]).crm_id.as_deref(), Some("SR-9"));
        assert_eq!((by(&ids[2]).state.as_str(), by(&ids[2]).attempts), ("parked", 1));
    }

    #[test]
    fn a_late_answer_never_changes_a_finished_row() {
        let (store, ids) = store_with(1);
        store
            .record_attempt(
                &ids[0],
                &Transition::Acknowledged {
                    crm_id: Some("SR-1".into()),
                    dropped: None,
                },
            )
            .unwrap();
        let late = Transition::Parked {
            reason: "timeout".into(),
        };
        assert!(!store.record_attempt(&ids[0], &late).unwrap());
        assert_eq!(store.submissions().unwrap()[0].state, "acknowledged");
    }

    #[test]
    fn answers_are_purged_after_the_retention_window_but_tracking_data_stays() {
        let (store, ids) = store_with(2);
        store
            .record_attempt(
                &ids[0],
                &Transition::Acknowledged {
                    crm_id: Some("SR-1".into()),
                    dropped: None,
                },
            )
            .unwrap();
        assert_eq!(
            store.purge_acknowledged(std::time::Duration::from_secs(3600)).unwrap(),
            0,
            "too recent"
        );
        assert_eq!(
            store.purge_acknowledged(std::time::Duration::ZERO).unwrap(),
            1,
            "only the acknowledged row"
        );
        let all = store.submissions().unwrap();
        let purged = all.iter().find(|s| s.submission_id == ids[0]).unwrap();
        assert_eq!(
            (purged.state.as_str(), purged.crm_id.as_deref()),
            ("acknowledged", Some("SR-1"))
        );
        let reference = crate::reference::Reference::parse(&purged.reference).unwrap();
        assert_eq!(store.submission_payload(&reference).unwrap(), None, "answers gone");
        let pending = all.iter().find(|s| s.submission_id == ids[1]).unwrap();
        let reference = crate::reference::Reference::parse(&pending.reference).unwrap();
        assert!(
            store.submission_payload(&reference).unwrap().is_some(),
            "pending answers kept"
        );
        assert_eq!(
            store.purge_acknowledged(std::time::Duration::ZERO).unwrap(),
            0,
            "purged once"
        );
    }

    #[test]
    fn staff_can_unpark_by_reference_and_only_parked_rows() {
        let (store, ids) = store_with(2);
        let reference = store
            .submissions()
            .unwrap()
            .iter()
            .find(|s| s.submission_id == ids[0])
            .unwrap()
            .reference
            .clone();
        assert!(!store.unpark(&reference).unwrap(), "a pending row is not parked");
        store
            .record_attempt(&ids[0], &Transition::Parked { reason: "400".into() })
            .unwrap();
        assert!(store.unpark(&reference.to_lowercase()).unwrap());
        assert_eq!(store.delivery_rows().unwrap().len(), 2);
        assert!(!store.unpark("NOPE-NOPE").unwrap());
    }
}
