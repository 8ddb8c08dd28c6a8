//! `queue-display`: the site's queue hub, the big-screen board and the staff counter.
//!
//! - [`board`]: `queue-display board`, the calls shown and spoken.
//! - [`counter`]: `queue-display counter`, the staff desk: call, recall, serve, park, transfer.
//! - [`headless`]: Slint without a display (the kiosk's own file, shared).
//! - [`fonts`]: the bundled Noto fonts as Slint's fallback chain (the kiosk's own file, shared).
//! - [`ui`]: the board's compiled `.slint` file (the counter's is `counter::ui`).

pub mod board;
pub mod counter;

/// The kiosk's `fonts.rs`, compiled here too: the same bundled fonts and fallback chain, one
/// copy of the code (it needs nothing of the kiosk's but `anyhow` and `directories`).
#[path = "../../kiosk/src/fonts.rs"]
pub mod fonts;

/// The kiosk's `headless.rs`, compiled here too: Slint without a display, and PNGs of windows.
#[path = "../../kiosk/src/headless.rs"]
pub mod headless;

/// The compiled Slint UI of the board (`ui/board.slint`).
#[allow(missing_docs, clippy::all)]
pub mod ui {
    include!(concat!(env!("OUT_DIR"), "/board_ui.rs"));
}
