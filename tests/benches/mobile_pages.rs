//! Mobile ticket pages on a real `queue-display serve` process on loopback: PAGES tickets are
//! issued (default 1,000), each ticket's page is loaded once (bytes counted) and its live stream
//! (Server-Sent Events) kept open; then a counter calls CALLS tickets, and for each call the time
//! from sending `call-next` to each open page receiving its new status is taken: p50, p99 and
//! the slowest. The hub's resident memory is read from `/proc` before and with the pages open.
//! `cargo build -p queue-display && cargo bench -p onestop-e2e --bench mobile_pages`
//! (PAGES=… CALLS=… to change them).

use futures_util::{SinkExt, StreamExt};
use onestop_e2e::hub_process;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<TcpStream>>;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

async fn join(url: &str, hello: Value) -> Ws {
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut h = json!({"v": 1, "type": "hello"});
    h.as_object_mut().unwrap().extend(hello.as_object().unwrap().clone());
    ws.send(Message::Text(h.to_string().into())).await.unwrap();
    loop {
        if let Some(Ok(Message::Text(t))) = ws.next().await
            && t.contains("\"welcome\"")
        {
            return ws;
        }
    }
}

/// Send a command; its result (events in between skipped).
async fn run(ws: &mut Ws, id: u64, command: Value) -> Value {
    let frame = json!({"v": 1, "type": "command", "id": id, "command": command});
    ws.send(Message::Text(frame.to_string().into())).await.unwrap();
    loop {
        let Some(Ok(Message::Text(t))) = ws.next().await else {
            panic!("hub gone")
        };
        let v: Value = serde_json::from_str(&t).unwrap();
        if v["type"] == "result" || v["type"] == "error" {
            return v;
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let pages = env("PAGES", 1_000);
    let calls = env("CALLS", 10);
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    std::fs::write(
        dir.path().join("site.toml"),
        format!(
            "[queue]\nkiosk_token = \"bench-kiosk-token-1\"\ndaily_cap = 9999\n\
             kiosk_tickets_per_minute = 600.0\nkiosk_ticket_burst = 1000\n\
             address_tickets_per_minute = 600.0\naddress_ticket_burst = 1000\n\
             [queue.tokens]\n3 = \"counter-three-token\"\n\
             [queue.mobile]\nbase_url = \"http://127.0.0.1:{port}\"\n"
        ),
    )
    .unwrap();
    let (hub, url) = hub_process::serve(dir.path(), &format!("127.0.0.1:{port}"));
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();

    // Kiosks of 40 tickets each (a connection may send 40 messages at once).
    let mut paths = Vec::with_capacity(pages);
    for k in 0..pages.div_ceil(40) {
        let hello = json!({"role": "kiosk", "token": "bench-kiosk-token-1", "name": format!("bench-{k}")});
        let mut kiosk = join(&url, hello).await;
        for i in 0..40.min(pages - k * 40) {
            let issue = json!({"command": "issue", "service": "general", "priority": false, "appointment": null, "locale": "en-GB"});
            let r = run(&mut kiosk, i as u64 + 1, issue).await;
            let page = r["ticket_url"]
                .as_str()
                .unwrap_or_else(|| panic!("no page address: {r}"));
            paths.push(page.strip_prefix(&format!("http://{addr}")).unwrap().to_owned());
        }
    }

    // One page load, as a phone makes it.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {} HTTP/1.0\r\nHost: {addr}\r\n\r\n", paths[0]).as_bytes())
        .await
        .unwrap();
    let mut whole = Vec::new();
    s.read_to_end(&mut whole).await.unwrap();
    let body = whole
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(0, |i| whole.len() - i - 4);

    let before = rss_kib(hub.pid());
    let (tx, mut rx) = mpsc::unbounded_channel::<(usize, Instant)>();
    for (i, path) in paths.iter().enumerate() {
        let tx = tx.clone();
        let path = path.clone();
        tokio::spawn(async move {
            let mut s = TcpStream::connect(addr).await.unwrap();
            let req = format!("GET {path}/events HTTP/1.0\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n");
            s.write_all(req.as_bytes()).await.unwrap();
            let mut lines = BufReader::new(s).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if line.starts_with("data:") && tx.send((i, Instant::now())).is_err() {
                    break;
                }
            }
        });
    }
    let mut first = 0;
    while first < pages {
        tokio::time::timeout(Duration::from_secs(60), rx.recv())
            .await
            .unwrap()
            .unwrap();
        first += 1;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let with_pages = rss_kib(hub.pid());

    let mut counter = join(
        &url,
        json!({"role": "counter", "counter": 3, "token": "counter-three-token"}),
    )
    .await;
    run(&mut counter, 1, json!({"command": "open", "counter": 3})).await;
    let mut latencies = Vec::new();
    let mut id = 10;
    for round in 0..calls {
        if round > 0 {
            id += 1;
            run(&mut counter, id, json!({"command": "finish", "counter": 3})).await;
        }
        // Let the finish's own updates (new estimates) pass, then time the call alone.
        tokio::time::sleep(Duration::from_millis(400)).await;
        while rx.try_recv().is_ok() {}
        let t0 = Instant::now();
        id += 1;
        run(&mut counter, id, json!({"command": "call-next", "counter": 3})).await;
        // Every page still open hears of the call: those waiting move up, the called one is called.
        let expect = pages - round;
        let mut got = std::collections::HashSet::new();
        while got.len() < expect {
            let (i, at) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
                .await
                .expect("every page hears of the call")
                .unwrap();
            if got.insert(i) {
                latencies.push(at - t0);
            }
        }
    }
    latencies.sort();
    println!("mobile pages: {pages} open on a real queue-display serve, {calls} calls");
    println!(
        "  call to page update: p50 {:.1} ms, p99 {:.1} ms, slowest {:.1} ms ({} updates)",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().unwrap().as_secs_f64() * 1e3,
        latencies.len()
    );
    println!("  page load: {} bytes of HTML ({} with headers)", body, whole.len());
    println!(
        "  hub resident memory: {:.1} MiB before, {:.1} MiB with {pages} live pages ({:.1} KiB a page)",
        before as f64 / 1024.0,
        with_pages as f64 / 1024.0,
        with_pages.saturating_sub(before) as f64 / pages as f64
    );
}
