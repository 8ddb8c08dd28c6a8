//! UI figures with the software renderer and no display: cold start to first frame, frame render
//! time at 1920×1080 while stepping through a form, and resident memory over 1,000 scripted form
//! completions. Run with `cargo run --release -p kiosk --example ui_bench`.

use kiosk::context::Context;
use onestop::forms::Answers;
use onestop::store::Store;
use slint::ComponentHandle;
use std::rc::Rc;
use std::time::Instant;

mod common;
use common::rss_kib;

fn main() -> anyhow::Result<()> {
    let start = Instant::now();
    kiosk::fonts::install()?;
    let data = tempfile::tempdir()?;
    let ctx = Rc::new(Context::load(None, Some(data.path()))?);
    let sw = kiosk::cli::snapshot::headless(1920, 1080)?;
    let (window, c) = kiosk::init(ctx.clone(), ctx.open_store()?)?;
    window.set_landscape(true);
    window.show()?;
    slint::platform::update_timers_and_animations();
    let mut buffer = vec![slint::platform::software_renderer::Rgb565Pixel::default(); 1920 * 1080];
    sw.draw_if_needed(|r| {
        r.render(&mut buffer, 1920);
    });
    println!(
        "cold start to first frame (fonts, forms, translations, SQLite, window, render): {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );

    // Frame times: each step of a form walk, rendered whole (NewBuffer repaints every pixel).
    let mut frames = Vec::new();
    let mut render = || {
        let t = Instant::now();
        slint::platform::update_timers_and_animations();
        sw.request_redraw();
        sw.draw_if_needed(|r| {
            r.render(&mut buffer, 1920);
        });
        frames.push(t.elapsed().as_secs_f64() * 1000.0);
    };
    for _ in 0..20 {
        c.choose_language("en-GB");
        render();
        c.dispatch(kiosk::app::Msg::OpenService("missed-bin".into()));
        render();
        c.goto("missed-bin", kiosk::cli::snapshot::sample_missed_bin(), Some("address"));
        render();
        c.goto("missed-bin", kiosk::cli::snapshot::sample_missed_bin(), None);
        render();
        c.dispatch(kiosk::app::Msg::Send);
        render();
        c.finish();
        render();
    }
    frames.sort_by(f64::total_cmp);
    let pct = |p: f64| frames[((frames.len() as f64 - 1.0) * p) as usize];
    println!(
        "frame render at 1920x1080, {} frames: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        frames.len(),
        pct(0.5),
        pct(0.99),
        pct(1.0)
    );

    // One message's cost in the shell: update, its effects, and every page's view rendered whole
    // into the window (the shell renders all pages on each message), for a keystroke typed into
    // the address question's street box, 1,000 times.
    c.finish();
    c.choose_language("en-GB");
    c.goto("missed-bin", Answers::new(), Some("address"));
    c.dispatch(kiosk::app::Msg::FocusPart(2));
    let mut typed = String::new();
    let mut each = Vec::new();
    for i in 0..1000 {
        typed.push(if i % 10 == 9 { ' ' } else { 'a' });
        let t = Instant::now();
        c.dispatch(kiosk::app::Msg::Edited(2, typed.clone()));
        each.push(t.elapsed().as_secs_f64() * 1000.0);
        if typed.len() > 60 {
            typed.clear();
        }
    }
    each.sort_by(f64::total_cmp);
    let at = |p: f64| each[((each.len() as f64 - 1.0) * p) as usize];
    println!(
        "one keystroke through the shell (update + every page's view rendered), 1,000: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );

    // Memory: 1,000 scripted completions through the shell, on a real SQLite file.
    let (window2, c2) = kiosk::init(
        ctx.clone(),
        Store::open(&data.path().join("mem.db"), onestop::store::Key::random())?,
    )?;
    let _ = window2.as_weak();
    let before = rss_kib();
    let mut at = Vec::new();
    for i in 1..=1000 {
        c2.choose_language(if i % 2 == 0 { "ur" } else { "en-GB" });
        c2.goto("missed-bin", kiosk::cli::snapshot::sample_missed_bin(), None);
        c2.dispatch(kiosk::app::Msg::Send);
        c2.finish();
        if i % 250 == 0 {
            at.push((i, rss_kib()));
        }
    }
    println!("resident memory before completions: {:.1} MiB", before as f64 / 1024.0);
    for (i, kib) in at {
        println!("resident memory after {i} completions: {:.1} MiB", kib as f64 / 1024.0);
    }
    Ok(())
}
