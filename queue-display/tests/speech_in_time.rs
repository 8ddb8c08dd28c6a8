//! Spoken calls are heard in time (issue 10; feature `speech`, real espeak-ng, no sound card
//! needed): twelve calls in four seconds, spoken in English, Urdu and Polish. Each is shown at
//! once; what is spoken starts within 5 s of the newest call; nothing is spoken more than 30 s
//! after its call; a recall is not said on top of the call it repeats; and the parts play one
//! after another, each taking as long as a sound card would.

#![cfg(feature = "speech")]

mod support;

use queue_display::board::audio::Pcm;
use std::time::Duration;
use support::burst::{self, CALLS};

#[test]
fn twelve_calls_in_four_seconds_are_shown_at_once_and_heard_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let b = burst::run(&["en-GB", "ur", "pl"], dir.path());
    for h in &b.heard {
        let c = &b.calls[h.call];
        eprintln!(
            "{:>2} {}{} {:<6} after {:>6} ms, {:>5} ms long",
            h.call + 1,
            c.label,
            if c.recall { " (recall)" } else { "" },
            h.played.tag.as_deref().unwrap_or("-"),
            h.after.as_millis(),
            h.played.millis
        );
    }

    assert_eq!(b.calls.len(), CALLS);
    for c in &b.calls {
        assert!(
            c.shown <= Duration::from_secs(1),
            "{} shown after {:?}",
            c.label,
            c.shown
        );
        assert!(c.at.is_some(), "{} reached the announcer", c.label);
    }

    let newest = CALLS - 1;
    let first_of_newest = b
        .heard
        .iter()
        .find(|h| h.call == newest)
        .expect("the newest call is spoken");
    assert!(
        first_of_newest.after <= Duration::from_secs(5),
        "the newest call started {:?} after it was made",
        first_of_newest.after
    );
    let tags: Vec<_> = b
        .heard
        .iter()
        .filter(|h| h.call == newest)
        .map(|h| h.played.tag.as_deref().unwrap())
        .collect();
    assert_eq!(
        tags,
        ["en-GB", "ur", "pl"],
        "the newest call in every language, in order"
    );

    for h in &b.heard {
        assert!(
            h.after <= Duration::from_secs(30),
            "call {} spoken {:?} after it was made",
            h.call + 1,
            h.after
        );
    }

    // The recall replaced its call while that waited: the ticket is said once per language.
    let label = &b.calls[newest].label;
    for tag in ["en-GB", "ur", "pl"] {
        let n = b
            .heard
            .iter()
            .filter(|h| &h.played.ticket == label && h.played.tag.as_deref() == Some(tag))
            .count();
        assert_eq!(n, 1, "{label} in {tag}");
    }

    // One after another, each for as long as it lasts, and each a real (not silent) sound.
    for w in b.heard.windows(2) {
        let gap = w[1].played.started.duration_since(w[0].played.started);
        assert!(
            gap >= Duration::from_millis(w[0].played.millis),
            "overlap: {gap:?} < {} ms",
            w[0].played.millis
        );
    }
    assert_eq!(b.wavs.len(), b.heard.len());
    for (wav, h) in b.wavs.iter().zip(&b.heard) {
        let pcm = Pcm::from_wav(&std::fs::read(wav).unwrap()).unwrap();
        assert_eq!(pcm.millis(), h.played.millis);
        assert!(pcm.peak() > 2_000, "{} is silent", wav.display());
    }
    // Calls are dropped, not queued: far fewer parts than 12 calls × 3 languages.
    assert!(b.heard.len() <= 15, "{} parts", b.heard.len());
}
