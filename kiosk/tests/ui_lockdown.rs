//! The locked window under Slint's testing backend: a close request (what Alt+F4 or a
//! compositor's close becomes) leaves a locked kiosk shown, frameless and full screen, while an
//! unlocked one (a desktop trial) closes. The real X11 message is tests/e2e/lockdown.rs's.

mod common;

use slint::ComponentHandle as _;
use slint::platform::WindowEvent;

// One test per binary: Slint's testing platform is set once per process.
#[test]
fn a_locked_kiosk_stays_shown_after_close_requests_and_an_unlocked_one_closes() {
    let k = common::start();
    kiosk::lockdown::apply(&k.window, false);
    assert!(!k.window.get_locked());
    k.window.window().dispatch_event(WindowEvent::CloseRequested);
    assert!(
        !k.window.window().is_visible(),
        "a desktop trial closes as any window does"
    );

    k.window.show().unwrap();
    kiosk::lockdown::apply(&k.window, true);
    assert!(k.window.get_locked(), "no frame");
    for _ in 0..3 {
        k.window.window().dispatch_event(WindowEvent::CloseRequested);
    }
    assert!(k.window.window().is_visible(), "still shown");
    assert!(k.window.window().is_fullscreen());
}
