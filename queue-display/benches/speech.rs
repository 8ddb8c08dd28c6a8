//! `cargo bench -p queue-display --bench speech --features speech`: how long one call takes to
//! say in English, Urdu and Polish with the phrase before issue 10 and now (the sound's length,
//! and espeak-ng's time to make it), and the spoken lag in the burst of twelve calls in
//! four seconds (real espeak-ng, a stand-in sound card that takes as long as the sound). Prints
//! Markdown for docs/PERFORMANCE.md. What it times is espeak-ng and the sound itself, so the
//! build profile hardly matters (`--profile dev` saves building Slint for release); the chime is
//! computed in Rust, and is slower unoptimised.

#[path = "../tests/support/burst.rs"]
mod burst;

use queue_display::board::announcer::{compose, synthesize, which};
use queue_display::board::audio::{Pcm, chime};
use queue_display::board::speech::{Utterance, plan};
use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 15;

/// The phrases before issue 10 (commit 4ad5e6e), said as plain text as they were then.
const BEFORE: [(&str, &str); 3] = [
    ("en-gb", "Ticket A 42, please go to counter 3."),
    ("ur", "ٹکٹ A 42، براہ کرم کاؤنٹر 3 پر جائیں۔"),
    ("pl", "Bilet A 42, proszę podejść do stanowiska 3."),
];

/// espeak-ng as it was run before issue 10: plain text, no SSML.
fn synthesize_plain(espeak: &Path, voice: &str, text: &str) -> Pcm {
    let mut child = Command::new(espeak)
        .args(["-b", "1", "-v", voice, "--stdout", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    Pcm::from_wav(&child.wait_with_output().unwrap().stdout).unwrap()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn secs(millis: u64) -> String {
    format!("{:.1} s", millis as f64 / 1000.0)
}

fn main() {
    let espeak = which("espeak-ng").expect("espeak-ng is installed");
    let tr = onestop::embedded::translations().unwrap();
    let chime_ms = chime(22_050).millis();

    // Before: one file, the chime, 250 ms, then each language followed by 600 ms.
    let mut before_ms = chime_ms + 250;
    let mut before_times = Vec::new();
    for run in 0..RUNS {
        let t = Instant::now();
        for (voice, text) in BEFORE {
            let pcm = synthesize_plain(&espeak, voice, text);
            if run == 0 {
                before_ms += pcm.millis() + 600;
            }
        }
        before_times.push(t.elapsed());
    }

    // Now: the chime and the first language, then each other language, a part at a time.
    let now: Vec<Utterance> = plan(&tr, &["en-GB".into(), "ur".into(), "pl".into()], "A042", 3, false);
    let parts_ms: Vec<u64> = now
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let (pcm, problems) = compose(Some(&espeak), i == 0, std::slice::from_ref(u));
            assert!(problems.is_empty(), "{problems:?}");
            pcm.millis()
        })
        .collect();
    let mut now_times = Vec::new();
    let mut first_times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        for u in &now {
            synthesize(&espeak, u.voice, &u.ssml).unwrap();
        }
        now_times.push(t.elapsed());
        let t = Instant::now();
        compose(Some(&espeak), true, &now[..1]);
        first_times.push(t.elapsed());
    }
    let now_ms: u64 = parts_ms.iter().sum();
    let single = synthesize(&espeak, now[0].voice, &now[0].ssml).unwrap().millis();

    println!("### One call, en-GB + ur + pl (`A042` to counter 3), median of {RUNS}\n");
    println!("| | sound | espeak-ng time (all three) | until the first file is ready |");
    println!("|---|---|---|---|");
    println!(
        "| before (one file, long phrase) | {} | {} | {} |",
        secs(before_ms),
        ms(median(before_times.clone())),
        ms(median(before_times))
    );
    println!(
        "| now (chime + en, ur, pl parts: {}) | {} | {} | {} |",
        parts_ms.iter().map(|m| secs(*m)).collect::<Vec<_>>().join(", "),
        secs(now_ms),
        ms(median(now_times)),
        ms(median(first_times))
    );
    println!("\n(English alone, \"{}\": {}.)\n", now[0].ssml, secs(single));

    // The burst.
    let dir = tempfile::tempdir().unwrap();
    let b = burst::run(&["en-GB", "ur", "pl"], dir.path());
    assert_eq!(b.wavs.len(), b.heard.len(), "the player got every part");
    let spoken: BTreeSet<usize> = b.heard.iter().map(|h| h.call).collect();
    let newest = b.calls.len() - 1;
    let newest_lag = b.heard.iter().find(|h| h.call == newest).map(|h| h.after);
    let max_lag = b.heard.iter().map(|h| h.after).max().unwrap_or_default();
    let last_end = b
        .heard
        .last()
        .map(|h| h.played.started + Duration::from_millis(h.played.millis) - b.calls[0].made)
        .unwrap_or_default();
    let shown = b.calls.iter().map(|c| c.shown).max().unwrap_or_default();
    println!("### Twelve calls in four seconds, en-GB + ur + pl\n");
    println!("| | |\n|---|---|");
    println!(
        "| calls shown as \"now calling\" | 12 of 12, at most {} after each call |",
        ms(shown)
    );
    println!(
        "| calls spoken (in at least one language) | {} of 12; parts played: {} |",
        spoken.len(),
        b.heard.len()
    );
    println!(
        "| the newest call (a recall) starts | {} after it was made |",
        newest_lag.map(ms).unwrap_or_else(|| "never".into())
    );
    println!("| latest start of any part after its call | {} |", ms(max_lag));
    println!("| quiet again | {} after the first call |", ms(last_end));
    println!("\n| call | ticket | part | starts after its call | length |\n|---|---|---|---|---|");
    for h in &b.heard {
        let c = &b.calls[h.call];
        println!(
            "| {} | {}{} | {}{} | {} | {} |",
            h.call + 1,
            c.label,
            if c.recall { " (recall)" } else { "" },
            h.played.tag.as_deref().unwrap_or("-"),
            if h.played.chime { " + chime" } else { "" },
            ms(h.after),
            secs(h.played.millis)
        );
    }
}
