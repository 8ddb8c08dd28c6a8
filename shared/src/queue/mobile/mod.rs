//! The mobile ticket: a page on the visitor's phone, served by the hub over the site's own
//! network, that follows one ticket live. [`status`] is what the page shows of a ticket (no
//! personal data, nothing about other tickets but a position), [`page`] renders it in the
//! ticket's language.

pub mod page;
pub mod status;

pub use status::{MoreTime, Phase, TicketStatus};
