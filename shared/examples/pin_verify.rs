//! How long checking a staff PIN takes on this machine, for the kiosk's argon2id parameters and
//! a few alternatives: `cargo run --release -p onestop --example pin_verify`. The kiosk checks
//! the PIN on a worker thread, so this is how long staff wait, not how long the UI freezes.

use argon2::Params;
use onestop::staff::pin::{self, PinHash};
use std::time::Instant;

fn main() {
    let rounds = 10;
    let kiosk = (pin::M_COST_KIB, pin::T_COST, pin::P_COST);
    println!("argon2id PIN verify, median of {rounds} (the kiosk's parameters marked *)");
    for (m, t, p) in [(8 * 1024, 2, 1), kiosk, (46 * 1024, 1, 1), (64 * 1024, 3, 1)] {
        let params = Params::new(m, t, p, None).expect("valid parameters");
        let hash = PinHash::parse(&pin::hash_pin_with("246810", params).expect("a valid PIN")).expect("parses");
        let mut times: Vec<f64> = (0..rounds)
            .map(|i| {
                let start = Instant::now();
                let ok = hash.verify(if i % 2 == 0 { "246810" } else { "135790" });
                assert_eq!(ok, i % 2 == 0);
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let mark = if (m, t, p) == kiosk { "*" } else { " " };
        println!(
            "{mark} m={:>6} KiB t={t} p={p}: median {:>6.1} ms, worst {:>6.1} ms",
            m,
            times[rounds / 2],
            times[rounds - 1]
        );
    }
}
