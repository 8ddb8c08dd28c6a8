//! A physical keyboard in a box: Enter moves to the question's next box (and the keyboard focus
//! with it), and continues only from the last, as the on-screen Enter does.

mod common;

use kiosk::ui::Question;
use slint::ComponentHandle as _;

/// Tried as a new user would with a physical keyboard: a tap into the postcode box, then typing
/// with Enter after each part. Enter in a focused box once did nothing, and what followed was
/// typed on into the postcode.
#[test]
fn enter_on_a_physical_keyboard_in_a_box_moves_to_the_next_box_and_typing_follows() {
    let k = common::start();
    k.tap_into_postcode_box();
    let q = k.window.global::<Question>();
    k.keys("LE1 1AA\n");
    assert_eq!(q.get_active_part(), 1, "Enter moved to the house number");
    k.keys("12\nHigh Street\n");
    assert_eq!(q.get_f0(), "LE1 1AA");
    assert_eq!(q.get_f1(), "12");
    assert_eq!(q.get_f2(), "High Street");
    assert_eq!(q.get_active_part(), 3);
    // The town is optional: Enter from the last box continues.
    k.keys("\n");
    assert!(k.shows(&k.text("en-GB", "yes")), "on to the next question");
}
