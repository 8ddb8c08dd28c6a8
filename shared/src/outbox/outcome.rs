//! What a delivery attempt's result does to its row: acknowledged with the CRM's id, retried
//! later with capped exponential backoff and jitter (honouring `Retry-After`), or parked with
//! the reason for staff. Pure: the caller passes the time and a random number.

/// What the CRM (or the network) said to one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// 2xx with a parsable body: the CRM has it, under this id.
    Accepted {
        /// The CRM's id for the request (or its token, until the id is known).
        crm_id: String,
        /// Fields its reply shows it did not keep, if any.
        dropped: Option<Dropped>,
    },
    /// The CRM says it already has this idempotency key (e.g. 409): received.
    Duplicate {
        /// The CRM's id, when it says.
        crm_id: Option<String>,
    },
    /// A validation or other permanent refusal (most 4xx): retrying will not help.
    Permanent {
        /// What the CRM said, for staff.
        reason: String,
    },
    /// Anything else: 5xx, HTML error pages, timeouts, resets, unparsable replies.
    Transient {
        /// What went wrong, for staff.
        reason: String,
        /// The CRM's `Retry-After`, in milliseconds.
        retry_after_ms: Option<i64>,
    },
}

/// Fields a CRM accepted a request without keeping, as its reply showed (see
/// [`crate::crm::dropped`]): staff are told once per form and server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Which CRM: the configured base URL.
    pub server: String,
    /// The fields as sent: `address_string`, `email`, `attribute[items]`, `description`, …
    pub fields: Vec<String>,
}

/// The row's next state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// Done: store the CRM id.
    Acknowledged {
        /// The CRM's id, if known.
        crm_id: Option<String>,
        /// Fields the CRM did not keep, to flag for staff.
        dropped: Option<Dropped>,
    },
    /// Try again at this time (Unix ms).
    RetryAt {
        /// When.
        at: i64,
        /// The error to show staff meanwhile.
        error: String,
    },
    /// Stop and wait for staff.
    Parked {
        /// Why.
        reason: String,
    },
}

/// Backoff settings: delays double from `base_ms` up to `cap_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The first retry's delay.
    pub base_ms: i64,
    /// The longest delay; retries go on forever at this spacing.
    pub cap_ms: i64,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base_ms: 5_000,
            cap_ms: 15 * 60_000,
        }
    }
}

impl Backoff {
    /// The delay before retry number `attempt` (1 for the first retry), given `unit` uniform in
    /// [0, 1): the full delay's upper half is randomised ("equal jitter"), so a fleet of kiosks
    /// coming back online together does not retry in lockstep, yet no retry comes too soon.
    pub fn delay(&self, attempt: u32, unit: f64) -> i64 {
        let exp = attempt.saturating_sub(1).min(32);
        let full = self.base_ms.saturating_mul(1_i64 << exp).min(self.cap_ms);
        let unit = unit.clamp(0.0, 1.0);
        full / 2 + ((full / 2) as f64 * unit) as i64
    }
}

/// The next state of a row after its `attempt`-th try (1-based) ended in `outcome` at `now`.
pub fn transition(outcome: Outcome, attempt: u32, now: i64, backoff: Backoff, unit: f64) -> Transition {
    match outcome {
        Outcome::Accepted { crm_id, dropped } => Transition::Acknowledged {
            crm_id: Some(crm_id),
            dropped,
        },
        Outcome::Duplicate { crm_id } => Transition::Acknowledged { crm_id, dropped: None },
        Outcome::Permanent { reason } => Transition::Parked { reason },
        Outcome::Transient { reason, retry_after_ms } => {
            let delay = backoff.delay(attempt, unit);
            // The CRM's own Retry-After wins when it asks for longer, up to a day.
            let wait = retry_after_ms.map_or(delay, |r| delay.max(r.clamp(0, 86_400_000)));
            Transition::RetryAt {
                at: now.saturating_add(wait),
                error: reason,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transient(retry_after_ms: Option<i64>) -> Outcome {
        Outcome::Transient {
            reason: "HTTP 503".into(),
            retry_after_ms,
        }
    }

    #[test]
    fn acceptance_and_duplicates_acknowledge() {
        let b = Backoff::default();
        let dropped = Dropped {
            server: "https://crm.example/open311/".into(),
            fields: vec!["address_string".into()],
        };
        assert_eq!(
            transition(
                Outcome::Accepted {
                    crm_id: "SR-1".into(),
                    dropped: Some(dropped.clone())
                },
                1,
                0,
                b,
                0.5
            ),
            Transition::Acknowledged {
                crm_id: Some("SR-1".into()),
                dropped: Some(dropped)
            },
            "dropped fields travel with the acknowledgement"
        );
        assert_eq!(
            transition(Outcome::Duplicate { crm_id: None }, 3, 0, b, 0.5),
            Transition::Acknowledged {
                crm_id: None,
                dropped: None
            }
        );
    }

    #[test]
    fn permanent_refusals_park_with_the_reason() {
        let t = transition(
            Outcome::Permanent {
                reason: "400: postcode invalid".into(),
            },
            1,
            0,
            Backoff::default(),
            0.5,
        );
        assert_eq!(
            t,
            Transition::Parked {
                reason: "400: postcode invalid".into()
            }
        );
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_and_never_stops() {
        let b = Backoff {
            base_ms: 1_000,
            cap_ms: 60_000,
        };
        let upper: Vec<i64> = (1..=10).map(|n| b.delay(n, 0.999_999)).collect();
        assert_eq!(upper[..7], [999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999]);
        assert!(upper[7..].iter().all(|&d| d == 59_999), "capped");
        assert_eq!(b.delay(1_000_000, 0.0), 30_000, "huge attempt counts do not overflow");
    }

    #[test]
    fn jitter_spreads_retries_over_the_upper_half() {
        let b = Backoff {
            base_ms: 10_000,
            cap_ms: 10_000,
        };
        assert_eq!(b.delay(1, 0.0), 5_000);
        assert_eq!(b.delay(1, 0.5), 7_500);
        assert!(b.delay(1, 0.999) < 10_000);
        assert_eq!(
            b.delay(1, f64::NAN.max(2.0)),
            10_000,
            "out-of-range randomness is clamped"
        );
    }

    #[test]
    fn transient_errors_retry_later_and_retry_after_is_honoured() {
        let b = Backoff {
            base_ms: 1_000,
            cap_ms: 60_000,
        };
        assert_eq!(
            transition(transient(None), 1, 100, b, 0.0),
            Transition::RetryAt {
                at: 600,
                error: "HTTP 503".into()
            }
        );
        assert_eq!(
            transition(transient(Some(120_000)), 1, 100, b, 0.0),
            Transition::RetryAt {
                at: 120_100,
                error: "HTTP 503".into()
            }
        );
        assert_eq!(
            transition(transient(Some(10)), 1, 100, b, 0.0),
            Transition::RetryAt {
                at: 600,
                error: "HTTP 503".into()
            },
            "a shorter Retry-After does not hurry us"
        );
        let far = transition(transient(Some(i64::MAX)), 1, 0, b, 0.0);
        assert_eq!(
            far,
            Transition::RetryAt {
                at: 86_400_000,
                error: "HTTP 503".into()
            },
            "capped at a day"
        );
    }
}
