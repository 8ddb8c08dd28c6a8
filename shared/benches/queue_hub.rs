//! The queue hub under load, on loopback, with a real `queue.db` (WAL, synchronous=FULL):
//! durable ticket issues per second from several kiosks, commands per second with every counter
//! busy, and the time from a counter's `call-next` to *every* board holding the call (p50/p99).
//! Hub and clients share this process's 2 worker threads, so the figures are pessimistic.
//! `BOARDS=200 COUNTERS=50 cargo bench -p onestop --bench queue_hub`.

use futures_util::{SinkExt, StreamExt};
use onestop::queue::config::{CounterDef, Policy};
use onestop::queue::engine::Command;
use onestop::queue::server::{self, Settings};
use onestop::queue::{QueueConfig, QueueStore};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;
use tokio_tungstenite::tungstenite::Message;

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Per event seq: how many boards have it, and when the last one got it.
type Arrivals = Arc<Mutex<HashMap<u64, (usize, Instant)>>>;

async fn join(url: &str, hello: Value) -> Ws {
    let (mut ws, _) = tokio_tungstenite::connect_async_with_config(url, None, true)
        .await
        .unwrap();
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

/// Send a command and wait for its result; events in between are skipped.
async fn run(ws: &mut Ws, id: u64, c: &Command) -> Value {
    let frame = json!({"v": 1, "type": "command", "id": id, "command": c});
    ws.send(Message::Text(frame.to_string().into())).await.unwrap();
    loop {
        let Some(Ok(Message::Text(t))) = ws.next().await else {
            panic!("hub gone")
        };
        if t.starts_with("{\"v\":1,\"type\":\"event\"") {
            continue;
        }
        return serde_json::from_str(&t).unwrap();
    }
}

/// The seq of an event frame, found without parsing the whole frame.
fn event_seq(t: &str) -> Option<u64> {
    let rest = t.strip_prefix("{\"v\":1,\"type\":\"event\",\"event\":{\"seq\":")?;
    rest[..rest.find(',')?].parse().ok()
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let boards = env("BOARDS", 200);
    let counters = env("COUNTERS", 50) as u32;
    let kiosks = env("KIOSKS", 8);
    let issues = env("ISSUES", 4_000);
    let calls = env("CALLS", 300);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
        let store = QueueStore::open(&dir.path().join("queue.db")).unwrap();
        let mut config = QueueConfig::example();
        config.counters = (1..=counters)
            .map(|id| CounterDef {
                id,
                services: vec!["housing".into(), "council-tax".into(), "general".into()],
                policy: Policy::LongestWaiting,
            })
            .collect();
        let mut settings = Settings::new(config);
        // Throughput, not fairness: every kiosk here is on loopback, so lift the ticket limits.
        let unlimited = server::Rate {
            per_minute: 1e9,
            burst: 1e9,
        };
        settings.limits.kiosk_tickets = unlimited;
        settings.limits.address_tickets = unlimited;
        settings.tokens = (1..=counters).map(|c| (c, format!("counter-token-{c:04}"))).collect();
        // The per-client rate limit would throttle the load generators themselves.
        settings.limits.per_second = 1e9;
        settings.limits.burst = 1e9;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("ws://{}/v1/queue", listener.local_addr().unwrap());
        let stop = Arc::new(Notify::new());
        let stopped = stop.clone();
        let hub = tokio::spawn(server::run(listener, store, settings, async move {
            stopped.notified().await
        }));

        let arrivals: Arrivals = Arc::default();
        for _ in 0..boards {
            let mut ws = join(&url, json!({"role": "board"})).await;
            let arrivals = arrivals.clone();
            tokio::spawn(async move {
                while let Some(Ok(Message::Text(t))) = ws.next().await {
                    if let Some(seq) = event_seq(&t) {
                        let mut a = arrivals.lock().unwrap();
                        let e = a.entry(seq).or_insert((0, Instant::now()));
                        e.0 += 1;
                        e.1 = Instant::now();
                    }
                }
            });
        }
        println!("{boards} boards connected; {kiosks} kiosks issue {issues} tickets");

        // 1. Durable issues per second, every one fanned out to all clients.
        let t = Instant::now();
        let mut tasks = Vec::new();
        for k in 0..kiosks {
            let url = url.clone();
            let n = issues / kiosks;
            tasks.push(tokio::spawn(async move {
                let mut ws = join(&url, json!({"role": "kiosk"})).await;
                let service = ["housing", "council-tax", "general"][k % 3];
                let c = Command::Issue {
                    service: service.into(),
                    priority: false,
                    appointment: None,
                    also: Vec::new(),
                    locale: None,
                };
                for id in 0..n as u64 {
                    assert_eq!(run(&mut ws, id, &c).await["type"], "result");
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let issue_rate = (issues / kiosks * kiosks) as f64 / t.elapsed().as_secs_f64();
        println!("issue: {issue_rate:.0} tickets/s durable ({kiosks} kiosks in parallel)");

        // Counters join now, so that they are not left unread through the issuing.
        let mut desks = Vec::new();
        for c in 1..=counters {
            desks.push(
                join(
                    &url,
                    json!({"role": "counter", "counter": c, "token": format!("counter-token-{c:04}")}),
                )
                .await,
            );
        }
        println!("{counters} counters connected");

        // 2. Call latency: one counter at a time calls; time until every board has the call.
        let mut latencies = Vec::new();
        for i in 0..calls {
            let c = (i as u32 % counters) + 1;
            let desk = &mut desks[c as usize - 1];
            let _ = run(desk, 0, &Command::Finish { counter: c }).await;
            let t0 = Instant::now();
            let r = run(desk, 1, &Command::CallNext { counter: c }).await;
            let seq = r["events"].as_array().unwrap().last().unwrap()["seq"].as_u64().unwrap();
            let last = loop {
                if let Some((n, at)) = arrivals.lock().unwrap().get(&seq)
                    && *n == boards
                {
                    break *at;
                }
                tokio::time::sleep(Duration::from_micros(200)).await;
            };
            latencies.push(last.duration_since(t0).as_secs_f64() * 1000.0);
        }
        let (p50, p99) = (percentile(&mut latencies, 0.5), percentile(&mut latencies, 0.99));
        println!(
            "call-next to every board ({calls} calls): p50 {p50:.2} ms, p99 {p99:.2} ms, max {:.2} ms",
            latencies.last().unwrap()
        );

        // 3. Commands per second with every counter working at once (finish, call-next).
        let t = Instant::now();
        let per = env("ROUNDS", 20);
        let mut tasks = Vec::new();
        for (i, mut desk) in desks.into_iter().enumerate() {
            let c = i as u32 + 1;
            tasks.push(tokio::spawn(async move {
                for r in 0..per as u64 {
                    run(&mut desk, 2 * r + 10, &Command::Finish { counter: c }).await;
                    run(&mut desk, 2 * r + 11, &Command::CallNext { counter: c }).await;
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let rate = (2 * per * counters as usize) as f64 / t.elapsed().as_secs_f64();
        println!("commands: {rate:.0}/s with {counters} counters busy at once");
        stop.notify_one();
        hub.await.unwrap().unwrap();
    });
}
