//! Kiosk configuration: a TOML file whose every key has an embedded default, so a kiosk runs
//! with no file at all. This module parses and checks values; finding the file and the data
//! folder is the binary's job.

mod access;
mod choices;
mod csv;
mod email;
pub mod hours;
mod metrics;

pub use access::{AccessConfig, KeyMap, KeyRole};
pub use choices::{CrmKind, EmailTls, IdentityKind, SpeechSink, SpeechStart};
pub use csv::CsvConfig;
pub use email::EmailConfig;
pub use hours::HoursConfig;
pub use metrics::MetricsConfig;

use crate::print::driver::Connection;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The defaults, also the documented example (`docs/OPERATIONS.md` quotes it).
pub const DEFAULT_TOML: &str = include_str!("../../assets/config/default.toml");

/// Everything configurable.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The kiosk screens.
    pub kiosk: KioskConfig,
    /// Where submissions are forwarded.
    pub crm: CrmConfig,
    /// The staff screen.
    pub staff: StaffConfig,
    /// The queue: the site's services and counters, and where its hub is.
    pub queue: QueueSettings,
    /// The receipt printer.
    pub printer: PrinterConfig,
    /// Card readers and who says whose card it is.
    pub cards: CardsConfig,
    /// Speech, the keypad, and the low layout.
    pub access: AccessConfig,
    /// Fleet metrics for Prometheus (off by default).
    pub metrics: MetricsConfig,
    /// Opening hours (default: always open).
    pub hours: HoursConfig,
}

/// The `[cards]` table: card readers, and the identity provider a card is checked with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardsConfig {
    /// A libnfc connstring (`pn532_uart:/dev/ttyUSB0`, `acr122_usb`); empty: no NFC reader. Needs
    /// the kiosk built with the `nfc` feature.
    pub nfc: String,
    /// Milliseconds between NFC polls.
    pub nfc_poll_ms: u64,
    /// Take keyboard-wedge barcode scans (fast keys ending in Enter) as cards.
    pub wedge: bool,
    /// A text file the simulated reader watches (lines `tap NUMBER`, `unplug`, `replug`), for
    /// development and tests; empty: none.
    pub simulated: String,
    /// Who checks a card: `none` (cards only show on the staff screen), `sip2` (the library
    /// management system) or `crm` (the council's customer lookup).
    pub identity: IdentityKind,
    /// Ask for the card's PIN before using its details.
    pub pin: bool,
    /// Seconds a lookup may take before the card is kept as unverified.
    pub timeout_secs: u64,
    /// SIP2 settings (identity = "sip2").
    pub sip2: Sip2Settings,
    /// The CRM customer lookup (identity = "crm"): its URL.
    pub crm_url: String,
    /// The CRM customer lookup's key, sent as a bearer token.
    pub crm_key: String,
}

/// `[cards.sip2]`: the library management system.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sip2Settings {
    /// `host:port`.
    pub addr: String,
    /// The kiosk's SIP2 login (CN).
    pub login_user: String,
    /// Its password (CO).
    pub login_password: String,
    /// Location code (CP).
    pub location: String,
    /// Institution id (AO).
    pub institution: String,
    /// Terminal password (AC).
    pub terminal_password: String,
}

impl CardsConfig {
    fn check(&self) -> Result<(), ConfigError> {
        match self.identity {
            IdentityKind::None => {}
            IdentityKind::Sip2 => {
                if self.sip2.addr.trim().is_empty() || !self.sip2.addr.contains(':') {
                    return Err(ConfigError::Invalid(
                        "cards.sip2.addr must be host:port when cards.identity is \"sip2\"".into(),
                    ));
                }
            }
            IdentityKind::Crm => {
                if !(self.crm_url.starts_with("http://") || self.crm_url.starts_with("https://")) {
                    return Err(ConfigError::Invalid(
                        "cards.crm_url must start with http:// or https:// when cards.identity is \"crm\"".into(),
                    ));
                }
            }
        }
        if self.timeout_secs == 0 || self.timeout_secs > 60 {
            return Err(ConfigError::Invalid("cards.timeout_secs must be from 1 to 60".into()));
        }
        if self.nfc_poll_ms < 50 {
            return Err(ConfigError::Invalid("cards.nfc_poll_ms must be at least 50".into()));
        }
        Ok(())
    }

    /// The identity provider, or `None` for `identity = "none"`.
    pub fn provider(&self) -> Option<std::sync::Arc<dyn crate::card::identity::Provider>> {
        self.provider_on(None)
    }

    /// [`Self::provider`], with lookups over HTTP run on `runtime` (one client for all of them)
    /// when one is given.
    pub fn provider_on(
        &self,
        runtime: Option<tokio::runtime::Handle>,
    ) -> Option<std::sync::Arc<dyn crate::card::identity::Provider>> {
        use crate::card::identity::{CrmLookup, Sip2Provider};
        let timeout = std::time::Duration::from_secs(self.timeout_secs);
        match self.identity {
            IdentityKind::Sip2 => Some(std::sync::Arc::new(Sip2Provider::new(
                crate::card::sip2_client::Sip2Config {
                    addr: self.sip2.addr.clone(),
                    login_user: self.sip2.login_user.clone(),
                    login_password: self.sip2.login_password.clone(),
                    location: self.sip2.location.clone(),
                    institution: self.sip2.institution.clone(),
                    terminal_password: self.sip2.terminal_password.clone(),
                    timeout,
                },
                self.pin,
            ))),
            IdentityKind::Crm => {
                let lookup = CrmLookup::new(self.crm_url.clone(), self.crm_key.clone(), timeout, self.pin);
                Some(std::sync::Arc::new(match runtime {
                    Some(r) => lookup.on_runtime(r),
                    None => lookup,
                }))
            }
            IdentityKind::None => None,
        }
    }
}

/// The `[printer]` table: the receipt printer, if there is one.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrinterConfig {
    /// Where it is (`tcp://HOST:PORT`, `usb:/dev/usb/lp0`, `usb:VID:PID`, `serial:PATH@BAUD`,
    /// `file:PATH`); `None` (an empty string in the file): no printer, references and tickets are
    /// shown on screen only.
    #[serde(deserialize_with = "printer_connection")]
    pub connection: Option<Connection>,
    /// Paper width: `"58"` or `"80"` (mm).
    pub paper: String,
    /// Each read or write to the printer gives up after this long.
    pub timeout_secs: u64,
    /// A whole job (status, bytes, status) gives up after this long; the visitor is then shown
    /// their reference to note down.
    pub deadline_secs: u64,
    /// A tracking address for the receipt's QR code, with `{reference}` in it; empty: the QR code
    /// holds the bare reference.
    pub track_url: String,
    /// The printer's `ESC t` numbers for the code pages (Epson's by default).
    pub code_pages: CodePageConfig,
}

/// `[printer.code_pages]`: the `ESC t` numbers this printer gives PC858 and PC852.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodePageConfig {
    /// PC858 (Western European with €).
    pub pc858: u8,
    /// PC852 (Central European: Polish).
    pub pc852: u8,
}

/// `[printer] connection` as written: empty (or blank) for no printer, else a [`Connection`].
fn printer_connection<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Connection>, D::Error> {
    let text = String::deserialize(d)?;
    match text.trim() {
        "" => Ok(None),
        text => text.parse().map(Some).map_err(serde::de::Error::custom),
    }
}

impl PrinterConfig {
    /// The paper width.
    pub fn paper(&self) -> Result<crate::print::layout::Paper, ConfigError> {
        crate::print::layout::Paper::parse(&self.paper)
            .ok_or_else(|| ConfigError::Invalid(format!("printer.paper is \"{}\"; write \"58\" or \"80\"", self.paper)))
    }

    /// The code-page numbers for the layouts.
    pub fn code_page_numbers(&self) -> crate::print::layout::CodePageNumbers {
        crate::print::layout::CodePageNumbers {
            pc858: self.code_pages.pc858,
            pc852: self.code_pages.pc852,
        }
    }

    fn check(&self) -> Result<(), ConfigError> {
        self.paper()?;
        if self.timeout_secs == 0 || self.deadline_secs < self.timeout_secs || self.deadline_secs > 120 {
            return Err(ConfigError::Invalid(
                "printer.timeout_secs must be positive and printer.deadline_secs from it up to 120".into(),
            ));
        }
        if !self.track_url.is_empty() && !self.track_url.contains("{reference}") {
            return Err(ConfigError::Invalid(
                "printer.track_url must contain {reference}, where the reference goes".into(),
            ));
        }
        Ok(())
    }
}

/// The `[queue]` table: how this machine takes part in the site's queue, and the site's queue
/// itself (services, counters, rules), which the hub checks at load.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueSettings {
    /// The kiosk offers "Take a ticket" (through the hub at `hub`, or its own if `standalone`).
    pub tickets: bool,
    /// The kiosk offers "I need extra help" (a priority ticket) with its tickets.
    pub extra_help: bool,
    /// The kiosk hosts the hub itself (a site with one kiosk and no separate hub, like the bus).
    pub standalone: bool,
    /// The hub's WebSocket URL, for kiosks, boards and counters.
    pub hub: String,
    /// Where `queue-display serve` (or a standalone kiosk) listens.
    pub listen: String,
    /// When not empty, kiosks must present this to issue tickets.
    pub kiosk_token: String,
    /// Staff token per counter number; a counter without one cannot act.
    pub tokens: BTreeMap<String, String>,
    /// The services, in the order the kiosk offers them.
    pub services: Vec<crate::queue::ServiceDef>,
    /// The counters.
    pub counters: Vec<crate::queue::CounterDef>,
    /// See [`crate::queue::QueueConfig::priority_boost_minutes`].
    pub priority_boost_minutes: u32,
    /// See [`crate::queue::QueueConfig::max_recalls`].
    pub max_recalls: u32,
    /// See [`crate::queue::QueueConfig::reset_at`].
    pub reset_at: String,
    /// See [`crate::queue::QueueConfig::default_service_minutes`].
    pub default_service_minutes: u32,
    /// See [`crate::queue::QueueConfig::daily_cap`].
    pub daily_cap: u32,
    /// See [`crate::queue::QueueConfig::more_time_places`].
    pub more_time_places: u32,
    /// See [`crate::queue::QueueConfig::appointment_boost_minutes`].
    pub appointment_boost_minutes: u32,
    /// See [`crate::queue::QueueConfig::appointment_grace_minutes`].
    pub appointment_grace_minutes: u32,
    /// The mobile ticket page.
    pub mobile: MobileSettings,
    /// Queue texts through GOV.UK Notify.
    #[serde(default)]
    pub sms: SmsSettings,
    /// Where today's appointments come from.
    pub appointments: AppointmentSources,
    /// Tickets one kiosk may issue a minute on average, across reconnects.
    pub kiosk_tickets_per_minute: f64,
    /// Tickets one kiosk may issue at once.
    pub kiosk_ticket_burst: u32,
    /// Tickets all kiosks at one network address may issue a minute on average.
    pub address_tickets_per_minute: f64,
    /// Tickets all kiosks at one network address may issue at once.
    pub address_ticket_burst: u32,
}

/// `[queue.mobile]`: the page a ticket's QR code opens, served by the hub.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MobileSettings {
    /// What phones reach the hub at (`http://192.168.50.1:7311`); empty: no mobile tickets.
    pub base_url: String,
}

impl MobileSettings {
    /// The base URL without a trailing `/`, when mobile tickets are on.
    pub fn base(&self) -> Option<&str> {
        let b = self.base_url.trim().trim_end_matches('/');
        (!b.is_empty()).then_some(b)
    }

    fn problems(&self) -> Vec<String> {
        match self.base() {
            Some(b) if !(b.starts_with("http://") || b.starts_with("https://")) || b.contains(char::is_whitespace) => {
                vec![format!(
                    "queue.mobile.base_url \"{b}\" must be an address like \"http://192.168.50.1:7311\""
                )]
            }
            Some(b) if b.len() > 200 => vec!["queue.mobile.base_url is longer than 200 characters".into()],
            _ => Vec::new(),
        }
    }
}

/// `[queue.sms]`: queue texts through GOV.UK Notify, sent by the hub (docs/SMS.md).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SmsSettings {
    /// A file (mode 0600) holding the Notify API key; empty: no texts, and kiosks are told
    /// `sms-off`.
    pub api_key_file: String,
    /// The Notify template id of the position text.
    pub template_position: String,
    /// The Notify template id of the called text.
    pub template_called: String,
    /// The position text goes when a ticket first reaches this place or nearer.
    pub position_at: u32,
    /// Notify's API address.
    pub base_url: String,
    /// A kiosk whose site hub sends texts offers them ("Get a text when it's your turn");
    /// a kiosk that is the hub offers them whenever `api_key_file` is set.
    pub kiosk_offers: bool,
}

impl Default for SmsSettings {
    fn default() -> SmsSettings {
        SmsSettings {
            api_key_file: String::new(),
            template_position: String::new(),
            template_called: String::new(),
            position_at: 3,
            base_url: "https://api.notifications.service.gov.uk".into(),
            kiosk_offers: false,
        }
    }
}

impl SmsSettings {
    /// Whether texts are sent.
    pub fn on(&self) -> bool {
        !self.api_key_file.trim().is_empty()
    }

    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if !self.on() {
            return p;
        }
        let uuid = |s: &str| {
            s.len() == 36
                && s.char_indices().all(|(i, c)| match i {
                    8 | 13 | 18 | 23 => c == '-',
                    _ => c.is_ascii_hexdigit(),
                })
        };
        for (name, id) in [
            ("template_position", &self.template_position),
            ("template_called", &self.template_called),
        ] {
            if !uuid(id.trim()) {
                p.push(format!(
                    "queue.sms.{name} must be a GOV.UK Notify template id like \"f33517ff-2a88-4f6e-b855-c550268ce08a\" (the template's page in Notify shows it)"
                ));
            }
        }
        if !(1..=50).contains(&self.position_at) {
            p.push("queue.sms.position_at must be 1 to 50".into());
        }
        let b = self.base_url.trim();
        if !(b.starts_with("https://") || b.starts_with("http://127.0.0.1") || b.starts_with("http://localhost"))
            || b.contains(char::is_whitespace)
        {
            p.push(format!(
                "queue.sms.base_url \"{b}\" must be an https:// address (GOV.UK Notify's is \"https://api.notifications.service.gov.uk\")"
            ));
        }
        p
    }
}

/// `[queue.appointments]`: where the hub finds today's appointments.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppointmentSources {
    /// A folder of `.csv` and `.ics` files; empty: none.
    pub folder: String,
    /// An address fetched when online; empty: none.
    pub url: String,
    /// Minutes between looks.
    pub refresh_minutes: u32,
}

/// Shortest staff or kiosk token accepted.
pub const MIN_TOKEN_LEN: usize = 12;

impl QueueSettings {
    /// The site's queue, for the engine.
    pub fn site(&self) -> crate::queue::QueueConfig {
        crate::queue::QueueConfig {
            services: self.services.clone(),
            counters: self.counters.clone(),
            priority_boost_minutes: self.priority_boost_minutes,
            max_recalls: self.max_recalls,
            reset_at: self.reset_at.clone(),
            default_service_minutes: self.default_service_minutes,
            daily_cap: self.daily_cap,
            hours: crate::hours::Hours::always(),
            more_time_places: self.more_time_places,
            appointment_boost_minutes: self.appointment_boost_minutes,
            appointment_grace_minutes: self.appointment_grace_minutes,
        }
    }

    /// The ticket limits, for the hub.
    pub fn ticket_rates(&self) -> (crate::queue::server::Rate, crate::queue::server::Rate) {
        let rate = |per_minute: f64, burst: u32| crate::queue::server::Rate {
            per_minute,
            burst: f64::from(burst),
        };
        (
            rate(self.kiosk_tickets_per_minute, self.kiosk_ticket_burst),
            rate(self.address_tickets_per_minute, self.address_ticket_burst),
        )
    }

    /// Staff tokens by counter number (keys checked at load).
    pub fn counter_tokens(&self) -> BTreeMap<u32, String> {
        self.tokens
            .iter()
            .filter_map(|(k, v)| Some((k.parse().ok()?, v.clone())))
            .collect()
    }

    /// `listen` as an address.
    pub fn listen_addr(&self) -> Result<std::net::SocketAddr, ConfigError> {
        self.listen.parse().map_err(|_| {
            ConfigError::Invalid(format!(
                "queue.listen \"{}\" must be an address and port like \"0.0.0.0:7311\"",
                self.listen
            ))
        })
    }

    fn check(&self) -> Result<(), ConfigError> {
        let mut problems = self.site().problems();
        problems.extend(self.mobile.problems());
        problems.extend(self.sms.problems());
        if !(1..=1440).contains(&self.appointments.refresh_minutes) {
            problems.push("queue.appointments.refresh_minutes must be 1 to 1440".into());
        }
        if !(self.hub.starts_with("ws://") || self.hub.starts_with("wss://")) {
            problems.push(format!(
                "queue.hub \"{}\" must be a WebSocket URL like \"ws://192.168.1.10:7311/v1/queue\"",
                self.hub
            ));
        }
        if let Err(e) = self.listen_addr() {
            problems.push(
                e.to_string()
                    .trim_start_matches("the config file is not valid: ")
                    .to_owned(),
            );
        }
        for (who, per_minute, burst) in [
            ("kiosk", self.kiosk_tickets_per_minute, self.kiosk_ticket_burst),
            ("address", self.address_tickets_per_minute, self.address_ticket_burst),
        ] {
            if !(per_minute.is_finite() && (0.1..=600.0).contains(&per_minute)) {
                problems.push(format!("queue.{who}_tickets_per_minute must be 0.1 to 600"));
            }
            if !(1..=1000).contains(&burst) {
                problems.push(format!("queue.{who}_ticket_burst must be 1 to 1000"));
            }
        }
        let weak = |t: &str| t.chars().count() < MIN_TOKEN_LEN;
        if !self.kiosk_token.is_empty() && weak(&self.kiosk_token) {
            problems.push(format!(
                "queue.kiosk_token must be at least {MIN_TOKEN_LEN} characters (try `openssl rand -hex 16`)"
            ));
        }
        for (k, v) in &self.tokens {
            match k.parse::<u32>() {
                Ok(c) if self.counters.iter().any(|d| d.id == c) => {}
                _ => problems.push(format!(
                    "queue.tokens names counter \"{k}\", which is not one of queue.counters"
                )),
            }
            if weak(v) {
                problems.push(format!(
                    "queue.tokens for counter {k} must be at least {MIN_TOKEN_LEN} characters (try `openssl rand -hex 16`)"
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ConfigError::Invalid(problems.join("; ")))
        }
    }
}

/// The `[staff]` table: access to the PIN-protected staff screen.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffConfig {
    /// The staff PIN's argon2id PHC string, from `kiosk staff hash-pin`. Empty: no staff screen.
    pub pin_hash: String,
    /// The staff screen's language: the council's working language, whatever the visitor's was.
    pub locale: String,
}

impl StaffConfig {
    /// The checked PIN hash, or `None` when the staff screen is turned off.
    pub fn pin(&self) -> Option<crate::staff::PinHash> {
        if self.pin_hash.trim().is_empty() {
            return None;
        }
        crate::staff::PinHash::parse(&self.pin_hash).ok()
    }
}

/// The `[crm]` table: where and how submissions are delivered.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrmConfig {
    /// `none` (keep everything in the outbox), `webhook` or `open311`.
    pub kind: CrmKind,
    /// The endpoint URL.
    pub url: String,
    /// The HMAC secret for webhook signatures.
    pub secret: String,
    /// Open311 `api_key` (empty: none sent).
    pub api_key: String,
    /// Open311 `jurisdiction_id` (empty: none sent).
    pub jurisdiction_id: String,
    /// Requests in flight at once.
    pub max_in_flight: usize,
    /// Seconds before one attempt is abandoned (and retried later).
    pub timeout_secs: u64,
    /// First retry delay, in milliseconds; doubles per attempt.
    pub backoff_base_ms: i64,
    /// Longest retry delay, in milliseconds.
    pub backoff_cap_ms: i64,
    /// Days to keep a submission's answers after the CRM acknowledged it.
    pub retention_days: u64,
    /// Hours a submission may fail with the same kind of error before staff are asked to look
    /// (a fraction is allowed: 0.5 is half an hour).
    pub attention_after_hours: f64,
    /// Open311 only: hours between reads of the CRM's form catalogue while the kiosk runs
    /// (0: only `kiosk catalogue refresh` reads it).
    pub catalogue_refresh_hours: u64,
    /// `kind = "email"`: the SMTP relay and the mailboxes (`[crm.email]`).
    pub email: EmailConfig,
    /// The daily CSV of each form's submissions (`[crm.csv]`), beside forwarding.
    pub csv: CsvConfig,
}

impl CrmConfig {
    /// `attention_after_hours` as a duration (at least a second; at most a year).
    pub fn attention_after(&self) -> std::time::Duration {
        let hours = if self.attention_after_hours.is_finite() {
            self.attention_after_hours.clamp(0.0, 8_760.0)
        } else {
            24.0
        };
        std::time::Duration::from_secs_f64((hours * 3600.0).max(1.0))
    }
}

/// The `[kiosk]` table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskConfig {
    /// Shown on the welcome screen and receipts.
    pub council_name: String,
    /// This kiosk's name among the site's kiosks (a form-style id, e.g. `library-1`), sent with its
    /// daily ratings so the CRM keeps each kiosk's apart. Empty: the machine's host name is used.
    pub id: String,
    /// Languages offered on the welcome screen, in this order.
    pub locales: Vec<String>,
    /// Form ids in menu order; unnamed forms follow alphabetically.
    pub menu: Vec<String>,
    /// Seconds without a touch before the session is wiped.
    pub idle_timeout_secs: u64,
    /// Seconds before the wipe that the "Do you need more time?" warning shows.
    pub idle_warning_secs: u64,
    /// Fill the screen (a kiosk); off for trying it on a desktop. On also locks the window down:
    /// no frame, close requests ignored (the kiosk's `lockdown` module).
    pub fullscreen: bool,
    /// The window's size in pixels, `WIDTHxHEIGHT`: for screens with no window manager to honour
    /// `fullscreen` (a bare X server). Empty means the kiosk's own default.
    pub window_size: String,
    /// Start in large-text mode.
    pub large_text: bool,
    /// The data key file (sealing personal data at rest). Empty: `kiosk.key` in the data folder.
    pub key_file: String,
    /// Read forms from this folder instead of the bundled ones.
    pub forms_dir: Option<PathBuf>,
    /// Read translations from this folder instead of the bundled ones.
    pub locales_dir: Option<PathBuf>,
}

/// A configuration that cannot be used, and why.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Not valid TOML, or a key of the wrong type or unknown.
    #[error("the config file is not valid: {0}")]
    Parse(String),
    /// Values that parse but do not make sense together.
    #[error("the config file is not valid: {0}")]
    Invalid(String),
}

impl KioskConfig {
    /// `window_size` as (width, height), or `None` when empty.
    pub fn window_size(&self) -> Result<Option<(u32, u32)>, ConfigError> {
        if self.window_size.is_empty() {
            return Ok(None);
        }
        let bad = || {
            ConfigError::Invalid(format!(
                "kiosk.window_size is \"{}\"; write it like \"1080x1920\"",
                self.window_size
            ))
        };
        let (w, h) = self.window_size.split_once('x').ok_or_else(bad)?;
        let (w, h): (u32, u32) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
        if !(200..=16384).contains(&w) || !(200..=16384).contains(&h) {
            return Err(bad());
        }
        Ok(Some((w, h)))
    }
}

impl Config {
    /// The embedded defaults.
    pub fn defaults() -> Config {
        Config::from_toml("").expect("embedded defaults are valid")
    }

    /// Parse a config file's text, filling every missing key from the defaults.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let mut base: toml::Table = toml::from_str(DEFAULT_TOML).expect("embedded defaults parse");
        let over: toml::Table =
            toml::from_str(text).map_err(|e| ConfigError::Parse(crate::toml_errors::syntax(&e, text)))?;
        merge(&mut base, over);
        // The merged table has no places: the error's key is looked up in the operator's text.
        let cfg: Config = Config::deserialize(toml::Value::Table(base))
            .map_err(|e| ConfigError::Parse(crate::toml_errors::value(&e, text, &[])))?;
        cfg.check()?;
        Ok(cfg)
    }

    fn check(&self) -> Result<(), ConfigError> {
        self.metrics.check()?;
        self.crm.csv.check()?;
        let k = &self.kiosk;
        if k.idle_warning_secs < 30 {
            return Err(ConfigError::Invalid(format!(
                "kiosk.idle_warning_secs is {}; visitors need at least 30 seconds to answer the warning",
                k.idle_warning_secs
            )));
        }
        if k.idle_timeout_secs <= k.idle_warning_secs {
            return Err(ConfigError::Invalid(format!(
                "kiosk.idle_timeout_secs ({}) must be longer than kiosk.idle_warning_secs ({})",
                k.idle_timeout_secs, k.idle_warning_secs
            )));
        }
        k.window_size()?;
        if !k.id.is_empty() && !crate::forms::schema::is_valid_id(&k.id) {
            return Err(ConfigError::Invalid(format!(
                "kiosk.id \"{}\" must be lowercase letters, digits and single hyphens, at most {} characters, like \"library-1\"",
                k.id.escape_debug(),
                crate::forms::schema::MAX_ID_LEN
            )));
        }
        let c = &self.crm;
        let web = c.url.starts_with("http://") || c.url.starts_with("https://");
        if c.kind == CrmKind::Email {
            c.email.check()?;
        } else if c.kind != CrmKind::None && !web {
            return Err(ConfigError::Invalid(format!(
                "crm.url \"{}\" must start with http:// or https://",
                c.url
            )));
        }
        if c.kind == CrmKind::Webhook && c.secret.len() < 16 {
            return Err(ConfigError::Invalid("crm.secret must be at least 16 characters".into()));
        }
        if c.max_in_flight == 0 || c.max_in_flight > 64 {
            return Err(ConfigError::Invalid("crm.max_in_flight must be from 1 to 64".into()));
        }
        if c.timeout_secs == 0 || c.backoff_base_ms <= 0 || c.backoff_cap_ms < c.backoff_base_ms {
            return Err(ConfigError::Invalid(
                "crm.timeout_secs and crm.backoff_base_ms must be positive, and crm.backoff_cap_ms at least the base"
                    .into(),
            ));
        }
        if c.catalogue_refresh_hours > 24 * 365 {
            return Err(ConfigError::Invalid(
                "crm.catalogue_refresh_hours must be at most 8760 (a year); 0 turns it off".into(),
            ));
        }
        if !self.staff.pin_hash.trim().is_empty() {
            crate::staff::PinHash::parse(&self.staff.pin_hash).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        }
        if k.locales.is_empty() {
            return Err(ConfigError::Invalid(
                "kiosk.locales must list at least one language".into(),
            ));
        }
        self.printer.check()?;
        self.cards.check()?;
        self.access.check()?;
        self.hours.schedule()?;
        self.queue.check()
    }
}

/// Overlay `over` onto `base`, table by table.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod sms_settings_tests {
    use super::*;

    #[test]
    fn queue_sms_is_off_by_default_and_checked_when_on() {
        let q = Config::defaults().queue;
        assert!(!q.sms.on());
        assert_eq!(q.sms, SmsSettings::default());
        let ok = "[queue.sms]\napi_key_file = \"/etc/onestop/notify.key\"\ntemplate_position = \"f33517ff-2a88-4f6e-b855-c550268ce08a\"\ntemplate_called = \"a2a3f3c1-2a88-4f6e-b855-c550268ce08b\"\n";
        let c = Config::from_toml(ok).unwrap();
        assert!(c.queue.sms.on() && c.queue.sms.position_at == 3);
        let e = Config::from_toml("[queue.sms]\napi_key_file = \"k\"\ntemplate_position = \"x\"\nposition_at = 0\nbase_url = \"http://example.org\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("template_position")
                && e.contains("template_called")
                && e.contains("position_at")
                && e.contains("https://"),
            "{e}"
        );
    }
}
