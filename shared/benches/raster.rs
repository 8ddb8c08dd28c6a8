//! The receipt rasteriser's costs: building it (loading the bundled fonts), a typical receipt line
//! in Urdu and Gujarati (first time and warm), and the memory it holds. Also writes a sample in
//! each script we rasterise, at 576 dots (80 mm paper), as PNGs to look at: to `$RASTER_SAMPLES`,
//! else `/tmp/raster-samples`; `RASTER_ZOOM=4` also writes each 4× larger, one square per dot, to
//! see thin strokes as the printer will. Prints figures; run `cargo bench -p onestop --bench raster`.

use onestop::print::raster::{Align, Bitmap, Rasteriser, TextStyle};
use std::time::{Duration, Instant};

/// This process's resident memory in KiB (Linux; 0 where /proc is missing): (all, anonymous).
/// The difference is mostly file-backed pages, here the fonts compiled into the binary once read.
fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("RssAnon:"))
}

/// "+a MiB (b MiB of it heap)" between two readings.
fn grew(before: (u64, u64), after: (u64, u64)) -> String {
    let mib = |kib: u64| kib as f64 / 1024.0;
    format!(
        "+{:.1} MiB ({:.1} MiB of it anonymous, the rest font bytes read from the binary)",
        mib(after.0.saturating_sub(before.0)),
        mib(after.1.saturating_sub(before.1))
    )
}

/// `b` with each dot drawn as a `z`×`z` square.
fn zoom(b: &Bitmap, z: u32) -> Bitmap {
    let mut out = Bitmap::blank(b.width * z, b.height * z);
    let row = out.bytes_per_row();
    for y in 0..out.height {
        for x in 0..out.width {
            if b.get(x / z, y / z) {
                out.rows[y as usize * row + (x / 8) as usize] |= 0x80 >> (x % 8);
            }
        }
    }
    out
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let t = onestop::embedded::translations().unwrap();
    let text = |tag: &str, id: &str| t.text(tag, id, &[]);
    let before = rss_kib();
    let start = Instant::now();
    let mut raster = Rasteriser::new();
    let build = start.elapsed();
    let built = rss_kib();
    println!(
        "Rasteriser::new: {:.2} ms, resident memory {}",
        ms(build),
        grew(before, built)
    );

    let dir: std::path::PathBuf =
        std::env::var_os("RASTER_SAMPLES").map_or_else(|| "/tmp/raster-samples".into(), Into::into);
    std::fs::create_dir_all(&dir).unwrap();
    let body = TextStyle::default();
    let title = TextStyle {
        bold: true,
        align: Align::Centre,
        size_px: 32.0,
        ..body
    };
    for (tag, file) in [
        ("en-GB", "en"),
        ("ur", "ur"),
        ("ar", "ar"),
        ("gu", "gu"),
        ("pa", "pa"),
        ("bn", "bn"),
        ("hi", "hi"),
        ("zh-Hans", "zh"),
    ] {
        let start = Instant::now();
        let lines = [
            raster.line(&text(tag, "confirm-title"), title, 576),
            raster.line(&format!("{} K7QF-9M2A", text(tag, "confirm-reference")), body, 576),
            raster.line(&text(tag, "confirm-next-generic"), body, 576),
        ];
        let first = start.elapsed();
        let sample = Bitmap::stack(&lines);
        std::fs::write(dir.join(format!("{file}.png")), sample.to_png()).unwrap();
        if let Some(z) = std::env::var("RASTER_ZOOM").ok().and_then(|z| z.parse().ok()) {
            std::fs::write(dir.join(format!("{file}-x{z}.png")), zoom(&sample, z).to_png()).unwrap();
        }
        println!(
            "{tag:>7}: first sample (3 lines) {:.1} ms, {} dots tall",
            ms(first),
            sample.height
        );
    }
    let warm = rss_kib();
    println!(
        "after every script's first lines, resident memory {}",
        grew(before, warm)
    );

    for tag in ["ur", "gu", "en-GB"] {
        let line = format!("{} K7QF-9M2A", text(tag, "confirm-reference"));
        let runs: Vec<Duration> = (0..200)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(raster.line(&line, body, 576));
                start.elapsed()
            })
            .collect();
        let wrapped = text(tag, "confirm-write-down");
        let long: Vec<Duration> = (0..50)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(raster.line(&wrapped, body, 576));
                start.elapsed()
            })
            .collect();
        println!(
            "{tag:>7}: warm reference line {:.2} ms (median of 200); wrapped paragraph ({} chars) {:.2} ms",
            ms(median(runs)),
            wrapped.chars().count(),
            ms(median(long))
        );
    }
    println!("samples in {}", dir.display());
}
