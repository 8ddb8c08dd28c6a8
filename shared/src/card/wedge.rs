//! Keyboard-wedge barcode scanners: telling a scan from a person typing.
//!
//! A wedge scanner types its barcode as keystrokes, a few milliseconds apart, and ends with Enter.
//! A person types tens to hundreds of milliseconds apart. [`WedgeDetector`] is pure: it is fed each
//! key with the time it arrived and says whether a card was scanned, or hands keys back as typing.

use std::time::Duration;

use super::CardNumber;

/// One key from the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WedgeKey {
    /// A printable character.
    Char(char),
    /// Enter or Return: the end of a scan.
    Enter,
}

/// What a key meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WedgeOutcome {
    /// Held back: it may be part of a scan.
    Pending,
    /// A whole scan ended with Enter.
    Card(CardNumber),
    /// Not a scan: these keys were typed by a person (or a scan was garbled) and go to the screen
    /// as ordinary typing. A trailing Enter is included as `'\n'`.
    Typed(String),
}

/// Tells scans from typing by the gaps between keys.
#[derive(Debug, Clone)]
pub struct WedgeDetector {
    max_gap: Duration,
    min_len: usize,
    buf: String,
    last: Option<Duration>,
    /// The current burst grew longer than any card: the rest of it is typing.
    overflowed: bool,
}

impl Default for WedgeDetector {
    fn default() -> Self {
        WedgeDetector::new(Duration::from_millis(35), 6)
    }
}

impl WedgeDetector {
    /// A detector that takes keys at most `max_gap` apart as one scan of at least `min_len`
    /// characters. Scanners send a key every 2–15 ms; the fastest typists are around 60 ms.
    pub fn new(max_gap: Duration, min_len: usize) -> WedgeDetector {
        WedgeDetector {
            max_gap,
            min_len: min_len.max(1),
            buf: String::new(),
            last: None,
            overflowed: false,
        }
    }

    /// Feeds one key that arrived at `at` (any monotonic clock).
    pub fn key(&mut self, key: WedgeKey, at: Duration) -> WedgeOutcome {
        let in_burst = self.last.is_some_and(|last| at.saturating_sub(last) <= self.max_gap);
        let mut typed = String::new();
        if !in_burst {
            typed = std::mem::take(&mut self.buf);
            self.overflowed = false;
        }
        self.last = Some(at);
        match key {
            WedgeKey::Char(c) => {
                if self.overflowed || self.buf.chars().count() >= CardNumber::MAX_LEN {
                    self.overflowed = true;
                    // Longer than any card: a held key or a paste, not a scan.
                    typed.push_str(&std::mem::take(&mut self.buf));
                    typed.push(c);
                } else {
                    self.buf.push(c);
                }
            }
            WedgeKey::Enter => {
                let burst = std::mem::take(&mut self.buf);
                let overflowed = std::mem::replace(&mut self.overflowed, false);
                if typed.is_empty()
                    && !overflowed
                    && burst.chars().count() >= self.min_len
                    && burst.trim() == burst
                    && let Ok(number) = CardNumber::parse(&burst)
                {
                    return WedgeOutcome::Card(number);
                }
                typed.push_str(&burst);
                typed.push('\n');
                self.last = None;
            }
        }
        if typed.is_empty() {
            WedgeOutcome::Pending
        } else {
            WedgeOutcome::Typed(typed)
        }
    }

    /// Give back every key held, whatever the time: a key that cannot be part of a scan
    /// (Delete) has come, so what came before it was typing.
    pub fn flush(&mut self) -> String {
        self.last = None;
        self.overflowed = false;
        std::mem::take(&mut self.buf)
    }

    /// Whether keys are held back, waiting to be told apart.
    pub fn holding(&self) -> bool {
        !self.buf.is_empty()
    }

    /// Called when no key has come for a while: keys held back longer than the gap were typing.
    pub fn idle(&mut self, now: Duration) -> Option<String> {
        let stale = self.last.is_some_and(|last| now.saturating_sub(last) > self.max_gap);
        if stale && !self.buf.is_empty() {
            self.last = None;
            self.overflowed = false;
            Some(std::mem::take(&mut self.buf))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn feed(d: &mut WedgeDetector, keys: &[(WedgeKey, u64)]) -> Vec<WedgeOutcome> {
        keys.iter()
            .map(|(k, ms)| d.key(*k, Duration::from_millis(*ms)))
            .filter(|o| *o != WedgeOutcome::Pending)
            .collect()
    }

    fn burst(text: &str, start: u64, gap: u64) -> Vec<(WedgeKey, u64)> {
        let mut keys: Vec<_> = text
            .chars()
            .enumerate()
            .map(|(i, c)| (WedgeKey::Char(c), start + i as u64 * gap))
            .collect();
        keys.push((WedgeKey::Enter, start + text.len() as u64 * gap));
        keys
    }

    #[test]
    fn a_fast_burst_ending_in_enter_is_a_card() {
        let mut d = WedgeDetector::default();
        let out = feed(&mut d, &burst("21234001234567", 1000, 8));
        assert_eq!(
            out,
            vec![WedgeOutcome::Card(CardNumber::parse("21234001234567").unwrap())]
        );
    }

    #[test]
    fn slow_typing_is_handed_back_as_typing() {
        let mut d = WedgeDetector::default();
        let out = feed(&mut d, &burst("123456", 1000, 120));
        let typed: String = out
            .iter()
            .map(|o| match o {
                WedgeOutcome::Typed(t) => t.clone(),
                other => panic!("{other:?}"),
            })
            .collect::<String>()
            + &d.idle(Duration::from_secs(60)).unwrap_or_default();
        assert_eq!(typed, "123456\n");
    }

    #[test]
    fn a_flush_gives_back_what_is_held_at_once() {
        let mut d = WedgeDetector::default();
        assert_eq!(
            d.key(WedgeKey::Char('a'), Duration::from_millis(0)),
            WedgeOutcome::Pending
        );
        assert_eq!(
            d.key(WedgeKey::Char('b'), Duration::from_millis(5)),
            WedgeOutcome::Pending
        );
        assert!(d.holding());
        assert_eq!(d.flush(), "ab");
        assert!(!d.holding());
        assert_eq!(d.idle(Duration::from_secs(9)), None, "nothing given twice");
    }

    #[test]
    fn short_bursts_and_garbage_are_not_cards() {
        let mut d = WedgeDetector::default();
        assert_eq!(
            feed(&mut d, &burst("123", 0, 5)),
            vec![WedgeOutcome::Typed("123\n".into())]
        );
        assert_eq!(
            feed(&mut d, &burst("12 34 56 78", 500, 5)),
            vec![WedgeOutcome::Typed("12 34 56 78\n".into())]
        );
        let long = "9".repeat(40);
        let out = feed(&mut d, &burst(&long, 2000, 5));
        assert!(out.iter().all(|o| matches!(o, WedgeOutcome::Typed(_))));
    }

    proptest! {
        /// Whatever arrives, no key is lost: every character comes back as a card or as typing.
        #[test]
        fn no_key_is_lost(keys in proptest::collection::vec((proptest::option::of(any::<char>()), 0u64..200), 0..80)) {
            let mut d = WedgeDetector::default();
            let mut at = 0u64;
            let mut sent = String::new();
            let mut got = String::new();
            for (k, gap) in keys {
                at += gap;
                let key = match k { Some(c) => { sent.push(c); WedgeKey::Char(c) } None => { sent.push('\n'); WedgeKey::Enter } };
                match d.key(key, Duration::from_millis(at)) {
                    WedgeOutcome::Pending => {}
                    WedgeOutcome::Typed(t) => got.push_str(&t),
                    WedgeOutcome::Card(n) => { got.push_str(n.expose()); got.push('\n'); }
                }
            }
            got.push_str(&d.idle(Duration::from_millis(at + 10_000)).unwrap_or_default());
            // Cards come back upper-cased; compare case-blind.
            prop_assert_eq!(got.to_uppercase(), sent.to_uppercase());
        }
    }
}
