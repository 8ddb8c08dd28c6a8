//! What the hub is told at start: the site's queue config, who may act (staff tokens per counter,
//! the optional kiosk token), the limits every client is held to, and the clock (injectable, so
//! tests can move the day on). Reading these from the config file is `crate::config`'s job.

pub use super::fairness::Rate;
use crate::queue::config::QueueConfig;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

/// How the hub runs.
#[derive(Clone)]
pub struct Settings {
    /// The site's queue (checked with [`QueueConfig::problems`] before the hub starts).
    pub config: QueueConfig,
    /// Staff token per counter; a counter with none cannot act.
    pub tokens: BTreeMap<u32, String>,
    /// When set, kiosks must present it.
    pub kiosk_token: Option<String>,
    /// Per-client bounds.
    pub limits: Limits,
    /// Time, and where local midnight is.
    pub clock: Clock,
    /// Beaten every so often by the hub's engine thread, through the runtime, so systemd's
    /// watchdog sees either hang (`queue-display serve` under systemd). `None`: no beats.
    pub heartbeat: Option<(Arc<crate::systemd::Heartbeat>, Duration)>,
    /// Answer `GET /metrics` on the hub's listener (`[metrics] hub`).
    pub metrics: bool,
    /// Serve mobile ticket pages (`[queue.mobile] base_url` set).
    pub mobile: Option<MobileHub>,
    /// Load today's appointments (`[queue.appointments]`).
    pub appointments: Option<super::AppointmentFeed>,
    /// Send queue texts through GOV.UK Notify (`[queue.sms] api_key_file` set).
    pub sms: Option<super::SmsHub>,
}

/// What the hub needs to serve mobile ticket pages.
#[derive(Clone)]
pub struct MobileHub {
    /// What phones reach the hub at, without a trailing `/`.
    pub base_url: String,
    /// The key tokens are made with.
    pub keys: crate::queue::mobile::TicketKeys,
    /// The words of the pages.
    pub translations: Arc<crate::i18n::Translations>,
    /// Most live pages (event streams) open at once; more get 503 and fall back to reloading.
    pub max_streams: usize,
}

impl MobileHub {
    /// Pages at `base_url` with the given key and words, up to 5,000 live at once.
    pub fn new(
        base_url: &str,
        keys: crate::queue::mobile::TicketKeys,
        translations: Arc<crate::i18n::Translations>,
    ) -> MobileHub {
        MobileHub {
            base_url: base_url.trim_end_matches('/').to_owned(),
            keys,
            translations,
            max_streams: 5_000,
        }
    }

    /// From `[queue.mobile]`: `None` when `base_url` is empty; else with the key in `data_dir`
    /// (made at the first start).
    pub fn from_config(
        q: &crate::config::QueueSettings,
        data_dir: &std::path::Path,
        translations: Arc<crate::i18n::Translations>,
    ) -> Result<Option<MobileHub>, super::kiosk_token::TokenError> {
        let Some(base) = q.mobile.base() else { return Ok(None) };
        let keys = crate::queue::mobile::TicketKeys::load_or_create(data_dir)?;
        Ok(Some(MobileHub::new(base, keys, translations)))
    }

    /// Ticket `id`'s page address.
    pub fn url(&self, id: u64) -> String {
        format!("{}/t/{}", self.base_url, self.keys.token(id))
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print tokens.
        f.debug_struct("Settings")
            .field("config", &self.config)
            .field("counters_with_tokens", &self.tokens.keys().collect::<Vec<_>>())
            .field("kiosk_token", &self.kiosk_token.is_some())
            .field("limits", &self.limits)
            .field("metrics", &self.metrics)
            .field("mobile", &self.mobile.as_ref().map(|m| &m.base_url))
            .field("sms", &self.sms)
            .finish_non_exhaustive()
    }
}

impl Settings {
    /// `config` with no tokens, default limits and the system clock at UTC.
    pub fn new(config: QueueConfig) -> Settings {
        Settings {
            config,
            tokens: BTreeMap::new(),
            kiosk_token: None,
            limits: Limits::default(),
            clock: Clock::system(0),
            heartbeat: None,
            metrics: false,
            mobile: None,
            appointments: None,
            sms: None,
        }
    }

    /// With `/metrics` served (or not).
    pub fn with_metrics(mut self, on: bool) -> Settings {
        self.metrics = on;
        self
    }

    /// From the config file's `[queue]` table, with the system clock at `utc_offset_secs`.
    pub fn from_config(q: &crate::config::QueueSettings, utc_offset_secs: i32) -> Settings {
        Settings {
            config: q.site(),
            tokens: q.counter_tokens(),
            kiosk_token: (!q.kiosk_token.is_empty()).then(|| q.kiosk_token.clone()),
            limits: {
                let (kiosk_tickets, address_tickets) = q.ticket_rates();
                Limits {
                    kiosk_tickets,
                    address_tickets,
                    ..Limits::default()
                }
            },
            clock: Clock::system(utc_offset_secs),
            heartbeat: None,
            metrics: false,
            mobile: None,
            appointments: None,
            sms: None,
        }
    }
}

/// Bounds on every client.
#[derive(Debug, Clone)]
pub struct Limits {
    /// A client must say hello within this.
    pub hello_timeout: Duration,
    /// Frames above this (and up to `transport_max`) get a `too-large` error.
    pub max_frame: usize,
    /// Frames above this close the connection before they are read.
    pub transport_max: usize,
    /// Messages per second a client may send, on average.
    pub per_second: f64,
    /// Messages a client may send at once.
    pub burst: f64,
    /// Refused-for-rate messages, net of allowed ones, before the hub disconnects the client.
    pub strikes: u32,
    /// A client silent this long (no message, no ping) is disconnected.
    pub idle_timeout: Duration,
    /// A write to a client that takes this long means the client is gone.
    pub write_timeout: Duration,
    /// Most clients at once.
    pub max_clients: usize,
    /// Events buffered per client before a slow one is resynced instead.
    pub broadcast_capacity: usize,
    /// Tickets one kiosk (by the name in its hello) may issue, across reconnects.
    pub kiosk_tickets: Rate,
    /// Tickets all kiosks at one address may issue, across reconnects.
    pub address_tickets: Rate,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            hello_timeout: Duration::from_secs(5),
            max_frame: crate::queue::protocol::MAX_CLIENT_FRAME,
            transport_max: 64 * 1024,
            per_second: 20.0,
            burst: 40.0,
            strikes: 40,
            idle_timeout: Duration::from_secs(60),
            write_timeout: Duration::from_secs(10),
            max_clients: 1_000,
            broadcast_capacity: 1_024,
            kiosk_tickets: Rate {
                per_minute: 6.0,
                burst: 10.0,
            },
            address_tickets: Rate {
                per_minute: 12.0,
                burst: 20.0,
            },
        }
    }
}

/// Unix milliseconds now, and the local offset for the daily reset.
#[derive(Clone)]
pub struct Clock {
    now: Arc<dyn Fn() -> i64 + Send + Sync>,
    /// Local time minus UTC, in seconds (taken once at start: see `docs/QUEUE.md`).
    pub utc_offset_secs: i32,
    /// How often the hub looks whether the day is over.
    pub check_every: Duration,
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clock")
            .field("now_ms", &self.now_ms())
            .field("utc_offset_secs", &self.utc_offset_secs)
            .finish()
    }
}

impl Clock {
    /// The system clock.
    pub fn system(utc_offset_secs: i32) -> Clock {
        Clock {
            now: Arc::new(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_millis() as i64)
            }),
            utc_offset_secs,
            check_every: Duration::from_secs(20),
        }
    }

    /// A clock that reads `ms`, for tests that move time on by storing into it.
    pub fn manual(ms: Arc<AtomicI64>, utc_offset_secs: i32) -> Clock {
        Clock {
            now: Arc::new(move || ms.load(Ordering::SeqCst)),
            utc_offset_secs,
            check_every: Duration::from_millis(50),
        }
    }

    /// Now, in Unix ms.
    pub fn now_ms(&self) -> i64 {
        (self.now)()
    }

    /// The business day `ms` falls in: days counted from the epoch, each starting at `reset_at`
    /// local time.
    pub fn day_of(&self, ms: i64, reset_minutes: u32) -> i64 {
        (ms.div_euclid(1000) + i64::from(self.utc_offset_secs) - i64::from(reset_minutes) * 60).div_euclid(86_400)
    }
}

/// A token's digest: tokens are compared digest to digest, in time independent of where they
/// differ or how long they are.
pub(crate) fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Constant-time equality of two digests.
pub(crate) fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_business_day_turns_at_reset_time_local() {
        let c = Clock::manual(Arc::new(AtomicI64::new(0)), 3600); // BST
        let reset = 3 * 60;
        // 2026-06-01 01:59 UTC is 02:59 BST: still the previous business day.
        let before = 1_780_279_140_000; // 2026-06-01T01:59:00Z
        let after = before + 60_000; // 02:00Z = 03:00 BST
        assert_eq!(c.day_of(after, reset), c.day_of(before, reset) + 1);
        assert_eq!(c.day_of(after + 86_399_000, reset), c.day_of(after, reset));
    }

    #[test]
    fn tokens_compare_by_digest() {
        assert!(same(&digest("counter-1-secret"), &digest("counter-1-secret")));
        assert!(!same(&digest("counter-1-secret"), &digest("counter-1-secreT")));
        assert!(!same(&digest(""), &digest("x")));
    }
}
