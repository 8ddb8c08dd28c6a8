//! A visitor sends a form and the receipt prints: the screen says "Printing…" then "take your
//! receipt", and the printer received ESC/POS bytes carrying the visitor's reference.

mod common;

use common::printer::{FakePrinter, Mode};

#[test]
fn the_receipt_prints_after_send() {
    let printer = FakePrinter::start(Mode::Ready);
    let k = common::start_with_config(&printer.config());
    k.start_devices();
    let reference = k.walk_missed_bin("en-GB");
    k.wait_for(&k.text("en-GB", "print-receipt-done"));
    let bytes = printer.received();
    assert!(bytes.starts_with(b"\x1b@"), "ESC/POS starts with ESC @");
    assert!(
        bytes.windows(reference.len()).any(|w| w == reference.as_bytes()),
        "the reference was printed"
    );
    assert!(!k.shows(&k.text("en-GB", "print-receipt-failed")));
}
