//! Keeping the day's tickets for visitors: kiosks' ticket issuing is limited per kiosk identity
//! (the name in its hello) *and* per source address, in buckets the hub keeps across
//! connections, so a client that is cut off and reconnects starts where it left off. A token
//! bucket also limits each connection's messages. The day's cap per service is the engine's.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// A sustained rate and a burst.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Tokens a minute, on average.
    pub per_minute: f64,
    /// Tokens at once (the bucket's size).
    pub burst: f64,
}

/// A token bucket: `rate` a second on average, `burst` at once.
#[derive(Debug, Clone)]
pub(crate) struct Bucket {
    tokens: f64,
    rate: f64,
    burst: f64,
    last: Instant,
}

impl Bucket {
    /// A full bucket refilling at `rate` a second.
    pub fn new(rate: f64, burst: f64) -> Bucket {
        Bucket {
            tokens: burst,
            rate,
            burst,
            last: Instant::now(),
        }
    }

    fn refill(&mut self, now: Instant) {
        self.tokens = (self.tokens + now.duration_since(self.last).as_secs_f64() * self.rate).min(self.burst);
        self.last = now;
    }

    /// Take one token if there is one.
    pub fn take(&mut self) -> bool {
        self.refill(Instant::now());
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// How long until a token is there (zero if one is).
    fn wait(&self) -> Duration {
        if self.tokens >= 1.0 || self.rate <= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / self.rate)
        }
    }

    /// Refilled to the brim: the same as a bucket never used, so it can be forgotten.
    fn full(&mut self, now: Instant) -> bool {
        self.refill(now);
        self.tokens >= self.burst
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Address(IpAddr),
    Kiosk(String),
}

/// Buckets kept at most; full ones are forgotten first when there are more.
const MAX_BUCKETS: usize = 4_096;

/// Ticket issuing limits that outlive connections.
#[derive(Debug)]
pub(crate) struct IssueLimiter {
    per_kiosk: Rate,
    per_address: Rate,
    buckets: Mutex<HashMap<Key, Bucket>>,
}

/// Why a ticket was not allowed, and when to try again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Throttled {
    /// What was over its limit.
    pub what: &'static str,
    /// When one more ticket would be allowed.
    pub retry_after: Duration,
}

impl IssueLimiter {
    pub fn new(per_kiosk: Rate, per_address: Rate) -> IssueLimiter {
        IssueLimiter {
            per_kiosk,
            per_address,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// One ticket for the kiosk `name` (its address when it gave none) at `addr`, if both
    /// buckets have one; neither is charged otherwise.
    pub fn allow(&self, addr: IpAddr, name: Option<&str>) -> Result<(), Throttled> {
        let mut buckets = self.buckets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        if buckets.len() >= MAX_BUCKETS {
            buckets.retain(|_, b| !b.full(now));
        }
        if buckets.len() >= MAX_BUCKETS {
            // Thousands of names, all busy: someone is inventing identities. The address
            // buckets still hold them; forget the names.
            buckets.retain(|k, _| matches!(k, Key::Address(_)));
        }
        if buckets.len() >= MAX_BUCKETS {
            // Thousands of addresses too: keep the half used most recently.
            let mut lasts: Vec<Instant> = buckets.values().map(|b| b.last).collect();
            lasts.sort_unstable();
            let cut = lasts[lasts.len() / 2];
            buckets.retain(|_, b| b.last > cut);
        }
        let keys = [
            (Key::Address(network(addr)), self.per_address, "this address"),
            (
                Key::Kiosk(name.map_or_else(|| addr.to_string(), str::to_owned)),
                self.per_kiosk,
                "this kiosk",
            ),
        ];
        let mut wait: Option<Throttled> = None;
        for (key, rate, what) in &keys {
            let b = buckets
                .entry(key.clone())
                .or_insert_with(|| Bucket::new(rate.per_minute / 60.0, rate.burst));
            b.refill(now);
            if b.tokens < 1.0 {
                let retry_after = b.wait();
                if wait.as_ref().is_none_or(|w| w.retry_after < retry_after) {
                    wait = Some(Throttled { what, retry_after });
                }
            }
        }
        if let Some(w) = wait {
            return Err(w);
        }
        for (key, _, _) in &keys {
            if let Some(b) = buckets.get_mut(key) {
                b.tokens -= 1.0;
            }
        }
        Ok(())
    }
}

/// The part of an address one client controls: the whole IPv4 address, but an IPv6 /64, since
/// a host picks its own interface id (privacy addresses change it freely).
fn network(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(_) => addr,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIOSK: Rate = Rate {
        per_minute: 6.0,
        burst: 10.0,
    };
    const ADDRESS: Rate = Rate {
        per_minute: 12.0,
        burst: 20.0,
    };

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn the_bucket_allows_a_burst_then_the_rate() {
        let mut b = Bucket::new(20.0, 40.0);
        assert_eq!((0..100).filter(|_| b.take()).count(), 40);
        tokio::time::advance(Duration::from_millis(500)).await;
        assert_eq!((0..100).filter(|_| b.take()).count(), 10);
    }

    #[tokio::test(start_paused = true)]
    async fn a_kiosk_gets_its_burst_then_its_rate_however_often_it_reconnects() {
        let l = IssueLimiter::new(KIOSK, ADDRESS);
        // The limiter knows nothing of connections: each call could be a new one.
        assert_eq!(
            (0..50)
                .filter(|_| l.allow(ip("10.0.0.5"), Some("foyer-1")).is_ok())
                .count(),
            10
        );
        let e = l.allow(ip("10.0.0.5"), Some("foyer-1")).unwrap_err();
        assert_eq!(e.what, "this kiosk");
        assert_eq!(e.retry_after, Duration::from_secs(10), "6 a minute: one every 10 s");
        tokio::time::advance(Duration::from_secs(60)).await;
        assert_eq!(
            (0..50)
                .filter(|_| l.allow(ip("10.0.0.5"), Some("foyer-1")).is_ok())
                .count(),
            6
        );
    }

    #[tokio::test(start_paused = true)]
    async fn new_names_from_one_address_are_held_by_the_address() {
        let l = IssueLimiter::new(KIOSK, ADDRESS);
        let got = (0..200)
            .filter(|i| l.allow(ip("10.0.0.66"), Some(&format!("fake-{i}"))).is_ok())
            .count();
        assert_eq!(got, 20, "the address's burst, whatever the names");
        assert_eq!(
            l.allow(ip("10.0.0.66"), Some("fake-0")).unwrap_err().what,
            "this address"
        );
        // Another kiosk at another address is untouched.
        assert!(l.allow(ip("10.0.0.7"), Some("foyer-2")).is_ok());
    }

    #[tokio::test(start_paused = true)]
    async fn a_refusal_charges_neither_bucket() {
        let l = IssueLimiter::new(KIOSK, ADDRESS);
        for _ in 0..10 {
            l.allow(ip("10.0.0.5"), Some("foyer-1")).unwrap();
        }
        for _ in 0..30 {
            assert!(l.allow(ip("10.0.0.5"), Some("foyer-1")).is_err());
        }
        // The address still has the 10 the refused kiosk did not use.
        let other = (0..30)
            .filter(|_| l.allow(ip("10.0.0.5"), Some("foyer-3")).is_ok())
            .count();
        assert_eq!(other, 10);
    }

    #[tokio::test(start_paused = true)]
    async fn an_ipv6_host_is_one_address_whatever_interface_id_it_picks() {
        let l = IssueLimiter::new(KIOSK, ADDRESS);
        let got = (0..100u32)
            .filter(|i| {
                let a: IpAddr = format!("fd00:1:2:3::{i:x}").parse().unwrap();
                l.allow(a, Some(&format!("n{i}"))).is_ok()
            })
            .count();
        assert_eq!(got, 20);
        assert_eq!(network(ip("::ffff:10.0.0.5")), ip("10.0.0.5"));
    }

    #[tokio::test(start_paused = true)]
    async fn invented_names_cannot_grow_the_table_without_bound() {
        let l = IssueLimiter::new(KIOSK, ADDRESS);
        for i in 0..(MAX_BUCKETS * 3) {
            let addr = IpAddr::from([10, 1, (i / 256 % 256) as u8, (i % 256) as u8]);
            let _ = l.allow(addr, Some(&format!("n{i}")));
        }
        assert!(l.buckets.lock().unwrap().len() <= MAX_BUCKETS + 2);
    }
}
