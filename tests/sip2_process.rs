//! The test SIP2 library system (`tests/sip2/sip2_server.py`, on pysip2) as a child process of a
//! test: started on a loopback port in a fault mode, and killed when the handle drops. Which
//! patrons it knows and how each mode misbehaves is the script's job; this module only runs it.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use onestop::card::sip2_client::Sip2Config;

/// A card with PIN 1234: Amina Begum, with an address, e-mail and phone, no blocks.
pub const AMINA: &str = "21234000000001";
/// A card with PIN 5678 and blocks (charge privileges denied, card reported lost, fines).
pub const BLOCKED: &str = "21234000000002";
/// A card with PIN 2468 whose holder's name is not ASCII: Zoë Ní Bhriain.
pub const ZOE: &str = "21234000000003";
/// The login the server accepts.
pub const LOGIN: (&str, &str) = ("kiosk", "s3cret");

/// A running test SIP2 server; killed on drop.
pub struct Sip2Server {
    child: Child,
    /// The loopback port it listens on.
    pub port: u16,
}

impl Drop for Sip2Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Sip2Server {
    /// A kiosk config for this server, with the login it accepts.
    pub fn config(&self, timeout: Duration) -> Sip2Config {
        Sip2Config {
            addr: format!("127.0.0.1:{}", self.port),
            login_user: LOGIN.0.into(),
            login_password: LOGIN.1.into(),
            location: "LEI-CENTRAL".into(),
            institution: "LEI".into(),
            terminal_password: String::new(),
            timeout,
        }
    }
}

/// Start the server in `mode` (`normal`, `drop`, `silent`, `bad-checksum`, `bad-checksum-once`)
/// with any further flags in `extra` (e.g. `--encoding latin-1`).
pub fn start_sip2(mode: &str, extra: &[&str]) -> Sip2Server {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("sip2/sip2_server.py");
    // Its stdin stays open while the handle lives: if the test process dies without dropping it,
    // the server sees end of file and stops by itself.
    let mut child = Command::new(crate::device_python())
        .arg(script)
        .args(["--port", "0", "--mode", mode, "--stop-on-stdin-eof"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the device python runs the SIP2 server (run tests/devices/setup.sh)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("the server's stdout"))
        .read_line(&mut line)
        .expect("the SIP2 server prints its port");
    let port = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("the SIP2 server should print \"listening on PORT\" first, it printed {line:?}"))
        .parse()
        .expect("a port number");
    Sip2Server { child, port }
}
