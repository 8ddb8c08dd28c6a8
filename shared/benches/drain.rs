//! Drain rate of an outbox backlog to the loopback test CRM (`tests/crm/test_crm.py`): the
//! forwarder with 8 requests in flight, the same one at a time, and the CRM's own accept rate
//! measured by wrk on the same server (when wrk is installed). Prints figures; run with
//! `cargo bench -p onestop --bench drain`. N defaults to 3,000; set DRAIN_N to change it.

use onestop::crm::{Connector, webhook::Webhook};
use onestop::forms::{Answers, Today, validate};
use onestop::outbox::Backoff;
use onestop::outbox::forwarder::{Settings, Until, drive};
use onestop::store::{Key, Store};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "bench-secret-0123456789";

fn start_crm(db: &std::path::Path) -> (std::process::Child, u16) {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/crm/test_crm.py");
    let mut child = Command::new("python3")
        .args([script, "--secret", SECRET, "--db"])
        .arg(db)
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line.trim().strip_prefix("PORT ").unwrap().parse().unwrap();
    (child, port)
}

fn drain(n: usize, in_flight: usize) -> f64 {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (mut crm, port) = start_crm(&dir.path().join("crm.db"));
    let forms = onestop::embedded::forms().unwrap();
    let form = forms.get("street-problem").unwrap();
    let answers: Answers =
        serde_json::from_str(r#"{"problem": "pothole", "location": "outside 12 High Street"}"#).unwrap();
    let valid = validate(form, &answers, Today::now()).unwrap();
    let mut store = Store::open(&dir.path().join("kiosk.db"), Key::random()).unwrap();
    for _ in 0..n {
        store.submit(&valid, "en-GB", None).unwrap();
    }
    let hook = Webhook::new(
        &format!("http://127.0.0.1:{port}/webhook"),
        SECRET.as_bytes(),
        Duration::from_secs(10),
    )
    .unwrap();
    let settings = Settings {
        max_in_flight: in_flight,
        backoff: Backoff {
            base_ms: 100,
            cap_ms: 1_000,
        },
        retention: Duration::from_secs(86_400),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let t = Instant::now();
    let report = rt
        .block_on(drive(
            &store,
            &Connector::Webhook(hook),
            settings,
            Until::Drained {
                patience: Duration::from_secs(5),
                deadline: None,
            },
        ))
        .unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(report.acknowledged, n, "{report:?}");
    let _ = crm.kill();
    let _ = crm.wait();
    n as f64 / secs
}

fn wrk_rate() -> Option<f64> {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (mut crm, port) = start_crm(&dir.path().join("crm.db"));
    let lua = dir.path().join("post.lua");
    std::fs::write(&lua, "wrk.method = \"POST\"\nwrk.body = '{\"version\":1,\"reference\":\"LOAD\"}'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n").unwrap();
    let out = Command::new("wrk")
        .args(["-t2", "-c8", "-d5s", "-s"])
        .arg(&lua)
        .arg(format!("http://127.0.0.1:{port}/accept"))
        .output()
        .ok()?;
    let _ = crm.kill();
    let _ = crm.wait();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
}

fn main() {
    let n: usize = std::env::var("DRAIN_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    let eight = drain(n, 8);
    let one = drain(n / 6, 1);
    println!(
        "backlog of {n}: forwarder, 8 in flight: {eight:.0} submissions/s ({:.1} s)",
        n as f64 / eight
    );
    println!(
        "forwarder, one at a time ({} submissions): {one:.0} submissions/s",
        n / 6
    );
    println!("8 in flight vs one at a time: {:.1}x", eight / one);
    match wrk_rate() {
        Some(rate) => println!(
            "test CRM's own accept rate (wrk -t2 -c8, 5 s, same server): {rate:.0} req/s; forwarder reaches {:.0}%",
            100.0 * eight / rate
        ),
        None => println!("wrk not installed: CRM accept rate not measured (apt-get install wrk)"),
    }
}
