//! Mobile ticket pages from a real hub on loopback: a kiosk client issues a ticket and is given
//! its page address; the page, its JSON and its live stream (Server-Sent Events, read off a raw
//! socket as a phone's browser would) follow the ticket as counters call others and then it;
//! "I need more time" moves it back once; guessed, malformed, expired and other-day tokens all
//! get the same 404 that reveals nothing.

mod hub;

use hub::{Hub, client};
use onestop::queue::engine::{Command, Event};
use onestop::queue::server::{self, Clock, MobileHub, Settings};
use onestop::queue::{Hello, QueueConfig};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const C1: &str = "counter-one-token";
const KIOSK: &str = "kiosk-token-0123";

async fn start(dir: &std::path::Path, clock: Clock) -> Hub {
    start_with(dir, clock, |_| {}).await
}

async fn start_with(dir: &std::path::Path, clock: Clock, tune: impl FnOnce(&mut Settings)) -> Hub {
    let mut s = Settings::new(QueueConfig::example());
    s.tokens = [(1, C1.to_owned())].into();
    s.kiosk_token = Some(KIOSK.into());
    s.clock = clock;
    Hub::start(dir, s, |s, addr| {
        let keys = onestop::queue::mobile::TicketKeys::load_or_create(dir).unwrap();
        let tr = Arc::new(onestop::embedded::translations().unwrap());
        s.mobile = Some(MobileHub::new(&format!("http://{addr}/"), keys, tr));
        tune(s);
    })
    .await
}

/// A plain HTTP/1.0 request (so the answer is not chunked): status, headers, body.
async fn http(addr: SocketAddr, method: &str, path: &str, accept: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let req = format!("{method} {path} HTTP/1.0\r\nHost: {addr}\r\nAccept: {accept}\r\nContent-Length: 0\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap();
    let code = head[9..12].parse().unwrap();
    (code, head.to_ascii_lowercase(), body.to_owned())
}

/// A page's live stream, as a browser's EventSource reads it.
struct Stream {
    lines: tokio::io::Lines<BufReader<TcpStream>>,
}

impl Stream {
    async fn open(addr: SocketAddr, path: &str) -> Stream {
        let mut s = TcpStream::connect(addr).await.unwrap();
        let req = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n");
        s.write_all(req.as_bytes()).await.unwrap();
        let mut lines = BufReader::new(s).lines();
        let status = lines.next_line().await.unwrap().unwrap();
        assert!(status.contains(" 200 "), "{status}");
        while !lines.next_line().await.unwrap().unwrap().is_empty() {}
        Stream { lines }
    }

    /// The next status sent, as JSON.
    async fn next(&mut self) -> serde_json::Value {
        tokio::time::timeout(Duration::from_secs(5), async {
            loop {
                let line = self.lines.next_line().await.unwrap().expect("the stream ended");
                if let Some(data) = line.strip_prefix("data:") {
                    return serde_json::from_str(data.trim()).unwrap();
                }
            }
        })
        .await
        .expect("a status within 5 s")
    }

    /// The first status sent that contains `text` (statuses change step by step).
    async fn until(&mut self, text: &str) -> serde_json::Value {
        loop {
            let v = self.next().await;
            if v.to_string().contains(text) {
                return v;
            }
        }
    }

    /// Whether the stream ends (the hub closes it) within 5 s.
    async fn ends(&mut self) -> bool {
        tokio::time::timeout(Duration::from_secs(5), async {
            loop {
                match self.lines.next_line().await {
                    Ok(Some(_)) => continue,
                    _ => return true,
                }
            }
        })
        .await
        .unwrap_or(false)
    }
}

fn issue(service: &str, locale: Option<&str>) -> Command {
    Command::Issue {
        service: service.into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: locale.map(str::to_owned),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tickets_page_follows_it_until_it_is_called_and_ends_with_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(AtomicI64::new(1_795_000_000_000));
    let hub = start(dir.path(), Clock::manual(now.clone(), 0)).await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into())).named("kiosk-1")).await;
    let counter = client(&hub.url, Hello::counter(1, C1)).await;

    // Three ahead, then ours in Urdu.
    for _ in 0..3 {
        now.fetch_add(60_000, Ordering::SeqCst);
        kiosk.command(issue("housing", None)).await.unwrap();
    }
    now.fetch_add(60_000, Ordering::SeqCst);
    let done = kiosk.command_done(issue("housing", Some("ur"))).await.unwrap();
    let url = done.ticket_url.expect("a hub serving pages gives the ticket's address");
    let Event::Issued { ticket } = &done.events[0].event else {
        panic!()
    };
    let path = url.strip_prefix(&format!("http://{}", hub.addr)).unwrap().to_owned();
    assert!(path.starts_with("/t/") && path.len() == 3 + 32, "{path}");

    let (code, head, body) = http(hub.addr, "GET", &path, "text/html").await;
    assert_eq!(code, 200);
    assert!(head.contains("content-security-policy:") && head.contains("cache-control: no-store"));
    assert!(body.contains(&ticket.label), "the page shows the number");
    let (code, _, json) = http(hub.addr, "GET", &format!("{path}/status"), "application/json").await;
    assert_eq!(code, 200);
    assert!(json.contains(&ticket.label));

    let mut live = Stream::open(hub.addr, &format!("{path}/events")).await;
    let first = live.next().await;
    assert!(first.to_string().contains("\"position\":4"), "{first}");
    counter.command(Command::CallNext { counter: 1 }).await.unwrap();
    let after = live.until("\"position\":3").await;
    assert!(
        after.to_string().contains("\"wait_minutes\":16"),
        "two ahead, one counter: {after}"
    );

    // Four more behind; more time moves ours three places back, from 3rd to 6th.
    for _ in 0..4 {
        now.fetch_add(60_000, Ordering::SeqCst);
        kiosk.command(issue("housing", None)).await.unwrap();
    }
    let (code, _, json) = http(hub.addr, "POST", &format!("{path}/more-time"), "application/json").await;
    assert_eq!(code, 200, "{json}");
    assert!(json.contains("\"more\":\"used\""), "{json}");
    live.until("\"position\":6").await;
    let (code, _, _) = http(hub.addr, "POST", &format!("{path}/more-time"), "application/json").await;
    assert_eq!(code, 409, "once only");
    let (code, head, _) = http(hub.addr, "POST", &format!("{path}/more-time"), "text/html").await;
    assert_eq!(code, 303, "a form post goes back to the page");
    assert!(head.contains(&format!("location: {path}")));

    // Called at last.
    let me = ticket.id;
    loop {
        counter.command(Command::Finish { counter: 1 }).await.unwrap();
        let events = counter.command(Command::CallNext { counter: 1 }).await.unwrap();
        if events
            .iter()
            .any(|s| matches!(s.event, Event::Called { ticket, .. } if ticket == me))
        {
            break;
        }
    }
    let called = live.until("\"phase\":\"called\"").await;
    assert!(called.to_string().contains("\"counter\":1"), "{called}");
    assert!(
        called["called"].as_str().unwrap().contains('1'),
        "said in Urdu: {called}"
    );

    // Not a ticket: all the same 404.
    let (_, _, nf) = http(hub.addr, "GET", "/t/00000000000000000000000000000000", "text/html").await;
    for bad in [
        "/t/00000000000000000000000000000000".to_owned(),
        "/t/not-a-token".to_owned(),
        format!("{}/status", path.to_uppercase().replace("/T/", "/t/")),
        "/t/%3Cscript%3E".to_owned(),
    ] {
        let (code, _, body) = http(hub.addr, "GET", &bad, "text/html").await;
        assert_eq!((code, &body), (404, &nf), "{bad}");
    }

    // A new day: the page is gone, its stream ends, and the token is a 404 like any other.
    now.fetch_add(24 * 3_600_000, Ordering::SeqCst);
    assert!(live.ends().await, "the stream ends with the day");
    let (code, _, body) = http(hub.addr, "GET", &path, "text/html").await;
    assert_eq!((code, body), (404, nf.clone()));
    let yesterday = path.clone();
    // Today's ticket with the same place has another token.
    let today = kiosk.command_done(issue("housing", None)).await.unwrap();
    assert!(!today.ticket_url.unwrap().ends_with(&yesterday));

    drop((kiosk, counter));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_open_pages_all_hear_of_a_call() {
    const PAGES: usize = 1_000;
    let dir = tempfile::tempdir().unwrap();
    let hub = start_with(dir.path(), Clock::system(0), |s| {
        s.config.daily_cap = 9_999;
        s.limits.per_second = 10_000.0;
        s.limits.burst = 10_000.0;
        let many = server::Rate {
            per_minute: 1_000_000.0,
            burst: 10_000.0,
        };
        s.limits.kiosk_tickets = many;
        s.limits.address_tickets = many;
    })
    .await;
    let kiosk = client(&hub.url, Hello::kiosk(Some(KIOSK.into())).named("kiosk-1")).await;
    let mut paths = Vec::new();
    for _ in 0..PAGES {
        let done = kiosk.command_done(issue("general", Some("en-GB"))).await.unwrap();
        let url = done.ticket_url.unwrap();
        paths.push(url.strip_prefix(&format!("http://{}", hub.addr)).unwrap().to_owned());
    }
    // Every page open at once, each reading its first status.
    let mut streams = Vec::new();
    for p in &paths {
        streams.push(Stream::open(hub.addr, &format!("{p}/events")).await);
    }
    for (i, s) in streams.iter_mut().enumerate() {
        let first = s.next().await;
        assert_eq!(first["position"], i + 1, "page {i}");
    }
    let counter = client(&hub.url, Hello::counter(1, C1)).await;
    counter.command(Command::Open { counter: 1 }).await.unwrap();
    // (Opening gives every page an estimate first: `until` passes over it.)
    counter.command(Command::CallNext { counter: 1 }).await.unwrap();
    let called = streams[0].until("\"phase\":\"called\"").await;
    assert_eq!(called["counter"], 1);
    for (i, s) in streams.iter_mut().enumerate().skip(1) {
        s.until(&format!("\"position\":{}", i)).await;
    }
    drop(streams);
    drop((kiosk, counter));
    hub.stop().await;
}
