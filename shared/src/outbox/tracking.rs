//! Keeping "Track an enquiry" current without a visitor asking: when the forwarder is idle it
//! asks the CRM about a few acknowledged requests at a time, oldest news first, and caches the
//! answers ([`crate::store::status`]). Bounded (a batch per round, a round every
//! [`REFRESH_EVERY`], each request re-asked at most every [`STALE_AFTER`], none once closed or
//! past [`FOLLOW_FOR`]) and backed off (a round stops at the first failure, so an offline
//! kiosk makes one request per round). Only a CRM that can be asked (Open311) is.

use crate::crm::Connector;
use crate::store::{Store, StoreError};
use std::time::Duration;

/// How often a round runs.
pub const REFRESH_EVERY: Duration = Duration::from_secs(10 * 60);
/// Requests asked about in one round.
pub const REFRESH_BATCH: usize = 20;
/// A cached answer younger than this is not asked again.
pub const STALE_AFTER: Duration = Duration::from_secs(6 * 3600);
/// Requests acknowledged longer ago than this are no longer followed.
pub const FOLLOW_FOR: Duration = Duration::from_secs(90 * 86_400);

/// One round: ask the CRM about up to `limit` requests whose cached status is missing or stale,
/// and cache each answer. Returns how many were refreshed. A network or CRM failure ends the
/// round quietly (the next round tries again); only the database's own faults are errors.
pub async fn refresh_due(store: &Store, crm: &Connector, limit: usize) -> Result<usize, StoreError> {
    if matches!(crm, Connector::Webhook(_)) {
        return Ok(0);
    }
    let mut done = 0;
    for (submission_id, crm_id) in store.status_due(limit, STALE_AFTER, FOLLOW_FOR)? {
        match crm.status(&crm_id).await {
            Some(Ok(status)) => {
                store.record_status(&submission_id, &status)?;
                done += 1;
            }
            Some(Err(e)) => {
                tracing::info!(crm_id, "the CRM's status could not be read now: {e}");
                break;
            }
            None => break,
        }
    }
    Ok(done)
}
