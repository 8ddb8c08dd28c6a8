//! The hub's appointment feed: at start, every `refresh`, when the local day changes and right
//! after the hub starts a new queue day (which clears the engine's list), today's
//! appointments are read from the configured folder and/or fetched from the configured address
//! (kept on disk for offline days, `appointments-cache` in the data folder), merged, and handed
//! to the engine as `SetAppointments` through the owner like any command (it stores an event
//! only when the list changed). Rows the files refuse are logged with their line, never with a
//! name; names stay in the files.

use super::Shared;
use super::owner::Msg;
use crate::queue::appointments::{self, Loaded};
use crate::queue::engine::{Appointment, Command};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::oneshot;

/// Where today's appointments come from.
#[derive(Debug, Clone)]
pub struct AppointmentFeed {
    /// A folder of `.csv`/`.ics` files.
    pub folder: Option<PathBuf>,
    /// An address fetched when online.
    pub url: Option<String>,
    /// The fetched file, kept for when the address cannot be reached.
    pub cache: PathBuf,
    /// How often to look again.
    pub refresh: Duration,
}

impl AppointmentFeed {
    /// From `[queue.appointments]`; `None` when neither a folder nor an address is set.
    pub fn from_config(q: &crate::config::QueueSettings, data_dir: &std::path::Path) -> Option<AppointmentFeed> {
        let a = &q.appointments;
        let folder = (!a.folder.trim().is_empty()).then(|| PathBuf::from(a.folder.trim()));
        let url = (!a.url.trim().is_empty()).then(|| a.url.trim().to_owned());
        (folder.is_some() || url.is_some()).then(|| AppointmentFeed {
            folder,
            url,
            cache: data_dir.join("appointments-cache"),
            refresh: Duration::from_secs(u64::from(a.refresh_minutes.max(1)) * 60),
        })
    }
}

/// Today's bookings from every source, merged (a reference in two sources: the folder's wins).
async fn load(
    feed: &AppointmentFeed,
    client: &reqwest::Client,
    zone: &crate::hours::Zone,
    day: time::Date,
    services: &[&str],
) -> Option<Vec<Appointment>> {
    let mut all: Vec<Loaded> = Vec::new();
    let mut any = false;
    if let Some(dir) = &feed.folder {
        match appointments::load_folder(dir, zone, day, services) {
            Ok(l) => {
                any = true;
                all.push(l);
            }
            Err(e) => tracing::warn!("appointments: {e}"),
        }
    }
    if let Some(url) = &feed.url {
        match appointments::fetch_url(client, url, &feed.cache, zone, day, services).await {
            Ok((l, fetched)) => {
                if let appointments::Fetched::FromCache { why } = fetched {
                    tracing::warn!("appointments: using the copy kept from the last fetch: {why}");
                }
                any = true;
                all.push(l);
            }
            Err(e) => tracing::warn!("appointments: {e}"),
        }
    }
    if !any {
        return None;
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for l in all {
        for r in &l.refused {
            tracing::warn!(line = r.line, "appointments: a row was left out: {}", r.why);
        }
        for b in l.bookings {
            if seen.insert(b.reference.clone()) {
                out.push(Appointment {
                    reference: b.reference,
                    at_ms: b.at_ms,
                    service: b.service,
                });
            }
        }
    }
    Some(out)
}

/// Keep the engine's list of today's appointments up to date until the hub stops.
pub(crate) async fn follow(
    shared: Arc<Shared>,
    feed: AppointmentFeed,
    config: crate::queue::QueueConfig,
    clock: super::Clock,
) {
    let client = match reqwest::Client::builder().timeout(Duration::from_secs(10)).build() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!("appointments: no HTTP client: {e}");
            return;
        }
    };
    let zone = config.hours.zone();
    let services: Vec<&str> = config.services.iter().map(|s| s.id.as_str()).collect();
    let mut stop = shared.stop.clone();
    let mut events = shared.events.subscribe();
    let mut last: Option<(time::Date, std::time::Instant)> = None;
    loop {
        let now = clock.now_ms();
        let day = zone.local(now.div_euclid(1000)).date();
        let due = last.is_none_or(|(d, at)| d != day || at.elapsed() >= feed.refresh);
        if due {
            if let Some(list) = load(&feed, &client, &zone, day, &services).await {
                let count = list.len();
                let (reply, answer) = oneshot::channel();
                let command = Command::SetAppointments { appointments: list };
                if shared.cmds.send(Msg::Command { command, reply }).await.is_err() {
                    return;
                }
                match answer.await {
                    Ok(Ok(events)) if !events.is_empty() => {
                        tracing::info!("appointments: {count} today")
                    }
                    Ok(Ok(_)) => {}
                    Ok(Err(e)) => tracing::warn!("appointments: the list was not taken: {e:?}"),
                    Err(_) => return,
                }
            }
            last = Some((day, std::time::Instant::now()));
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(30).min(feed.refresh)) => {}
            _ = stop.wait_for(|s| *s) => return,
            frame = events.recv() => match frame {
                // A new queue day cleared the list: load it again now, not at the next refresh.
                Ok(f) if f.text.as_str().contains("\"event\":\"day-started\"") => last = None,
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
            },
        }
    }
}
