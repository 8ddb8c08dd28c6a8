//! Keypad speech with the real libespeak-ng: the time from `say` to the first samples reaching
//! the sink (p50/p99) for short focus-change phrases in English and Urdu, one after another and
//! each cut off by the next as when a visitor scrolls; the first samples of a long page; how much
//! silence espeak-ng puts before the first sound; and the process's memory before the engine
//! starts and after the utterances. Into WAV files, and through aplay to ALSA's `null` device
//! when aplay is installed. Run with `cargo bench -p onestop --features speech --bench speech`.

use onestop::speech::{Pcm, Settings, Sink, Speaker, Spoken, Status};
use std::sync::mpsc::Receiver;
use std::time::Duration;

const SHORT: &str = "Postcode, edit text, LE1 1AA";
const URDU: &str = "پوسٹ کوڈ، متن لکھیں، ایل ای ون ون اے اے";
const PAGE: &str = "Report a missed bin. Tell us which bin was not collected and the address it was \
    left at. We will send a crew within two working days if the bin was out by seven in the \
    morning on your collection day. You will need the first line of the address and the \
    postcode. If you have an assisted collection, say so on the next page, and we will make \
    sure the crew knows. Press the green key to go on, or the red key to go back to the start.";
const N: usize = 50;

/// The process's resident memory in KiB, from /proc/self/status.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn spoken(rx: &Receiver<Spoken>, id: u64) -> Spoken {
    loop {
        let s = rx.recv_timeout(Duration::from_secs(60)).expect("a Spoken");
        if s.id == id {
            return s;
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// p50 and p99 (nearest rank) of the times, in ms.
fn percentiles(mut t: Vec<Duration>) -> String {
    if t.is_empty() {
        return "none".into();
    }
    t.sort();
    let at = |p: f64| t[((p * t.len() as f64).ceil() as usize).clamp(1, t.len()) - 1];
    format!(
        "p50 {:6.2} ms, p99 {:6.2} ms, max {:6.2} ms (n={})",
        ms(at(0.50)),
        ms(at(0.99)),
        ms(t[t.len() - 1]),
        t.len()
    )
}

fn first_sample(s: &Spoken) -> Option<Duration> {
    s.first_sample.map(|f| f - s.asked)
}

/// Say `text` `n` times, each after the last has finished.
fn one_by_one(speaker: &Speaker, rx: &Receiver<Spoken>, voice: &str, text: &str, n: usize) -> Vec<Spoken> {
    (0..n).map(|_| spoken(rx, speaker.say(voice, text))).collect()
}

/// Milliseconds of silence before the first sound in a WAV.
fn lead_in_ms(s: &Spoken) -> Option<f64> {
    let pcm = Pcm::from_wav(&std::fs::read(s.file.as_ref()?).ok()?).ok()?;
    let i = pcm.samples.iter().position(|x| x.unsigned_abs() > 300)?;
    Some(i as f64 * 1e3 / f64::from(pcm.rate))
}

fn run(name: &str, sink: Sink) {
    let speaker = Speaker::start(Settings {
        sink,
        volume: 100,
        rate_wpm: 160,
    });
    if let Status::Off(why) = speaker.status() {
        println!("{name}: skipped, speech is off: {why}");
        return;
    }
    let rx = speaker.subscribe();
    let warm = spoken(&rx, speaker.say("en-gb", SHORT));
    println!(
        "{name}: first utterance after start: {:.2} ms to first sample",
        first_sample(&warm).map_or(f64::NAN, ms)
    );
    let en = one_by_one(&speaker, &rx, "en-gb", SHORT, N);
    println!(
        "{name}: en-gb short, one by one:   {}",
        percentiles(en.iter().filter_map(first_sample).collect())
    );
    println!("  rss after {} utterances: {} KiB", N + 1, rss_kib());
    let ur = one_by_one(&speaker, &rx, "ur", URDU, N);
    println!(
        "{name}: ur short, one by one:      {}",
        percentiles(ur.iter().filter_map(first_sample).collect())
    );

    // Scrolling: a new phrase every 80 ms, voices alternating, each cutting off the last.
    let mut ids = Vec::new();
    for i in 0..N {
        let (voice, text) = if i % 2 == 0 { ("en-gb", SHORT) } else { ("ur", URDU) };
        ids.push(speaker.say(voice, text));
        std::thread::sleep(Duration::from_millis(80));
    }
    let scrolled: Vec<Spoken> = ids.iter().map(|id| spoken(&rx, *id)).collect();
    let cut = scrolled.iter().filter(|s| s.interrupted).count();
    println!(
        "{name}: scrolling, voices alternating, cut every 80 ms: {} ({cut} cut while being made)",
        percentiles(scrolled.iter().filter_map(first_sample).collect())
    );

    let mut pages = Vec::new();
    let mut whole = Vec::new();
    for _ in 0..10 {
        let s = spoken(&rx, speaker.say("en-gb", PAGE));
        whole.push(s.asked.elapsed());
        pages.push(s);
    }
    let words = PAGE.split_whitespace().count();
    println!(
        "{name}: long page ({words} words, {:.1} s of speech), first sample: {}",
        pages[0].samples as f64 / 22_050.0,
        percentiles(pages.iter().filter_map(first_sample).collect())
    );
    println!(
        "{name}: long page, all of it made and handed over: {}",
        percentiles(whole)
    );
    if let (Some(a), Some(b)) = (en.last().and_then(lead_in_ms), ur.last().and_then(lead_in_ms)) {
        println!("{name}: silence before the first sound: en-gb {a:.0} ms, ur {b:.0} ms");
    }
    println!("  rss after all {} utterances: {} KiB", 3 * N + 11, rss_kib());
}

fn main() {
    println!("rss before the engine starts: {} KiB", rss_kib());
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    run(
        "files",
        Sink::Files {
            dir: dir.path().to_owned(),
        },
    );
    run("aplay -D null", Sink::Alsa { device: "null".into() });
    println!("rss after both engines ended: {} KiB", rss_kib());
}
