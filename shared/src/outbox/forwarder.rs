//! The forwarder: carries out [`super::plan`] against a CRM. It claims due rows, sends several
//! at once (bounded), and records each outcome through [`super::transition`], so a crash at any
//! point leaves every row either still pending (and re-sent under the same idempotency key) or
//! finished. It owns its own [`Store`] connection; the UI never waits on it.

use super::{Action, Backoff, Connectivity, Outcome, plan, transition};
use crate::crm::Connector;
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::time::Duration;
use tokio::task::JoinSet;

/// How the forwarder behaves.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Requests in flight at once.
    pub max_in_flight: usize,
    /// Retry spacing.
    pub backoff: Backoff,
    /// How long answers stay after acknowledgement.
    pub retention: Duration,
}

/// When [`drive`] returns.
#[derive(Debug, Clone, Copy)]
pub enum Until {
    /// Once nothing is due within `patience` (pending rows may remain, waiting for a retry).
    Drained {
        /// How long to wait for a scheduled retry before giving up for now.
        patience: Duration,
    },
    /// Never (the kiosk's background task); new rows are picked up every `poll`.
    Forever {
        /// How often to look for new submissions when idle.
        poll: Duration,
    },
}

/// What a [`drive`] call did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Attempts made.
    pub attempts: usize,
    /// Rows acknowledged.
    pub acknowledged: usize,
    /// Rows parked.
    pub parked: usize,
    /// Attempts that will be retried.
    pub retries: usize,
}

fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

fn unit_random() -> f64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).expect("the operating system's random source");
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

/// Deliver pending submissions from `store` to `crm` until `until` says stop.
pub async fn drive(store: &Store, crm: &Connector, settings: Settings, until: Until) -> Result<Report, StoreError> {
    drive_with_wake(store, crm, settings, until, &tokio::sync::Notify::new()).await
}

/// [`drive`], cutting any wait short when `woken` is notified (staff "Send now"): the outbox is
/// looked at again at once (`woken`). A wake while sends are under way is kept for the next wait.
pub async fn drive_with_wake(
    store: &Store,
    crm: &Connector,
    settings: Settings,
    until: Until,
    woken: &tokio::sync::Notify,
) -> Result<Report, StoreError> {
    let mut report = Report::default();
    let mut in_flight: HashMap<String, u32> = HashMap::new();
    let mut tasks: JoinSet<(String, Outcome)> = JoinSet::new();
    let mut last_token_poll: Option<std::time::Instant> = None;
    loop {
        let mut rows = store.delivery_rows()?;
        for r in &mut rows {
            r.in_flight = in_flight.contains_key(&r.id);
        }
        let now = now_ms();
        let mut wake = None;
        for action in plan(&rows, now, Connectivity::Online, settings.max_in_flight) {
            match action {
                Action::Send(id) => {
                    store.begin_attempt(&id)?;
                    if let Some(out) = store.outgoing(&id)? {
                        in_flight.insert(id.clone(), out.attempts);
                        let crm = crm.clone();
                        tasks.spawn(async move { (id, crm.send(&out).await) });
                    }
                }
                Action::WakeAt(t) => wake = Some(t),
            }
        }
        if tasks.is_empty() {
            // Idle: a good moment to turn Open311 tokens into ids, at most every 30 s.
            if last_token_poll.is_none_or(|t: std::time::Instant| t.elapsed() >= Duration::from_secs(30)) {
                resolve_tokens(store, crm).await?;
                last_token_poll = Some(std::time::Instant::now());
            }
            // and to delete answers past their retention window.
            let purged = store.purge_acknowledged(settings.retention)?;
            if purged > 0 {
                tracing::info!("deleted the answers of {purged} acknowledged submission(s) past retention");
            }
            let wait = wake.map(|t| Duration::from_millis((t - now).max(0) as u64));
            match (until, wait) {
                (Until::Drained { .. }, None) => {
                    resolve_tokens(store, crm).await?;
                    return Ok(report);
                }
                (Until::Drained { patience }, Some(w)) if w > patience => {
                    resolve_tokens(store, crm).await?;
                    return Ok(report);
                }
                (Until::Drained { .. }, Some(w)) => sleep_or_wake(w, woken).await,
                (Until::Forever { poll }, w) => sleep_or_wake(w.map_or(poll, |w| w.min(poll)), woken).await,
            }
            continue;
        }
        // Wait for one send to finish, then plan again: freed capacity is used at once.
        if let Some(joined) = tasks.join_next().await {
            let (id, outcome) = match joined {
                Ok(r) => r,
                Err(e) => {
                    tracing::error!("a delivery task failed: {e}");
                    continue;
                }
            };
            let attempts = in_flight.remove(&id).unwrap_or(1);
            let t = transition(outcome, attempts, now_ms(), settings.backoff, unit_random());
            report.attempts += 1;
            match &t {
                super::Transition::Acknowledged { .. } => report.acknowledged += 1,
                super::Transition::Parked { .. } => report.parked += 1,
                super::Transition::RetryAt { error, .. } => {
                    report.retries += 1;
                    tracing::info!(submission = %id, "will retry: {error}");
                }
            }
            store.record_attempt(&id, &t)?;
        }
    }
}

async fn sleep_or_wake(d: Duration, wake: &tokio::sync::Notify) {
    tokio::select! {
        _ = tokio::time::sleep(d) => {}
        _ = wake.notified() => {}
    }
}

/// Ask an Open311 CRM what ids its tokens became, and record those it has given.
async fn resolve_tokens(store: &Store, crm: &Connector) -> Result<(), StoreError> {
    let Connector::Open311(api, _) = crm else { return Ok(()) };
    for (submission_id, token) in store.tokens_to_resolve()? {
        match api.resolve_token(&token).await {
            Ok(Some(id)) => store.resolve_token(&submission_id, &id)?,
            Ok(None) => {}
            Err(e) => tracing::info!(submission = %submission_id, "token not resolved yet: {e}"),
        }
    }
    Ok(())
}
