//! What fleet metrics cost (issue 13): a kiosk scrape over loopback HTTP against a real outbox of
//! 10,000 submissions (WAL, on disk), p50/p99; the same scrape's SQLite read and rendering alone;
//! a hub scrape over loopback during a busy day (p50/p99); this process's RSS before the
//! kiosk's metrics endpoint starts and after 1,000 scrapes; and each scrape's series, for the
//! fleet sums in docs/PERFORMANCE.md. With `FLEET=500` (and Debian's `prometheus` installed) it
//! also runs a real Prometheus scraping a synthetic fleet: 500 copies of the kiosk scrape and 50
//! of the hub's, each copy its own `fleet_instance`, then none, and reports the server's head
//! series and memory for both. Prints figures; `cargo bench -p onestop --bench metrics`.

use onestop::metrics::devices::{DeviceBoard, PrinterState};
use onestop::metrics::{BuildInfo, http, kiosk};
use onestop::queue::engine::{Command, Engine};
use onestop::queue::server::{self, Settings};
use onestop::queue::{QueueConfig, QueueStore};
use onestop::store::{Key, Store, Subject};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::Instant;

const ROWS: i64 = 10_000;
const SCRAPES: usize = 1_000;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0)
}

fn p50_p99(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

fn get(port: u16) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"GET /metrics HTTP/1.0\r\nHost: x\r\n\r\n").unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    assert!(
        text.starts_with("HTTP/1.0 200") || text.starts_with("HTTP/1.1 200"),
        "{text}"
    );
    text.split_once("\r\n\r\n").unwrap().1.to_owned()
}

/// Time `SCRAPES` GETs of /metrics on `port`; (p50, p99) in ms and the last body.
fn time_scrapes(port: u16) -> (f64, f64, String) {
    let mut ms = Vec::with_capacity(SCRAPES);
    let mut last = String::new();
    for _ in 0..SCRAPES {
        let t = Instant::now();
        last = get(port);
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (p50, p99) = p50_p99(ms);
    (p50, p99, last)
}

fn series(text: &str) -> usize {
    text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).count()
}

/// A kiosk database with `ROWS` submissions: 89% delivered (a tenth of those purged), 8%
/// pending of which half retrying, 1% parked; and a day of ratings for 7 forms and 3 services.
fn kiosk_db(dir: &std::path::Path) -> Store {
    let path = dir.join("kiosk.db");
    let mut store = Store::open(&path, Key::random()).unwrap();
    let forms = onestop::embedded::forms().unwrap();
    let answers: onestop::forms::Answers =
        serde_json::from_str(r#"{"problem":"pothole","location":"outside 12 High Street"}"#).unwrap();
    let valid = onestop::forms::validate(
        forms.get("street-problem").unwrap(),
        &answers,
        onestop::forms::Today::now(),
    )
    .unwrap();
    store.submit(&valid, "en-GB", None).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ROWS} - 1)
         INSERT INTO outbox (submission_id, reference, form_id, form_version, locale, payload, created_at,
                             state, attempts, last_error, acknowledged_at, purged_at, last_attempt_at)
         SELECT printf('bench-%06d', i), printf('B%06d', i), form_id, form_version, locale, payload,
                strftime('%Y-%m-%dT%H:%M:%SZ', 'now', printf('-%d minutes', {ROWS} - i)),
                CASE WHEN i % 100 < 89 THEN 'acknowledged' WHEN i % 100 < 99 THEN 'pending' ELSE 'parked' END,
                1 + i % 3,
                CASE WHEN i % 100 BETWEEN 89 AND 92 OR i % 100 = 99 THEN 'sealed error' END,
                CASE WHEN i % 100 < 89 THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now', printf('-%d minutes', {ROWS} - i - 1)) END,
                CASE WHEN i % 100 < 9 THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END,
                strftime('%Y-%m-%dT%H:%M:%SZ', 'now', printf('-%d minutes', {ROWS} - i - 1))
         FROM n, (SELECT * FROM outbox LIMIT 1);"
    ))
    .unwrap();
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let subjects = [
        "missed-bin",
        "street-problem",
        "bulky-collection",
        "housing-repair",
        "moving-home",
        "library-join",
        "feedback",
    ]
    .map(|f| Subject::Form(f.into()))
    .into_iter()
    .chain(["housing", "council-tax", "general"].map(|s| Subject::Service(s.into())));
    for s in subjects {
        for score in 1..=5 {
            store.record_rating(&today, &s, score).unwrap();
        }
    }
    store
}

/// A hub log with a busy day: 1,200 tickets over three services, 1,100 of them called and
/// finished, the rest waiting; four counters open.
fn busy_hub(dir: &std::path::Path) -> (QueueStore, Settings) {
    let config: QueueConfig = onestop::config::Config::defaults().queue.site();
    let mut engine = Engine::new(config.clone());
    let mut events = Vec::new();
    let start = time::OffsetDateTime::now_utc().unix_timestamp() * 1000 - 600_000;
    let mut at = start;
    for c in 1..=3 {
        events.extend(engine.apply(&Command::Open { counter: c }, at).unwrap());
    }
    for i in 0..1_200u32 {
        at += 400;
        let service = ["housing", "council-tax", "general"][i as usize % 3];
        let issue = Command::Issue {
            service: service.into(),
            priority: i % 17 == 0,
            appointment: None,
            also: Vec::new(),
            locale: None,
        };
        events.extend(engine.apply(&issue, at).unwrap());
        if i < 1_100 {
            let counter = 1 + i % 3;
            if let Ok(e) = engine.apply(&Command::CallNext { counter }, at) {
                events.extend(e);
                events.extend(engine.apply(&Command::Finish { counter }, at).unwrap());
            }
        }
    }
    let mut store = QueueStore::open(&dir.join("queue.db")).unwrap();
    store.append(&events).unwrap();
    (store, Settings::new(config).with_metrics(true))
}

fn main() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let store = kiosk_db(dir.path());
    let board = DeviceBoard::default();
    board.set_printer(PrinterState::Ready { paper_low: false });
    board.set_reader(onestop::card::ReaderKind::Nfc, &onestop::card::ReaderStatus::Ready);
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let build = BuildInfo::of("kiosk");

    // The read and the rendering alone.
    let mut read = Vec::new();
    let mut render = Vec::new();
    for _ in 0..SCRAPES {
        let t = Instant::now();
        let f = kiosk::gather(&store, &today, &board);
        read.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        std::hint::black_box(kiosk::render(&f, &build));
        render.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (r50, r99) = p50_p99(read);
    let (e50, e99) = p50_p99(render);
    println!(
        "kiosk, {ROWS} outbox rows: SQLite read p50 {r50:.3} ms p99 {r99:.3} ms; rendering p50 {e50:.3} ms p99 {e99:.3} ms"
    );

    // Over HTTP, as Prometheus scrapes it.
    let before = rss_kib();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let store = Arc::new(Mutex::new(store));
    let scrape: http::Scrape = {
        let (store, board, today) = (store.clone(), board.clone(), today.clone());
        Arc::new(move || kiosk::render(&kiosk::gather(&store.lock().unwrap(), &today, &board), &build))
    };
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let port = listener.local_addr().unwrap().port();
    runtime.spawn(http::run(listener, scrape, std::future::pending()));
    let (p50, p99, text) = time_scrapes(port);
    let after = rss_kib();
    println!(
        "kiosk /metrics over loopback, {SCRAPES} scrapes: p50 {p50:.3} ms p99 {p99:.3} ms; {} bytes, {} series",
        text.len(),
        series(&text)
    );
    println!(
        "kiosk RSS: {before} KiB before the endpoint, {after} KiB after {SCRAPES} scrapes (+{} KiB)",
        after.saturating_sub(before)
    );

    // The hub during a busy day.
    let (queue, settings) = busy_hub(dir.path());
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let hub_port = listener.local_addr().unwrap().port();
    runtime.spawn(server::run(listener, queue, settings, std::future::pending()));
    std::thread::sleep(std::time::Duration::from_millis(500));
    let (h50, h99, hub_text) = time_scrapes(hub_port);
    println!(
        "hub /metrics over loopback, busy day (1,200 tickets), {SCRAPES} scrapes: p50 {h50:.3} ms p99 {h99:.3} ms; {} bytes, {} series",
        hub_text.len(),
        series(&hub_text)
    );
    if std::env::var_os("PRINT").is_some() {
        println!("{text}\n{hub_text}");
    }
    if let Some(kiosks) = std::env::var("FLEET").ok().and_then(|n| n.parse::<usize>().ok()) {
        let hubs = kiosks / 10;
        let secs: u64 = std::env::var("FLEET_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(150);
        for (k, h) in [(0, 0), (kiosks, hubs)] {
            let body = format!("{}{}", fleet_text(&text, "k", k), fleet_text(&hub_text, "h", h));
            let (series, rss, heap) = fleet_run(&runtime, dir.path(), body, secs);
            println!(
                "central Prometheus, {k} kiosks + {h} hubs scraped every 1 s for {secs} s: {series} head series, RSS {:.1} MiB, heap in use {:.1} MiB",
                rss / 1048576.0,
                heap / 1048576.0
            );
        }
    }
}

/// `n` copies of a scrape, each sample with its own `fleet_instance` label (`{prefix}0001`...),
/// families kept together as the text format wants.
fn fleet_text(text: &str, prefix: &str, n: usize) -> String {
    let mut out = String::new();
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut String| {
        for l in block.iter().filter(|l| l.starts_with('#')) {
            out.push_str(l);
            out.push('\n');
        }
        for i in 0..n {
            for l in block.iter().filter(|l| !l.starts_with('#') && !l.is_empty()) {
                let label = format!("fleet_instance=\"{prefix}{i:04}\"");
                match l.split_once('{') {
                    Some((name, rest)) => out.push_str(&format!("{name}{{{label},{rest}\n")),
                    None => {
                        let (name, value) = l.split_once(' ').unwrap();
                        out.push_str(&format!("{name}{{{label}}} {value}\n"));
                    }
                }
            }
        }
        block.clear();
    };
    for line in text.lines() {
        if line.starts_with("# HELP") && !block.is_empty() {
            flush(&mut block, &mut out);
        }
        block.push(line);
    }
    flush(&mut block, &mut out);
    out
}

/// Serve `body` and let a real Prometheus scrape it every second for `secs`; its head series,
/// RSS and Go heap in use (bytes), read from its own /metrics.
fn fleet_run(runtime: &tokio::runtime::Runtime, dir: &std::path::Path, body: String, secs: u64) -> (f64, f64, f64) {
    let body = Arc::new(body);
    let scrape: http::Scrape = Arc::new(move || body.as_str().to_owned());
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let target = listener.local_addr().unwrap();
    let (stop, shutdown) = onestop::shutdown::channel();
    runtime.spawn(http::run(listener, scrape, async move { shutdown.signalled().await }));
    let prom_dir = tempfile::tempdir_in(dir).unwrap();
    let config = prom_dir.path().join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n  - job_name: fleet\n    honor_labels: true\n    static_configs:\n      - targets: [\"{target}\"]\n"
        ),
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = std::process::Command::new("prometheus")
        .arg(format!("--config.file={}", config.display()))
        .arg(format!(
            "--storage.tsdb.path={}",
            prom_dir.path().join("tsdb").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("prometheus (Debian: apt-get install prometheus)");
    std::thread::sleep(std::time::Duration::from_secs(secs));
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"GET /metrics HTTP/1.0\r\nHost: x\r\n\r\n").unwrap();
    let mut own = String::new();
    s.read_to_string(&mut own).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    stop.signal();
    let value = |name: &str| {
        own.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    (
        value("prometheus_tsdb_head_series"),
        value("process_resident_memory_bytes"),
        value("go_memstats_heap_inuse_bytes"),
    )
}
