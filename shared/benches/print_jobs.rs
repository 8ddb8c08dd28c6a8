//! What a printed receipt and ticket cost: the time to lay each out as ESC/POS bytes (en-GB in
//! text mode, ur and gu shaped and rasterised), the number of bytes sent for each, and one whole
//! job (status, bytes, status) to a loopback printer that answers like a healthy Epson. Prints
//! figures; run `cargo bench -p onestop --bench print_jobs`.

use onestop::embedded;
use onestop::print::driver::{Connection, print};
use onestop::print::layout::{self, CodePageNumbers, Paper, Target};
use onestop::print::raster::Rasteriser;
use onestop::print::words::{ReceiptFacts, TicketFacts, receipt_words, ticket_words};
use std::io::{Read, Write};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A printer on loopback that answers every status request "ready" and swallows the rest.
fn loopback_printer() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { return };
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                let mut tail: Vec<u8> = Vec::new();
                while let Ok(n) = s.read(&mut buf) {
                    if n == 0 {
                        return;
                    }
                    tail.extend_from_slice(&buf[..n]);
                    let asks = tail.windows(2).filter(|w| w == &[0x10, 0x04]).count();
                    for _ in 0..asks {
                        let _ = s.write_all(&[0x12]);
                    }
                    let keep = tail.len().min(1);
                    tail.drain(..tail.len() - keep);
                }
            });
        }
    });
    port
}

fn main() {
    let tr = embedded::translations().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let start = Instant::now();
    let mut shaper = Rasteriser::new();
    println!("Rasteriser::new: {:.2} ms", start.elapsed().as_secs_f64() * 1e3);
    let port = loopback_printer();
    let conn = Connection::Network {
        host: "127.0.0.1".into(),
        port,
    };
    println!(
        "| locale | paper | receipt layout (median of 30) | receipt bytes | ticket layout | ticket bytes | whole receipt job to loopback (median of 10) |"
    );
    println!("|---|---|---|---|---|---|---|");
    for tag in ["en-GB", "pl", "ur", "gu"] {
        let rtl = tr.get(tag).is_some_and(|l| l.is_rtl());
        for paper in [Paper::Mm58, Paper::Mm80] {
            let target = Target {
                paper,
                code_pages: CodePageNumbers::default(),
                rtl,
            };
            let receipt_facts = ReceiptFacts {
                council: "Leicester City Council",
                form: "missed-bin",
                reference: "K7QF-9M2A",
                sent_at: now,
                track_url: None,
            };
            let service = tr.text(tag, "ticket-service-housing", &[]);
            let ticket_facts = TicketFacts {
                council: "Leicester City Council",
                number: "A042",
                service: &service,
                wait_minutes: Some(15),
                priority: false,
                taken_at: now,
                page_url: None,
            };
            // Warm up (first use of a script loads its fonts).
            let mut receipt = layout::receipt(&receipt_words(&tr, tag, &receipt_facts), target, &mut shaper);
            let mut ticket = layout::ticket(&ticket_words(&tr, tag, &ticket_facts), target, &mut shaper);
            let r = median(
                (0..30)
                    .map(|_| {
                        let t = Instant::now();
                        receipt = layout::receipt(&receipt_words(&tr, tag, &receipt_facts), target, &mut shaper);
                        t.elapsed()
                    })
                    .collect(),
            );
            let t = median(
                (0..30)
                    .map(|_| {
                        let t = Instant::now();
                        ticket = layout::ticket(&ticket_words(&tr, tag, &ticket_facts), target, &mut shaper);
                        t.elapsed()
                    })
                    .collect(),
            );
            let job = median(
                (0..10)
                    .map(|_| {
                        let t = Instant::now();
                        print(&conn, &receipt, Duration::from_secs(2)).expect("loopback printer");
                        t.elapsed()
                    })
                    .collect(),
            );
            let mm = if paper == Paper::Mm58 { 58 } else { 80 };
            println!(
                "| {tag} | {mm} mm | {:.2} ms | {} | {:.2} ms | {} | {:.2} ms |",
                r.as_secs_f64() * 1e3,
                receipt.len(),
                t.as_secs_f64() * 1e3,
                ticket.len(),
                job.as_secs_f64() * 1e3
            );
        }
    }
}
