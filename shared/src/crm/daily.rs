//! Daily documents for the CRM's signed webhook (the queue hub's figures, a kiosk's ratings):
//! the idempotency key of one day's document, which finished days are due, and what the CRM's
//! answer means for that day. All pure. Building a document is its sender's; posting it is
//! [`super::webhook::Webhook::post_signed`]'s; remembering which days are done is the sender's
//! store's.

use crate::outbox::Outcome;
use std::collections::{BTreeMap, BTreeSet};

/// The idempotency key of one day's document, `<kind>:<name>:…:<date>`, so the same day is never
/// counted twice, and two senders (two sites, two kiosks) never share a key. Plain ASCII (an HTTP
/// header carries it): each name is lower-cased and its other characters become `-`.
pub fn key(kind: &str, names: &[&str], date: &str) -> String {
    let mut key = kind.to_owned();
    for name in names {
        key.push(':');
        key.extend(name.chars().map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        }));
    }
    key.push(':');
    key.push_str(date);
    key
}

/// Days before `today` (local dates, `YYYY-MM-DD`) with rows whose document is not done yet,
/// oldest first, each with its rows in their order.
pub fn due<T: Clone>(
    rows: &[T],
    date_of: impl Fn(&T) -> &str,
    done: &BTreeSet<String>,
    today: &str,
) -> Vec<(String, Vec<T>)> {
    let mut days: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for r in rows {
        let date = date_of(r);
        if date < today && !done.contains(date) {
            days.entry(date.to_owned()).or_default().push(r.clone());
        }
    }
    days.into_iter().collect()
}

/// What the CRM's answer to one day's document means for that day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// Done with, never sent again: record this outcome (`sent`, or `refused: <reason>`).
    Done(String),
    /// Not received (the network, a 5xx, an error page): try the day again later.
    Later(String),
}

impl From<Outcome> for Posted {
    fn from(outcome: Outcome) -> Posted {
        match outcome {
            // A duplicate is a day the CRM already has: an earlier send whose answer was lost.
            Outcome::Accepted { .. } | Outcome::Duplicate { .. } => Posted::Done("sent".into()),
            Outcome::Permanent { reason } => Posted::Done(format!("refused: {reason}")),
            Outcome::Transient { reason, .. } => Posted::Later(reason),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_finished_days_not_yet_done_are_due_oldest_first() {
        let rows = [
            ("2026-11-23", "housing"),
            ("2026-11-21", "housing"),
            ("2026-11-22", "housing"),
            ("2026-11-22", "general"),
        ];
        let done: BTreeSet<String> = ["2026-11-21".to_owned()].into();
        let due = due(&rows, |r| r.0, &done, "2026-11-23");
        assert_eq!(due.len(), 1, "today is not over and the 21st was done");
        assert_eq!(due[0].0, "2026-11-22");
        assert_eq!(due[0].1, [("2026-11-22", "housing"), ("2026-11-22", "general")]);
    }

    #[test]
    fn a_key_names_the_kind_each_sender_and_the_day_in_plain_ascii() {
        assert_eq!(
            key("queue-summary", &["Onestop Council"], "2026-11-22"),
            "queue-summary:onestop-council:2026-11-22"
        );
        assert_eq!(
            key("ratings-summary", &["Cyngor Môn", "Bus-2"], "2026-11-22"),
            "ratings-summary:cyngor-m-n:bus-2:2026-11-22"
        );
        let hostile = key("ratings-summary", &["a\r\nX-Evil: 1"], "2026-11-22");
        assert!(hostile.chars().all(|c| c.is_ascii_graphic()), "{hostile}");
    }

    #[test]
    fn received_and_refused_days_are_done_and_the_rest_tried_later() {
        let done = |o| Posted::from(o);
        assert_eq!(done(Outcome::Duplicate { crm_id: None }), Posted::Done("sent".into()));
        assert_eq!(
            done(Outcome::Permanent {
                reason: "HTTP 422".into()
            }),
            Posted::Done("refused: HTTP 422".into())
        );
        assert_eq!(
            done(Outcome::Transient {
                reason: "HTTP 503".into(),
                retry_after_ms: Some(1000)
            }),
            Posted::Later("HTTP 503".into())
        );
    }
}
