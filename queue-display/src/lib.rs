//! `queue-display`: the site's queue hub, the big-screen board and the staff counter.
//!
//! - [`board`]: `queue-display board`, the calls shown and spoken.
//! - [`fonts`]: the bundled Noto fonts as Slint's fallback chain (the kiosk's own file, shared).
//! - [`ui`]: the compiled `.slint` files.

pub mod board;

/// The kiosk's `fonts.rs`, compiled here too: the same bundled fonts and fallback chain, one
/// copy of the code (it needs nothing of the kiosk's but `anyhow` and `directories`).
#[path = "../../kiosk/src/fonts.rs"]
pub mod fonts;

/// The compiled Slint UI (`ui/board.slint`).
#[allow(missing_docs, clippy::all)]
pub mod ui {
    slint::include_modules!();
}
