//! emupos, an independent ESC/POS printer emulator (PyPI), as a real process on loopback for the
//! device tests: a printer on a TCP port, its control API to read back each receipt's text dump
//! and PNG, and its faults (paper out, cover open) to set and clear. `zbarimg` reads QR codes
//! from the PNGs. Needs `tests/devices/setup.sh` (feature `devices`).

use crate::crm_process::free_port;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One emupos process with one printer, `front`.
pub struct Emupos {
    child: Child,
    /// The printer's port (raw ESC/POS over TCP).
    pub printer_port: u16,
    api_port: u16,
    _dir: tempfile::TempDir,
}

/// One finished receipt, as emupos lists it.
#[derive(Debug, Clone)]
pub struct Printout {
    /// emupos's id.
    pub id: String,
    /// Its text dump (code pages decoded; images shown as `[image WxH]`).
    pub text: String,
    /// Its rendering.
    pub png: Vec<u8>,
}

impl Emupos {
    /// Starts emupos with an Epson TM-T20III profile and waits until its API answers.
    pub fn start() -> Emupos {
        let dir = tempfile::tempdir().expect("a temp folder");
        let printer_port = free_port();
        let api_port = free_port();
        let config = dir.path().join("emupos.yaml");
        std::fs::write(
            &config,
            format!(
                "schema: 1\napi: {{ host: 127.0.0.1, port: {api_port} }}\ndevices:\n  - id: front\n    type: printer\n    profile: epson-tm-t20iii\n    job_idle_timeout_ms: 1000\n    connections:\n      - tcp: {{ port: {printer_port} }}\n"
            ),
        )
        .unwrap();
        let child = Command::new(emupos_bin())
            .arg("run")
            .arg("--config")
            .arg(&config)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("emupos starts (run tests/devices/setup.sh)");
        let emu = Emupos {
            child,
            printer_port,
            api_port,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while emu.http("GET", "/api/v1/health").map(|(s, _)| s) != Some(200) {
            assert!(Instant::now() < deadline, "emupos did not start within 30 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        emu
    }

    /// `tcp://127.0.0.1:PORT` for `kiosk --printer`.
    pub fn connection(&self) -> String {
        format!("tcp://127.0.0.1:{}", self.printer_port)
    }

    /// Sets a fault (`paper-out`, `cover-open`, `paper-near-end`, `off-line`).
    pub fn set_fault(&self, fault: &str) {
        let (status, body) = self
            .http("PUT", &format!("/api/v1/devices/front/faults/{fault}"))
            .expect("emupos answers");
        assert_eq!(status, 204, "setting {fault}: {}", String::from_utf8_lossy(&body));
    }

    /// Clears a fault.
    pub fn clear_fault(&self, fault: &str) {
        let (status, body) = self
            .http("DELETE", &format!("/api/v1/devices/front/faults/{fault}"))
            .expect("emupos answers");
        assert_eq!(status, 204, "clearing {fault}: {}", String::from_utf8_lossy(&body));
    }

    /// The ids of every finished receipt, oldest first.
    pub fn receipt_ids(&self) -> Vec<String> {
        let (status, body) = self
            .http("GET", "/api/v1/devices/front/receipts")
            .expect("emupos answers");
        assert_eq!(status, 200);
        let list: serde_json::Value = serde_json::from_slice(&body).expect("a JSON list");
        list.as_array()
            .expect("a list")
            .iter()
            .map(|r| r["id"].as_str().expect("an id").to_owned())
            .collect()
    }

    /// Waits until at least `n` receipts are finished (emupos closes a receipt at a cut), and
    /// returns them.
    pub fn wait_for(&self, n: usize) -> Vec<Printout> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ids = self.receipt_ids();
            if ids.len() >= n {
                return ids.into_iter().map(|id| self.printout(&id)).collect();
            }
            assert!(
                Instant::now() < deadline,
                "emupos finished {} of {n} receipts",
                ids.len()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn printout(&self, id: &str) -> Printout {
        let get = |what: &str| {
            let (status, body) = self
                .http("GET", &format!("/api/v1/devices/front/receipts/{id}/{what}"))
                .expect("emupos answers");
            assert_eq!(status, 200, "{id}/{what}");
            body
        };
        Printout {
            id: id.to_owned(),
            text: String::from_utf8(get("text")).expect("the text dump is UTF-8"),
            png: get("image"),
        }
    }

    /// A minimal HTTP/1.1 request to the control API: (status, body).
    fn http(&self, method: &str, path: &str) -> Option<(u16, Vec<u8>)> {
        let mut s = TcpStream::connect(("127.0.0.1", self.api_port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).ok()?;
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = head.split_whitespace().nth(1)?.parse().ok()?;
        let mut body = raw[split + 4..].to_vec();
        if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
            body = dechunk(&body);
        }
        Some((status, body))
    }
}

impl Drop for Emupos {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&raw[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[eol + 2..eol + 2 + size]);
        raw = &raw[eol + 2 + size + 2..];
    }
    out
}

fn emupos_bin() -> PathBuf {
    crate::device_python().with_file_name("emupos")
}

/// The QR codes `zbarimg` finds in a PNG, as their text.
pub fn qr_codes(png: &[u8], scratch: &Path) -> Vec<String> {
    let path = scratch.join(format!("qr-{}.png", std::process::id()));
    std::fs::write(&path, png).unwrap();
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(&path)
        .output()
        .expect("zbarimg runs (Debian zbar-tools)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}
