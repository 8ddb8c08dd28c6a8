//! Fleet metrics end to end (feature `prometheus`): a real Prometheus server on loopback scrapes
//! a real `kiosk forward` (the kiosk's forwarder and `/metrics` without a window) and a real
//! `queue-display serve` with `/metrics` on. With the test CRM down, five submissions show as
//! pending through PromQL; once the CRM (with a real Open311 server's habits) is up, they show
//! as delivered. `promtool check metrics` passes on both endpoints, and on the textfile route's
//! file, which is only ever seen whole.

use onestop::queue::client::{Client, wait_connected};
use onestop::queue::{Command, Hello};
use onestop_e2e::crm_process::{free_port, start_crm};
use onestop_e2e::hub_process::serve;
use onestop_e2e::kiosk_cli::{kiosk, submit_many};
use onestop_e2e::prometheus_server::{get, promtool_check, start};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

const KIOSK_TOKEN: &str = "kiosk-token-0123";

/// A running `kiosk forward`; stopped with SIGTERM (as systemd stops it) when dropped.
struct Forwarding(Child);

impl Drop for Forwarding {
    fn drop(&mut self) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe { libc::kill(self.0.id() as i32, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Start `kiosk forward`; returns it once it has said the line that starts with `ready`.
fn forward(dir: &Path, cfg: &Path, ready: &str) -> (Forwarding, String) {
    // Owned by the handle at once, so it is stopped and reaped however this ends.
    let mut running = Forwarding(kiosk(dir, cfg).arg("forward").spawn().unwrap());
    let mut out = BufReader::new(running.0.stdout.take().unwrap());
    let mut said = String::new();
    loop {
        let mut line = String::new();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "kiosk forward ended; it said {said:?}"
        );
        said.push_str(&line);
        if line.starts_with(ready) {
            // Keep reading in the background, so the kiosk never blocks on a full pipe.
            std::thread::spawn(move || for _ in out.lines() {});
            return (running, line.trim().to_owned());
        }
    }
}

fn kiosk_config(dir: &Path, crm_port: u16, metrics: &str) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{crm_port}/open311/\"\njurisdiction_id = \"test.gov.uk\"\n\
             max_in_flight = 1\ntimeout_secs = 2\nbackoff_base_ms = 200\nbackoff_cap_ms = 500\n\n[metrics]\n{metrics}\n"
        ),
    )
    .unwrap();
    path
}

fn scrape(port: u16, path: &str) -> String {
    let (status, body) = get(port, path).unwrap();
    assert_eq!(status, 200, "{body}");
    body
}

#[test]
fn prometheus_sees_a_backlog_while_the_crm_is_down_and_its_delivery_once_it_is_up() {
    let dir = tempfile::tempdir().unwrap();
    let (crm_port, metrics_port, hub_port) = (free_port(), free_port(), free_port());
    let cfg = kiosk_config(dir.path(), crm_port, &format!("bind = \"127.0.0.1:{metrics_port}\""));
    let refs = submit_many(dir.path(), &cfg, 5);
    let (_kiosk, said) = forward(dir.path(), &cfg, "metrics at ");
    assert_eq!(said, format!("metrics at http://127.0.0.1:{metrics_port}/metrics"));

    let hub_dir = dir.path().join("hub");
    std::fs::create_dir_all(&hub_dir).unwrap();
    std::fs::write(
        hub_dir.join("site.toml"),
        format!("[queue]\nkiosk_token = \"{KIOSK_TOKEN}\"\n\n[metrics]\nhub = true\n"),
    )
    .unwrap();
    let (_hub, url) = serve(&hub_dir, &format!("127.0.0.1:{hub_port}"));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let _inside = runtime.enter();
    let ticket_kiosk = Client::connect(&url, Hello::kiosk(Some(KIOSK_TOKEN.into())));
    runtime.block_on(async {
        assert!(wait_connected(&mut ticket_kiosk.view(), Duration::from_secs(10)).await);
        for service in ["housing", "housing", "general"] {
            let issue = Command::Issue {
                service: service.into(),
                priority: false,
                appointment: None,
                also: Vec::new(),
                locale: None,
            };
            ticket_kiosk.command(issue).await.unwrap();
        }
    });

    let prom_dir = dir.path().join("prometheus");
    std::fs::create_dir_all(&prom_dir).unwrap();
    let prom = start(
        &prom_dir,
        &[
            ("onestop-kiosk", format!("127.0.0.1:{metrics_port}")),
            ("onestop-queue", format!("127.0.0.1:{hub_port}")),
        ],
    );
    let limit = Duration::from_secs(60);
    prom.wait_for("up{job=\"onestop-kiosk\"}", 1.0, limit);
    prom.wait_for("up{job=\"onestop-queue\"}", 1.0, limit);

    // The CRM is down: the five wait, and the kiosk says its last contact failed.
    prom.wait_for("onestop_outbox_submissions{state=\"pending\"}", 5.0, limit);
    prom.wait_for("onestop_outbox_submissions{state=\"delivered\"}", 0.0, limit);
    prom.wait_for("onestop_crm_last_contact_success", 0.0, limit);
    prom.wait_for("onestop_outbox_retrying_submissions", 5.0, limit);
    // The hub: what was issued, who is connected.
    prom.wait_for("onestop_queue_tickets_issued_total{service=\"housing\"}", 2.0, limit);
    prom.wait_for("onestop_queue_waiting_tickets{service=\"general\"}", 1.0, limit);
    prom.wait_for("onestop_queue_connected_clients{role=\"kiosk\"}", 1.0, limit);
    prom.wait_for("count(onestop_build_info)", 2.0, limit);

    // Both endpoints pass promtool as they stand.
    let kiosk_text = scrape(metrics_port, "/metrics");
    let hub_text = scrape(hub_port, "/metrics");
    promtool_check(&kiosk_text).unwrap_or_else(|e| panic!("the kiosk's scrape: {e}\n{kiosk_text}"));
    promtool_check(&hub_text).unwrap_or_else(|e| panic!("the hub's scrape: {e}\n{hub_text}"));
    assert!(
        refs.iter().all(|r| !kiosk_text.contains(r.as_str())),
        "no reference in metrics"
    );

    // The CRM comes up on the port the kiosk has been trying.
    let _crm = start_crm(
        &dir.path().join("crm.db"),
        0.0,
        &["--open311-habits", "--port", &crm_port.to_string()],
    );
    prom.wait_for("onestop_outbox_submissions{state=\"pending\"}", 0.0, limit);
    prom.wait_for("onestop_outbox_submissions{state=\"delivered\"}", 5.0, limit);
    prom.wait_for("onestop_crm_last_contact_success", 1.0, limit);
    prom.wait_for("onestop_outbox_oldest_pending_age_seconds", 0.0, limit);
    let attempts = prom.query("onestop_outbox_delivery_attempts_total");
    assert!(
        attempts.len() == 1 && attempts[0].1 >= 10.0,
        "each failed once at least: {attempts:?}"
    );
    promtool_check(&scrape(metrics_port, "/metrics")).unwrap();
}

#[test]
fn the_textfile_is_only_ever_seen_whole_and_passes_promtool() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("textfile_collector");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("onestop.prom");
    let cfg = kiosk_config(
        dir.path(),
        free_port(),
        &format!("textfile = \"{}\"\ntextfile_every_secs = 1", file.display()),
    );
    submit_many(dir.path(), &cfg, 3);
    let (_kiosk, _) = forward(dir.path(), &cfg, "metrics written to ");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !file.exists() {
        assert!(Instant::now() < deadline, "the textfile was not written within 30 s");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Read it as node_exporter does, across several rewrites: always whole.
    let until = Instant::now() + Duration::from_secs(4);
    let mut reads = 0;
    let mut last = String::new();
    while Instant::now() < until {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.starts_with("# HELP onestop_build_info "), "{text}");
        assert!(
            text.ends_with('\n') && text.contains("onestop_store_readable 1\n"),
            "{text}"
        );
        reads += 1;
        last = text;
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(reads > 100, "{reads}");
    assert!(
        last.contains("onestop_outbox_submissions{state=\"pending\"} 3\n"),
        "{last}"
    );
    promtool_check(&last).unwrap_or_else(|e| panic!("{e}\n{last}"));
    let left: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        left,
        ["onestop.prom"],
        "no temporary file is left for node_exporter to read"
    );
}
