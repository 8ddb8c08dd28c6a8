//! The pure delivery plan: which pending rows to send now, oldest first, within the in-flight
//! limit, and when to wake up next. No I/O and no clock: time is passed in as Unix milliseconds.

/// Delivery state of an outbox row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowState {
    /// Waiting to be sent (first time or retry).
    Pending,
    /// The CRM has it.
    Acknowledged,
    /// A permanent error; waits for staff.
    Parked,
}

/// What the planner needs to know about a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The submission id (idempotency key).
    pub id: String,
    /// Its state.
    pub state: RowState,
    /// Not before this time (Unix ms); `None` means now.
    pub next_attempt_at: Option<i64>,
    /// When it was submitted (Unix ms): the sending order.
    pub created_at: i64,
    /// Being sent right now by an earlier plan.
    pub in_flight: bool,
}

/// Whether the CRM can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connectivity {
    /// Requests may go out.
    Online,
    /// Known to be down: send nothing, look again later.
    Offline,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send this row now.
    Send(String),
    /// Nothing more to send before this time (Unix ms).
    WakeAt(i64),
}

/// How long to wait before probing again when offline.
pub const OFFLINE_PROBE_MS: i64 = 30_000;

/// Decide what to do now. Due pending rows are sent oldest first, at most `max_in_flight` at
/// once (counting rows already in flight). The plan ends with a `WakeAt` when anything is left
/// to do later. An empty plan means nothing is left to start: the outbox is drained, or the only
/// pending rows are in flight (the forwarder plans again when each finishes).
pub fn plan(rows: &[Row], now: i64, connectivity: Connectivity, max_in_flight: usize) -> Vec<Action> {
    let pending: Vec<&Row> = rows.iter().filter(|r| r.state == RowState::Pending).collect();
    let waiting = pending.iter().filter(|r| !r.in_flight);
    if connectivity == Connectivity::Offline {
        return if pending.iter().any(|r| !r.in_flight) {
            vec![Action::WakeAt(now + OFFLINE_PROBE_MS)]
        } else {
            Vec::new()
        };
    }
    let busy = pending.iter().filter(|r| r.in_flight).count();
    let mut due: Vec<&&Row> = waiting
        .clone()
        .filter(|r| r.next_attempt_at.is_none_or(|t| t <= now))
        .collect();
    due.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    let room = max_in_flight.saturating_sub(busy);
    let mut actions: Vec<Action> = due.iter().take(room).map(|r| Action::Send(r.id.clone())).collect();
    let sent = actions.len();
    let next = if due.len() > sent {
        // More are due but the pipe is full: look again as soon as one finishes.
        Some(now)
    } else {
        waiting.filter_map(|r| r.next_attempt_at).filter(|&t| t > now).min()
    };
    if let Some(t) = next {
        actions.push(Action::WakeAt(t));
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, state: RowState, at: Option<i64>, created: i64) -> Row {
        Row {
            id: id.into(),
            state,
            next_attempt_at: at,
            created_at: created,
            in_flight: false,
        }
    }

    #[test]
    fn an_empty_or_finished_outbox_plans_nothing() {
        assert!(plan(&[], 0, Connectivity::Online, 4).is_empty());
        let done = [
            row("a", RowState::Acknowledged, None, 1),
            row("b", RowState::Parked, None, 2),
        ];
        assert!(
            plan(&done, 0, Connectivity::Online, 4).is_empty(),
            "acknowledged and parked rows are never sent"
        );
    }

    #[test]
    fn due_rows_go_oldest_first_within_the_in_flight_limit() {
        let rows = [
            row("c", RowState::Pending, None, 30),
            row("a", RowState::Pending, None, 10),
            row("b", RowState::Pending, Some(100), 20),
        ];
        assert_eq!(
            plan(&rows, 100, Connectivity::Online, 2),
            vec![Action::Send("a".into()), Action::Send("b".into()), Action::WakeAt(100)]
        );
        assert_eq!(
            plan(&rows, 100, Connectivity::Online, 8),
            vec![
                Action::Send("a".into()),
                Action::Send("b".into()),
                Action::Send("c".into())
            ]
        );
    }

    #[test]
    fn rows_waiting_for_a_retry_wake_the_planner_at_the_earliest_time() {
        let rows = [
            row("a", RowState::Pending, Some(5_000), 1),
            row("b", RowState::Pending, Some(2_000), 2),
        ];
        assert_eq!(plan(&rows, 1_000, Connectivity::Online, 4), vec![Action::WakeAt(2_000)]);
        assert_eq!(
            plan(&rows, 2_000, Connectivity::Online, 4),
            vec![Action::Send("b".into()), Action::WakeAt(5_000)]
        );
    }

    #[test]
    fn rows_in_flight_count_against_the_limit_and_are_not_sent_twice() {
        let mut busy = row("a", RowState::Pending, None, 1);
        busy.in_flight = true;
        let rows = [
            busy,
            row("b", RowState::Pending, None, 2),
            row("c", RowState::Pending, None, 3),
        ];
        assert_eq!(
            plan(&rows, 0, Connectivity::Online, 2),
            vec![Action::Send("b".into()), Action::WakeAt(0)]
        );
        assert_eq!(
            plan(&rows[..1], 0, Connectivity::Online, 2),
            vec![],
            "only the in-flight row: wait for it"
        );
    }

    #[test]
    fn offline_sends_nothing_and_probes_later() {
        let rows = [row("a", RowState::Pending, None, 1)];
        assert_eq!(
            plan(&rows, 7, Connectivity::Offline, 4),
            vec![Action::WakeAt(7 + OFFLINE_PROBE_MS)]
        );
        assert!(
            plan(
                &[row("a", RowState::Acknowledged, None, 1)],
                7,
                Connectivity::Offline,
                4
            )
            .is_empty()
        );
    }

    #[test]
    fn a_zero_limit_sends_nothing_but_still_wakes() {
        let rows = [row("a", RowState::Pending, None, 1)];
        assert_eq!(plan(&rows, 0, Connectivity::Online, 0), vec![Action::WakeAt(0)]);
    }
}
