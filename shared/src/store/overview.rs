//! The outbox as staff see it: each row's delivery state, age, attempts, next try and last
//! error, and how the last contacts with the CRM went. Nothing here reads a payload, so nothing
//! here can show personal data. Words and layout are the kiosk's; delivering is the forwarder's.

use super::{Store, StoreError, now_text};
use rusqlite::OptionalExtension;

/// Where a submission is, in the five words staff use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StaffState {
    /// Waiting for its first attempt (or one is under way).
    Pending,
    /// An attempt failed for a reason that may pass (network, 5xx, timeout); another is due.
    Retrying,
    /// The CRM refused it for good; waits for staff to retry.
    Parked,
    /// The CRM has it.
    Acknowledged,
    /// The CRM has it, and its answers have been deleted after the retention window.
    Purged,
}

impl StaffState {
    /// Every state, in the order the staff screen counts them.
    pub const ALL: [StaffState; 5] = [
        StaffState::Pending,
        StaffState::Retrying,
        StaffState::Parked,
        StaffState::Acknowledged,
        StaffState::Purged,
    ];

    /// The state as stored (`pending`, `parked` or `acknowledged`): a retrying row is pending,
    /// a purged one acknowledged.
    pub fn stored(self) -> &'static str {
        match self {
            StaffState::Pending | StaffState::Retrying => "pending",
            StaffState::Parked => "parked",
            StaffState::Acknowledged | StaffState::Purged => "acknowledged",
        }
    }

    /// The state of an outbox row from its stored `state`, whether its answers were purged, and
    /// whether it has a delivery error (a pending row with one is retrying).
    pub fn of_row(stored: &str, purged: bool, has_error: bool) -> StaffState {
        match (stored, purged, has_error) {
            ("acknowledged", true, _) => StaffState::Purged,
            ("acknowledged", false, _) => StaffState::Acknowledged,
            ("parked", _, _) => StaffState::Parked,
            (_, _, true) => StaffState::Retrying,
            _ => StaffState::Pending,
        }
    }

    /// The lower-case name (`pending`, `retrying`, ...): a stable id for messages and scripts.
    pub fn name(self) -> &'static str {
        match self {
            StaffState::Pending => "pending",
            StaffState::Retrying => "retrying",
            StaffState::Parked => "parked",
            StaffState::Acknowledged => "acknowledged",
            StaffState::Purged => "purged",
        }
    }
}

/// One outbox row for staff: metadata only, never answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRow {
    /// The reference the visitor was given.
    pub reference: String,
    /// The form filled in.
    pub form_id: String,
    /// Where it is.
    pub state: StaffState,
    /// When "Send" was tapped (RFC 3339 UTC).
    pub created_at: String,
    /// Delivery attempts so far.
    pub attempts: u32,
    /// When the next attempt is due (RFC 3339 UTC), for rows still to send.
    pub next_attempt_at: Option<String>,
    /// The last delivery error, cleaned and cut at a word (see [`super::error_text::clean_error`]).
    pub last_error: Option<String>,
    /// What kind of error that was (`HTTP 500`, `unreachable`, `unreadable`…), or `None`.
    pub error_kind: Option<String>,
    /// Since when a retrying row has failed with that kind of error (RFC 3339 UTC).
    pub failing_since: Option<String>,
    /// The CRM's id (or `token:…`) once acknowledged.
    pub crm_id: Option<String>,
}

impl StaffRow {
    /// Whether staff should look at this row: parked, or still retrying but failing the same
    /// way for longer than `after` at `now` (RFC 3339 UTC).
    pub fn needs_attention(&self, now: &str, after: std::time::Duration) -> bool {
        match self.state {
            StaffState::Parked => true,
            StaffState::Retrying => self.failing_since.as_deref().is_some_and(|since| {
                let parse =
                    |t: &str| time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok();
                match (parse(since), parse(now)) {
                    (Some(since), Some(now)) => (now - since).unsigned_abs() >= after && now >= since,
                    _ => false,
                }
            }),
            _ => false,
        }
    }
}

/// How the kiosk's contacts with the CRM went, from what the forwarder wrote in the database.
/// Read from the rows rather than kept in memory, so it is as true after a restart as before,
/// and an idle forwarder (nothing to send) shows the time of its last real contact, not "now".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrmContact {
    /// The last time the CRM answered an attempt (it accepted, or refused for good): RFC 3339.
    pub last_reached_at: Option<String>,
    /// The start of the last attempt that failed and will be retried: RFC 3339. `None` when no
    /// retrying row remains (failures before the last success are over), or for rows written
    /// before this was recorded.
    pub last_failed_at: Option<String>,
    /// That failure's error.
    pub last_error: Option<String>,
    /// Submissions not yet with the CRM (pending or retrying).
    pub waiting: usize,
    /// Submissions waiting for staff (parked).
    pub parked: usize,
}

impl CrmContact {
    /// Whether the most recent contact worked: `Some(true)` if the CRM answered after the last
    /// failure, `Some(false)` if the last contact failed, `None` if it was never tried.
    pub fn last_contact_ok(&self) -> Option<bool> {
        match (&self.last_reached_at, &self.last_failed_at, &self.last_error) {
            (None, None, None) => None,
            (Some(ok), Some(bad), _) => Some(ok >= bad),
            (Some(_), None, _) => Some(true),
            (None, _, _) => Some(false),
        }
    }
}

impl Store {
    /// Every submission as staff see it, newest first.
    pub fn staff_rows(&self) -> Result<Vec<StaffRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT reference, form_id, state, purged_at IS NOT NULL, last_error, created_at, attempts, next_attempt_at,
                    submission_id, error_kind, failing_since, crm_id
             FROM outbox ORDER BY submission_id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let state: String = r.get(2)?;
            let purged: bool = r.get(3)?;
            let id: String = r.get(8)?;
            let last_error = self.open_error(&id, r.get(4)?);
            let state = StaffState::of_row(&state, purged, last_error.is_some());
            Ok(StaffRow {
                reference: r.get(0)?,
                form_id: r.get(1)?,
                state,
                created_at: r.get(5)?,
                attempts: r.get(6)?,
                next_attempt_at: r.get(7)?,
                last_error,
                error_kind: r.get(9)?,
                failing_since: r.get(10)?,
                crm_id: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How the last contacts with the CRM went (see [`CrmContact`]).
    pub fn crm_contact(&self) -> Result<CrmContact, StoreError> {
        let acked: Option<String> = self
            .conn
            .query_row("SELECT max(acknowledged_at) FROM outbox", [], |r| r.get(0))?;
        let refused: Option<String> = self.conn.query_row(
            "SELECT max(last_attempt_at) FROM outbox WHERE state = 'parked'",
            [],
            |r| r.get(0),
        )?;
        let failed: Option<(Option<String>, String)> = self
            .conn
            .query_row(
                "SELECT last_attempt_at, last_error, submission_id FROM outbox
                 WHERE state = 'pending' AND last_error IS NOT NULL
                 ORDER BY last_attempt_at IS NULL, last_attempt_at DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?)),
            )
            .optional()?
            .map(|(at, error, id): (Option<String>, String, String)| {
                let error = self.open_error(&id, Some(error)).unwrap_or_default();
                (at, error)
            });
        let (waiting, parked): (i64, i64) = self.conn.query_row(
            "SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'parked') FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (last_failed_at, last_error) = match failed {
            Some((at, error)) => (at, Some(error)),
            None => (None, None),
        };
        Ok(CrmContact {
            last_reached_at: acked.into_iter().chain(refused).max(),
            last_failed_at,
            last_error,
            waiting: waiting as usize,
            parked: parked as usize,
        })
    }

    /// Staff "Send now": every pending row waiting for a later retry becomes due now. Returns
    /// how many were brought forward. (The forwarder is woken separately.)
    pub fn send_now(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'pending' AND next_attempt_at > ?1",
            [now_text()],
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::StaffState;
    use crate::outbox::Transition;
    use crate::store::test_support::store_with;

    #[test]
    fn each_row_is_named_by_one_of_the_five_staff_states() {
        let (store, ids) = store_with(5);
        for id in &ids[1..] {
            store.begin_attempt(id).unwrap();
        }
        let far = 4_102_444_800_000;
        store
            .record_attempt(
                &ids[1],
                &Transition::RetryAt {
                    at: far,
                    error: "HTTP 503".into(),
                },
            )
            .unwrap();
        store
            .record_attempt(
                &ids[2],
                &Transition::Parked {
                    reason: "HTTP 400 bad service code".into(),
                },
            )
            .unwrap();
        for id in &ids[3..] {
            store
                .record_attempt(
                    id,
                    &Transition::Acknowledged {
                        crm_id: Some("SR-1".into()),
                        dropped: None,
                    },
                )
                .unwrap();
        }
        store
            .conn
            .execute(
                "UPDATE outbox SET purged_at = acknowledged_at WHERE submission_id = ?1",
                [&ids[4]],
            )
            .unwrap();
        let rows = store.staff_rows().unwrap();
        let state = |id: &str| {
            let reference = store
                .submissions()
                .unwrap()
                .into_iter()
                .find(|s| s.submission_id == id)
                .unwrap()
                .reference;
            rows.iter().find(|r| r.reference == reference).unwrap().clone()
        };
        assert_eq!(state(&ids[0]).state, StaffState::Pending);
        let retrying = state(&ids[1]);
        assert_eq!((retrying.state, retrying.attempts), (StaffState::Retrying, 1));
        assert!(retrying.next_attempt_at.unwrap().starts_with("2100-01-01"));
        assert_eq!(state(&ids[2]).state, StaffState::Parked);
        assert_eq!(state(&ids[3]).state, StaffState::Acknowledged);
        assert_eq!(state(&ids[4]).state, StaffState::Purged);

        assert_eq!(store.send_now().unwrap(), 1, "the retry due in 2100 is brought forward");
        assert_eq!(store.send_now().unwrap(), 0);
        assert!(
            store
                .delivery_rows()
                .unwrap()
                .iter()
                .all(|r| r.next_attempt_at.unwrap_or(0) < far)
        );
    }

    #[test]
    fn crm_contact_reports_the_latest_outcome_and_survives_a_quiet_forwarder() {
        let (store, ids) = store_with(2);
        let c = store.crm_contact().unwrap();
        assert_eq!((c.last_contact_ok(), c.waiting, c.parked), (None, 2, 0), "never tried");

        store.begin_attempt(&ids[0]).unwrap();
        store
            .record_attempt(
                &ids[0],
                &Transition::Acknowledged {
                    crm_id: Some("SR-1".into()),
                    dropped: None,
                },
            )
            .unwrap();
        let c = store.crm_contact().unwrap();
        assert_eq!((c.last_contact_ok(), c.waiting), (Some(true), 1));
        assert!(c.last_reached_at.is_some());

        // Later the CRM is down: the failure is newer than the acknowledgement.
        store
            .conn
            .execute(
                "UPDATE outbox SET acknowledged_at = '2020-01-01T00:00:00Z' WHERE submission_id = ?1",
                [&ids[0]],
            )
            .unwrap();
        store.begin_attempt(&ids[1]).unwrap();
        store
            .record_attempt(
                &ids[1],
                &Transition::RetryAt {
                    at: 0,
                    error: "connection refused".into(),
                },
            )
            .unwrap();
        let c = store.crm_contact().unwrap();
        assert_eq!(c.last_contact_ok(), Some(false));
        assert_eq!(c.last_error.as_deref(), Some("connection refused"));
        assert_eq!(
            c.last_reached_at.as_deref(),
            Some("2020-01-01T00:00:00Z"),
            "when it was last reached"
        );
    }
}
