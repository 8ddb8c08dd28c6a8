//! From a card to a person: asks the library (SIP2) or the council's CRM (HTTP JSON) who holds a
//! card, checking the PIN where the provider needs one, and limits wrong PINs per card. Offline, a
//! card is kept as *unverified*, to be checked when the submission is forwarded.
//!
//! The PIN lives in a [`Pin`], which is wiped from memory when dropped, never printed by `Debug`,
//! and goes nowhere but the provider. Nothing here logs a card number or a PIN.

use super::CardNumber;
pub use super::carried::{Check, Identity};
use super::sip2_client::{self, Sip2Config, Sip2Error};
use crate::config::IdentityKind;
use std::collections::HashMap;
use std::time::Duration;

/// A PIN typed on the kiosk's pad: digits only, wiped on drop.
pub struct Pin(String);

impl Pin {
    /// 4 to 12 digits, or `None`.
    pub fn new(digits: String) -> Option<Pin> {
        let ok = (4..=12).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
        let pin = Pin(digits);
        ok.then_some(pin)
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for Pin {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Empties `s` and overwrites the bytes it held, so digits typed for a PIN do not linger in
/// freed memory.
pub fn wipe(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    for b in bytes.iter_mut() {
        // SAFETY: `b` is a valid, aligned, exclusive reference into `bytes`.
        unsafe { std::ptr::write_volatile(b, 0) };
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(****)")
    }
}

/// What the provider knows about the card's holder. Used only to prefill a form after the visitor
/// agrees, then dropped with the session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// The name as the provider holds it ("Begum, Amina" or "Amina Begum").
    pub name: Option<String>,
    /// Given name, when the provider gives it apart or it can be told from `name`.
    pub first_name: Option<String>,
    /// Family name, likewise.
    pub last_name: Option<String>,
    /// The address as one line.
    pub address: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

impl Person {
    /// Splits `name` into first and last names when they are not given apart: "Begum, Amina"
    /// (SIP2's usual order) or "Amina Begum".
    pub fn with_split_name(mut self) -> Person {
        if self.first_name.is_none()
            && self.last_name.is_none()
            && let Some(name) = self.name.as_deref().map(str::trim).filter(|n| !n.is_empty())
        {
            let (first, last) = match name.split_once(',') {
                Some((last, first)) => (first.trim(), last.trim()),
                None => match name.rsplit_once(' ') {
                    Some((first, last)) => (first.trim(), last.trim()),
                    None => ("", name),
                },
            };
            self.first_name = (!first.is_empty()).then(|| first.to_owned());
            self.last_name = (!last.is_empty()).then(|| last.to_owned());
        }
        self
    }
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A valid card, the right PIN (where one is needed): its holder.
    Found(Person),
    /// The card is valid but the PIN is wrong.
    WrongPin,
    /// No such card, or the provider does not accept it.
    NotFound,
    /// The card is blocked (e.g. a library card with charges or a lost-card block).
    Blocked,
    /// The provider could not be asked (offline, down, slow). The card can still be recorded as
    /// unverified.
    Unreachable(String),
}

/// What a provider says of a card alone, with no PIN: asked when a submission carrying an
/// unverified card is forwarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The provider knows the card and accepts it.
    Valid,
    /// The provider does not know the card, or no longer accepts it (blocked, reported lost).
    Invalid,
    /// The provider could not be asked, or did not say.
    Unknown,
}

impl Verdict {
    /// What a lookup without a PIN says of the card: a wrong-PIN answer still means the card is
    /// known; a blocked card is refused (the lookup does not say why it is blocked).
    pub fn of_lookup(outcome: &Outcome) -> Verdict {
        match outcome {
            Outcome::Found(_) | Outcome::WrongPin => Verdict::Valid,
            Outcome::NotFound | Outcome::Blocked => Verdict::Invalid,
            Outcome::Unreachable(_) => Verdict::Unknown,
        }
    }
}

/// Who to ask.
pub trait Provider: Send + Sync {
    /// Its name, recorded with the identity: its `[cards] identity` word (`sip2`, `crm`).
    fn name(&self) -> &'static str;
    /// Whether a PIN must be typed before the details are given.
    fn needs_pin(&self) -> bool;
    /// Looks the card up. Blocking: call it from a worker thread.
    fn lookup(&self, card: &CardNumber, pin: Option<&Pin>) -> Outcome;
    /// Whether the card alone is good, without a PIN (none is ever kept to ask with later).
    /// Blocking: call it from a worker thread.
    fn verify(&self, card: &CardNumber) -> Verdict;
}

/// A library management system over SIP2.
pub struct Sip2Provider {
    config: Sip2Config,
    needs_pin: bool,
}

impl Sip2Provider {
    /// With the library's SIP2 settings; `needs_pin` when the library wants the patron PIN.
    pub fn new(config: Sip2Config, needs_pin: bool) -> Sip2Provider {
        Sip2Provider { config, needs_pin }
    }
}

impl Provider for Sip2Provider {
    fn name(&self) -> &'static str {
        IdentityKind::Sip2.as_str()
    }

    fn needs_pin(&self) -> bool {
        self.needs_pin
    }

    fn lookup(&self, card: &CardNumber, pin: Option<&Pin>) -> Outcome {
        let now = time::OffsetDateTime::now_utc();
        match sip2_client::lookup_patron(&self.config, card.expose(), pin.map(Pin::expose), now) {
            Err(e @ (Sip2Error::Request(_) | Sip2Error::LoginRefused)) => {
                tracing::error!("SIP2 lookup cannot work until the settings are fixed: {e}");
                Outcome::Unreachable(e.to_string())
            }
            Err(e) => Outcome::Unreachable(e.to_string()),
            Ok(p) => {
                // Valid patron and valid password are separate answers: check each.
                if p.valid_patron != Some(true) {
                    return Outcome::NotFound;
                }
                if self.needs_pin && p.valid_password != Some(true) {
                    return Outcome::WrongPin;
                }
                if !p.blocks.is_empty() {
                    return Outcome::Blocked;
                }
                Outcome::Found(
                    Person {
                        name: p.name,
                        address: p.address,
                        email: p.email,
                        phone: p.phone,
                        ..Person::default()
                    }
                    .with_split_name(),
                )
            }
        }
    }

    fn verify(&self, card: &CardNumber) -> Verdict {
        let now = time::OffsetDateTime::now_utc();
        match sip2_client::lookup_patron(&self.config, card.expose(), None, now) {
            Ok(p) => sip2_verdict(p.valid_patron, &p.blocks),
            Err(_) => Verdict::Unknown,
        }
    }
}

/// A SIP2 patron reply as a [`Verdict`]: the library's "valid patron" flag, except that a card
/// reported lost is refused (whoever holds it may not be its owner). Blocks on borrowing (fines,
/// overdue items) say nothing about who holds the card, so they do not refuse it.
pub fn sip2_verdict(valid_patron: Option<bool>, blocks: &[super::sip2::PatronBlock]) -> Verdict {
    match valid_patron {
        Some(true) if blocks.contains(&super::sip2::PatronBlock::CardReportedLost) => Verdict::Invalid,
        Some(true) => Verdict::Valid,
        Some(false) => Verdict::Invalid,
        None => Verdict::Unknown,
    }
}

/// The council's CRM customer lookup: `POST {url}` with JSON `{"card": "…", "pin": "…"}` and the
/// key in `Authorization: Bearer`, answered `200` with the customer's details, `404` for no such
/// card, `401`/`403` with `{"error": "pin"}` for a wrong PIN, `423` for a blocked card.
pub struct CrmLookup {
    url: String,
    api_key: String,
    timeout: Duration,
    needs_pin: bool,
    /// The runtime and HTTP client every lookup shares, when the caller has a runtime to lend
    /// (the kiosk's); without one, each lookup makes its own.
    shared: Option<(tokio::runtime::Handle, reqwest::Client)>,
}

impl CrmLookup {
    /// With the lookup's address and key.
    pub fn new(url: String, api_key: String, timeout: Duration, needs_pin: bool) -> CrmLookup {
        CrmLookup {
            url,
            api_key,
            timeout,
            needs_pin,
            shared: None,
        }
    }

    /// Run every lookup on `runtime` with one HTTP client (its pooled connections belong to
    /// that runtime). Lookups stay blocking: call them from a worker thread, never a task.
    pub fn on_runtime(mut self, runtime: tokio::runtime::Handle) -> CrmLookup {
        self.shared = self.client().ok().map(|c| (runtime, c));
        self
    }

    fn client(&self) -> Result<reqwest::Client, reqwest::Error> {
        reqwest::Client::builder()
            .timeout(self.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
    }

    async fn ask(&self, client: &reqwest::Client, card: &CardNumber, pin: Option<&Pin>) -> Outcome {
        let body = serde_json::json!({ "card": card.expose(), "pin": pin.map(Pin::expose) });
        let sent = client
            .post(&self.url)
            .bearer_auth(&self.api_key)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await;
        let reply = match sent {
            Ok(r) => r,
            Err(e) if e.is_timeout() => return Outcome::Unreachable("the CRM did not answer in time".into()),
            Err(_) => return Outcome::Unreachable("the CRM could not be reached".into()),
        };
        let status = reply.status().as_u16();
        let bytes = match reply.bytes().await {
            Ok(b) if b.len() <= MAX_REPLY => b,
            Ok(_) => return Outcome::Unreachable("the CRM's reply is too large".into()),
            Err(_) => return Outcome::Unreachable("the CRM's reply was cut short".into()),
        };
        read_crm_reply(status, &bytes)
    }
}

/// The most of a CRM lookup reply that is read.
const MAX_REPLY: usize = 64 * 1024;

impl Provider for CrmLookup {
    fn name(&self) -> &'static str {
        IdentityKind::Crm.as_str()
    }

    fn needs_pin(&self) -> bool {
        self.needs_pin
    }

    fn lookup(&self, card: &CardNumber, pin: Option<&Pin>) -> Outcome {
        if let Some((runtime, client)) = &self.shared {
            return runtime.block_on(self.ask(client, card, pin));
        }
        // No runtime lent (the forwarder's own check, the CLI): one for this lookup alone.
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(r) => r,
            Err(e) => return Outcome::Unreachable(e.to_string()),
        };
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => return Outcome::Unreachable(e.to_string()),
        };
        runtime.block_on(self.ask(&client, card, pin))
    }

    /// The same lookup with `"pin": null`: the contract asks the CRM to answer it as for any
    /// card (200, or 401/403 `{"error": "pin"}` when the card has a PIN) without counting a
    /// wrong PIN.
    fn verify(&self, card: &CardNumber) -> Verdict {
        Verdict::of_lookup(&self.lookup(card, None))
    }
}

/// What a CRM lookup reply means. Pure, so hostile replies can be tested and fuzzed.
pub fn read_crm_reply(status: u16, body: &[u8]) -> Outcome {
    let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let text = |key: &str| {
        json.as_ref()
            .and_then(|j| j.get(key))
            .and_then(|v| v.as_str())
            .map(clean)
            .filter(|s| !s.is_empty())
    };
    match status {
        200 => match json.as_ref() {
            Some(j) if j.is_object() => Outcome::Found(
                Person {
                    name: text("name"),
                    first_name: text("first_name"),
                    last_name: text("last_name"),
                    address: text("address"),
                    email: text("email"),
                    phone: text("phone"),
                }
                .with_split_name(),
            ),
            _ => Outcome::Unreachable("the CRM's lookup reply is not a JSON object".into()),
        },
        404 => Outcome::NotFound,
        401 | 403 if text("error").as_deref() == Some("pin") => Outcome::WrongPin,
        401 | 403 => Outcome::Unreachable("the CRM refused the kiosk's key; check [cards] crm_key".into()),
        423 => Outcome::Blocked,
        s => Outcome::Unreachable(format!("the CRM answered {s}")),
    }
}

/// A provider's text as a form may take it: no control or bidi-override characters, at most 200
/// characters.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .take(200)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Wrong PINs per card on this kiosk: after [`PinAttempts::LIMIT`] in a row, the card is refused
/// for [`PinAttempts::LOCK_SECS`] whatever is typed, so a lost card cannot be guessed at the kiosk.
#[derive(Debug, Default)]
pub struct PinAttempts {
    /// Card → (wrong PINs in a row, when the last was).
    wrong: HashMap<String, (u32, i64)>,
}

impl PinAttempts {
    /// Wrong PINs allowed in a row.
    pub const LIMIT: u32 = 3;
    /// How long a card stays refused after the limit.
    pub const LOCK_SECS: i64 = 15 * 60;

    /// Whether `card` may try a PIN at `now` (Unix seconds).
    pub fn allowed(&self, card: &CardNumber, now: i64) -> bool {
        match self.wrong.get(card.expose()) {
            Some(&(n, at)) if n >= Self::LIMIT => now - at >= Self::LOCK_SECS,
            _ => true,
        }
    }

    /// Notes a wrong PIN; returns the tries left (0: refused for a while).
    pub fn wrong(&mut self, card: &CardNumber, now: i64) -> u32 {
        let entry = self.wrong.entry(card.expose().to_owned()).or_insert((0, now));
        if entry.0 >= Self::LIMIT && now - entry.1 >= Self::LOCK_SECS {
            *entry = (0, now);
        }
        entry.0 += 1;
        entry.1 = now;
        Self::LIMIT.saturating_sub(entry.0)
    }

    /// The right PIN: the count starts again.
    pub fn right(&mut self, card: &CardNumber) {
        self.wrong.remove(card.expose());
    }
}

#[cfg(test)]
mod tests;
