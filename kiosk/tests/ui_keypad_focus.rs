//! The keypad's focus in the real window: arrow keys pressed on the window move one focus ring,
//! and the ring visits the screen in reading order (top to bottom, and along each row from the
//! reading start: left to right in English, right to left in Urdu), on the language list (a
//! grid, mirrored in Urdu) and on a question with choices. Only one ring shows at a time.

mod common;

use i_slint_backend_testing::ElementHandle;
use slint::platform::WindowEvent;

/// Press one key on the window, as a keypad would.
fn press(k: &common::Kiosk, text: &str) {
    use slint::ComponentHandle as _;
    let t: slint::SharedString = text.into();
    k.window
        .window()
        .dispatch_event(WindowEvent::KeyPressed { text: t.clone() });
    k.window.window().dispatch_event(WindowEvent::KeyReleased { text: t });
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(16));
}

const DOWN: &str = "\u{F701}";

/// The ring's centre; there must be exactly one.
fn ring(k: &common::Kiosk) -> (f32, f32) {
    let rings: Vec<_> = ElementHandle::find_by_element_type_name(&k.window, "FocusRing").collect();
    assert_eq!(rings.len(), 1, "one focus ring on screen");
    let (p, s) = (rings[0].absolute_position(), rings[0].size());
    (p.x + s.width / 2.0, p.y + s.height / 2.0)
}

/// The first key of a visit wakes the keypad (the ring shows, nothing moves).
fn wake(k: &common::Kiosk) {
    if ElementHandle::find_by_element_type_name(&k.window, "FocusRing")
        .next()
        .is_none()
    {
        press(k, DOWN);
    }
}

/// Press Down `n` times; the ring's centre after each, starting where it is.
fn walk(k: &common::Kiosk, n: usize) -> Vec<(f32, f32)> {
    let mut at = vec![ring(k)];
    for _ in 0..n {
        press(k, DOWN);
        at.push(ring(k));
    }
    at
}

/// Each step goes on in reading order: down a row, or along the row from the reading start.
fn in_reading_order(steps: &[(f32, f32)], rtl: bool, what: &str) {
    for (i, pair) in steps.windows(2).enumerate() {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let same_row = (y1 - y0).abs() < 8.0;
        let along = if rtl { x1 < x0 } else { x1 > x0 };
        assert!(
            y1 > y0 + 8.0 || (same_row && along),
            "{what}: step {i} went from ({x0}, {y0}) to ({x1}, {y1}), against the reading order"
        );
    }
}

#[test]
fn the_focus_ring_moves_in_reading_order_in_english_and_in_urdu() {
    let k = common::start();
    let languages = k.ctx.config.kiosk.locales.len();
    // The first key wakes the keypad: the ring shows on the first language.
    wake(&k);
    in_reading_order(&walk(&k, languages - 1), false, "en-GB language grid");

    for (locale, rtl) in [("en-GB", false), ("ur", true)] {
        k.controller.choose_language(locale);
        k.controller.dispatch(kiosk::app::Msg::OpenService("missed-bin".into()));
        wake(&k);
        // The ring starts on the first choice; the four choices, then Continue, go down the page.
        let steps = walk(&k, 4);
        in_reading_order(&steps, rtl, &format!("{locale} choices"));
        // Round past the end: the header is first, along its row from the reading start.
        press(&k, DOWN);
        let header = walk(&k, 4);
        in_reading_order(&header, rtl, &format!("{locale} header"));
        assert!(
            header.iter().all(|(_, y)| *y < 200.0),
            "{locale}: the header is at the top"
        );
        k.controller.finish();
    }

    // Urdu's language list is the grid mirrored: the first language at the top right.
    k.controller.choose_language("ur");
    k.controller.dispatch(kiosk::app::Msg::ShowLanguages);
    wake(&k);
    let grid = walk(&k, languages - 1);
    assert!(
        grid[0].0 > 540.0,
        "the first language is on the right in Urdu: {:?}",
        grid[0]
    );
    in_reading_order(&grid, true, "ur language grid");
}
