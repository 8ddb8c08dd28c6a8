//! Which call the announcer says next, when calls come faster than they can be said. Pure: the
//! time is passed in, and a call's parts (one per language) are whatever the announcer makes of
//! them; no threads, no sound.
//!
//! The rules, in the order they apply:
//! - A call older than [`MAX_AGE`] is never said: it is on the screen already.
//! - A new call for a ticket that is waiting replaces it (a recall is not said after the call).
//! - At most [`MAX_WAITING`] calls wait; a newer one pushes the oldest out (shown, not said).
//! - The newest call goes first. Parts are said language by language: the first language for
//!   every waiting call (newest first), then the second, and so on, so a new call is heard in the
//!   first language as soon as the part playing now ends, and the rest follow compactly.
//! - A part that has started is never cut; a part is one call in one language, a couple of
//!   seconds.
//! - The chime goes before a part whose call has not been chimed yet, and covers every call
//!   waiting at that moment: the chime once, then the numbers.

use std::time::{Duration, Instant};

/// A call older than this is shown but never spoken.
pub const MAX_AGE: Duration = Duration::from_secs(30);

/// Calls waiting to be said (including one partly said); beyond this the oldest is dropped.
pub const MAX_WAITING: usize = 3;

/// Whether a call made at `at` may still be spoken at `now`.
pub fn fresh(at: Instant, now: Instant) -> bool {
    now.saturating_duration_since(at) <= MAX_AGE
}

/// One part to say now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<T> {
    /// The ticket the call is for.
    pub ticket: String,
    /// When the board received the call.
    pub at: Instant,
    /// Which of the call's parts (its language, in the configured order).
    pub index: usize,
    /// The part.
    pub part: T,
    /// Play the chime first.
    pub chime: bool,
}

#[derive(Debug)]
struct Waiting<T> {
    ticket: String,
    at: Instant,
    /// Breaks ties between calls received at the same instant: the later push is newer.
    order: u64,
    /// Parts not yet said, by index.
    parts: Vec<Option<T>>,
    chimed: bool,
}

impl<T> Waiting<T> {
    fn first_owed(&self) -> Option<usize> {
        self.parts.iter().position(Option::is_some)
    }
}

/// Calls waiting to be said, newest first.
#[derive(Debug)]
pub struct Backlog<T> {
    waiting: Vec<Waiting<T>>,
    pushed: u64,
}

impl<T> Default for Backlog<T> {
    fn default() -> Self {
        Backlog {
            waiting: Vec::new(),
            pushed: 0,
        }
    }
}

impl<T> Backlog<T> {
    /// Nothing waits.
    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// The tickets waiting, newest first.
    pub fn tickets(&self) -> Vec<&str> {
        self.waiting.iter().map(|w| w.ticket.as_str()).collect()
    }

    /// A call for `ticket`, received at `at`, to be said as `parts` (one per language, in
    /// order). Returns the tickets it pushed out: an older call for the same ticket, and the
    /// oldest calls beyond [`MAX_WAITING`].
    pub fn push(&mut self, ticket: &str, parts: Vec<T>, at: Instant) -> Vec<String> {
        let mut dropped = Vec::new();
        if let Some(i) = self.waiting.iter().position(|w| w.ticket == ticket) {
            dropped.push(self.waiting.remove(i).ticket);
        }
        if parts.is_empty() {
            return dropped;
        }
        self.pushed += 1;
        let call = Waiting {
            ticket: ticket.to_owned(),
            at,
            order: self.pushed,
            parts: parts.into_iter().map(Some).collect(),
            chimed: false,
        };
        // Newest first; a call received earlier (events can be resolved out of order) goes after.
        let i = self
            .waiting
            .iter()
            .position(|w| (w.at, w.order) < (call.at, call.order))
            .unwrap_or(self.waiting.len());
        self.waiting.insert(i, call);
        while self.waiting.len() > MAX_WAITING {
            dropped.extend(self.waiting.pop().map(|w| w.ticket));
        }
        dropped
    }

    /// Forget calls too old to say at `now`; the tickets forgotten.
    pub fn drop_stale(&mut self, now: Instant) -> Vec<String> {
        let (keep, stale): (Vec<_>, Vec<_>) = std::mem::take(&mut self.waiting)
            .into_iter()
            .partition(|w| fresh(w.at, now));
        self.waiting = keep;
        stale.into_iter().map(|w| w.ticket).collect()
    }

    /// The part to say at `now`, taken out of the backlog: the lowest language index any fresh
    /// call still owes, for the newest call that owes it. Stale calls are dropped first.
    pub fn next(&mut self, now: Instant) -> Option<Item<T>> {
        for ticket in self.drop_stale(now) {
            tracing::info!(%ticket, "a call waited too long to be spoken; it stays on the screen");
        }
        let index = self.waiting.iter().filter_map(Waiting::first_owed).min()?;
        let pos = self.waiting.iter().position(|w| w.first_owed() == Some(index))?;
        let chime = !self.waiting[pos].chimed;
        if chime {
            for w in &mut self.waiting {
                w.chimed = true;
            }
        }
        let w = &mut self.waiting[pos];
        let part = w.parts[index].take()?;
        let item = Item {
            ticket: w.ticket.clone(),
            at: w.at,
            index,
            part,
            chime,
        };
        if w.first_owed().is_none() {
            self.waiting.remove(pos);
        }
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn langs(ticket: &str) -> Vec<String> {
        ["en", "ur", "pl"].iter().map(|l| format!("{ticket}/{l}")).collect()
    }

    /// Every part said from `now`, each taking `each` to say, as "ticket/lang" (with `*` for a
    /// chime) and the time it started after `t0`.
    fn drain(b: &mut Backlog<String>, mut now: Instant, each: Duration) -> Vec<String> {
        let mut said = Vec::new();
        while let Some(i) = b.next(now) {
            said.push(format!("{}{}", if i.chime { "*" } else { "" }, i.part));
            now += each;
        }
        said
    }

    #[test]
    fn one_call_is_chimed_once_then_said_in_each_language_in_order() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        assert!(b.push("A042", langs("A042"), t0).is_empty());
        assert_eq!(drain(&mut b, t0, S), ["*A042/en", "A042/ur", "A042/pl"]);
        assert!(b.is_empty());
    }

    #[test]
    fn a_new_call_is_said_next_in_the_first_language_and_the_rest_follow_language_by_language() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        b.push("A001", langs("A001"), t0);
        let first = b.next(t0).unwrap();
        assert_eq!((first.part.as_str(), first.chime), ("A001/en", true));
        // While A001 is said in English, B002 is called.
        b.push("B002", langs("B002"), t0 + S);
        assert_eq!(
            drain(&mut b, t0 + 2 * S, S),
            ["*B002/en", "B002/ur", "A001/ur", "B002/pl", "A001/pl"],
            "newest first; A001 is not said again in English; one chime for B002"
        );
    }

    #[test]
    fn calls_waiting_together_get_one_chime_and_are_said_newest_first() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        for (i, t) in ["A001", "A002", "H001"].into_iter().enumerate() {
            b.push(t, langs(t), t0 + S * i as u32 / 10);
        }
        assert_eq!(
            drain(&mut b, t0 + S, S),
            [
                "*H001/en", "A002/en", "A001/en", "H001/ur", "A002/ur", "A001/ur", "H001/pl", "A002/pl", "A001/pl"
            ]
        );
    }

    #[test]
    fn a_recall_replaces_the_waiting_call_of_the_same_ticket_so_it_is_said_once() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        b.push("A042", vec!["call".to_owned()], t0);
        b.push("B001", vec!["B001".to_owned()], t0);
        assert_eq!(b.push("A042", vec!["recall".to_owned()], t0 + S), ["A042"]);
        assert_eq!(b.tickets(), ["A042", "B001"], "the recall is the newest");
        assert_eq!(drain(&mut b, t0 + S, S), ["*recall", "B001"]);
    }

    #[test]
    fn no_more_than_three_calls_wait_and_the_oldest_are_pushed_out() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        let mut dropped = Vec::new();
        for i in 1..=12u32 {
            let t = format!("A{i:03}");
            dropped.extend(b.push(&t, vec![t.clone()], t0 + S * i / 3));
        }
        assert_eq!(b.tickets(), ["A012", "A011", "A010"]);
        assert_eq!(dropped.len(), 9);
        assert_eq!(dropped[0], "A001");
    }

    #[test]
    fn a_call_more_than_thirty_seconds_old_is_never_said() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        b.push("A001", langs("A001"), t0);
        b.push("A002", langs("A002"), t0 + 10 * S);
        let late = t0 + MAX_AGE + S;
        assert!(!fresh(t0, late) && fresh(t0 + 10 * S, late));
        assert_eq!(drain(&mut b, late, S), ["*A002/en", "A002/ur", "A002/pl"]);
        // Exactly at the limit is still in time; a moment after is not.
        b.push("A003", vec!["A003".to_owned()], t0);
        assert!(b.next(t0 + MAX_AGE).is_some());
        b.push("A004", vec!["A004".to_owned()], t0);
        assert!(b.next(t0 + MAX_AGE + Duration::from_millis(1)).is_none());
        assert!(b.is_empty());
    }

    #[test]
    fn parts_are_dropped_as_they_go_stale_even_halfway_through_a_call() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        b.push("A001", langs("A001"), t0);
        assert_eq!(b.next(t0 + 29 * S).unwrap().part, "A001/en");
        assert_eq!(b.next(t0 + 31 * S), None, "Urdu and Polish would be too late");
    }

    #[test]
    fn a_call_received_earlier_but_pushed_later_is_not_taken_for_the_newest() {
        let t0 = Instant::now();
        let mut b = Backlog::default();
        b.push("A002", vec!["A002".to_owned()], t0 + S);
        b.push("A001", vec!["A001".to_owned()], t0);
        assert_eq!(b.tickets(), ["A002", "A001"]);
        // With equal times the later push is the newer.
        b.push("A003", vec!["A003".to_owned()], t0 + S);
        assert_eq!(b.tickets(), ["A003", "A002", "A001"]);
    }

    #[test]
    fn a_call_with_nothing_to_say_is_not_kept() {
        let mut b = Backlog::<String>::default();
        assert!(b.push("A001", Vec::new(), Instant::now()).is_empty());
        assert!(b.is_empty() && b.next(Instant::now()).is_none());
    }

    #[test]
    fn twelve_calls_in_four_seconds_lag_at_most_a_few_seconds_for_the_newest_and_never_thirty() {
        // The burst, with each part taking 2.5 s (the chime is in the first): what is
        // said, and how long after its call each part starts.
        let t0 = Instant::now();
        let part = Duration::from_millis(2_500);
        let mut b = Backlog::default();
        let calls: Vec<(String, Instant)> = (0..12u32)
            .map(|i| {
                (
                    format!("A{:03}", i + 1),
                    t0 + Duration::from_millis(u64::from(i) * 4_000 / 11),
                )
            })
            .collect();
        let mut now = t0;
        let mut pending = calls.iter().peekable();
        let mut said: Vec<(String, Duration)> = Vec::new();
        loop {
            while let Some((t, at)) = pending.next_if(|(_, at)| *at <= now) {
                b.push(t, langs(t), *at);
            }
            match b.next(now) {
                Some(i) => {
                    said.push((i.part.clone(), now - i.at));
                    now += part;
                }
                None if pending.peek().is_some() => now = pending.peek().unwrap().1,
                None => break,
            }
        }
        let newest = said
            .iter()
            .find(|(p, _)| p == "A012/en")
            .expect("the newest call is said");
        assert!(newest.1 <= part, "{said:?}");
        assert!(said.iter().all(|(_, lag)| *lag <= MAX_AGE), "{said:?}");
        assert!(said.len() <= 5 * 3, "no long backlog: {said:?}");
    }
}
