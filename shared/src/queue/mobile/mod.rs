//! The mobile ticket: a page on the visitor's phone, served by the hub over the site's own
//! network, that follows one ticket live. [`status`] is what the page shows of a ticket (no
//! personal data, nothing about other tickets but a position), [`page`] renders it in the
//! ticket's language, and [`token`] makes the unguessable address each ticket's QR code holds.

pub mod page;
pub mod status;
pub mod token;

pub use status::{MoreTime, Phase, TicketStatus};
pub use token::TicketKeys;
