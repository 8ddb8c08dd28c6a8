//! The kiosk's seam to the site's queue hub: [`QueueLink`] is all "Take a ticket" needs (the
//! replica of the queue, whether the hub is reachable, and a way to send `Issue`), so the screens
//! do not care how the hub is reached. [`LocalQueue`] is a real in-process `Engine` behind the
//! same seam, for tests, snapshots and trying the kiosk without a hub. It stops there: talking
//! WebSocket to a hub is `onestop::queue::link::HubLink`'s job (see [`crate::queue_hub`]).

pub use onestop::queue::link::{LocalQueue, QueueLink, Reply};

/// Kiosk-side queue options, from the site's `[queue]` settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueKioskOptions {
    /// Offer "I need extra help" (a priority ticket) on the ticket screen. Off by default: a
    /// centre turns it on when its reception agrees to see those visitors first.
    pub extra_help: bool,
    /// Offer "Get a text when it's your turn" on the ticket page: the hub sends queue texts
    /// (`[queue.sms]`: this kiosk hosts it with `api_key_file` set, or `kiosk_offers`).
    pub texts: bool,
}

impl QueueKioskOptions {
    /// The options `[queue]` gives this kiosk.
    pub fn from_config(q: &onestop::config::QueueSettings) -> QueueKioskOptions {
        QueueKioskOptions {
            extra_help: q.extra_help,
            texts: (q.standalone && q.sms.on()) || q.sms.kiosk_offers,
        }
    }
}
