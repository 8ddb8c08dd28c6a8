//! The forwarder: carries out [`super::plan`] against a CRM. It claims due rows, sends several
//! at once (bounded), and records each outcome through [`super::transition`], so a crash at any
//! point leaves every row either still pending (and re-sent under the same idempotency key) or
//! finished. It owns its own [`Store`] connection; the UI never waits on it.
//!
//! A submission carrying a card the kiosk could not check ([`Identity::needs_check`]) has the card
//! checked with the provider first, on a blocking thread inside that row's own task, so a slow
//! library system holds up no other row. The verdict is stored before the send; an unknown one
//! is not, so the next attempt asks again. The submission is sent whatever the verdict.
//!
//! Told to stop ([`run`]'s `shutdown`), it starts nothing new, lets the attempts under way finish
//! (each bounded by the CRM timeout) and records their outcomes, then returns: no row is left
//! with an answer the CRM gave but the outbox does not know.

mod faults;
mod health;

use faults::Faults;
pub use health::{Health, HealthReport};

use super::{Action, Backoff, Connectivity, Outcome, Transition, plan, tracking, transition};
use crate::card::CardNumber;
use crate::card::identity::{Identity, Provider, Verdict};
use crate::crm::Connector;
use crate::crm::Outgoing;
use crate::shutdown::Shutdown;
use crate::store::error_text::error_kind;
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
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

impl Settings {
    /// These settings, checking unverified cards with `verifier` before they are sent (`None`:
    /// cards go as they are).
    pub fn verifying(self, verifier: Option<Arc<dyn Provider>>) -> Forwarding {
        Forwarding {
            settings: self,
            verifier,
            health: Arc::default(),
        }
    }
}

/// [`Settings`], and who to ask about a card the kiosk could not check. A plain [`Settings`]
/// converts into one with no verifier.
#[derive(Clone)]
pub struct Forwarding {
    /// How the forwarder behaves.
    pub settings: Settings,
    /// The identity provider (`[cards] identity`); only cards from a provider of the same name
    /// are checked with it.
    pub verifier: Option<Arc<dyn Provider>>,
    /// Where the forwarder tells how it is doing (the staff screen reads it).
    pub health: Arc<Health>,
}

impl Forwarding {
    /// These settings, telling `health` how the forwarder is doing.
    pub fn reporting_to(mut self, health: Arc<Health>) -> Forwarding {
        self.health = health;
        self
    }
}

impl From<Settings> for Forwarding {
    fn from(settings: Settings) -> Forwarding {
        settings.verifying(None)
    }
}

impl std::fmt::Debug for Forwarding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Forwarding")
            .field("settings", &self.settings)
            .field("verifier", &self.verifier.as_ref().map(|v| v.name()))
            .finish()
    }
}

/// When [`drive`] returns.
#[derive(Debug, Clone, Copy)]
pub enum Until {
    /// Once nothing is due within `patience` (pending rows may remain, waiting for a retry), or
    /// at `deadline`, whichever comes first.
    Drained {
        /// How long to wait for a scheduled retry, or for the database to recover from a
        /// fault, before giving up for now.
        patience: Duration,
        /// After this no row is tried a second time and nothing is waited for: each row due
        /// when the run began is still tried once, and attempts under way are finished (each
        /// bounded by the CRM timeout). `None`: no limit.
        deadline: Option<Instant>,
    },
    /// Never (the kiosk's background task); new rows are picked up every `poll`.
    Forever {
        /// How often to look for new submissions when idle.
        poll: Duration,
    },
}

/// What a [`drive`] call did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Attempts made.
    pub attempts: usize,
    /// Rows acknowledged.
    pub acknowledged: usize,
    /// Rows parked by the CRM's refusal.
    pub parked: usize,
    /// Attempts that will be retried.
    pub retries: usize,
    /// Cards asked about before sending (whatever the provider said).
    pub cards_checked: usize,
    /// Rows parked because their stored data could not be read: (reference or id, why).
    pub unreadable: Vec<(String, String)>,
    /// Faults of the database itself (full disk, locked), each retried.
    pub store_faults: usize,
    /// The last such fault, if the run ended while it was still going on.
    pub store_fault: Option<String>,
    /// The run stopped at its deadline with attempts still due.
    pub stopped_at_deadline: bool,
    /// The run stopped because it was told to (after recording the attempts under way).
    pub shut_down: bool,
}

/// What one row's task finished with.
enum Done {
    /// Its card was checked; it still has to be sent.
    Checked(Box<Outgoing>, Verdict),
    /// It was sent.
    Sent(Outcome),
}

/// The provider to ask about `out`'s card before sending it, if it needs asking and the
/// configured provider is the one that issued it.
fn asker(out: &Outgoing, verifier: Option<&Arc<dyn Provider>>) -> Option<Arc<dyn Provider>> {
    let identity: &Identity = out.identity.as_ref()?;
    let verifier = verifier?;
    (identity.needs_check() && verifier.name() == identity.provider).then(|| verifier.clone())
}

/// Ask `provider` about `card` on a blocking thread; a number no card carries is invalid.
async fn check(provider: Arc<dyn Provider>, card: &str) -> Verdict {
    let Ok(card) = CardNumber::parse(card) else {
        return Verdict::Invalid;
    };
    tokio::task::spawn_blocking(move || provider.verify(&card))
        .await
        .unwrap_or(Verdict::Unknown)
}

fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

fn unit_random() -> f64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).expect("the operating system's random source");
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

/// Whether `e`, met while reading one row, is that row's own damage (so the row is parked and
/// the rest go on) rather than a fault of the database as a whole (so everything waits and
/// tries again).
fn row_is_damaged(e: &StoreError) -> bool {
    use rusqlite::Error as E;
    match e {
        StoreError::Crypto(_) | StoreError::Corrupt(_) => true,
        StoreError::Sql(e) => matches!(
            e,
            E::InvalidColumnType(..)
                | E::FromSqlConversionFailure(..)
                | E::Utf8Error(..)
                | E::IntegralValueOutOfRange(..)
        ),
        _ => false,
    }
}

/// Deliver pending submissions from `store` to `crm` until `until` says stop. `settings` is
/// [`Settings`], or [`Forwarding`] to check unverified cards first.
pub async fn drive(
    store: &Store,
    crm: &Connector,
    settings: impl Into<Forwarding>,
    until: Until,
) -> Result<Report, StoreError> {
    run(
        store,
        crm,
        settings,
        until,
        &tokio::sync::Notify::new(),
        &Shutdown::never(),
    )
    .await
}

/// [`drive`], cutting any wait short when `woken` is notified (staff "Send now"): the outbox is
/// looked at again at once (`woken`). A wake while sends are under way is kept for the next wait.
/// Once `shutdown` is signalled it starts no attempt (nor a send after a card check), waits for
/// the sends under way, records their outcomes and returns, whatever `until` says.
///
/// No single fault stops delivery of the rest: a row that cannot be read is parked with the
/// reason and the others go on; a fault of the database itself (full disk, locked) is waited
/// out with a growing pause, and an outcome that could not be written is kept in memory and
/// written when the database works again (until then its row counts as in flight, so it is
/// never sent twice). It returns `Err` only for `Forever` runs that cannot go on at all, which
/// today is never; a caller should still restart it if it returns (see the kiosk).
pub async fn run(
    store: &Store,
    crm: &Connector,
    settings: impl Into<Forwarding>,
    until: Until,
    woken: &tokio::sync::Notify,
    shutdown: &Shutdown,
) -> Result<Report, StoreError> {
    let Forwarding {
        settings,
        verifier,
        health,
    } = settings.into();
    let mut report = Report::default();
    let mut faults = Faults::new(&health);
    // Rows with an attempt under way, the attempt's number and the row's reference (for the log).
    let mut in_flight: HashMap<String, (u32, String)> = HashMap::new();
    // Which row each task is for, so a task that panics still frees its row.
    let mut task_rows: HashMap<tokio::task::Id, String> = HashMap::new();
    // Outcomes the database would not take yet; their rows stay "in flight" until written.
    let mut unrecorded: Vec<(String, Transition)> = Vec::new();
    let mut tasks: JoinSet<(String, Done)> = JoinSet::new();
    let mut last_token_poll: Option<Instant> = None;
    let mut last_refresh: Option<Instant> = None;
    // Rows attempted in this run (see `Until::Drained::deadline`).
    let mut tried: std::collections::HashSet<String> = std::collections::HashSet::new();
    loop {
        let stopping = shutdown.is_signalled();
        let deadline_passed = matches!(until, Until::Drained { deadline: Some(d), .. } if Instant::now() >= d);
        unrecorded.retain(|(id, t)| match store.record_attempt(id, t) {
            Ok(_) => false,
            Err(e) => {
                faults.note("recording a delivery outcome", &e);
                true
            }
        });
        if stopping && tasks.is_empty() {
            if !unrecorded.is_empty() {
                // As after a crash: they are still pending, and go again under the same key.
                tracing::warn!(
                    "the forwarder stops with {} outcome(s) the database would not take; those are sent again at the next start",
                    unrecorded.len()
                );
            }
            report.shut_down = true;
            return Ok(finish(report, &faults));
        }
        let rows = if stopping || (faults.streak > 0 && !unrecorded.is_empty()) {
            None
        } else {
            match store.delivery_rows() {
                Ok(rows) => Some(rows),
                Err(e) => {
                    faults.note("reading the outbox", &e);
                    None
                }
            }
        };
        let now = now_ms();
        let mut wake = None;
        if let Some(mut rows) = rows {
            let busy = |id: &str| in_flight.contains_key(id) || unrecorded.iter().any(|(u, _)| u == id);
            for r in &mut rows {
                r.in_flight = busy(&r.id);
            }
            // Past the deadline, each row due is still tried once (what was due when the run
            // began is attempted), but none again: rows tried already are out of the plan, so
            // their retries neither start nor take the places of rows not yet tried.
            if deadline_passed {
                let before = rows.len();
                rows.retain(|r| r.in_flight || !tried.contains(&r.id));
                report.stopped_at_deadline |= rows.len() < before;
            }
            let mut sending_ok = true;
            for action in plan(&rows, now, Connectivity::Online, settings.max_in_flight) {
                match action {
                    Action::Send(_) if !sending_ok => {}
                    Action::Send(id) => {
                        // The attempt is counted durably *before* it is made; if that cannot be
                        // written, nothing is sent.
                        if let Err(e) = store.begin_attempt(&id) {
                            faults.note("counting an attempt", &e);
                            sending_ok = false;
                            continue;
                        }
                        tried.insert(id.clone());
                        match store.outgoing(&id) {
                            Ok(Some(out)) => {
                                in_flight.insert(id.clone(), (out.attempts, out.reference.clone()));
                                let task = match asker(&out, verifier.as_ref()) {
                                    Some(provider) => {
                                        let row = id.clone();
                                        tasks.spawn(async move {
                                            let card = out.identity.as_ref().map_or("", |i| i.card.as_str());
                                            let verdict = check(provider, card).await;
                                            (row, Done::Checked(Box::new(out), verdict))
                                        })
                                    }
                                    None => spawn_send(&mut tasks, crm, id.clone(), out),
                                };
                                task_rows.insert(task.id(), id);
                            }
                            Ok(None) => {}
                            Err(e) if row_is_damaged(&e) => {
                                tracing::error!(submission = %id, "a submission cannot be read and is parked: {e}");
                                match store.park_unreadable(&id, &e) {
                                    Ok(_) => report.unreadable.push((id, e.to_string())),
                                    Err(park) => {
                                        faults.note("parking an unreadable row", &park);
                                        sending_ok = false;
                                    }
                                }
                            }
                            Err(e) => {
                                faults.note("reading a submission", &e);
                                sending_ok = false;
                            }
                        }
                    }
                    Action::WakeAt(t) => wake = Some(t),
                }
            }
            if sending_ok && unrecorded.is_empty() {
                faults.ok();
            }
        }
        if tasks.is_empty() {
            if faults.streak == 0 {
                // Dropping it part-way is safe: each thing it records is one statement.
                tokio::select! {
                    _ = idle_work(
                        store,
                        crm,
                        &mut faults,
                        &mut last_token_poll,
                        &mut last_refresh,
                        settings.retention,
                    ) => {}
                    _ = shutdown.signalled() => continue,
                }
            }
            let wait = match faults.pause() {
                Some(pause) => Some(pause),
                None => wake.map(|t| Duration::from_millis((t - now).max(0) as u64)),
            };
            match until {
                Until::Drained { patience, deadline } => {
                    let past_deadline = deadline.is_some_and(|d| Instant::now() >= d);
                    let faulty_too_long = faults.since.is_some_and(|s| s.elapsed() > patience);
                    let nothing_soon = faults.streak == 0 && wait.is_none_or(|w| w > patience);
                    if past_deadline || faulty_too_long || nothing_soon {
                        if faults.streak == 0 {
                            let _ = resolve_tokens(store, crm).await;
                        }
                        report.stopped_at_deadline |= past_deadline && wait.is_some();
                        return Ok(finish(report, &faults));
                    }
                    let mut w = wait.unwrap_or(patience);
                    if let Some(d) = deadline {
                        w = w.min(d.saturating_duration_since(Instant::now()));
                    }
                    sleep_or_wake(w, woken, shutdown).await;
                }
                Until::Forever { poll } => sleep_or_wake(wait.map_or(poll, |w| w.min(poll)), woken, shutdown).await,
            }
            continue;
        }
        // Wait for one task to finish, then plan again: freed capacity is used at once.
        let Some(joined) = tasks.join_next_with_id().await else {
            continue;
        };
        let (id, outcome) = match joined {
            Ok((task, (id, Done::Sent(outcome)))) => {
                task_rows.remove(&task);
                (id, outcome)
            }
            Ok((task, (id, Done::Checked(out, verdict)))) => {
                task_rows.remove(&task);
                let mut out = *out;
                report.cards_checked += 1;
                tracing::info!(
                    submission = %id,
                    reference = %out.reference,
                    verdict = ?verdict,
                    "card checked before sending"
                );
                // Stored before the send, so the CRM never holds a verdict this kiosk lost. If
                // it cannot be stored now, the row waits and is asked about again.
                if let Some(identity) = out.identity.as_mut()
                    && identity.apply(verdict)
                    && let Err(e) = store.record_identity(&id, identity)
                {
                    faults.note("storing a card's check", &e);
                    in_flight.remove(&id);
                    continue;
                }
                if shutdown.is_signalled() {
                    // Not sent: the row stays pending with its attempt counted, as after a crash.
                    in_flight.remove(&id);
                    continue;
                }
                let task = spawn_send(&mut tasks, crm, id.clone(), out);
                task_rows.insert(task.id(), id);
                continue;
            }
            Err(e) => {
                // The task panicked or was cancelled: its row is free again. The attempt was
                // counted, so an Open311 resend reconciles first.
                let row = task_rows.remove(&e.id());
                tracing::error!(submission = ?row, "a delivery task failed: {e}");
                if let Some(row) = row {
                    in_flight.remove(&row);
                }
                continue;
            }
        };
        let (attempts, reference) = in_flight.remove(&id).unwrap_or((1, String::new()));
        let t = transition(outcome, attempts, now_ms(), settings.backoff, unit_random());
        report.attempts += 1;
        // Structured for the journal; never the CRM's own words (they may echo answers), only
        // the kind of error.
        match &t {
            super::Transition::Acknowledged { crm_id, .. } => {
                report.acknowledged += 1;
                tracing::info!(
                    submission = %id,
                    reference = %reference,
                    state = "acknowledged",
                    attempt = attempts,
                    crm_id = crm_id.as_deref().unwrap_or(""),
                    "delivered to the CRM"
                );
            }
            super::Transition::Parked { reason } => {
                report.parked += 1;
                tracing::warn!(
                    submission = %id,
                    reference = %reference,
                    state = "parked",
                    attempt = attempts,
                    error_kind = %error_kind(reason),
                    "refused by the CRM; parked for staff"
                );
            }
            super::Transition::RetryAt { error, at } => {
                report.retries += 1;
                tracing::info!(
                    submission = %id,
                    reference = %reference,
                    state = "retry",
                    attempt = attempts,
                    error_kind = %error_kind(error),
                    retry_in_ms = (at - now_ms()).max(0),
                    "will retry"
                );
            }
        }
        if let Err(e) = store.record_attempt(&id, &t) {
            faults.note("recording a delivery outcome", &e);
            unrecorded.push((id, t));
        }
    }
}

fn spawn_send(
    tasks: &mut JoinSet<(String, Done)>,
    crm: &Connector,
    id: String,
    out: Outgoing,
) -> tokio::task::AbortHandle {
    let crm = crm.clone();
    tasks.spawn(async move { (id, Done::Sent(crm.send(&out).await)) })
}

/// What the forwarder does when nothing is being sent: turn Open311 tokens into ids (every
/// 30 s at most), refresh what the CRM says about acknowledged requests (every
/// [`tracking::REFRESH_EVERY`]), and delete answers past their retention window. A fault here
/// is noted and waited out like any other.
async fn idle_work(
    store: &Store,
    crm: &Connector,
    faults: &mut Faults<'_>,
    last_token_poll: &mut Option<Instant>,
    last_refresh: &mut Option<Instant>,
    retention: Duration,
) {
    if last_token_poll.is_none_or(|t| t.elapsed() >= Duration::from_secs(30)) {
        if let Err(e) = resolve_tokens(store, crm).await {
            faults.note("recording a CRM id", &e);
        }
        *last_token_poll = Some(Instant::now());
    }
    if last_refresh.is_none_or(|t| t.elapsed() >= tracking::REFRESH_EVERY) {
        if let Err(e) = tracking::refresh_due(store, crm, tracking::REFRESH_BATCH).await {
            faults.note("recording a CRM status", &e);
        }
        *last_refresh = Some(Instant::now());
    }
    match store.purge_acknowledged(retention) {
        Ok(0) => {}
        Ok(purged) => tracing::info!("deleted the answers of {purged} acknowledged submission(s) past retention"),
        Err(e) => faults.note("deleting answers past retention", &e),
    }
}

async fn sleep_or_wake(d: Duration, wake: &tokio::sync::Notify, shutdown: &Shutdown) {
    tokio::select! {
        _ = tokio::time::sleep(d) => {}
        _ = wake.notified() => {}
        _ = shutdown.signalled() => {}
    }
}

/// `report` with the database's faults, as a run ends.
fn finish(mut report: Report, faults: &Faults<'_>) -> Report {
    report.store_faults = faults.total;
    report.store_fault = if faults.streak > 0 { faults.last.clone() } else { None };
    report
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

#[cfg(test)]
mod shutdown_tests;
#[cfg(test)]
mod tests;
