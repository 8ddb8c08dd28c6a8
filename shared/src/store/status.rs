//! The cache of what the CRM last said about each acknowledged submission, so "Track an
//! enquiry" can answer offline. The council's free-text note may name people, so it is sealed
//! like the answers and dropped when the answers are purged; the state and dates stay.

use super::{Store, StoreError, now_text};
use crate::crm::status::{CrmStatus, StatusState};
use rusqlite::{OptionalExtension, params};

/// A cached status and when this kiosk asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedStatus {
    /// What the CRM said.
    pub status: CrmStatus,
    /// When it was asked, RFC 3339 UTC.
    pub checked_at: String,
}

impl Store {
    /// Remember what the CRM said about `submission_id` now. A submission whose answers were
    /// purged keeps no note either.
    pub fn record_status(&self, submission_id: &str, status: &CrmStatus) -> Result<(), StoreError> {
        let purged: Option<bool> = self
            .conn
            .query_row(
                "SELECT purged_at IS NOT NULL FROM outbox WHERE submission_id = ?1",
                [submission_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(purged) = purged else {
            return Err(StoreError::Corrupt(format!(
                "no submission {submission_id} to record a status for"
            )));
        };
        let notes = match (&status.notes, purged) {
            (Some(n), false) => self.key.seal(n, submission_id),
            _ => String::new(),
        };
        self.conn.execute(
            "INSERT INTO crm_status (submission_id, state, notes, updated_at, expected_at, checked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (submission_id) DO UPDATE SET state = ?2, notes = ?3, updated_at = ?4,
                 expected_at = ?5, checked_at = ?6",
            params![
                submission_id,
                status.state.as_str(),
                notes,
                status.updated,
                status.expected,
                now_text()
            ],
        )?;
        Ok(())
    }

    /// What the CRM last said about `submission_id`, if this kiosk ever asked.
    pub fn cached_status(&self, submission_id: &str) -> Result<Option<CachedStatus>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT state, notes, updated_at, expected_at, checked_at FROM crm_status WHERE submission_id = ?1",
                [submission_id],
                |r| {
                    let status = CrmStatus {
                        state: StatusState::from_word(&r.get::<_, String>(0)?),
                        notes: None,
                        updated: r.get(2)?,
                        expected: r.get(3)?,
                    };
                    Ok((status, r.get::<_, String>(1)?, r.get::<_, String>(4)?))
                },
            )
            .optional()?;
        let Some((mut status, sealed, checked_at)) = row else {
            return Ok(None);
        };
        if !sealed.is_empty() {
            status.notes = Some(self.key.open(&sealed, submission_id)?);
        }
        Ok(Some(CachedStatus { status, checked_at }))
    }

    /// Acknowledged requests worth asking the CRM about now, oldest news first: (submission id,
    /// CRM id). Those with a real id (not a token), acknowledged within `follow_for`, never
    /// asked or last asked more than `stale_after` ago, and not closed. At most `limit`.
    pub fn status_due(
        &self,
        limit: usize,
        stale_after: std::time::Duration,
        follow_for: std::time::Duration,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let ago = |d: std::time::Duration| {
            let t = time::OffsetDateTime::now_utc() - d;
            t.format(&time::format_description::well_known::Rfc3339)
                .expect("formatting a time")
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.submission_id, o.crm_id FROM outbox o LEFT JOIN crm_status s USING (submission_id)
             WHERE o.state = 'acknowledged' AND o.crm_id IS NOT NULL AND o.crm_id != ''
               AND o.crm_id NOT LIKE 'token:%' AND o.acknowledged_at >= ?1
               AND (s.checked_at IS NULL OR (s.state != 'closed' AND s.checked_at < ?2))
             ORDER BY s.checked_at IS NOT NULL, s.checked_at, o.acknowledged_at
             LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![ago(follow_for), ago(stale_after), limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Drop the notes of submissions whose answers have been purged.
    pub(crate) fn purge_status_notes(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE crm_status SET notes = '' WHERE notes != ''
             AND submission_id IN (SELECT submission_id FROM outbox WHERE purged_at IS NOT NULL)",
            [],
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::Transition;

    /// A store holding one submission the CRM acknowledged as SR-1; its submission id.
    fn acknowledged() -> (Store, String) {
        let (store, ids) = crate::store::test_support::store_with(1);
        store.begin_attempt(&ids[0]).unwrap();
        let t = Transition::Acknowledged {
            crm_id: Some("SR-1".into()),
            dropped: None,
        };
        assert!(store.record_attempt(&ids[0], &t).unwrap());
        (store, ids[0].clone())
    }

    fn status(notes: Option<&str>) -> CrmStatus {
        CrmStatus {
            state: StatusState::Closed,
            notes: notes.map(str::to_owned),
            updated: Some("2026-11-20T10:00:00Z".into()),
            expected: None,
        }
    }

    #[test]
    fn status_due_picks_acknowledged_requests_never_asked_or_stale_and_not_closed() {
        use std::time::Duration;
        let hour = Duration::from_secs(3600);
        let year = Duration::from_secs(365 * 86_400);
        let (store, id) = acknowledged();
        assert_eq!(
            store.status_due(10, hour, year).unwrap(),
            vec![(id.clone(), "SR-1".into())]
        );
        assert!(
            store.status_due(0, hour, year).unwrap().is_empty(),
            "the batch bound holds"
        );
        assert!(
            store.status_due(10, hour, Duration::ZERO).unwrap().is_empty(),
            "past the follow window"
        );
        let open = CrmStatus {
            state: StatusState::Open,
            ..status(None)
        };
        store.record_status(&id, &open).unwrap();
        assert!(
            store.status_due(10, hour, year).unwrap().is_empty(),
            "fresh: not asked again"
        );
        std::thread::sleep(Duration::from_millis(1100));
        assert_eq!(
            store.status_due(10, Duration::from_secs(1), year).unwrap().len(),
            1,
            "stale: asked again"
        );
        store.record_status(&id, &status(None)).unwrap();
        std::thread::sleep(Duration::from_millis(1100));
        assert!(
            store.status_due(10, Duration::from_secs(1), year).unwrap().is_empty(),
            "closed: never asked again"
        );
        // A token is not an id yet.
        store
            .conn
            .execute("UPDATE outbox SET crm_id = 'token:abc'", [])
            .unwrap();
        store.conn.execute("DELETE FROM crm_status", []).unwrap();
        assert!(store.status_due(10, hour, year).unwrap().is_empty());
    }

    #[test]
    fn a_status_is_cached_replaced_and_its_note_sealed() {
        let (store, id) = acknowledged();
        assert_eq!(store.cached_status(&id).unwrap(), None);
        store
            .record_status(&id, &status(Some("Emptied by Mr Patel's crew")))
            .unwrap();
        let sealed: String = store
            .conn
            .query_row("SELECT notes FROM crm_status", [], |r| r.get(0))
            .unwrap();
        assert!(!sealed.contains("Patel"), "the note is sealed at rest");
        let got = store.cached_status(&id).unwrap().unwrap();
        assert_eq!(got.status, status(Some("Emptied by Mr Patel's crew")));
        store.record_status(&id, &status(None)).unwrap();
        assert_eq!(store.cached_status(&id).unwrap().unwrap().status, status(None));
    }

    #[test]
    fn notes_go_with_the_answers_but_the_state_stays() {
        let (store, id) = acknowledged();
        store.record_status(&id, &status(Some("a note"))).unwrap();
        assert_eq!(store.purge_acknowledged(std::time::Duration::ZERO).unwrap(), 1);
        let got = store.cached_status(&id).unwrap().unwrap();
        assert_eq!((got.status.state, got.status.notes), (StatusState::Closed, None));
        // A later check after the purge keeps no note either.
        store.record_status(&id, &status(Some("another note"))).unwrap();
        assert_eq!(store.cached_status(&id).unwrap().unwrap().status.notes, None);
    }

    #[test]
    fn a_status_for_an_unknown_submission_is_refused() {
        let store = Store::open_in_memory().unwrap();
        assert!(matches!(
            store.record_status("nope", &status(None)),
            Err(StoreError::Corrupt(_))
        ));
    }
}
