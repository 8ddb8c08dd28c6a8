//! "Track an enquiry": a visitor types the reference from their receipt and sees what happened
//! to their form; mistyped references get a clear reason.

mod common;

use kiosk::ui::{Page, Track};
use slint::ComponentHandle as _;

#[test]
fn a_visitor_tracks_a_form_by_its_reference() {
    let k = common::start();
    let reference = k.walk_missed_bin("en-GB");
    k.tap(&k.text("en-GB", "confirm-finish"));
    k.tap(&k.text("en-GB", "rate-skip"));

    k.tap("English");
    k.tap(&k.text("en-GB", "track-menu-title"));
    assert_eq!(k.page(), Page::Track);
    let t = k.window.global::<Track>();

    // Typed on the on-screen keyboard, key by key, in lower case with no hyphen.
    for ch in reference.replace('-', "").chars() {
        k.tap(&ch.to_string());
    }
    assert_eq!(t.get_text().replace('-', ""), reference.replace('-', ""));
    k.tap(&k.text("en-GB", "track-find"));
    assert_eq!(t.get_message(), k.text("en-GB", "track-pending"));
    assert!(!t.get_is_error());

    // One character changed: the check character catches it.
    let mut wrong: Vec<char> = reference.chars().collect();
    wrong[0] = if wrong[0] == 'A' { 'B' } else { 'A' };
    k.type_into(&k.text("en-GB", "track-label"), &wrong.into_iter().collect::<String>());
    k.tap(&k.text("en-GB", "track-find"));
    assert!(t.get_is_error());
    assert_eq!(t.get_message(), k.text("en-GB", "track-error-check"));

    k.type_into(&k.text("en-GB", "track-label"), "K7QF-0M2A");
    k.tap(&k.text("en-GB", "track-find"));
    assert_eq!(t.get_message(), k.text("en-GB", "track-error-character"));
}
