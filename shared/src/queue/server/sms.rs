//! Queue texts through GOV.UK Notify, at the hub. A kiosk gives a waiting ticket's mobile number
//! (`sms` message); it is sealed (XChaCha20-Poly1305, key file `queue-sms.key`) into the `sms`
//! table of `queue.db` with what was already sent. A notifier follows the engine like the mobile
//! pages (`replica`) and, after each batch of events, sends the position text once when a
//! ticket with a number first reaches position `position_at` or nearer, and the called text once
//! when it is called (a recall sends nothing). Each text goes out on its own task, online only:
//! 5 s per try, retried with backoff on a 429, a 5xx or a network failure for at most 2 minutes
//! (a late text is wrong); a 400 or 403 is logged once and never retried. Rows are deleted, with
//! `secure_delete` and a WAL checkpoint, when a ticket is done or a no-show and all of them when
//! a new day starts. Database work runs on its own thread, so neither the owner thread nor the
//! pages wait on it. Numbers never reach a log, an event, a board or an error.
//! Checking a number and the Notify key is `queue::sms`'s job; the kiosk's screen is the kiosk's.

use super::replica::Follower;
use crate::queue::engine::{Engine, Event, Sequenced, Ticket, TicketState};
use crate::queue::sms::{NotifyKey, Phone, ordinal};
use crate::store::crypto::Key;
use rusqlite::{Connection, params};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

/// The `sms` table (also migration 3 of `queue.db`).
pub(crate) const TABLE: &str = "CREATE TABLE sms (
        ticket        INTEGER PRIMARY KEY NOT NULL,
        phone         TEXT NOT NULL,            -- sealed, bound to 'sms-<ticket>'
        position_sent INTEGER NOT NULL DEFAULT 0,
        called_sent   INTEGER NOT NULL DEFAULT 0
    ) STRICT;";

/// What the hub needs to send queue texts (`[queue.sms]`).
#[derive(Clone)]
pub struct SmsHub {
    /// The Notify API key.
    pub key: NotifyKey,
    /// The Notify template of "You are ((position)) in the queue for ((service)) (((ticket)))".
    pub template_position: String,
    /// The Notify template of "((ticket)): please go to counter ((counter)) now".
    pub template_called: String,
    /// Send the position text when a ticket first reaches this place or nearer.
    pub position_at: u32,
    /// Notify's address, without a trailing `/`.
    pub base_url: String,
    /// Seals numbers at rest.
    pub seal: Key,
    /// Services' names for texts (`queue-service-<id>` in en-GB); `None`: the service id.
    pub translations: Option<Arc<crate::i18n::Translations>>,
    /// One try's limit.
    pub timeout: Duration,
    /// A text not sent this long after it was due is dropped.
    pub give_up_after: Duration,
    /// First wait before a retry; doubles per failure, up to 30 s.
    pub retry_min: Duration,
}

impl std::fmt::Debug for SmsHub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsHub")
            .field("key", &self.key)
            .field("base_url", &self.base_url)
            .field("position_at", &self.position_at)
            .finish_non_exhaustive()
    }
}

/// Where GOV.UK Notify is.
pub const NOTIFY_URL: &str = "https://api.notifications.service.gov.uk";

impl SmsHub {
    /// Texts with `key` and the two templates, at Notify, sent at 3rd place.
    pub fn new(key: NotifyKey, template_position: &str, template_called: &str, seal: Key) -> SmsHub {
        SmsHub {
            key,
            template_position: template_position.to_owned(),
            template_called: template_called.to_owned(),
            position_at: 3,
            base_url: NOTIFY_URL.to_owned(),
            seal,
            translations: None,
            timeout: Duration::from_secs(5),
            give_up_after: Duration::from_secs(120),
            retry_min: Duration::from_secs(2),
        }
    }

    /// From `[queue.sms]`: `None` when `api_key_file` is empty; else with the Notify key read
    /// from that file and the sealing key `queue-sms.key` in `data_dir` (made at first start).
    pub fn from_config(
        q: &crate::config::QueueSettings,
        data_dir: &Path,
        translations: Option<Arc<crate::i18n::Translations>>,
    ) -> Result<Option<SmsHub>, String> {
        let s = &q.sms;
        if s.api_key_file.trim().is_empty() {
            return Ok(None);
        }
        let path = Path::new(s.api_key_file.trim());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta =
                std::fs::metadata(path).map_err(|e| format!("queue.sms.api_key_file {}: {e}", path.display()))?;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(format!(
                    "queue.sms.api_key_file {} can be read by other users; run `chmod 600` on it",
                    path.display()
                ));
            }
        }
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("queue.sms.api_key_file {}: {e}", path.display()))?;
        let key = NotifyKey::parse(&text).map_err(|e| format!("queue.sms.api_key_file {}: {e}", path.display()))?;
        let seal = Key::load_or_create(&data_dir.join("queue-sms.key")).map_err(|e| e.to_string())?;
        let mut hub = SmsHub::new(key, &s.template_position, &s.template_called, seal);
        hub.position_at = s.position_at;
        hub.base_url = s.base_url.trim().trim_end_matches('/').to_owned();
        hub.translations = translations;
        Ok(Some(hub))
    }

    fn service_name(&self, id: &str) -> String {
        match &self.translations {
            Some(tr) => crate::queue::mobile::page::texts::service_name(tr, "en-GB", id),
            None => id.to_owned(),
        }
    }
}

/// Which text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Position,
    Called,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Position => "position",
            Kind::Called => "called",
        }
    }
}

/// A number for one ticket, and what it has been sent.
#[derive(Debug, Clone)]
struct Entry {
    phone: Phone,
    position_sent: bool,
    called_sent: bool,
}

/// Work for the database thread, done in order.
enum DbOp {
    Put {
        ticket: u64,
        sealed: String,
        reply: oneshot::Sender<Result<(), String>>,
    },
    Mark {
        ticket: u64,
        kind: Kind,
    },
    Delete(Vec<u64>),
    Wipe,
}

#[derive(Default)]
struct Book {
    engine: Option<Engine>,
    numbers: HashMap<u64, Entry>,
}

/// The notifier: numbers, a replica of the engine, and a way to Notify.
pub(crate) struct Texts {
    notify: Arc<Notify>,
    book: Mutex<Book>,
    db: std::sync::mpsc::Sender<DbOp>,
}

/// Sends texts; shared by every text on its way.
struct Notify {
    hub: SmsHub,
    http: reqwest::Client,
    /// A 403 (the key) is logged once.
    told_forbidden: AtomicBool,
    /// After a 429, no text goes before this.
    paused_until: Mutex<Option<Instant>>,
}

/// One text to send.
struct Job {
    ticket: u64,
    kind: Kind,
    phone: Phone,
    personalisation: serde_json::Value,
}

fn row(ticket: u64) -> String {
    format!("sms-{ticket}")
}

impl Texts {
    /// Open the `sms` table in the log at `path` (`None`: a private in-memory table, for an
    /// in-memory log) and load its numbers.
    pub(crate) fn open(hub: SmsHub, path: Option<&Path>) -> Result<Arc<Texts>, String> {
        let conn = match path {
            Some(p) => Connection::open(p),
            None => Connection::open_in_memory(),
        }
        .map_err(|e| format!("the queue texts' table: {e}"))?;
        let setup = || -> rusqlite::Result<()> {
            conn.busy_timeout(Duration::from_secs(5))?;
            // Deleted numbers' bytes are overwritten, not left in free space.
            conn.pragma_update(None, "secure_delete", "ON")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            if path.is_none() {
                conn.execute_batch(TABLE)?;
            }
            Ok(())
        };
        setup().map_err(|e| format!("the queue texts' table: {e}"))?;
        let mut numbers = HashMap::new();
        let mut bad = Vec::new();
        {
            let mut stmt = conn
                .prepare("SELECT ticket, phone, position_sent, called_sent FROM sms")
                .map_err(|e| format!("the queue texts' table: {e}"))?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, bool>(2)?,
                        r.get::<_, bool>(3)?,
                    ))
                })
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                .map_err(|e| format!("the queue texts' table: {e}"))?;
            for (ticket, sealed, position_sent, called_sent) in rows {
                let ticket = ticket as u64;
                match hub.seal.open(&sealed, &row(ticket)) {
                    Ok(p) => {
                        numbers.insert(
                            ticket,
                            Entry {
                                phone: Phone::new(p),
                                position_sent,
                                called_sent,
                            },
                        );
                    }
                    Err(_) => bad.push(ticket),
                }
            }
        }
        if !bad.is_empty() {
            tracing::warn!(
                rows = bad.len(),
                "queue text numbers that cannot be opened (another queue-sms.key?) are deleted"
            );
        }
        let (db, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("queue-sms-db".into())
            .spawn(move || db_thread(conn, rx))
            .map_err(|e| format!("the queue texts' thread: {e}"))?;
        if !bad.is_empty() {
            let _ = db.send(DbOp::Delete(bad));
        }
        let http = reqwest::Client::builder()
            .timeout(hub.timeout)
            .connect_timeout(hub.timeout)
            .build()
            .map_err(|e| format!("the queue texts' HTTP client: {e}"))?;
        Ok(Arc::new(Texts {
            notify: Arc::new(Notify {
                hub,
                http,
                told_forbidden: AtomicBool::new(false),
                paused_until: Mutex::new(None),
            }),
            book: Mutex::new(Book { engine: None, numbers }),
            db,
        }))
    }

    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        self.book.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keep `phone` (a normalised UK mobile) for `ticket`, replacing any number it had; once
    /// stored, texts follow.
    pub(crate) async fn register(&self, ticket: &Ticket, phone: Phone) -> Result<(), String> {
        let sealed = self.notify.hub.seal.seal(phone.expose(), &row(ticket.id));
        let (reply, stored) = oneshot::channel();
        self.db
            .send(DbOp::Put {
                ticket: ticket.id,
                sealed,
                reply,
            })
            .map_err(|_| "the hub is stopping".to_owned())?;
        stored.await.map_err(|_| "the hub is stopping".to_owned())??;
        let jobs = {
            let mut book = self.book();
            // A new number for a ticket replaces the old one; a text already sent for the
            // ticket is not sent again to the new number.
            let (position_sent, called_sent) = book
                .numbers
                .get(&ticket.id)
                .map_or((false, false), |e| (e.position_sent, e.called_sent));
            book.numbers.insert(
                ticket.id,
                Entry {
                    phone,
                    position_sent,
                    called_sent,
                },
            );
            self.due(&mut book)
        };
        self.start(jobs);
        tracing::info!(ticket = %ticket.label, "a number for queue texts was given");
        Ok(())
    }

    /// The texts now due, marked as sent; rows of finished tickets deleted.
    fn due(&self, book: &mut Book) -> Vec<Job> {
        let Some(engine) = book.engine.as_ref() else {
            return Vec::new();
        };
        if book.numbers.is_empty() {
            return Vec::new();
        }
        let positions = engine.positions();
        let mut jobs = Vec::new();
        let mut done = Vec::new();
        for (id, e) in book.numbers.iter_mut() {
            let Some(t) = engine.ticket(*id) else { continue };
            let service = self.notify.hub.service_name(&t.service);
            match t.state {
                TicketState::Done | TicketState::NoShow => done.push(*id),
                TicketState::Waiting => {
                    if let Some(p) = positions.get(id).filter(|p| **p <= self.notify.hub.position_at)
                        && !e.position_sent
                        && !e.called_sent
                    {
                        e.position_sent = true;
                        jobs.push(Job {
                            ticket: *id,
                            kind: Kind::Position,
                            phone: e.phone.clone(),
                            personalisation: serde_json::json!({
                                "ticket": t.label, "service": service, "position": ordinal(*p),
                            }),
                        });
                    }
                }
                TicketState::Called | TicketState::Serving => {
                    if !e.called_sent {
                        e.called_sent = true;
                        e.position_sent = true;
                        jobs.push(Job {
                            ticket: *id,
                            kind: Kind::Called,
                            phone: e.phone.clone(),
                            personalisation: serde_json::json!({
                                "ticket": t.label, "service": service,
                                "counter": t.counter.map(|c| c.to_string()).unwrap_or_default(),
                            }),
                        });
                    }
                }
                TicketState::Parked => {}
            }
        }
        for id in &done {
            book.numbers.remove(id);
        }
        if !done.is_empty() {
            let _ = self.db.send(DbOp::Delete(done));
        }
        for j in &jobs {
            let _ = self.db.send(DbOp::Mark {
                ticket: j.ticket,
                kind: j.kind,
            });
        }
        jobs
    }

    fn start(&self, jobs: Vec<Job>) {
        for job in jobs {
            let notify = self.notify.clone();
            tokio::spawn(async move { notify.send(job).await });
        }
    }
}

impl Notify {
    /// Send one text, retrying what may pass later until it would be late.
    async fn send(&self, job: Job) {
        let give_up = Instant::now() + self.hub.give_up_after;
        let mut wait = self.hub.retry_min;
        let url = format!("{}/v2/notifications/sms", self.hub.base_url);
        let template = match job.kind {
            Kind::Position => &self.hub.template_position,
            Kind::Called => &self.hub.template_called,
        };
        let body = serde_json::json!({
            "phone_number": job.phone.expose(),
            "template_id": template,
            "personalisation": job.personalisation,
            "reference": format!("onestop-{}-{}", job.ticket, job.kind.name()),
        })
        .to_string();
        let (ticket, kind) = (job.ticket, job.kind.name());
        loop {
            let paused = *self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(until) = paused.filter(|u| *u > Instant::now()) {
                if until > give_up {
                    break;
                }
                tokio::time::sleep_until(until).await;
            }
            let now_secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            let sent = self
                .http
                .post(&url)
                .header("Authorization", format!("Bearer {}", self.hub.key.token(now_secs)))
                .header("Content-Type", "application/json")
                .body(body.clone())
                .send()
                .await;
            let why = match sent {
                Ok(r) if r.status().is_success() => {
                    tracing::info!(ticket, kind, "queue text sent through GOV.UK Notify");
                    return;
                }
                Ok(r) if r.status() == reqwest::StatusCode::FORBIDDEN => {
                    if !self.told_forbidden.swap(true, Ordering::SeqCst) {
                        tracing::error!(
                            "GOV.UK Notify refused the API key (403): queue texts are not sent. Check [queue.sms] api_key_file holds a live key and the hub's clock is right"
                        );
                    }
                    return;
                }
                Ok(r) if r.status() == reqwest::StatusCode::BAD_REQUEST => {
                    let text = r.text().await.unwrap_or_default();
                    tracing::error!(
                        ticket,
                        kind,
                        "GOV.UK Notify refused a queue text (400: {}); check the [queue.sms] template ids and their ((placeholders)). Not retried",
                        notify_errors(&text)
                    );
                    return;
                }
                Ok(r) if r.status() == reqwest::StatusCode::TOO_MANY_REQUESTS => {
                    let until = Instant::now() + wait;
                    let mut p = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
                    if p.is_none_or(|u| u < until) {
                        *p = Some(until);
                    }
                    "over GOV.UK Notify's rate limit (429)".to_owned()
                }
                Ok(r) => format!("GOV.UK Notify answered {}", r.status().as_u16()),
                Err(e) if e.is_timeout() => "GOV.UK Notify did not answer within the timeout".to_owned(),
                Err(e) if e.is_connect() => "GOV.UK Notify cannot be reached (offline?)".to_owned(),
                Err(_) => "the request to GOV.UK Notify failed".to_owned(),
            };
            if Instant::now() + wait > give_up {
                tracing::warn!(
                    ticket,
                    kind,
                    "a queue text was not sent: {why}; given up, as it would now be late"
                );
                return;
            }
            tracing::warn!(
                ticket,
                kind,
                "a queue text was not sent yet: {why}; trying again in {} ms",
                wait.as_millis()
            );
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_secs(30));
        }
        tracing::warn!(
            ticket,
            kind,
            "a queue text was not sent: GOV.UK Notify asks us to wait past when it is useful"
        );
    }
}

/// Notify's `errors[].error: message` from a 400, with any long run of digits hidden.
fn notify_errors(body: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let list: Vec<String> = v["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    format!(
                        "{}: {}",
                        e["error"].as_str().unwrap_or("?"),
                        e["message"].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let text = if list.is_empty() {
        "no details".to_owned()
    } else {
        list.join("; ")
    };
    let mut out = String::new();
    let mut run = String::new();
    for c in text.chars().take(300) {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            out.push_str(if run.len() >= 6 { "…" } else { &run });
            run.clear();
            out.push(c);
        }
    }
    out.push_str(if run.len() >= 6 { "…" } else { &run });
    out
}

impl Follower for Texts {
    fn reset(&self, engine: Engine) {
        let mut book = self.book();
        // Numbers for tickets that are not today's (the hub was off over a reset) go.
        let gone: Vec<u64> = book
            .numbers
            .keys()
            .filter(|id| engine.ticket(**id).is_none())
            .copied()
            .collect();
        for id in &gone {
            book.numbers.remove(id);
        }
        if !gone.is_empty() {
            let _ = self.db.send(DbOp::Delete(gone));
        }
        book.engine = Some(engine);
        let jobs = self.due(&mut book);
        drop(book);
        self.start(jobs);
    }

    fn fold(&self, events: &[Sequenced]) -> bool {
        let mut book = self.book();
        let Some(engine) = book.engine.as_mut() else {
            return false;
        };
        let mut new_day = false;
        for s in events {
            if s.seq <= engine.seq() {
                continue;
            }
            if s.seq != engine.seq() + 1 {
                return false;
            }
            engine.fold(s);
            if s.event == Event::DayStarted {
                new_day = true;
            }
        }
        if new_day {
            book.numbers.clear();
            let _ = self.db.send(DbOp::Wipe);
            tracing::info!("a new queue day: every number for queue texts is deleted");
        }
        let jobs = self.due(&mut book);
        drop(book);
        self.start(jobs);
        true
    }
}

/// The database thread: every change to `sms`, in order, until the hub lets go of the sender.
fn db_thread(conn: Connection, rx: std::sync::mpsc::Receiver<DbOp>) {
    let fail = |what: &str, e: rusqlite::Error| tracing::error!("queue texts' table: {what} failed: {e}");
    while let Ok(op) = rx.recv() {
        match op {
            DbOp::Put { ticket, sealed, reply } => {
                let r = conn
                    .execute(
                        "INSERT INTO sms (ticket, phone) VALUES (?1, ?2)
                         ON CONFLICT (ticket) DO UPDATE SET phone = excluded.phone",
                        params![ticket as i64, sealed],
                    )
                    .map(|_| ())
                    .map_err(|e| format!("the number could not be stored ({e})"));
                let _ = reply.send(r);
            }
            DbOp::Mark { ticket, kind } => {
                let sql = match kind {
                    Kind::Position => "UPDATE sms SET position_sent = 1 WHERE ticket = ?1",
                    Kind::Called => "UPDATE sms SET called_sent = 1, position_sent = 1 WHERE ticket = ?1",
                };
                if let Err(e) = conn.execute(sql, params![ticket as i64]) {
                    fail("marking a text sent", e);
                }
            }
            DbOp::Delete(tickets) => {
                let r = (|| -> rusqlite::Result<()> {
                    let tx = conn.unchecked_transaction()?;
                    for t in tickets {
                        tx.execute("DELETE FROM sms WHERE ticket = ?1", params![t as i64])?;
                    }
                    tx.commit()
                })();
                match r {
                    Ok(()) => checkpoint(&conn),
                    Err(e) => fail("deleting numbers", e),
                }
            }
            DbOp::Wipe => match conn.execute("DELETE FROM sms", []) {
                Ok(_) => checkpoint(&conn),
                Err(e) => fail("deleting every number at the new day", e),
            },
        }
    }
}

/// Copy the zeroed pages into the file and empty the write-ahead log, so deleted numbers' sealed
/// bytes are in neither.
fn checkpoint(conn: &Connection) {
    if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())) {
        tracing::warn!("queue texts' table: the checkpoint after deleting numbers failed: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notify_errors_are_read_and_long_numbers_hidden() {
        let body = r#"{"errors":[{"error":"ValidationError","message":"phone_number 07700900456 Not a UK mobile number"}],"status_code":400}"#;
        assert_eq!(
            notify_errors(body),
            "ValidationError: phone_number … Not a UK mobile number"
        );
        assert_eq!(notify_errors("<html>500</html>"), "no details");
    }

    #[test]
    fn the_config_turns_texts_on_with_a_private_key_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut q = crate::config::Config::defaults().queue;
        assert!(
            SmsHub::from_config(&q, dir.path(), None).unwrap().is_none(),
            "off by default"
        );
        let key_file = dir.path().join("notify.key");
        std::fs::write(
            &key_file,
            "onestop_hub-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0\n",
        )
        .unwrap();
        q.sms.api_key_file = key_file.display().to_string();
        q.sms.position_at = 2;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o644)).unwrap();
            let e = SmsHub::from_config(&q, dir.path(), None).unwrap_err();
            assert!(e.contains("chmod 600"), "{e}");
            std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let hub = SmsHub::from_config(&q, dir.path(), None).unwrap().unwrap();
        assert_eq!(hub.key.service_id(), "26785a09-ab16-4eb0-8407-a37497a57506");
        assert_eq!((hub.position_at, hub.base_url.as_str()), (2, NOTIFY_URL));
        assert!(dir.path().join("queue-sms.key").exists(), "the sealing key is made");
        assert!(!format!("{hub:?}").contains("3d844edf"), "Debug hides the secret");
    }
}
