//! What opening hours cost the kiosk's once-a-second render and the hub's every `issue`:
//! `is_open`, and `next_opening` from a closed instant (over a lunch, a night, a bank holiday
//! weekend, and the worst case: a site that never opens, searched to the horizon), and loading
//! the `[hours]` table. Prints figures; run with `cargo bench -p onestop --bench hours`.

use onestop::config::Config;
use onestop::hours::{Hours, HoursText};
use std::hint::black_box;
use std::time::Instant;

const CONFIG: &str = "[hours]\nmonday = \"09:00-17:00\"\ntuesday = \"09:00-12:30, 13:30-17:00\"\n\
    wednesday = \"09:00-17:00\"\nthursday = \"09:00-19:00\"\nfriday = \"09:00-16:30\"\nsaturday = \"10:00-13:00\"\n\
    sunday = \"closed\"\n[hours.dates]\n\"2026-12-24\" = \"09:00-12:00\"\n\"2026-12-31\" = \"closed\"\n";

/// Median and 99th percentile of `f` over `n` calls, in microseconds.
fn time(n: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut us: Vec<f64> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    us.sort_by(f64::total_cmp);
    let at = |q: f64| us[((us.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

fn main() {
    let hours = Config::from_toml(CONFIG).unwrap().hours.schedule().unwrap();
    let never = Hours::parse(
        &HoursText {
            time_zone: "Europe/London".into(),
            week: std::array::from_fn(|_| Some("closed".to_owned())),
            ..Default::default()
        },
        "hours",
    )
    .unwrap();
    let cases: [(&str, &Hours, i64); 5] = [
        ("is_open (open, Tuesday 10:00)", &hours, 1_796_119_200),
        ("next_opening over lunch (Tuesday 12:45)", &hours, 1_796_129_100),
        ("next_opening over a night (Monday 18:00)", &hours, 1_796_666_400),
        (
            "next_opening over Christmas (Thursday 24th 13:00)",
            &hours,
            1_798_117_200,
        ),
        ("next_opening, never opens (400 days)", &never, 1_796_119_200),
    ];
    println!("| case | p50 | p99 |\n|---|---|---|");
    for (name, h, at) in cases {
        let n = if name.contains("never") { 200 } else { 20_000 };
        let (p50, p99) = if name.starts_with("is_open") {
            time(n, || {
                black_box(h.is_open(black_box(at)));
            })
        } else {
            time(n, || {
                black_box(h.next_opening(black_box(at)));
            })
        };
        println!("| {name} | {p50:.2} µs | {p99:.2} µs |");
    }
    let (p50, p99) = time(2_000, || {
        black_box(Config::from_toml(black_box(CONFIG)).unwrap().hours.schedule().unwrap());
    });
    println!("| the whole config loaded and [hours] checked | {p50:.1} µs | {p99:.1} µs |");
}
