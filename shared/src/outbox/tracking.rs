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
    if !crm.has_status() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::Transition;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// An Open311 server on loopback answering `requests/{id}.json` with `state` (or 503 while
    /// `down`), counting the questions.
    async fn server(state: &'static str, down: bool) -> (Connector, Arc<AtomicUsize>) {
        let asked = Arc::new(AtomicUsize::new(0));
        let count = asked.clone();
        let app = axum::Router::new().fallback(move |uri: axum::http::Uri| {
            let count = count.clone();
            async move {
                count.fetch_add(1, Ordering::SeqCst);
                let id = uri
                    .path()
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .trim_end_matches(".json")
                    .to_owned();
                if down {
                    return (axum::http::StatusCode::SERVICE_UNAVAILABLE, String::new());
                }
                let body = format!(r#"[{{"service_request_id": "{id}", "status": "{state}"}}]"#);
                (axum::http::StatusCode::OK, body)
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        let api =
            crate::crm::open311::Open311::new(&format!("http://127.0.0.1:{port}/"), "", "", Duration::from_secs(5))
                .unwrap();
        let forms = crate::crm::open311::Forms::new(
            Arc::new(crate::embedded::forms().unwrap()),
            Arc::new(crate::embedded::translations().unwrap()),
            "en-GB",
        );
        (Connector::Open311(api, forms), asked)
    }

    /// A store with `n` submissions acknowledged as SR-1…SR-n.
    fn acknowledged(n: usize) -> Store {
        let (store, ids) = crate::store::test_support::store_with(n);
        for (i, id) in ids.iter().enumerate() {
            store.begin_attempt(id).unwrap();
            let t = Transition::Acknowledged {
                crm_id: Some(format!("SR-{}", i + 1)),
                dropped: None,
            };
            store.record_attempt(id, &t).unwrap();
        }
        store
    }

    #[tokio::test]
    async fn a_round_caches_a_bounded_batch_and_does_not_ask_again_while_fresh() {
        let store = acknowledged(5);
        let (crm, asked) = server("open", false).await;
        assert_eq!(refresh_due(&store, &crm, 3).await.unwrap(), 3, "the batch bound");
        assert_eq!(refresh_due(&store, &crm, 10).await.unwrap(), 2, "then the other two");
        assert_eq!(refresh_due(&store, &crm, 10).await.unwrap(), 0, "fresh: nothing asked");
        assert_eq!(asked.load(Ordering::SeqCst), 5);
        for s in store.submissions().unwrap() {
            let cached = store.cached_status(&s.submission_id).unwrap().unwrap();
            assert_eq!(cached.status.state.as_str(), "open");
        }
    }

    #[tokio::test]
    async fn a_round_stops_at_the_first_failure_so_an_offline_kiosk_asks_once() {
        let store = acknowledged(5);
        let (crm, asked) = server("open", true).await;
        assert_eq!(refresh_due(&store, &crm, 20).await.unwrap(), 0);
        assert_eq!(asked.load(Ordering::SeqCst), 1, "one question per round while down");
        let hook = Connector::Webhook(
            crate::crm::webhook::Webhook::new("http://127.0.0.1:9/", b"s", Duration::from_secs(1)).unwrap(),
        );
        assert_eq!(
            refresh_due(&store, &hook, 20).await.unwrap(),
            0,
            "a webhook cannot be asked"
        );
    }
}
