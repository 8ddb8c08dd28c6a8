//! The hub in-process on loopback, with raw WebSocket clients doing what a hostile or broken
//! client would: malformed JSON, wrong versions, huge frames, floods, bad or missing tokens,
//! acting for another counter, never saying hello. Each gets a clear error or is disconnected,
//! and the queue (a fresh board's snapshot) is the same before and after. Also the daily reset,
//! and stopping: clients closed, the port released, the log kept.

use futures_util::{SinkExt, StreamExt};
use onestop::queue::engine::{Command, Snapshot};
use onestop::queue::server::{self, Clock, HubError, Settings};
use onestop::queue::{QueueConfig, QueueStore};
use onestop::shutdown::Stop;
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicI64;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

const C1: &str = "counter-one-token";
const C2: &str = "counter-two-token";
const KIOSK: &str = "kiosk-token-0123";

struct Hub {
    url: String,
    addr: SocketAddr,
    /// Dropping it stops the hub too.
    stop: Stop,
    task: tokio::task::JoinHandle<Result<(), HubError>>,
}

impl Hub {
    async fn stop(self) {
        self.stop.signal();
        self.task.await.unwrap().unwrap();
    }
}

fn settings() -> Settings {
    let mut s = Settings::new(QueueConfig::example());
    s.tokens = [(1, C1.to_owned()), (2, C2.to_owned())].into();
    s.kiosk_token = Some(KIOSK.into());
    s
}

async fn start(store: QueueStore, settings: Settings) -> Hub {
    start_on("127.0.0.1:0".parse().unwrap(), store, settings).await
}

async fn start_on(addr: SocketAddr, store: QueueStore, settings: Settings) -> Hub {
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, shutdown) = onestop::shutdown::channel();
    let task = tokio::spawn(server::run(listener, store, settings, async move {
        shutdown.signalled().await
    }));
    Hub {
        url: format!("ws://{addr}/v1/queue"),
        addr,
        stop,
        task,
    }
}

async fn connect(url: &str) -> Ws {
    tokio_tungstenite::connect_async(url).await.unwrap().0
}

async fn send(ws: &mut Ws, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.unwrap();
}

/// The next text frame as JSON; `None` when the hub closed the connection.
async fn recv(ws: &mut Ws) -> Option<Value> {
    loop {
        match tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("the hub answers within 5 s")
        {
            Some(Ok(Message::Text(t))) => return Some(serde_json::from_str(&t).unwrap()),
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
            Some(Ok(_)) => continue,
        }
    }
}

/// The next frame that is not an event.
async fn reply(ws: &mut Ws) -> Option<Value> {
    loop {
        let v = recv(ws).await?;
        if v["type"] != "event" {
            return Some(v);
        }
    }
}

async fn joined(url: &str, hello: Value) -> Ws {
    let mut ws = connect(url).await;
    let mut h = json!({"v": 1, "type": "hello"});
    h.as_object_mut().unwrap().extend(hello.as_object().unwrap().clone());
    send(&mut ws, h).await;
    let w = recv(&mut ws).await.expect("welcome");
    assert_eq!(w["type"], "welcome", "{w}");
    ws
}

async fn snapshot(url: &str) -> Snapshot {
    let mut ws = connect(url).await;
    send(&mut ws, json!({"v": 1, "type": "hello", "role": "board"})).await;
    let w = recv(&mut ws).await.unwrap();
    serde_json::from_value(w["snapshot"].clone()).unwrap()
}

fn command(id: u64, c: Command) -> Value {
    json!({"v": 1, "type": "command", "id": id, "command": c})
}

fn issue() -> Command {
    Command::Issue {
        service: "housing".into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: None,
    }
}

/// A hub with two housing tickets, one called to counter 1.
async fn busy_hub(settings: Settings) -> Hub {
    let hub = start(QueueStore::open_in_memory().unwrap(), settings).await;
    let mut k = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    for id in 1..=2 {
        send(&mut k, command(id, issue())).await;
        assert_eq!(reply(&mut k).await.unwrap()["type"], "result");
    }
    let mut c = joined(&hub.url, json!({"role": "counter", "counter": 1, "token": C1})).await;
    send(&mut c, command(1, Command::CallNext { counter: 1 })).await;
    assert_eq!(reply(&mut c).await.unwrap()["type"], "result");
    hub
}

fn code(v: &Value) -> &str {
    assert_eq!(v["type"], "error", "{v}");
    v["code"].as_str().unwrap()
}

#[tokio::test]
async fn malformed_frames_get_an_error_each_and_change_nothing() {
    let hub = busy_hub(settings()).await;
    let before = snapshot(&hub.url).await;
    let mut c = joined(&hub.url, json!({"role": "counter", "counter": 1, "token": C1})).await;
    let frames: Vec<(Message, &str)> = vec![
        (Message::Text("{\"v\":1,".into()), "bad-json"),
        (Message::Text("[]".into()), "bad-json"),
        (Message::Binary(vec![0xff, 0x00].into()), "bad-json"),
        (Message::Text(r#"{"v":2,"type":"resync"}"#.into()), "bad-version"),
        (Message::Text(r#"{"type":"resync"}"#.into()), "bad-version"),
        (Message::Text(r#"{"v":1,"type":"drop-tables"}"#.into()), "unknown-type"),
        (
            Message::Text(
                r#"{"v":1,"type":"command","id":5,"command":{"command":"call-next","counter":"one"}}"#.into(),
            ),
            "bad-message",
        ),
        (
            Message::Text(r#"{"v":1,"type":"hello","role":"board"}"#.into()),
            "bad-message",
        ),
        (
            Message::Text(format!(r#"{{"v":1,"type":"resync","pad":"{}"}}"#, "x".repeat(20_000)).into()),
            "too-large",
        ),
    ];
    for (frame, want) in frames {
        let shown = format!("{frame:?}").chars().take(80).collect::<String>();
        c.send(frame).await.unwrap();
        let v = reply(&mut c)
            .await
            .unwrap_or_else(|| panic!("disconnected after {shown}"));
        assert_eq!(code(&v), want, "{shown}: {v}");
        assert!(v["message"].as_str().unwrap().len() < 300);
    }
    // Still connected and in step: a resync answers with the same state.
    send(&mut c, json!({"v": 1, "type": "resync"})).await;
    let w = reply(&mut c).await.unwrap();
    assert_eq!(
        serde_json::from_value::<Snapshot>(w["snapshot"].clone()).unwrap(),
        before
    );
    assert_eq!(snapshot(&hub.url).await, before);
    hub.stop().await;
}

#[tokio::test]
async fn a_megabyte_frame_closes_the_connection_and_changes_nothing() {
    let hub = busy_hub(settings()).await;
    let before = snapshot(&hub.url).await;
    let mut k = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    let huge = format!(
        r#"{{"v":1,"type":"command","id":1,"command":{{"command":"issue","service":"{}","priority":false,"appointment":null}}}}"#,
        "h".repeat(1 << 20)
    );
    let _ = k.send(Message::Text(huge.into())).await;
    assert_eq!(recv(&mut k).await, None, "the hub hangs up");
    assert_eq!(snapshot(&hub.url).await, before);
    hub.stop().await;
}

#[tokio::test]
async fn missing_or_wrong_tokens_are_refused_and_disconnected() {
    let hub = busy_hub(settings()).await;
    let before = snapshot(&hub.url).await;
    let cases = [
        json!({"role": "counter", "counter": 1}),
        json!({"role": "counter", "counter": 1, "token": C2}),
        json!({"role": "counter", "counter": 1, "token": ""}),
        json!({"role": "counter", "counter": 3, "token": C1}),
        json!({"role": "counter", "counter": 99, "token": C1}),
        json!({"role": "kiosk"}),
        json!({"role": "kiosk", "token": "kiosk-token-0124"}),
    ];
    for hello in cases {
        let mut ws = connect(&hub.url).await;
        let mut h = json!({"v": 1, "type": "hello"});
        h.as_object_mut().unwrap().extend(hello.as_object().unwrap().clone());
        send(&mut ws, h).await;
        let v = recv(&mut ws).await.unwrap();
        assert_eq!(code(&v), "unauthorised", "{hello}: {v}");
        let msg = v["message"].as_str().unwrap();
        assert!(msg.contains("token"), "{msg}");
        assert_eq!(recv(&mut ws).await, None, "{hello}: disconnected");
    }
    let mut ws = connect(&hub.url).await;
    send(
        &mut ws,
        json!({"v": 1, "type": "hello", "role": "counter", "token": C1}),
    )
    .await;
    assert_eq!(
        code(&recv(&mut ws).await.unwrap()),
        "bad-message",
        "a counter must say which"
    );
    assert_eq!(snapshot(&hub.url).await, before);
    hub.stop().await;
}

#[tokio::test]
async fn each_role_is_held_to_its_own_commands() {
    let hub = busy_hub(settings()).await;
    let before = snapshot(&hub.url).await;
    let mut c2 = joined(&hub.url, json!({"role": "counter", "counter": 2, "token": C2})).await;
    let mut board = joined(&hub.url, json!({"role": "board"})).await;
    let mut kiosk = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    for (who, c) in [
        (0, Command::Finish { counter: 1 }),
        (0, Command::Recall { counter: 1 }),
        (0, issue()),
        (0, Command::NewDay),
        (1, issue()),
        (1, Command::CallNext { counter: 1 }),
        (2, Command::CallNext { counter: 1 }),
        (2, Command::NewDay),
    ] {
        let ws = [&mut c2, &mut board, &mut kiosk].into_iter().nth(who).unwrap();
        send(ws, command(9, c.clone())).await;
        let v = reply(ws).await.unwrap();
        assert_eq!((code(&v), v["id"].as_u64()), ("forbidden", Some(9)), "{c:?}: {v}");
    }
    // A refusal by the engine is its own code, with the reason.
    send(&mut c2, command(10, Command::Finish { counter: 2 })).await;
    let v = reply(&mut c2).await.unwrap();
    assert_eq!(code(&v), "refused");
    assert_eq!(v["reason"]["error"], "idle", "{v}");
    assert_eq!(snapshot(&hub.url).await, before);
    hub.stop().await;
}

#[tokio::test]
async fn a_flood_is_rate_limited_then_disconnected() {
    let hub = busy_hub(settings()).await;
    let before = snapshot(&hub.url).await;
    let mut board = joined(&hub.url, json!({"role": "board"})).await;
    for _ in 0..300 {
        if board
            .send(Message::Text(r#"{"v":1,"type":"resync"}"#.into()))
            .await
            .is_err()
        {
            break;
        }
    }
    let (mut welcomes, mut limited) = (0, 0);
    while let Some(v) = recv(&mut board).await {
        match v["type"].as_str().unwrap() {
            "welcome" => welcomes += 1,
            "error" => {
                assert_eq!(code(&v), "rate-limited");
                limited += 1;
            }
            other => panic!("{other}"),
        }
    }
    assert!((40..=45).contains(&welcomes), "the burst is served: {welcomes}");
    assert!(limited > 0, "then refused: {welcomes} {limited}");
    assert!(welcomes + limited < 300, "and then disconnected");

    // A kiosk flood issues no more than its ticket limit allows (10 at once from this kiosk,
    // counting the busy hub's own, before the message rate's 40 matter), and every issued
    // ticket was answered.
    let mut k = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    for id in 0..200 {
        if k.send(Message::Text(command(id, issue()).to_string().into()))
            .await
            .is_err()
        {
            break;
        }
    }
    let mut results = 0;
    while let Some(v) = recv(&mut k).await {
        if v["type"] == "result" {
            results += 1;
        }
    }
    let after = snapshot(&hub.url).await;
    assert_eq!(after.tickets.len(), before.tickets.len() + results);
    assert_eq!(before.tickets.len() + results, 10, "{results}");
    hub.stop().await;
}

#[tokio::test]
async fn a_client_that_never_says_hello_is_dropped() {
    let mut s = settings();
    s.limits.hello_timeout = Duration::from_millis(300);
    let hub = start(QueueStore::open_in_memory().unwrap(), s).await;
    let mut ws = connect(&hub.url).await;
    let v = recv(&mut ws).await.unwrap();
    assert_eq!(code(&v), "hello-first");
    assert!(v["message"].as_str().unwrap().contains("hello"));
    assert_eq!(recv(&mut ws).await, None);
    // Speaking before hello is no better.
    let mut ws = connect(&hub.url).await;
    send(&mut ws, command(1, issue())).await;
    assert_eq!(code(&recv(&mut ws).await.unwrap()), "hello-first");
    assert_eq!(recv(&mut ws).await, None);
    assert!(snapshot(&hub.url).await.tickets.is_empty());
    hub.stop().await;
}

/// 2026-06-01T01:59:00Z, 02:59 BST.
const BEFORE_RESET: i64 = 1_780_279_140_000;

#[tokio::test]
async fn the_hub_starts_a_new_day_at_reset_time() {
    let now = Arc::new(AtomicI64::new(BEFORE_RESET));
    let mut s = settings();
    s.clock = Clock::manual(now.clone(), 3600);
    let hub = start(QueueStore::open_in_memory().unwrap(), s).await;
    let mut k = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    send(&mut k, command(1, issue())).await;
    let v = reply(&mut k).await.unwrap();
    assert_eq!(v["events"][0]["event"]["ticket"]["label"], "A001");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(snapshot(&hub.url).await.tickets.len(), 1, "not yet 03:00");
    now.store(BEFORE_RESET + 61_000, std::sync::atomic::Ordering::SeqCst);
    let day = recv(&mut k).await.unwrap();
    assert_eq!(day["event"]["event"]["event"], "day-started", "{day}");
    send(&mut k, command(2, issue())).await;
    let v = reply(&mut k).await.unwrap();
    assert_eq!(
        v["events"][0]["event"]["ticket"]["label"], "A001",
        "numbering starts again"
    );
    hub.stop().await;
}

#[tokio::test]
async fn a_hub_started_on_a_later_day_closes_yesterday_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("queue.db");
    let now = Arc::new(AtomicI64::new(BEFORE_RESET));
    let mut s = settings();
    s.clock = Clock::manual(now.clone(), 3600);
    let hub = start(QueueStore::open(&path).unwrap(), s.clone()).await;
    let mut k = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    send(&mut k, command(1, issue())).await;
    reply(&mut k).await.unwrap();
    drop(k);
    hub.stop().await;
    // Overnight, powered off; it starts again at 08:00.
    now.store(BEFORE_RESET + 5 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    let hub = start(QueueStore::open(&path).unwrap(), s).await;
    let snap = snapshot(&hub.url).await;
    assert!(snap.tickets.is_empty() && snap.seq == 2, "{snap:?}");
    hub.stop().await;
    assert_eq!(QueueStore::open(&path).unwrap().last_seq(), 2, "the new day is stored");
}

#[tokio::test]
async fn health_reports_the_seq() {
    let hub = busy_hub(settings()).await;
    let addr = hub
        .url
        .trim_start_matches("ws://")
        .trim_end_matches("/v1/queue")
        .to_owned();
    let mut s = TcpStream::connect(&addr).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    s.write_all(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).await.unwrap();
    let body: Value = serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(body["seq"], 4, "{body}");
    hub.stop().await;
}

#[tokio::test]
async fn a_client_that_only_pings_is_never_dropped_and_a_silent_one_is() {
    // Time scaled down: a 300 ms idle limit, and 10 of those spent pinging, stand for the
    // default 60 s and ten minutes of a board with nothing to say.
    let mut s = settings();
    s.limits.idle_timeout = Duration::from_millis(300);
    let hub = start(QueueStore::open_in_memory().unwrap(), s).await;
    let mut ws = joined(&hub.url, json!({"role": "board"})).await;
    let until = tokio::time::Instant::now() + Duration::from_secs(3);
    while tokio::time::Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(100)).await;
        ws.send(Message::Ping(Vec::new().into())).await.unwrap();
        // Read what the hub sends meanwhile (its pong), as a client's reader does.
        match tokio::time::timeout(Duration::from_millis(100), ws.next()).await {
            Err(_) | Ok(Some(Ok(Message::Pong(_)))) => {}
            Ok(other) => panic!("dropped while pinging: {other:?}"),
        }
    }
    // Still connected: it answers a resync with a welcome.
    send(&mut ws, json!({"v": 1, "type": "resync"})).await;
    let w = recv(&mut ws)
        .await
        .expect("still connected after ten idle limits of pings");
    assert_eq!(w["type"], "welcome", "{w}");
    // Silent now: dropped, with the reason.
    let closed = loop {
        match tokio::time::timeout(Duration::from_secs(5), ws.next()).await.unwrap() {
            Some(Ok(Message::Close(frame))) => break frame.map(|f| f.reason.to_string()).unwrap_or_default(),
            None | Some(Err(_)) => break String::new(),
            Some(Ok(_)) => continue,
        }
    };
    assert!(closed.contains("nothing heard"), "{closed:?}");
    hub.stop().await;
}

#[tokio::test]
async fn pings_do_not_stand_in_for_hello() {
    let mut s = settings();
    s.limits.hello_timeout = Duration::from_millis(300);
    let hub = start(QueueStore::open_in_memory().unwrap(), s).await;
    let mut ws = connect(&hub.url).await;
    let mut dropped = false;
    let until = tokio::time::Instant::now() + Duration::from_secs(3);
    while tokio::time::Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if ws.send(Message::Ping(Vec::new().into())).await.is_err() {
            dropped = true;
            break;
        }
        match tokio::time::timeout(Duration::from_millis(100), ws.next()).await {
            Ok(Some(Ok(Message::Text(t)))) => {
                let v: Value = serde_json::from_str(&t).unwrap();
                assert_eq!(code(&v), "hello-first");
            }
            Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => {
                dropped = true;
                break;
            }
            _ => {}
        }
    }
    assert!(dropped, "a client that pings but never says hello is dropped");
    hub.stop().await;
}

/// A long queue: a board's welcome is bounded, it counts what it was not sent, and when a
/// counter calls a ticket the board was only told the count of, the board fetches a fresh
/// snapshot and still hears of that call with the ticket in its replica (so it can show and
/// speak it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_queue_gives_bounded_snapshots_and_boards_still_see_every_call() {
    use onestop::queue::engine::{Event, SUMMARY_WAITING};
    use onestop::queue::{Client, Hello, client::wait_connected};
    let mut s = settings();
    s.config.daily_cap = 9_999;
    // The counter below works faster than any person: lift its message rate.
    (s.limits.per_second, s.limits.burst) = (1_000.0, 1_000.0);
    // 2,000 waiting for housing, issued today, already in the log.
    let mut store = QueueStore::open_in_memory().unwrap();
    let mut e = onestop::queue::Engine::new(s.config.clone());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let mut log = Vec::new();
    for _ in 0..2_000 {
        log.extend(e.apply(&issue(), now).unwrap());
    }
    store.append(&log).unwrap();
    let hub = start(store, s).await;
    let counter = Client::connect(&hub.url, Hello::counter(1, C1));
    assert!(wait_connected(&mut counter.view(), Duration::from_secs(5)).await);
    // The welcome a new board gets.
    let mut raw = joined(&hub.url, json!({"role": "board"})).await;
    drop(raw.close(None).await);
    let mut w = connect(&hub.url).await;
    send(&mut w, json!({"v": 1, "type": "hello", "role": "board"})).await;
    let welcome = recv(&mut w).await.unwrap().to_string();
    assert!(welcome.len() < 32 * 1024, "the welcome is {} bytes", welcome.len());
    let snap: Snapshot =
        serde_json::from_value(serde_json::from_str::<Value>(&welcome).unwrap()["snapshot"].clone()).unwrap();
    assert_eq!(snap.tickets.len(), SUMMARY_WAITING);
    assert_eq!(snap.waiting_beyond.get("housing"), Some(&1_950));

    let board = Client::connect(&hub.url, Hello::board());
    let mut view = board.view();
    assert!(wait_connected(&mut view, Duration::from_secs(5)).await);
    assert_eq!(view.borrow().engine.as_ref().unwrap().waiting_count("housing"), 2_000);
    let mut events = board.events();
    for n in 1..=(SUMMARY_WAITING + 3) {
        if n > 1 {
            counter.command(Command::Finish { counter: 1 }).await.unwrap();
        }
        counter.command(Command::CallNext { counter: 1 }).await.unwrap();
        // The board hears of every call, and its replica holds the ticket called.
        let called = loop {
            let ev = tokio::time::timeout(Duration::from_secs(5), events.recv())
                .await
                .unwrap()
                .unwrap();
            if let Event::Called { ticket, .. } = ev.event {
                break ticket;
            }
        };
        let engine = view.borrow().engine.clone().unwrap();
        let t = engine
            .ticket(called)
            .unwrap_or_else(|| panic!("call {n}: the board's replica lacks the ticket"));
        assert_eq!(t.label, format!("A{n:03}"));
        assert_eq!(engine.waiting_count("housing"), 2_000 - n);
    }
    hub.stop().await;
}

/// A board that cannot be heard tells the hub, and staff at the counters see it (never the
/// public: that is the board's own screen); the report is cleaned and bounded, resent after a
/// reconnect, gone when the board is, and only boards may send one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_board_is_reported_to_staff() {
    use onestop::queue::protocol::DeviceStatus;
    use onestop::queue::{Client, Hello, client::wait_connected};
    let hub = start(QueueStore::open_in_memory().unwrap(), settings()).await;
    let counter = Client::connect(&hub.url, Hello::counter(1, C1));
    let board = Client::connect(&hub.url, Hello::board().named("foyer-screen"));
    for c in [&counter, &board] {
        assert!(wait_connected(&mut c.view(), Duration::from_secs(5)).await);
    }
    let mut boards = counter.boards();
    let seen = |want: &'static str| {
        let mut boards = counter.boards();
        async move {
            tokio::time::timeout(
                Duration::from_secs(5),
                boards.wait_for(|b| {
                    b.iter()
                        .any(|r| r.status.sound.as_deref().is_some_and(|s| s.starts_with(want)))
                }),
            )
            .await
            .is_ok()
        }
    };
    // Hostile text: long, with control characters.
    let long = format!("aplay: no sound card\n\u{1b}[31m{}", "x".repeat(5_000));
    board.report(DeviceStatus { sound: Some(long) });
    assert!(seen("aplay: no sound card").await);
    let list = boards.borrow_and_update().clone();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "foyer-screen");
    let sound = list[0].status.sound.clone().unwrap();
    assert!(
        sound.chars().count() <= 300 && !sound.chars().any(char::is_control),
        "{sound:?}"
    );

    // A kiosk may not report.
    let mut k = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    send(&mut k, json!({"v": 1, "type": "status", "sound": "fake"})).await;
    assert_eq!(code(&reply(&mut k).await.unwrap()), "forbidden");

    // Sound back: off the list.
    board.report(DeviceStatus::default());
    tokio::time::timeout(Duration::from_secs(5), boards.wait_for(|b| b.is_empty()))
        .await
        .unwrap()
        .unwrap();
    // Silent again, then gone: off the list.
    board.report(DeviceStatus {
        sound: Some("espeak-ng is not installed".into()),
    });
    assert!(seen("espeak-ng").await);
    drop(board);
    tokio::time::timeout(Duration::from_secs(5), boards.wait_for(|b| b.is_empty()))
        .await
        .unwrap()
        .unwrap();
    hub.stop().await;
}

#[tokio::test]
async fn a_stopped_hub_closes_its_clients_releases_its_port_and_keeps_its_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("queue.db");
    let hub = start(QueueStore::open(&path).unwrap(), settings()).await;
    let addr = hub.addr;
    let mut board = joined(&hub.url, json!({"role": "board"})).await;
    let mut kiosk = joined(&hub.url, json!({"role": "kiosk", "token": KIOSK})).await;
    send(&mut kiosk, command(1, issue())).await;
    assert_eq!(reply(&mut kiosk).await.unwrap()["type"], "result");

    let signalled = Instant::now();
    tokio::time::timeout(Duration::from_secs(5), hub.stop())
        .await
        .expect("the hub stops within 5 s of the signal, clients still connected");
    assert!(signalled.elapsed() < Duration::from_secs(5));
    // Each client is told: its connection ends (after any events still on their way).
    for ws in [&mut board, &mut kiosk] {
        while recv(ws).await.is_some() {}
    }
    drop(tokio::net::TcpListener::bind(addr).await.expect("the port is released"));

    // A hub started again on the same port and file serves the same queue.
    let again = start_on(addr, QueueStore::open(&path).unwrap(), settings()).await;
    assert_eq!(snapshot(&again.url).await.tickets.len(), 1);
    again.stop().await;
}
