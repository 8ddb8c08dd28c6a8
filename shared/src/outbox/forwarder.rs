//! The forwarder: carries out [`super::plan`] against a CRM. It claims due rows, sends several
//! at once (bounded), and records each outcome through [`super::transition`], so a crash at any
//! point leaves every row either still pending (and re-sent under the same idempotency key) or
//! finished. It owns its own [`Store`] connection; the UI never waits on it.
//!
//! A submission carrying a card the kiosk could not check ([`Identity::needs_check`]) has the card
//! checked with the provider first, on a blocking thread inside that row's own task, so a slow
//! library system holds up no other row. The verdict is stored before the send; an unknown one
//! is not, so the next attempt asks again. The submission is sent whatever the verdict.

use super::{Action, Backoff, Connectivity, Outcome, plan, transition};
use crate::card::CardNumber;
use crate::card::identity::{Identity, Provider, Verdict};
use crate::crm::Connector;
use crate::store::delivery::Outgoing;
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::sync::Arc;
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

impl Settings {
    /// These settings, checking unverified cards with `verifier` before they are sent (`None`:
    /// cards go as they are).
    pub fn verifying(self, verifier: Option<Arc<dyn Provider>>) -> Forwarding {
        Forwarding {
            settings: self,
            verifier,
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
    /// Cards asked about before sending (whatever the provider said).
    pub cards_checked: usize,
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

fn send(tasks: &mut JoinSet<(String, Done)>, crm: &Connector, id: String, out: Outgoing) {
    let crm = crm.clone();
    tasks.spawn(async move { (id, Done::Sent(crm.send(&out).await)) });
}

fn now_ms() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

fn unit_random() -> f64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).expect("the operating system's random source");
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

/// Deliver pending submissions from `store` to `crm` until `until` says stop. `settings` is
/// [`Settings`], or [`Forwarding`] to check unverified cards first.
pub async fn drive(
    store: &Store,
    crm: &Connector,
    settings: impl Into<Forwarding>,
    until: Until,
) -> Result<Report, StoreError> {
    drive_with_wake(store, crm, settings, until, &tokio::sync::Notify::new()).await
}

/// [`drive`], cutting any wait short when `woken` is notified (staff "Send now"): the outbox is
/// looked at again at once (`woken`). A wake while sends are under way is kept for the next wait.
pub async fn drive_with_wake(
    store: &Store,
    crm: &Connector,
    settings: impl Into<Forwarding>,
    until: Until,
    woken: &tokio::sync::Notify,
) -> Result<Report, StoreError> {
    let Forwarding { settings, verifier } = settings.into();
    let mut report = Report::default();
    let mut in_flight: HashMap<String, u32> = HashMap::new();
    let mut tasks: JoinSet<(String, Done)> = JoinSet::new();
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
                        match asker(&out, verifier.as_ref()) {
                            Some(provider) => {
                                tasks.spawn(async move {
                                    let card = out.identity.as_ref().map_or("", |i| i.card.as_str());
                                    let verdict = check(provider, card).await;
                                    (id, Done::Checked(Box::new(out), verdict))
                                });
                            }
                            None => send(&mut tasks, crm, id, out),
                        }
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
                Ok((id, Done::Sent(outcome))) => (id, outcome),
                Ok((id, Done::Checked(out, verdict))) => {
                    let mut out = *out;
                    report.cards_checked += 1;
                    tracing::info!(submission = %id, "card checked before sending: {verdict:?}");
                    // Stored before the send, so the CRM never holds a verdict this kiosk lost.
                    if let Some(identity) = out.identity.as_mut()
                        && identity.apply(verdict)
                    {
                        store.record_identity(&id, identity)?;
                    }
                    send(&mut tasks, crm, id, out);
                    continue;
                }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::identity::{Outcome as Lookup, Pin};
    use std::collections::VecDeque;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const CARD: &str = "21234001234567";

    /// A provider that answers verdicts from a list (then `Valid`), after `delay`.
    struct Fake {
        name: &'static str,
        verdicts: Mutex<VecDeque<Verdict>>,
        calls: AtomicUsize,
        delay: Duration,
    }

    impl Fake {
        fn new(name: &'static str, verdicts: &[Verdict], delay: Duration) -> Arc<Fake> {
            Arc::new(Fake {
                name,
                verdicts: Mutex::new(verdicts.iter().copied().collect()),
                calls: AtomicUsize::new(0),
                delay,
            })
        }
        fn calls(&self) -> usize {
            self.calls.load(Ordering::SeqCst)
        }
    }

    impl Provider for Fake {
        fn name(&self) -> &'static str {
            self.name
        }
        fn needs_pin(&self) -> bool {
            true
        }
        fn lookup(&self, _: &CardNumber, _: Option<&Pin>) -> Lookup {
            unreachable!("the forwarder never looks a card up with a PIN")
        }
        fn verify(&self, _: &CardNumber) -> Verdict {
            self.calls.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(self.delay);
            self.verdicts.lock().unwrap().pop_front().unwrap_or(Verdict::Valid)
        }
    }

    /// A webhook CRM on loopback that answers 503 to its first `fail` requests, then 201; the
    /// documents it was sent, in arrival order.
    async fn test_crm(fail: usize) -> (Connector, Arc<Mutex<Vec<serde_json::Value>>>) {
        use axum::http::StatusCode;
        let got = Arc::new(Mutex::new(Vec::new()));
        let seen = got.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |body: String| {
                let seen = seen.clone();
                async move {
                    let mut seen = seen.lock().unwrap();
                    seen.push(serde_json::from_str(&body).unwrap());
                    if seen.len() <= fail {
                        (StatusCode::SERVICE_UNAVAILABLE, "{}".to_owned())
                    } else {
                        (StatusCode::CREATED, format!(r#"{{"id": "CASE-{}"}}"#, seen.len()))
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        let hook = crate::crm::webhook::Webhook::new(
            &format!("http://127.0.0.1:{port}/hook"),
            b"secret",
            Duration::from_secs(5),
        )
        .unwrap();
        (Connector::Webhook(hook), got)
    }

    fn settings() -> Settings {
        Settings {
            max_in_flight: 4,
            backoff: Backoff {
                base_ms: 10,
                cap_ms: 20,
            },
            retention: Duration::from_secs(3600),
        }
    }

    const DRAINED: Until = Until::Drained {
        patience: Duration::from_secs(2),
    };

    fn submit(store: &mut Store, identity: Option<Identity>) -> String {
        let forms = crate::embedded::forms().unwrap();
        let raw: crate::forms::Answers =
            serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
        let answers =
            crate::forms::validate(forms.get("street-problem").unwrap(), &raw, crate::forms::Today::now()).unwrap();
        store
            .submit_with_identity(&answers, "en-GB", None, identity.as_ref())
            .unwrap()
            .reference
            .to_string()
    }

    fn unchecked(provider: &str) -> Identity {
        Identity::read_at_kiosk(&CardNumber::parse(CARD).unwrap(), provider, false)
    }

    fn identity_of<'a>(docs: &'a [serde_json::Value], reference: &str) -> Vec<&'a serde_json::Value> {
        docs.iter()
            .filter(|d| d["reference"] == reference)
            .map(|d| &d["identity"])
            .collect()
    }

    #[tokio::test]
    async fn an_unchecked_card_is_checked_once_and_the_verdict_kept_for_the_retry() {
        let mut store = Store::open_in_memory().unwrap();
        let reference = submit(&mut store, Some(unchecked("crm")));
        let (crm, got) = test_crm(1).await;
        let provider = Fake::new("crm", &[Verdict::Valid], Duration::ZERO);
        let verifier: Arc<dyn Provider> = provider.clone();
        let report = drive(&store, &crm, settings().verifying(Some(verifier)), DRAINED)
            .await
            .unwrap();
        assert_eq!((report.acknowledged, report.retries, report.cards_checked), (1, 1, 1));
        assert_eq!(provider.calls(), 1, "the retry did not ask again");
        let docs = got.lock().unwrap().clone();
        let want = serde_json::json!({"card": CARD, "provider": "crm", "verified": true, "check": "forwarded"});
        assert_eq!(
            identity_of(&docs, &reference),
            [&want, &want],
            "both attempts send the same card"
        );
    }

    #[tokio::test]
    async fn an_unknown_verdict_sends_the_card_unchecked_and_the_next_attempt_asks_again() {
        let mut store = Store::open_in_memory().unwrap();
        let reference = submit(&mut store, Some(unchecked("sip2")));
        let (crm, got) = test_crm(1).await;
        let provider = Fake::new("sip2", &[Verdict::Unknown, Verdict::Invalid], Duration::ZERO);
        let verifier: Arc<dyn Provider> = provider.clone();
        let report = drive(&store, &crm, settings().verifying(Some(verifier)), DRAINED)
            .await
            .unwrap();
        assert_eq!((report.acknowledged, report.cards_checked), (1, 2));
        assert_eq!(provider.calls(), 2);
        let docs = got.lock().unwrap().clone();
        let sent = identity_of(&docs, &reference);
        assert_eq!(
            (sent[0]["verified"].as_bool(), sent[0]["check"].as_str()),
            (Some(false), Some("unchecked"))
        );
        assert_eq!(
            (sent[1]["verified"].as_bool(), sent[1]["check"].as_str()),
            (Some(false), Some("rejected"))
        );
    }

    #[tokio::test]
    async fn only_unchecked_cards_of_the_configured_provider_are_asked_about() {
        let mut store = Store::open_in_memory().unwrap();
        let at_kiosk = Identity::read_at_kiosk(&CardNumber::parse(CARD).unwrap(), "crm", true);
        let checked = submit(&mut store, Some(at_kiosk.clone()));
        let library = submit(&mut store, Some(unchecked("sip2")));
        let no_card = submit(&mut store, None);
        let (crm, got) = test_crm(0).await;
        let provider = Fake::new("crm", &[], Duration::ZERO);
        let verifier: Arc<dyn Provider> = provider.clone();
        let report = drive(&store, &crm, settings().verifying(Some(verifier)), DRAINED)
            .await
            .unwrap();
        assert_eq!((report.acknowledged, report.cards_checked, provider.calls()), (3, 0, 0));
        let docs = got.lock().unwrap().clone();
        assert_eq!(
            identity_of(&docs, &checked),
            [&serde_json::to_value(&at_kiosk).unwrap()]
        );
        assert_eq!(
            identity_of(&docs, &library)[0]["check"],
            "unchecked",
            "a CRM is not asked about a library card"
        );
        assert_eq!(identity_of(&docs, &no_card), [&serde_json::Value::Null]);

        // With plain Settings (no verifier), an unchecked card goes as it is.
        let mut store = Store::open_in_memory().unwrap();
        let reference = submit(&mut store, Some(unchecked("crm")));
        let (crm, got) = test_crm(0).await;
        drive(&store, &crm, settings(), DRAINED).await.unwrap();
        assert_eq!(identity_of(&got.lock().unwrap(), &reference)[0]["check"], "unchecked");
    }

    #[tokio::test]
    async fn a_slow_provider_holds_up_no_other_row() {
        let mut store = Store::open_in_memory().unwrap();
        let slow = submit(&mut store, Some(unchecked("crm")));
        let quick: Vec<String> = (0..3).map(|_| submit(&mut store, None)).collect();
        let (crm, got) = test_crm(0).await;
        let provider: Arc<dyn Provider> = Fake::new("crm", &[Verdict::Valid], Duration::from_millis(600));
        let report = drive(&store, &crm, settings().verifying(Some(provider)), DRAINED)
            .await
            .unwrap();
        assert_eq!(report.acknowledged, 4);
        let order: Vec<String> = got
            .lock()
            .unwrap()
            .iter()
            .map(|d| d["reference"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            order.last(),
            Some(&slow),
            "the others went while the card was checked: {order:?}"
        );
        assert!(quick.iter().all(|q| order.contains(q)));
    }

    #[test]
    fn forwarding_shows_which_provider_not_its_settings() {
        let provider: Arc<dyn Provider> = Fake::new("sip2", &[], Duration::ZERO);
        let shown = format!("{:?}", settings().verifying(Some(provider)));
        assert!(shown.contains("Some(\"sip2\")"), "{shown}");
        let plain: Forwarding = settings().into();
        assert!(plain.verifier.is_none());
    }
}
