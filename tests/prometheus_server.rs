//! A real Prometheus server (Debian's `prometheus` package, 2.42) as a child process of a test:
//! its own config and storage in a temp folder, listening on a loopback port, scraping the
//! given targets every second; asked over its HTTP API and killed when the handle drops. Also
//! `promtool check metrics` on a scrape, and plain HTTP GETs to fetch one.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running Prometheus; killed (and reaped) on drop.
pub struct Prometheus {
    child: Child,
    /// The loopback port of its web API.
    pub port: u16,
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `GET path` on a loopback port over HTTP/1.0 (so no chunked replies); (status, body).
pub fn get(port: u16, path: &str) -> std::io::Result<(u16, String)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")?;
    let mut text = String::new();
    s.read_to_string(&mut text)?;
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Ok((status, body.to_owned()))
}

/// Start Prometheus in `dir`, scraping each `(job, "127.0.0.1:PORT")` every second.
pub fn start(dir: &Path, targets: &[(&str, String)]) -> Prometheus {
    let mut config = String::from("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n");
    for (job, target) in targets {
        config.push_str(&format!(
            "  - job_name: {job}\n    static_configs:\n      - targets: [\"{target}\"]\n"
        ));
    }
    let file = dir.join("prometheus.yml");
    std::fs::write(&file, config).unwrap();
    let port = crate::crm_process::free_port();
    let child = Command::new("prometheus")
        .arg(format!("--config.file={}", file.display()))
        .arg(format!("--storage.tsdb.path={}", dir.join("tsdb").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prometheus runs (Debian: apt-get install prometheus)");
    let p = Prometheus { child, port };
    let deadline = Instant::now() + Duration::from_secs(60);
    while !matches!(get(port, "/-/ready"), Ok((200, _))) {
        assert!(Instant::now() < deadline, "prometheus was not ready within 60 s");
        std::thread::sleep(Duration::from_millis(200));
    }
    p
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Prometheus {
    /// An instant PromQL query: each result's labels and value.
    pub fn query(&self, promql: &str) -> Vec<(serde_json::Value, f64)> {
        let path = format!("/api/v1/query?query={}", percent_encode(promql));
        let (status, body) = get(self.port, &path).expect("prometheus answers");
        assert_eq!(status, 200, "{promql}: {body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("the API answers JSON");
        v["data"]["result"]
            .as_array()
            .expect("a vector result")
            .iter()
            .map(|r| {
                let value = r["value"][1].as_str().and_then(|s| s.parse().ok()).expect("a number");
                (r["metric"].clone(), value)
            })
            .collect()
    }

    /// The single value `promql` gives, once it gives `want` (waiting up to `limit`); panics
    /// with the last answer otherwise.
    pub fn wait_for(&self, promql: &str, want: f64, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            let got = self.query(promql);
            if got.len() == 1 && got[0].1 == want {
                return;
            }
            assert!(Instant::now() < deadline, "{promql} should be {want}, it is {got:?}");
            std::thread::sleep(Duration::from_millis(250));
        }
    }
}

/// Run `promtool check metrics` on `text` (a scrape): Ok, or its complaints.
pub fn promtool_check(text: &str) -> Result<(), String> {
    let mut child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool runs (Debian: apt-get install prometheus)");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}
