//! Following the hub from inside it: a task that takes a whole [`Engine`] from the owner, then
//! folds every stored event off the hub's broadcast, starting again from a fresh engine after a
//! gap or a lag. The mobile pages and the SMS notifier each follow this way; what they do with
//! their replica is theirs.

use super::Shared;
use super::owner::Msg;
use crate::queue::engine::{Engine, Sequenced};
use crate::queue::protocol::HubMessage;
use std::sync::Arc;
use tokio::sync::{broadcast, oneshot};

/// What keeps a replica.
pub(crate) trait Follower: Send + Sync {
    /// Start again from a whole engine.
    fn reset(&self, engine: Engine);
    /// Fold stored events in order; `false` when they do not follow on (then [`Follower::reset`]
    /// comes next).
    fn fold(&self, events: &[Sequenced]) -> bool;
}

/// Keep `follower` following the hub until it stops.
pub(crate) async fn follow<F: Follower + ?Sized>(shared: Arc<Shared>, follower: Arc<F>) {
    let mut stop = shared.stop.clone();
    loop {
        // Subscribe first, so nothing falls between the engine and the first event.
        let mut rx = shared.events.subscribe();
        let (reply, engine) = oneshot::channel();
        if shared.cmds.send(Msg::Engine { reply }).await.is_err() {
            return;
        }
        let Ok(engine) = engine.await else { return };
        follower.reset(engine);
        loop {
            let first = tokio::select! {
                r = rx.recv() => r,
                _ = stop.wait_for(|s| *s) => return,
            };
            let mut frames = match first {
                Ok(f) => vec![f],
                Err(broadcast::error::RecvError::Lagged(_)) => break,
                Err(broadcast::error::RecvError::Closed) => return,
            };
            let mut lagged = false;
            loop {
                match rx.try_recv() {
                    Ok(f) => frames.push(f),
                    Err(broadcast::error::TryRecvError::Lagged(_)) => {
                        lagged = true;
                        break;
                    }
                    Err(_) => break,
                }
            }
            let events: Vec<Sequenced> = frames
                .iter()
                .filter_map(|f| match serde_json::from_str::<HubMessage>(f.text.as_str()) {
                    Ok(HubMessage::Event { event }) => Some(event),
                    _ => None,
                })
                .collect();
            if lagged || !follower.fold(&events) {
                break;
            }
        }
    }
}
