//! `queue-display`: the site's queue hub, the big-screen board and the staff counter.
//!
//! - [`board`]: `queue-display board`, the calls shown and spoken.
//! - [`counter`]: `queue-display counter`, the staff desk: call, recall, serve, park, transfer.
//! - [`headless`], [`fonts`]: Slint without a display, and the bundled Noto fonts as its
//!   fallback chain, shared with the kiosk through the `onestop-slint` crate.
//! - [`ui`]: the board's compiled `.slint` file (the counter's is `counter::ui`).

pub mod board;
pub mod counter;

pub use onestop_slint::{fonts, headless};

/// The compiled Slint UI of the board (`ui/board.slint`).
#[allow(missing_docs, clippy::all)]
pub mod ui {
    include!(concat!(env!("OUT_DIR"), "/board_ui.rs"));
}
