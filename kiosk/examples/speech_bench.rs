//! Keypad speech figures, through the real shell and the real libespeak-ng: a key pressed on the
//! window (Down, as a keypad sends it) to the first sample of what it says reaching the sound
//! sink, p50 and p99; "Listen" on a question to the page's first sample; and resident memory with
//! speech off and then on. Speech goes to WAV files in a temp folder (the sink the tests use), so
//! no sound card is needed. Run with `cargo run --release -p kiosk --example speech_bench`.

use kiosk::app::Msg;
use kiosk::context::Context;
use slint::ComponentHandle;
use slint::platform::WindowEvent;
use std::rc::Rc;
use std::time::{Duration, Instant};

mod common;
use common::rss_kib;

fn pct(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() -> anyhow::Result<()> {
    kiosk::fonts::install()?;
    let data = tempfile::tempdir()?;
    let cfg = data.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[access]\nspeech_sink = \"files\"\nspeech_dir = \"{}\"\n",
            data.path().join("speech").display()
        ),
    )?;
    let ctx = Rc::new(Context::load(Some(&cfg), Some(data.path()))?);
    let _sw = kiosk::cli::snapshot::headless(1080, 1920)?;
    let (window, c) = kiosk::init(ctx.clone(), ctx.open_store()?)?;
    window.show()?;
    slint::platform::update_timers_and_animations();
    c.choose_language("en-GB");
    c.dispatch(Msg::OpenService("missed-bin".into()));
    let off = rss_kib();

    let press = |text: &str| {
        let t: slint::SharedString = text.into();
        window
            .window()
            .dispatch_event(WindowEvent::KeyPressed { text: t.clone() });
        window.window().dispatch_event(WindowEvent::KeyReleased { text: t });
    };
    // The speaker starts at the first thing said; started here to time it and listen to it.
    let started = Instant::now();
    let spoken = {
        let w = c.workers.borrow();
        let speaker = w.voice.speaker().expect("speech is configured");
        if let onestop::speech::Status::Off(why) = speaker.status() {
            anyhow::bail!("speech is off here: {why}");
        }
        speaker.subscribe()
    };
    println!(
        "speaker start (libespeak-ng loaded and initialised): {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let next = |what: &str| -> anyhow::Result<onestop::speech::Spoken> {
        spoken
            .recv_timeout(Duration::from_secs(20))
            .map_err(|_| anyhow::anyhow!("nothing said for {what}"))
    };
    // The first key wakes the keypad: the question and its first choice are said.
    press("\u{F701}");
    next("the first key")?;

    // Down through the choices and round, 200 times: each key's words to their first sample.
    let mut lags = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        press("\u{F701}");
        let s = next("a key")?;
        if let Some(at) = s.first_sample {
            lags.push(at.duration_since(t).as_secs_f64() * 1000.0);
        }
    }
    lags.sort_by(f64::total_cmp);
    println!(
        "key press to first audio sample ({} keys): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        lags.len(),
        pct(&lags, 0.5),
        pct(&lags, 0.99),
        lags[lags.len() - 1]
    );

    // Listen on the question: the whole page, to its first sample.
    let mut pages = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        c.dispatch(Msg::Listen);
        let s = next("Listen")?;
        if let Some(at) = s.first_sample {
            pages.push(at.duration_since(t).as_secs_f64() * 1000.0);
        }
    }
    pages.sort_by(f64::total_cmp);
    println!(
        "Listen (the whole question page) to first audio sample: p50 {:.1} ms, p99 {:.1} ms",
        pct(&pages, 0.5),
        pct(&pages, 0.99)
    );
    let on = rss_kib();
    println!(
        "resident memory: speech off {:.1} MiB, on after {} utterances {:.1} MiB (+{:.1} MiB)",
        off as f64 / 1024.0,
        lags.len() + pages.len() + 1,
        on as f64 / 1024.0,
        (on - off) as f64 / 1024.0
    );
    Ok(())
}
