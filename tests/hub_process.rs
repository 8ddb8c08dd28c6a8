//! A real `queue-display serve` process for the queue's end-to-end tests: started on a config
//! file and data folder in a test's temp folder, killed when dropped.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A running hub; killed (and reaped) when dropped.
pub struct Hub(Child);

impl Hub {
    /// Its process id (to read its memory in `/proc`).
    pub fn pid(&self) -> u32 {
        self.0.id()
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Start `queue-display serve` with `dir/site.toml` and data in `dir/data`, listening on
/// `listen`; returns it with the WebSocket URL it printed.
pub fn serve(dir: &Path, listen: &str) -> (Hub, String) {
    let mut child = Command::new(crate::binary("queue-display"))
        .arg("serve")
        .arg("--config")
        .arg(dir.join("site.toml"))
        .arg("--data-dir")
        .arg(dir.join("data"))
        .args(["--listen", listen])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("queue-display runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("queue hub listening on ")
        .unwrap_or_else(|| panic!("the hub says where it listens, not {line:?}"))
        .to_owned();
    (Hub(child), url)
}
