//! A loopback stand-in for the council CRM's customer lookup, for the card sign-in UI test: one
//! card, PIN 1234, answering as `CrmLookup` expects. The real HTTP path against the test CRM
//! process is covered by the end-to-end identity tests.

use std::io::{Read, Write};
use std::net::TcpListener;

pub const CARD: &str = "21234001234567";

/// Starts the stand-in; its URL.
pub fn start() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { return };
            let mut raw = Vec::new();
            let mut buf = [0u8; 4096];
            // Read the head, then the body by Content-Length.
            let body = loop {
                let Ok(n) = s.read(&mut buf) else { break String::new() };
                if n == 0 {
                    break String::new();
                }
                raw.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&raw).to_string();
                if let Some(split) = text.find("\r\n\r\n") {
                    let len: usize = text[..split]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if raw.len() >= split + 4 + len {
                        break text[split + 4..].to_owned();
                    }
                }
            };
            let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
            let (status, reply) = if v["card"] != CARD {
                ("404 Not Found", "{}".to_owned())
            } else if v["pin"] != "1234" {
                ("401 Unauthorized", r#"{"error":"pin"}"#.to_owned())
            } else {
                (
                    "200 OK",
                    r#"{"first_name":"Amina","last_name":"Begum","address":"12 High Street, Leicester LE1 1AA","email":"amina@example.org"}"#
                        .to_owned(),
                )
            };
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                reply.len()
            );
        }
    });
    format!("http://127.0.0.1:{port}/customers/lookup")
}
