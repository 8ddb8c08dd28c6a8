//! The locked-down window of a kiosk (`[kiosk] fullscreen = true`): full screen, no title bar or
//! frame, and a close request (Alt+F4 under a window manager, a compositor's close) ignored, so
//! the visitor has no way out; the staff screen stays the only way to staff tools, and the kiosk
//! stops only when its service does (SIGTERM, see [`crate::supervision`]). The session around
//! it (`cage`, no VT switching, the OS steps) is docs/OPERATIONS.md's "Locking the kiosk down".

use crate::ui::KioskWindow;
use slint::ComponentHandle as _;

/// Lock `window` down when `locked`, before it is shown; a desktop trial (`fullscreen = false`)
/// keeps an ordinary window that closes.
pub fn apply(window: &KioskWindow, locked: bool) {
    if !locked {
        return;
    }
    window.set_locked(true);
    window.window().set_fullscreen(true);
    window.window().on_close_requested(|| {
        tracing::warn!("a request to close the kiosk window was ignored: the kiosk is locked down");
        slint::CloseRequestResponse::KeepWindowShown
    });
}
