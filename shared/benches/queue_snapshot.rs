//! What a welcome costs on a long day: the whole state against the bounded summary the hub now
//! sends, in bytes and in time to build, serialise and turn back into a replica, for 100, 1,000
//! and 9,999 tickets waiting for one service (the last is what ten reconnecting clients made
//! before issuing was limited). Run: `cargo bench -p onestop --bench queue_snapshot`.

use onestop::queue::QueueConfig;
use onestop::queue::engine::{Command, Engine, MAX_PER_DAY, Snapshot};
use onestop::queue::protocol::{HubMessage, to_frame};
use std::time::Instant;

fn day(waiting: usize) -> Engine {
    let mut e = Engine::new(QueueConfig {
        daily_cap: MAX_PER_DAY,
        ..QueueConfig::example()
    });
    let mut now = 1_780_300_000_000i64;
    let mut run = |e: &mut Engine, c: Command| {
        now += 1_000;
        e.apply(&c, now).unwrap();
    };
    for _ in 0..waiting {
        run(
            &mut e,
            Command::Issue {
                service: "housing".into(),
                priority: false,
                appointment: None,
                also: Vec::new(),
                locale: None,
            },
        );
    }
    e
}

/// Mean microseconds per call of `f` over `n` calls.
fn time<T>(n: u32, mut f: impl FnMut() -> T) -> f64 {
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(f());
    }
    t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
}

fn welcome(s: Snapshot) -> String {
    to_frame(&HubMessage::Welcome { snapshot: Box::new(s) })
}

fn main() {
    println!("waiting | whole: bytes, build+serialise µs, replica µs | summary: bytes, build+serialise µs, replica µs");
    for waiting in [100, 1_000, 9_999] {
        let e = day(waiting);
        let n = if waiting > 1_000 { 20 } else { 200 };
        let whole = welcome(e.snapshot());
        let summary = welcome(e.summary());
        let whole_us = time(n, || welcome(e.snapshot()));
        let summary_us = time(n, || welcome(e.summary()));
        let whole_snap = e.snapshot();
        let summary_snap = e.summary();
        let whole_replica = time(n, || Engine::from_snapshot(whole_snap.clone()));
        let summary_replica = time(n, || Engine::from_snapshot(summary_snap.clone()));
        println!(
            "{waiting:>7} | {:>9} B {:>9.0} µs {:>7.0} µs | {:>7} B {:>7.0} µs {:>5.0} µs",
            whole.len(),
            whole_us,
            whole_replica,
            summary.len(),
            summary_us,
            summary_replica
        );
    }
}
