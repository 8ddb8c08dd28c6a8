//! Out of paper, in Urdu: the visitor is told in their language that there is no paper receipt
//! and to note the reference down; the reference stays on screen in large type; the kiosk never
//! sends the job to a printer that reported it was out of paper.

mod common;

use common::printer::{FakePrinter, Mode};

#[test]
fn paper_out_tells_the_visitor_to_write_the_reference_down() {
    let printer = FakePrinter::start(Mode::PaperOut);
    let k = common::start_with_config(&printer.config());
    k.start_devices();
    let reference = k.walk_missed_bin("ur");
    k.wait_for(&k.text("ur", "print-receipt-failed"));
    assert!(
        k.shows(&format!("reference {reference}")),
        "the reference stays on screen"
    );
    assert!(
        printer.received().is_empty(),
        "nothing was sent after the paper-out status"
    );
}
