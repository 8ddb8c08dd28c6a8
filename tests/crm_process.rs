//! The test CRM (`tests/crm/test_crm.py`) as a child process of a test: started on a loopback
//! port, asked for its counters over real HTTP, and killed when the handle drops. What the CRM
//! does with each request is the script's job; this module only runs it.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The webhook secret the test CRM checks signatures with; configs in tests use the same.
pub const SECRET: &str = "test-secret-0123456789";

/// The bearer key of the test CRM's customer lookup (`POST /customers/lookup`).
pub const LOOKUP_KEY: &str = "test-lookup-key-0123";

/// A running test CRM; killed on drop.
pub struct Crm {
    child: Child,
    /// The loopback port it listens on.
    pub port: u16,
}

impl Drop for Crm {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start the test CRM storing to `db`, injecting faults into a share `faults` of POSTs (slow
/// replies sleep 2.5 s), with any further flags in `extra` (e.g. `--tokens`, `--port N`).
pub fn start_crm(db: &Path, faults: f64, extra: &[&str]) -> Crm {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("crm/test_crm.py");
    let mut child = Command::new("python3")
        .arg(script)
        .arg("--db")
        .arg(db)
        .args([
            "--secret",
            SECRET,
            "--faults",
            &faults.to_string(),
            "--slow-seconds",
            "2.5",
            "--lookup-key",
            LOOKUP_KEY,
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the test CRM (install python3)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("the CRM's stdout"))
        .read_line(&mut line)
        .expect("the CRM prints its port");
    let port = line
        .trim()
        .strip_prefix("PORT ")
        .unwrap_or_else(|| panic!("the CRM should print \"PORT n\" first, it printed {line:?}"))
        .parse()
        .expect("a port number");
    Crm { child, port }
}

/// The CRM's counters: `requests`, `stored`, `distinct_references`, `faults`, `hostile`, `list_pages`,
/// `lookups`.
pub fn stats(port: u16) -> serde_json::Value {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the CRM is listening");
    write!(s, "GET /stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    serde_json::from_str(text.split("\r\n\r\n").nth(1).expect("a reply body")).expect("stats are JSON")
}

/// POST `body` to the CRM's `path` (its admin and fault switches); the reply's status line.
pub fn post(port: u16, path: &str, body: &str) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the CRM is listening");
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    reply.lines().next().unwrap_or_default().to_owned()
}

/// A loopback port with nothing listening on it (bound, then released): a CRM that is down.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
        .port()
}

/// What the CRM stored, in arrival order: (reference, the CRM's row id).
pub fn stored(db: &Path) -> Vec<(String, i64)> {
    let db = rusqlite::Connection::open(db).expect("the CRM's database");
    let mut stmt = db
        .prepare("SELECT reference, rowid FROM requests ORDER BY rowid")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// What the CRM stored, in arrival order: (reference, the request body as it arrived).
pub fn bodies(db: &Path) -> Vec<(String, String)> {
    let db = rusqlite::Connection::open(db).expect("the CRM's database");
    let mut stmt = db
        .prepare("SELECT reference, body FROM requests ORDER BY rowid")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}
