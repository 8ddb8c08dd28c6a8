//! What the kiosk and the queue display share of Slint, kept out of the core crate `onestop`
//! (which stays free of any UI toolkit):
//!
//! - [`fonts`]: the bundled Noto fonts, installed as Slint's fallback chain.
//! - [`headless`]: Slint without a display, and a window's contents to PNG.

pub mod fonts;
pub mod headless;
