//! Wrong-PIN lockout, as pure logic over an injected clock (Unix seconds): after
//! [`MAX_TRIES`] wrong PINs in a row the staff screen is locked for [`FIRST_LOCK_SECS`], and each
//! further lock doubles up to [`MAX_LOCK_SECS`]. A right PIN forgets everything. Keeping the
//! state across restarts is [`crate::store::lockout`]'s job; checking a PIN is [`super::pin`]'s.

/// Wrong PINs in a row that lock the screen.
pub const MAX_TRIES: u32 = 5;
/// The first lock: 5 minutes.
pub const FIRST_LOCK_SECS: i64 = 5 * 60;
/// The longest lock: 1 hour, so a prankster cannot shut staff out for a day.
pub const MAX_LOCK_SECS: i64 = 60 * 60;

/// The lockout record. Plain data; [`Lockout::default`] is "no wrong tries".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lockout {
    /// Wrong PINs since the last right one or the last lock.
    pub failures: u32,
    /// Locks so far since the last right PIN: each doubles the next.
    pub locks: u32,
    /// Locked until this time (Unix seconds), if locked.
    pub locked_until: Option<i64>,
}

/// Whether a PIN may be tried now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Yes; this many wrong tries are left before a lock.
    Open {
        /// Tries left.
        tries_left: u32,
    },
    /// No, until this time (Unix seconds).
    Locked {
        /// When the lock ends.
        until: i64,
    },
}

impl Lockout {
    /// How long the next lock lasts: 5 min, 10, 20, 40, then 60 at most.
    pub fn next_lock_secs(&self) -> i64 {
        let doublings = self.locks.min(20);
        (FIRST_LOCK_SECS << doublings).min(MAX_LOCK_SECS)
    }

    /// Whether a PIN may be tried at `now`. An expired lock opens a fresh round of tries. A lock
    /// ending further ahead than the longest lock (the clock was set back) is cut to that.
    pub fn status(&mut self, now: i64) -> Status {
        match self.locked_until {
            Some(until) if until > now => {
                let until = until.min(now + MAX_LOCK_SECS);
                self.locked_until = Some(until);
                Status::Locked { until }
            }
            Some(_) => {
                self.locked_until = None;
                self.failures = 0;
                Status::Open { tries_left: MAX_TRIES }
            }
            None => Status::Open {
                tries_left: MAX_TRIES.saturating_sub(self.failures),
            },
        }
    }

    /// Count a wrong PIN at `now` (the kiosk counts each try *before* checking it, so pulling
    /// the plug mid-check gives no free tries). Returns the status after it.
    pub fn fail(&mut self, now: i64) -> Status {
        if let Status::Locked { until } = self.status(now) {
            return Status::Locked { until };
        }
        self.failures = self.failures.saturating_add(1);
        if self.failures >= MAX_TRIES {
            let until = now + self.next_lock_secs();
            self.locks = self.locks.saturating_add(1);
            self.failures = 0;
            self.locked_until = Some(until);
            return Status::Locked { until };
        }
        self.status(now)
    }

    /// A right PIN: forget every wrong try and lock.
    pub fn succeed(&mut self) {
        *self = Lockout::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_790_000_000;

    #[test]
    fn five_wrong_pins_lock_for_five_minutes() {
        let mut l = Lockout::default();
        assert_eq!(l.status(T0), Status::Open { tries_left: 5 });
        for left in (1..5).rev() {
            assert_eq!(l.fail(T0), Status::Open { tries_left: left });
        }
        assert_eq!(l.fail(T0 + 10), Status::Locked { until: T0 + 10 + 300 });
        assert_eq!(l.status(T0 + 309), Status::Locked { until: T0 + 310 });
        assert_eq!(
            l.fail(T0 + 100),
            Status::Locked { until: T0 + 310 },
            "no tries while locked"
        );
        assert_eq!(
            l.status(T0 + 310),
            Status::Open { tries_left: 5 },
            "the lock ends on time"
        );
    }

    #[test]
    fn each_further_lock_doubles_up_to_an_hour() {
        let mut l = Lockout::default();
        let mut now = T0;
        let mut lengths = Vec::new();
        for _ in 0..6 {
            let mut status = Status::Open { tries_left: 5 };
            for _ in 0..5 {
                status = l.fail(now);
            }
            let Status::Locked { until } = status else {
                panic!("not locked: {status:?}")
            };
            lengths.push((until - now) / 60);
            now = until;
        }
        assert_eq!(lengths, [5, 10, 20, 40, 60, 60]);
    }

    #[test]
    fn a_right_pin_resets_the_count_and_the_doubling() {
        let mut l = Lockout::default();
        for _ in 0..5 {
            l.fail(T0);
        }
        let after = T0 + 300;
        assert_eq!(l.fail(after), Status::Open { tries_left: 4 });
        l.succeed();
        assert_eq!(l, Lockout::default());
        for _ in 0..4 {
            l.fail(after);
        }
        assert_eq!(
            l.fail(after),
            Status::Locked { until: after + 300 },
            "back to five minutes"
        );
    }

    #[test]
    fn a_clock_set_back_cannot_lock_for_longer_than_an_hour() {
        let mut l = Lockout {
            failures: 0,
            locks: 1,
            locked_until: Some(T0 + 10 * 365 * 86_400),
        };
        assert_eq!(l.status(T0), Status::Locked { until: T0 + 3600 });
        assert_eq!(l.status(T0 + 3600), Status::Open { tries_left: 5 });
    }

    #[test]
    fn hostile_stored_counts_do_not_overflow() {
        let mut l = Lockout {
            failures: u32::MAX,
            locks: u32::MAX,
            locked_until: None,
        };
        assert_eq!(l.status(T0), Status::Open { tries_left: 0 });
        assert_eq!(l.next_lock_secs(), MAX_LOCK_SECS);
        assert!(matches!(l.fail(T0), Status::Locked { .. }));
    }
}
