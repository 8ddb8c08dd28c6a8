//! A loopback ESC/POS printer for the UI tests: it answers the real-time status requests
//! (`DLE EOT 1, 2, 4`) as a healthy printer or one out of paper, and keeps every other byte it
//! receives. The independent check of what is printed is the emupos end-to-end test; this one
//! lets a UI test see what the screen says while a real TCP connection succeeds or fails.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// How the printer answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Ready,
    PaperOut,
}

pub struct FakePrinter {
    pub port: u16,
    pub received: Arc<Mutex<Vec<u8>>>,
}

impl FakePrinter {
    pub fn start(mode: Mode) -> FakePrinter {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let keep = received.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut s) = stream else { return };
                let keep = keep.clone();
                std::thread::spawn(move || {
                    let mut buf = [0u8; 4096];
                    let mut pending: Vec<u8> = Vec::new();
                    while let Ok(n) = s.read(&mut buf) {
                        if n == 0 {
                            return;
                        }
                        pending.extend_from_slice(&buf[..n]);
                        // Answer each DLE EOT n as it arrives; keep everything else.
                        let mut i = 0;
                        while i < pending.len() {
                            if pending[i] == 0x10 && pending.len() >= i + 3 && pending[i + 1] == 0x04 {
                                let reply = match (mode, pending[i + 2]) {
                                    (Mode::Ready, _) => 0x12,
                                    (Mode::PaperOut, 1) => 0x1a,
                                    (Mode::PaperOut, 2) => 0x32,
                                    (Mode::PaperOut, _) => 0x7e,
                                };
                                let _ = s.write_all(&[reply]);
                                i += 3;
                            } else if pending[i] == 0x10 && pending.len() < i + 3 {
                                break;
                            } else {
                                keep.lock().unwrap().push(pending[i]);
                                i += 1;
                            }
                        }
                        pending.drain(..i);
                    }
                });
            }
        });
        FakePrinter { port, received }
    }

    pub fn config(&self) -> String {
        format!("[printer]\nconnection = \"tcp://127.0.0.1:{}\"\n", self.port)
    }

    pub fn received(&self) -> Vec<u8> {
        self.received.lock().unwrap().clone()
    }
}
