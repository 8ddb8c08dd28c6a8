//! A stand-in for systemd's notification socket in tests: a real Unix datagram socket in a temp
//! folder whose path goes into a child's `NOTIFY_SOCKET`, and a thread that keeps every datagram
//! with the moment it arrived. Judging what was said is the tests' job.

use std::os::unix::net::UnixDatagram;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A bound notification socket and what has arrived on it.
pub struct NotifySocket {
    /// The socket file (for `NOTIFY_SOCKET`).
    pub path: PathBuf,
    heard: Arc<Mutex<Vec<(Instant, String)>>>,
    _dir: tempfile::TempDir,
}

impl NotifySocket {
    /// Bind a new socket in its own temp folder and start keeping what arrives.
    pub fn bind() -> NotifySocket {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("notify");
        let socket = UnixDatagram::bind(&path).expect("a datagram socket");
        let heard = Arc::new(Mutex::new(Vec::new()));
        let keep = heard.clone();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 4096];
            // Ends with the process: the socket file goes with the temp folder.
            while let Ok(len) = socket.recv(&mut buf) {
                let text = String::from_utf8_lossy(&buf[..len]).into_owned();
                keep.lock().unwrap().push((Instant::now(), text));
            }
        });
        NotifySocket { path, heard, _dir: dir }
    }

    /// Let any user send to it (a kiosk run as another user, e.g. under `cage`, which refuses
    /// to run as root).
    pub fn open_to_all(&self) {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = self.path.parent().expect("the socket's folder");
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o666)).unwrap();
    }

    /// Every datagram so far, with when it arrived.
    pub fn heard(&self) -> Vec<(Instant, String)> {
        self.heard.lock().unwrap().clone()
    }

    /// Wait up to `within` for a datagram containing the line `line`; when it arrived.
    pub fn wait_for(&self, line: &str, within: Duration) -> Option<Instant> {
        let deadline = Instant::now() + within;
        loop {
            if let Some((at, _)) = self.heard().into_iter().find(|(_, m)| m.lines().any(|l| l == line)) {
                return Some(at);
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The `WATCHDOG=1` pings that arrived after `since`.
    pub fn pings_after(&self, since: Instant) -> Vec<Instant> {
        self.heard()
            .into_iter()
            .filter(|(at, m)| *at > since && m == "WATCHDOG=1")
            .map(|(at, _)| at)
            .collect()
    }

    /// Every datagram so far, for a failure message.
    pub fn transcript(&self) -> String {
        let heard = self.heard();
        let start = heard.first().map(|(t, _)| *t);
        heard
            .iter()
            .map(|(t, m)| format!("+{:?} {m:?}", t.duration_since(start.unwrap_or(*t))))
            .collect::<Vec<_>>()
            .join("\n")
    }
}
