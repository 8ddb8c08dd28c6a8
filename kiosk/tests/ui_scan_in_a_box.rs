//! A card scanned (a keyboard-wedge scanner types its number fast and ends with Enter) while a
//! text box has the keyboard focus is read as a card, never typed into the visitor's answer; and
//! ordinary typing in the box still shows, a moment after each key. Before, keys in a focused box
//! bypassed the scan detector, so a card number could end up in an answer sent to the council.

mod common;

use kiosk::ui::Question;
use slint::ComponentHandle as _;
use std::time::Duration;

#[test]
fn a_scan_in_a_focused_box_is_a_card_and_typing_still_types() {
    let k = common::start();
    k.tap_into_postcode_box();
    let q = k.window.global::<Question>();

    // A scan: the number in one burst, then Enter.
    k.keys("21234001234567\n");
    assert_eq!(q.get_f0(), "", "the card number was not typed into the postcode");
    let seen = k.controller.app.borrow().staff.last_card.clone();
    assert!(
        seen.is_some_and(|(masked, reader, _)| masked.ends_with("4567") && reader == "wedge"),
        "the scan was read as a card"
    );

    // Typing: held a moment as a possible scan, then typed into the box the visitor is in.
    k.keys("LE1");
    std::thread::sleep(Duration::from_millis(80));
    i_slint_backend_testing::mock_elapsed_time(kiosk::shell::keys::FLUSH_AFTER + Duration::from_millis(10));
    assert_eq!(q.get_f0(), "LE1", "typed, without waiting for the next key");
    // Delete goes through the same way.
    k.keys("\u{8}");
    assert_eq!(q.get_f0(), "LE");
}
