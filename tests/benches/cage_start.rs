//! Kiosk start under `cage` to its first frame, the way a council's kiosk boots into its session
//! (headless wlroots, pixman, Wayland only): per run, from starting cage to the kiosk's `READY=1`
//! (its first frame painted) and to the first `grim` screenshot with the kiosk's pixels in it.
//! Prints the median and the worst of `ONESTOP_BENCH_RUNS` runs (default 7). Needs the `cage`
//! feature and a built kiosk: `cargo bench -p onestop-e2e --features cage --bench cage_start`.

use onestop_e2e::cage_session::start;
use std::time::Duration;

fn main() {
    let runs: usize = std::env::var("ONESTOP_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(7);
    let (mut ready, mut seen) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let mut session = start("", &["-d"]);
        let Some(r) = session.notify.wait_for("READY=1", Duration::from_secs(120)) else {
            panic!("run {run}: no READY=1: {}", session.stop_and_read_stderr());
        };
        let Some((s, _)) = session.wait_for_kiosk_pixels(Duration::from_secs(60), false) else {
            panic!("run {run}: no kiosk pixels: {}", session.stop_and_read_stderr());
        };
        ready.push(r - session.started);
        seen.push(s - session.started);
        drop(session);
    }
    report("cage start to READY=1 (first frame painted)", &mut ready);
    report("cage start to kiosk pixels in a grim screenshot", &mut seen);
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    println!(
        "{what}: median {:.0} ms, worst {:.0} ms ({} runs)",
        median.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        times.len()
    );
}
