//! Randomness a test can replay: xorshift64* seeded from `ONESTOP_KILL_SEED` or the clock, with
//! the seed printed, for kill moments and fault draws that differ per run yet reproduce.

/// xorshift64*.
pub struct Rng(u64);

impl Rng {
    /// Seeded from `ONESTOP_KILL_SEED`, else the clock; prints `what` and the seed.
    pub fn seeded(what: &str) -> Rng {
        let seed = std::env::var("ONESTOP_KILL_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .subsec_nanos() as u64
                    | 1
            });
        eprintln!("{what} from ONESTOP_KILL_SEED={seed}");
        Rng(seed)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}
