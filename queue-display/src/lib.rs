//! `queue-display`: the site's queue hub, the big-screen board and the staff counter.
//!
//! - [`counter`]: `queue-display counter`, the staff desk: call, recall, serve, park, transfer.

pub mod counter;
