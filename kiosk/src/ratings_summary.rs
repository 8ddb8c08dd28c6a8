//! The kiosk's daily ratings summary: each finished local day's satisfaction counts go to the
//! council's CRM once, as the signed document [`onestop::crm::ratings::RatingsSummary`], and only
//! with a webhook CRM (GeoReport has no such request). A background service on its own thread,
//! runtime and database connection: at start and then every [`EVERY`] it sends the days due
//! ([`onestop::crm::daily::due`]: over, with ratings, not done). A day the CRM did not take (the
//! network, a 5xx) waits for the next round; one it received, or refused for good, is recorded in
//! the kiosk's database and never sent again, across restarts. Counting is the store's.

use crate::background::Service;
use crate::context::Context;
use anyhow::Result;
use onestop::config::CrmKind;
use onestop::crm::daily::{Posted, due};
use onestop::crm::ratings::RatingsSummary;
use onestop::crm::webhook::Webhook;
use onestop::shutdown::Shutdown;
use onestop::store::{Store, StoreError};
use std::time::Duration;

/// How often finished days are looked for and their summaries (re)tried.
pub const EVERY: Duration = Duration::from_secs(600);

/// Who the summaries come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The site: the council name configured on the kiosk.
    pub site: String,
    /// This kiosk's name: `[kiosk] id`, else the machine's host name.
    pub kiosk: Option<String>,
}

impl Origin {
    /// The site and kiosk names in `ctx`'s config.
    pub fn of(ctx: &Context) -> Origin {
        let k = &ctx.config.kiosk;
        let kiosk = match k.id.as_str() {
            "" => onestop::queue::client::host_name(),
            id => Some(id.to_owned()),
        };
        Origin {
            site: k.council_name.clone(),
            kiosk,
        }
    }
}

/// What one round did with the days due.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Round {
    /// Days done with, oldest first, with their recorded outcome (`sent`, `refused: …`).
    pub done: Vec<(String, String)>,
    /// The day the CRM did not take, and why: it and the days after it wait for the next round.
    pub later: Option<(String, String)>,
}

/// Send the days due before `today` (`YYYY-MM-DD`, local), oldest first, recording each one the
/// CRM received or refused. Stops at the first day that must wait (the days after it would fail
/// the same way) and when `shutdown` is signalled; the send under way is finished first.
pub async fn send_due(
    store: &Store,
    hook: &Webhook,
    from: &Origin,
    today: &str,
    shutdown: &Shutdown,
) -> Result<Round, StoreError> {
    let rows = store.ratings_unsummarised_before(today)?;
    let mut round = Round::default();
    for (date, rows) in due(&rows, |r| &r.date, &store.ratings_summaries_done()?, today) {
        if shutdown.is_signalled() {
            break;
        }
        let doc = RatingsSummary::new(&from.site, from.kiosk.as_deref(), &date, &rows);
        let body = serde_json::to_vec(&doc).expect("a ratings summary serialises");
        match Posted::from(hook.post_signed(&doc.key(), body).await) {
            Posted::Done(outcome) => {
                store.record_ratings_summary(&date, &outcome)?;
                tracing::info!("daily ratings summary for {date}: {outcome}");
                round.done.push((date, outcome));
            }
            Posted::Later(reason) => {
                tracing::info!("the ratings summary for {date} will be tried again later: {reason}");
                round.later = Some((date, reason));
                break;
            }
        }
    }
    Ok(round)
}

/// Start sending daily ratings summaries every [`EVERY`], or `None` when the CRM is not a webhook.
pub fn start(ctx: &Context) -> Result<Option<Service>> {
    start_every(ctx, EVERY)
}

/// [`start`], with rounds `every` apart (tests use a short one).
pub fn start_every(ctx: &Context, every: Duration) -> Result<Option<Service>> {
    let c = &ctx.config.crm;
    if c.kind != CrmKind::Webhook {
        return Ok(None);
    }
    let hook =
        Webhook::new(&c.url, c.secret.as_bytes(), Duration::from_secs(c.timeout_secs)).map_err(anyhow::Error::msg)?;
    let from = Origin::of(ctx);
    if from.kiosk.is_none() {
        tracing::warn!(
            "this kiosk has no name (kiosk.id is empty and the host name cannot be read): its daily ratings share one key per site and day with any other such kiosk; set [kiosk] id"
        );
    }
    let service = crate::background::every_round(
        "ratings-summary",
        "daily ratings summaries",
        every,
        ctx.store_opener(),
        move |runtime, store, shutdown| {
            let today = crate::clock::local_now().date().to_string();
            runtime.block_on(send_due(store, &hook, &from, &today, shutdown))?;
            Ok(())
        },
    )?;
    Ok(Some(service))
}
