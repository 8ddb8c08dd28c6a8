//! Queue texts from a real hub on loopback to a test double of GOV.UK Notify: a kiosk gives a
//! ticket's mobile number; counters call; Notify receives one position text at 3rd and one
//! called text naming the counter, through a 500 and a 429; a bad number is refused at the
//! kiosk's message; a new day deletes the number from the database file; and the number is in no
//! log line and no frame a board receives.

mod hub;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use hub::client;
use onestop::queue::engine::{Command, Event};
use onestop::queue::protocol::ErrorCode;
use onestop::queue::server::{self, Clock, Settings, SmsHub};
use onestop::queue::sms::NotifyKey;
use onestop::queue::{Client, ClientError, Hello, QueueConfig, QueueStore};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

const C2: &str = "counter-two-token";
const KIOSK: &str = "kiosk-token-0123";
const SERVICE_ID: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";
const TEMPLATE_POSITION: &str = "f33517ff-2a88-4f6e-b855-c550268ce08a";
const TEMPLATE_CALLED: &str = "a2a3f3c1-2a88-4f6e-b855-c550268ce08b";
/// Ofcom's range for drama: never a real person's. Spelled out in every form it could leak in.
const PHONE: &str = "07700 900456";
const LEAKS: &[&str] = &["900456", "900 456", "7700900456"];

// ---------------------------------------------------------------------------------------------
// The test double. It stands for GOV.UK Notify's REST API (api.notifications.service.gov.uk,
// `POST /v2/notifications/sms`) and keeps its habits: a JWT bearer token (HS256, `iss` the
// service id, `iat` within 30 s, signed with the key's secret) or 403 AuthError; 400
// ValidationError for a number that is not a UK mobile; 201 with the real response's shape; and,
// when scripted, a 429 RateLimitError or a 500 with an HTML body (as its load balancer sends).
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Scripted {
    Html500,
    RateLimited,
}

#[derive(Default)]
struct Double {
    /// Forced answers, used first, one per request.
    script: Mutex<VecDeque<Scripted>>,
    /// Every request's body that got a 201.
    accepted: Mutex<Vec<Value>>,
    /// Every request, whatever the answer: (status, body).
    seen: Mutex<Vec<(u16, Value)>>,
}

fn notify_error(status: StatusCode, error: &str, message: &str) -> Response {
    let body = json!({"errors": [{"error": error, "message": message}], "status_code": status.as_u16()});
    (status, Json(body)).into_response()
}

fn check_jwt(headers: &HeaderMap) -> Result<(), &'static str> {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .ok_or("Unauthorized, authentication token must be provided")?;
    let token = auth
        .strip_prefix("Bearer ")
        .ok_or("Unauthorized, authentication bearer scheme must be used")?;
    let parts: Vec<&str> = token.split('.').collect();
    let [h, c, s] = parts[..] else {
        return Err("Invalid token: signature");
    };
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let header: Value =
        serde_json::from_slice(&b64.decode(h).map_err(|_| "Invalid token")?).map_err(|_| "Invalid token")?;
    if header["alg"] != "HS256" || header["typ"] != "JWT" {
        return Err("Invalid token: algorithm used is not HS256");
    }
    let claims: Value =
        serde_json::from_slice(&b64.decode(c).map_err(|_| "Invalid token")?).map_err(|_| "Invalid token")?;
    if claims["iss"] != SERVICE_ID {
        return Err("Invalid token: service not found");
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let iat = claims["iat"].as_i64().ok_or("Invalid token: iat field not provided")?;
    if (now - iat).abs() > 30 {
        return Err("Error: Your system clock must be accurate to within 30 seconds");
    }
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{h}.{c}").as_bytes());
    mac.verify_slice(&b64.decode(s).map_err(|_| "Invalid token: signature")?)
        .map_err(|_| "Invalid token: signature, api token not found")
}

async fn notify_sms(State(d): State<Arc<Double>>, headers: HeaderMap, body: String) -> Response {
    let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let answer = (|| {
        if let Err(msg) = check_jwt(&headers) {
            return notify_error(StatusCode::FORBIDDEN, "AuthError", msg);
        }
        match d.script.lock().unwrap().pop_front() {
            Some(Scripted::Html500) => {
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    [("content-type", "text/html")],
                    "<html><body><h1>500 Internal Server Error</h1></body></html>",
                )
                    .into_response();
            }
            Some(Scripted::RateLimited) => {
                return notify_error(
                    StatusCode::TOO_MANY_REQUESTS,
                    "RateLimitError",
                    "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
                );
            }
            None => {}
        }
        let phone = body["phone_number"].as_str().unwrap_or("");
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        let mobile = (phone.starts_with("+44") && digits.len() == 12 && digits.starts_with("447"))
            || (digits.len() == 11 && digits.starts_with("07"));
        if !mobile {
            return notify_error(
                StatusCode::BAD_REQUEST,
                "ValidationError",
                "phone_number Not a UK mobile number",
            );
        }
        for key in ["template_id", "personalisation", "reference"] {
            if body.get(key).is_none() {
                return notify_error(
                    StatusCode::BAD_REQUEST,
                    "ValidationError",
                    &format!("{key} is a required property"),
                );
            }
        }
        d.accepted.lock().unwrap().push(body.clone());
        let id = "740e5834-3a29-46b4-9a6f-16142fde533a";
        let template = body["template_id"].as_str().unwrap_or("");
        (
            StatusCode::CREATED,
            Json(json!({
                "id": id,
                "reference": body["reference"],
                "content": {"body": "…", "from_number": "GOVUK"},
                "uri": format!("https://api.notifications.service.gov.uk/v2/notifications/{id}"),
                "template": {
                    "id": template,
                    "version": 1,
                    "uri": format!("https://api.notifications.service.gov.uk/services/{SERVICE_ID}/templates/{template}"),
                },
                "scheduled_for": null,
            })),
        )
            .into_response()
    })();
    d.seen.lock().unwrap().push((answer.status().as_u16(), body));
    answer
}

async fn start_double() -> (String, Arc<Double>) {
    let d = Arc::new(Double::default());
    let app = axum::Router::new()
        .route("/v2/notifications/sms", axum::routing::post(notify_sms))
        .with_state(d.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), d)
}

// ---------------------------------------------------------------------------------------------
// Logs, captured for the whole test binary (one global subscriber: the hub logs from its own
// thread and the runtime's).
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs() -> &'static Buffer {
    static LOGS: OnceLock<Buffer> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Buffer::default();
        let writer = buf.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        buf
    })
}

fn log_text() -> String {
    String::from_utf8_lossy(&logs().0.lock().unwrap()).into_owned()
}

// ---------------------------------------------------------------------------------------------

struct Hub {
    url: String,
    stop: onestop::shutdown::Stop,
    task: tokio::task::JoinHandle<Result<(), server::HubError>>,
}

fn sms_hub(base_url: &str) -> SmsHub {
    let key = NotifyKey::parse(&format!("onestop_test-{SERVICE_ID}-{SECRET}")).unwrap();
    let mut h = SmsHub::new(
        key,
        TEMPLATE_POSITION,
        TEMPLATE_CALLED,
        onestop::store::crypto::Key::random(),
    );
    h.base_url = base_url.to_owned();
    h.retry_min = Duration::from_millis(100);
    h.translations = Some(Arc::new(onestop::embedded::translations().unwrap()));
    h
}

async fn start(dir: &std::path::Path, clock: Clock, sms: Option<SmsHub>) -> Hub {
    logs();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut s = Settings::new(QueueConfig::example());
    s.tokens = [(2, C2.to_owned())].into();
    s.kiosk_token = Some(KIOSK.into());
    s.clock = clock;
    s.sms = sms;
    let store = QueueStore::open(&dir.join("queue.db")).unwrap();
    let (stop, shutdown) = onestop::shutdown::channel();
    let task = tokio::spawn(server::run(
        listener,
        store,
        s,
        async move { shutdown.signalled().await },
    ));
    Hub {
        url: format!("ws://{addr}/v1/queue"),
        stop,
        task,
    }
}

async fn issue(kiosk: &Client, service: &str) -> (u64, String) {
    let events = kiosk
        .command(Command::Issue {
            service: service.into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        })
        .await
        .unwrap();
    let Event::Issued { ticket } = &events[0].event else {
        panic!()
    };
    (ticket.id, ticket.label.clone())
}

/// Every text frame a raw board receives, as it arrives.
async fn board_frames(url: &str) -> Arc<Mutex<Vec<String>>> {
    use futures_util::{SinkExt, StreamExt};
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    ws.send(tokio_tungstenite::tungstenite::Message::Text(
        r#"{"v":1,"type":"hello","role":"board","name":"board-1"}"#.into(),
    ))
    .await
    .unwrap();
    let frames = Arc::new(Mutex::new(Vec::new()));
    let out = frames.clone();
    tokio::spawn(async move {
        while let Some(Ok(m)) = ws.next().await {
            if let tokio_tungstenite::tungstenite::Message::Text(t) = m {
                out.lock().unwrap().push(t.to_string());
            }
        }
    });
    frames
}

async fn until(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) {
    let t = tokio::time::Instant::now();
    while !ok() {
        assert!(t.elapsed() < limit, "waited {limit:?} for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn no_leak(what: &str, text: &str) {
    for l in LEAKS {
        assert!(!text.contains(l), "the number is in {what}: …{l}…");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_is_texted_at_3rd_place_and_when_called_once_each() {
    let dir = tempfile::tempdir().unwrap();
    let (notify_url, double) = start_double().await;
    let hub = start(dir.path(), Clock::system(0), Some(sms_hub(&notify_url))).await;
    let board = board_frames(&hub.url).await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into())).named("kiosk-1")).await;
    let counter = client(&hub.url, Hello::counter(2, C2)).await;

    let mut tickets = Vec::new();
    for _ in 0..4 {
        tickets.push(issue(&kiosk, "council-tax").await);
    }
    let (ours, label) = tickets[3].clone();
    assert_eq!(label, "B004");

    // Refused at the kiosk's message: not a mobile, not a ticket, not from a counter.
    let e = kiosk.sms(ours, "0116 496 0123").await.unwrap_err();
    let ClientError::Rejected { code, message } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(*code, ErrorCode::BadMessage);
    assert!(
        message.contains("UK mobile") && message.contains("07700 900123"),
        "{message}"
    );
    let e = kiosk.sms(ours, "call me maybe").await.unwrap_err();
    assert!(
        matches!(
            e,
            ClientError::Rejected {
                code: ErrorCode::BadMessage,
                ..
            }
        ),
        "{e:?}"
    );
    let e = kiosk.sms(99_999, PHONE).await.unwrap_err();
    assert!(e.to_string().contains("not one of today's"), "{e}");
    let e = counter.sms(ours, PHONE).await.unwrap_err();
    assert!(
        matches!(
            e,
            ClientError::Rejected {
                code: ErrorCode::Forbidden,
                ..
            }
        ),
        "{e:?}"
    );

    kiosk.sms(ours, PHONE).await.unwrap();
    // 4th: nothing yet.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(double.seen.lock().unwrap().is_empty());

    // Notify fails once with its load balancer's HTML 500, then throttles once: the texts
    // still go, once each.
    double
        .script
        .lock()
        .unwrap()
        .extend([Scripted::Html500, Scripted::RateLimited]);
    counter.command(Command::CallNext { counter: 2 }).await.unwrap();
    until("the position text", Duration::from_secs(10), || {
        double.accepted.lock().unwrap().len() == 1
    })
    .await;
    {
        let accepted = double.accepted.lock().unwrap();
        let t = &accepted[0];
        assert_eq!(t["phone_number"], "+447700900456");
        assert_eq!(t["template_id"], TEMPLATE_POSITION);
        assert_eq!(t["reference"], format!("onestop-{ours}-position"));
        assert_eq!(
            t["personalisation"],
            json!({"ticket": "B004", "service": "Council Tax", "position": "3rd"})
        );
    }
    // Moving up to 2nd and 1st sends nothing more.
    for _ in 0..3 {
        counter.command(Command::Finish { counter: 2 }).await.unwrap();
        counter.command(Command::CallNext { counter: 2 }).await.unwrap();
    }
    until("the called text", Duration::from_secs(10), || {
        double.accepted.lock().unwrap().len() == 2
    })
    .await;
    {
        let accepted = double.accepted.lock().unwrap();
        let t = &accepted[1];
        assert_eq!(t["template_id"], TEMPLATE_CALLED);
        assert_eq!(t["reference"], format!("onestop-{ours}-called"));
        assert_eq!(
            t["personalisation"],
            json!({"ticket": "B004", "service": "Council Tax", "counter": "2"})
        );
    }
    // A recall sends nothing.
    counter.command(Command::Recall { counter: 2 }).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(double.accepted.lock().unwrap().len(), 2, "once each");
    let codes: Vec<u16> = double.seen.lock().unwrap().iter().map(|(c, _)| *c).collect();
    assert_eq!(codes, [500, 429, 201, 201]);

    // Done: the number is deleted.
    counter.command(Command::Finish { counter: 2 }).await.unwrap();
    let path = dir.path().join("queue.db");
    until("the row to go", Duration::from_secs(5), || {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.query_row("SELECT count(*) FROM sms", [], |r| r.get::<_, i64>(0))
            .unwrap()
            == 0
    })
    .await;

    let frames = board.lock().unwrap().join("\n");
    assert!(frames.contains("B004"), "the board followed the queue");
    no_leak("a board's frames", &frames);
    let logged = log_text();
    assert!(logged.contains("queue text sent"), "logs are captured");
    assert!(
        logged.contains("answered 500") && logged.contains("429"),
        "failures are logged"
    );
    no_leak("the logs", &logged);
    hub.stop.signal();
    hub.task.await.unwrap().unwrap();
}

fn file_has(path: &std::path::Path, needle: &[u8]) -> bool {
    std::fs::read(path).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_day_deletes_the_number_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (notify_url, double) = start_double().await;
    let now = Arc::new(AtomicI64::new(1_795_000_000_000));
    let hub = start(dir.path(), Clock::manual(now.clone(), 0), Some(sms_hub(&notify_url))).await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into()))).await;
    let (id, _) = issue(&kiosk, "housing").await;
    for _ in 0..5 {
        issue(&kiosk, "housing").await;
    }
    let (last, _) = issue(&kiosk, "housing").await;
    kiosk.sms(last, "+44 7700 900456").await.unwrap();
    // A second number for the same ticket replaces the first.
    kiosk.sms(last, PHONE).await.unwrap();
    kiosk.sms(id, "07700-900-456").await.unwrap();
    let db = dir.path().join("queue.db");
    let wal = dir.path().join("queue.db-wal");
    let sealed: Vec<String> = {
        let c = rusqlite::Connection::open(&db).unwrap();
        let mut s = c.prepare("SELECT phone FROM sms ORDER BY ticket").unwrap();
        s.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(sealed.len(), 2, "one row per ticket");
    let on_disk = |n: &[u8]| file_has(&db, n) || file_has(&wal, n);
    assert!(on_disk(sealed[0].as_bytes()), "the sealed number is stored");
    for l in LEAKS {
        assert!(!on_disk(l.as_bytes()), "never in plain");
    }
    // The first ticket is 1st: its position text went at once.
    until("the position text", Duration::from_secs(10), || {
        double.accepted.lock().unwrap().len() == 1
    })
    .await;

    now.fetch_add(86_400_000, Ordering::SeqCst);
    until("the number to leave the file", Duration::from_secs(10), || {
        sealed.iter().all(|s| !on_disk(s.as_bytes()))
    })
    .await;
    let c = rusqlite::Connection::open(&db).unwrap();
    assert_eq!(
        c.query_row("SELECT count(*) FROM sms", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        0
    );
    drop(c);
    let e = kiosk.sms(last, PHONE).await.unwrap_err();
    assert!(e.to_string().contains("not one of today's"), "{e}");
    no_leak("the logs", &log_text());
    hub.stop.signal();
    hub.task.await.unwrap().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_without_sms_says_so_and_a_bad_key_is_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    let hub = start(dir.path(), Clock::system(0), None).await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into()))).await;
    let (id, _) = issue(&kiosk, "housing").await;
    let e = kiosk.sms(id, PHONE).await.unwrap_err();
    assert!(
        matches!(
            e,
            ClientError::Rejected {
                code: ErrorCode::SmsOff,
                ..
            }
        ),
        "{e:?}"
    );
    hub.stop.signal();
    hub.task.await.unwrap().unwrap();

    // A key Notify does not know: 403, logged once, never retried.
    let dir = tempfile::tempdir().unwrap();
    let (notify_url, double) = start_double().await;
    let mut sms = sms_hub(&notify_url);
    sms.key = NotifyKey::parse(&format!("revoked-{SERVICE_ID}-00000000-8d35-48ac-975b-e847b4f122b0")).unwrap();
    let hub = start(dir.path(), Clock::system(0), Some(sms)).await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into()))).await;
    for _ in 0..2 {
        let (id, _) = issue(&kiosk, "general").await;
        kiosk.sms(id, PHONE).await.unwrap();
    }
    until("two refused texts", Duration::from_secs(5), || {
        double.seen.lock().unwrap().len() == 2
    })
    .await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(double.seen.lock().unwrap().iter().all(|(c, _)| *c == 403));
    assert_eq!(double.seen.lock().unwrap().len(), 2, "not retried");
    let logged = log_text();
    assert_eq!(logged.matches("refused the API key (403)").count(), 1, "logged once");
    hub.stop.signal();
    hub.task.await.unwrap().unwrap();
}

/// Send `frame` on a raw socket after `hello`, and return the first `error` or `result` frame.
async fn raw_answer(url: &str, hello: &str, frame: &str) -> Value {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    ws.send(Message::Text(hello.into())).await.unwrap();
    ws.send(Message::Text(frame.into())).await.unwrap();
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        if let Message::Text(t) = m {
            let v: Value = serde_json::from_str(t.as_str()).unwrap();
            if v["type"] == "error" || v["type"] == "result" {
                return v;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_number_without_consent_or_from_a_board_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (notify_url, double) = start_double().await;
    let hub = start(dir.path(), Clock::system(0), Some(sms_hub(&notify_url))).await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into()))).await;
    let (id, _) = issue(&kiosk, "housing").await;
    let kiosk_hello = format!(r#"{{"v":1,"type":"hello","role":"kiosk","token":"{KIOSK}"}}"#);
    let board_hello = r#"{"v":1,"type":"hello","role":"board"}"#;
    let sms =
        |consent: bool| format!(r#"{{"v":1,"type":"sms","id":9,"ticket":{id},"phone":"{PHONE}","consent":{consent}}}"#);
    let e = raw_answer(&hub.url, &kiosk_hello, &sms(false)).await;
    assert_eq!(
        (e["code"].as_str(), e["id"].as_u64()),
        (Some("bad-message"), Some(9)),
        "{e}"
    );
    assert!(e["message"].as_str().unwrap().contains("agree"), "{e}");
    let e = raw_answer(&hub.url, board_hello, &sms(true)).await;
    assert_eq!(e["code"], "forbidden", "{e}");
    let r = raw_answer(&hub.url, &kiosk_hello, &sms(true)).await;
    assert_eq!((r["type"].as_str(), r["id"].as_u64()), (Some("result"), Some(9)), "{r}");
    assert_eq!(r["events"], json!([]));
    // 1st in the queue: texted at once.
    until("the position text", Duration::from_secs(10), || {
        double.accepted.lock().unwrap().len() == 1
    })
    .await;
    no_leak("the logs", &log_text());
    hub.stop.signal();
    hub.task.await.unwrap().unwrap();
}
