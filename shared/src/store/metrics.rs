//! The outbox's figures for fleet metrics, read in one aggregate query: rows per delivery state,
//! the oldest undelivered row, attempts in all, and the last contact with the CRM. Nothing here
//! reads a payload or an error's text, so nothing here can carry personal data. Turning the
//! figures into the Prometheus text format is `crate::metrics`'s.

use super::{Store, StoreError};

/// The outbox in numbers, at one instant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxFigures {
    /// Not yet with the CRM: waiting for a first attempt, or retrying.
    pub pending: u64,
    /// Of those, the ones whose last attempt failed and will be retried.
    pub retrying: u64,
    /// Refused for good by the CRM; waiting for staff.
    pub parked: u64,
    /// With the CRM (acknowledged, with or without their answers purged since).
    pub delivered: u64,
    /// Of those, the ones whose answers were purged after the retention window.
    pub purged: u64,
    /// When the oldest undelivered row was sent from the screen (RFC 3339 UTC).
    pub oldest_pending_at: Option<String>,
    /// Delivery attempts made for every row still in the outbox (rows are never deleted).
    pub attempts: u64,
    /// The last time the CRM answered an attempt (it accepted, or refused for good): RFC 3339.
    pub last_reached_at: Option<String>,
    /// The start of the last attempt that failed and will be retried: RFC 3339.
    pub last_failed_at: Option<String>,
}

impl OutboxFigures {
    /// Whether the most recent contact with the CRM worked (`None`: never tried), as
    /// [`super::overview::CrmContact::last_contact_ok`] decides it.
    pub fn last_contact_ok(&self) -> Option<bool> {
        match (&self.last_reached_at, &self.last_failed_at) {
            (None, None) => None,
            (Some(ok), Some(bad)) => Some(ok >= bad),
            (Some(_), None) => Some(true),
            (None, Some(_)) => Some(false),
        }
    }

    /// The later of the two contacts, whichever it was.
    pub fn last_contact_at(&self) -> Option<&str> {
        [&self.last_reached_at, &self.last_failed_at]
            .into_iter()
            .flatten()
            .max()
            .map(String::as_str)
    }
}

impl Store {
    /// The outbox's figures, in one statement (a scan of the outbox's metadata columns).
    pub fn outbox_figures(&self) -> Result<OutboxFigures, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(*) FILTER (WHERE state = 'pending'),
                    count(*) FILTER (WHERE state = 'pending' AND last_error IS NOT NULL),
                    count(*) FILTER (WHERE state = 'parked'),
                    count(*) FILTER (WHERE state = 'acknowledged'),
                    count(*) FILTER (WHERE state = 'acknowledged' AND purged_at IS NOT NULL),
                    min(created_at) FILTER (WHERE state = 'pending'),
                    coalesce(sum(attempts), 0),
                    max(max(coalesce(acknowledged_at, ''), coalesce(CASE WHEN state = 'parked' THEN last_attempt_at END, ''))),
                    max(last_attempt_at) FILTER (WHERE state = 'pending' AND last_error IS NOT NULL)
             FROM outbox",
        )?;
        let figures = stmt.query_row([], |r| {
            let reached: Option<String> = r.get(7)?;
            Ok(OutboxFigures {
                pending: r.get::<_, i64>(0)?.max(0) as u64,
                retrying: r.get::<_, i64>(1)?.max(0) as u64,
                parked: r.get::<_, i64>(2)?.max(0) as u64,
                delivered: r.get::<_, i64>(3)?.max(0) as u64,
                purged: r.get::<_, i64>(4)?.max(0) as u64,
                oldest_pending_at: r.get(5)?,
                attempts: r.get::<_, i64>(6)?.max(0) as u64,
                last_reached_at: reached.filter(|t| !t.is_empty()),
                last_failed_at: r.get(8)?,
            })
        })?;
        Ok(figures)
    }
}

#[cfg(test)]
mod tests {
    use crate::outbox::Transition;
    use crate::store::test_support::store_with;

    #[test]
    fn an_empty_outbox_has_no_oldest_row_and_no_contact() {
        let (store, _) = store_with(0);
        let f = store.outbox_figures().unwrap();
        assert_eq!((f.pending, f.delivered, f.attempts), (0, 0, 0));
        assert_eq!(f.oldest_pending_at, None);
        assert_eq!(f.last_contact_ok(), None);
    }

    #[test]
    fn figures_agree_with_the_staff_view_of_the_same_rows() {
        let (store, ids) = store_with(6);
        for id in &ids[..5] {
            store.begin_attempt(id).unwrap();
        }
        let retry = Transition::RetryAt {
            at: 4_102_444_800_000,
            error: "HTTP 503".into(),
        };
        store.record_attempt(&ids[0], &retry).unwrap();
        store
            .record_attempt(
                &ids[1],
                &Transition::Parked {
                    reason: "HTTP 400".into(),
                },
            )
            .unwrap();
        for id in &ids[2..4] {
            let ack = Transition::Acknowledged {
                crm_id: Some("SR-1".into()),
                dropped: None,
            };
            store.record_attempt(id, &ack).unwrap();
        }
        store
            .conn
            .execute(
                "UPDATE outbox SET purged_at = acknowledged_at WHERE submission_id = ?1",
                [&ids[3]],
            )
            .unwrap();
        // ids[4]: an attempt under way; ids[5]: never tried.
        let f = store.outbox_figures().unwrap();
        assert_eq!(
            (f.pending, f.retrying, f.parked, f.delivered, f.purged),
            (3, 1, 1, 2, 1)
        );
        assert_eq!(f.attempts, 5);
        let oldest = store.submissions().unwrap().into_iter().map(|s| s.created_at).min();
        assert_eq!(f.oldest_pending_at, oldest, "ids[0] is pending and the oldest");
        let contact = store.crm_contact().unwrap();
        assert_eq!(f.last_contact_ok(), contact.last_contact_ok());
        assert_eq!(f.last_reached_at, contact.last_reached_at);
        assert_eq!(f.last_failed_at, contact.last_failed_at);
    }

    #[test]
    fn a_failure_after_the_last_answer_counts_as_the_last_contact() {
        let (store, ids) = store_with(2);
        store.begin_attempt(&ids[0]).unwrap();
        let ack = Transition::Acknowledged {
            crm_id: None,
            dropped: None,
        };
        store.record_attempt(&ids[0], &ack).unwrap();
        store
            .conn
            .execute("UPDATE outbox SET acknowledged_at = '2020-01-01T00:00:00Z'", [])
            .unwrap();
        store.begin_attempt(&ids[1]).unwrap();
        let retry = Transition::RetryAt {
            at: 0,
            error: "connection refused".into(),
        };
        store.record_attempt(&ids[1], &retry).unwrap();
        let f = store.outbox_figures().unwrap();
        assert_eq!(f.last_contact_ok(), Some(false));
        assert_eq!(f.last_reached_at.as_deref(), Some("2020-01-01T00:00:00Z"));
        assert_eq!(f.last_contact_at(), f.last_failed_at.as_deref());
    }
}
