//! Watches one NFC reader and prints what it sends, to check a reader before the kiosk uses it:
//! `cargo run -p onestop --features nfc --example nfc_read -- pn532_uart:/dev/ttyUSB0`. Card
//! numbers print masked, as everywhere else. Stop it with Ctrl+C.

use std::sync::mpsc;

use onestop::card::nfc::NfcReader;
use onestop::card::{CardEvent, ReaderStatus};

fn main() {
    let Some(connstring) = std::env::args().nth(1) else {
        eprintln!("usage: nfc_read CONNSTRING   (e.g. pn532_uart:/dev/ttyUSB0, acr122_usb, usb)");
        std::process::exit(2);
    };
    let (tx, events) = mpsc::channel();
    let _reader = NfcReader::new(connstring.as_str())
        .spawn(tx)
        .expect("the reader's thread starts");
    println!("watching {connstring}");
    for event in events {
        match event {
            CardEvent::Status {
                status: ReaderStatus::Ready,
                ..
            } => println!("ready"),
            CardEvent::Status {
                status: ReaderStatus::Unavailable(reason),
                ..
            } => {
                println!("unavailable: {reason}")
            }
            CardEvent::Read { number, .. } => println!("card {number}"),
        }
    }
}
