//! The boards a hub has, as staff see them: each connected board is listed while it is
//! connected, with what it last reported of itself (why calls cannot be heard), cleaned for a
//! staff screen. Counters are told of the ones with a problem by `connection`.

use super::Shared;
use crate::queue::protocol::{BoardReport, DeviceStatus, MAX_STATUS_TEXT};
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// A connected board in the list counters see; off the list when dropped.
pub(crate) struct Listed {
    shared: Arc<Shared>,
    id: u64,
}

impl Listed {
    /// List a board by `name` (its hello's, or its address).
    pub fn new(shared: &Arc<Shared>, name: String) -> Listed {
        let id = shared.next_board.fetch_add(1, Ordering::SeqCst);
        shared.boards.send_modify(|b| {
            b.insert(
                id,
                BoardReport {
                    name,
                    status: DeviceStatus::default(),
                },
            );
        });
        Listed {
            shared: shared.clone(),
            id,
        }
    }

    /// Record what the board says of itself, cleaned for a staff screen.
    pub fn report(&self, status: DeviceStatus) {
        let sound = status.sound.map(|s| {
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .take(MAX_STATUS_TEXT)
                .collect::<String>()
        });
        self.shared.boards.send_if_modified(|b| match b.get_mut(&self.id) {
            Some(r) if r.status.sound != sound => {
                r.status.sound = sound;
                true
            }
            _ => false,
        });
    }
}

impl Drop for Listed {
    fn drop(&mut self) {
        self.shared.boards.send_modify(|b| {
            b.remove(&self.id);
        });
    }
}
