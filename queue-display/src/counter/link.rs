//! The counter desk's seam to the site's queue hub: [`QueueLink`] gives the desk a replica of
//! the queue, whether the hub is reachable, and a way to send this counter's commands.
//! [`LocalQueue`] is a real in-process `Engine` behind the same seam (decide, then fold with
//! sequence numbers, as the hub does), for tests, snapshots and `counter --local`. Talking
//! WebSocket to a hub is `onestop::queue::link::HubLink`'s job (`counter --hub`).

pub use onestop::queue::link::{LocalQueue, QueueLink, Reply};
