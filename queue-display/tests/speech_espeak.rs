//! Real speech (feature `speech`, needs the espeak-ng program: .ci/run installs it): every
//! locale's announcement becomes a non-silent WAV of plausible length, and "A 42" is spoken as
//! forty-two, checked on espeak-ng's own phonemes.

#![cfg(feature = "speech")]

use queue_display::board::announcer::{compose, synthesize, which};
use queue_display::board::speech::{plan, spoken_label};
use std::path::PathBuf;
use std::process::Command;

fn espeak() -> PathBuf {
    which("espeak-ng").expect("the speech feature needs espeak-ng: apt-get install espeak-ng")
}

/// espeak-ng's phonemes for `text`, without stress marks and spaces, which differ between a
/// number written in digits and in words.
fn phonemes(voice: &str, text: &str) -> String {
    let out = Command::new(espeak())
        .args(["-q", "-x", "-v", voice, text])
        .output()
        .expect("espeak-ng runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\'' | ',' | '_' | '-') && !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

#[test]
fn a_42_is_spoken_as_forty_two_not_zero_four_two() {
    let said = phonemes("en-gb", &spoken_label("A042").unwrap());
    assert_eq!(said, phonemes("en-gb", "A forty two"));
    assert_ne!(said, phonemes("en-gb", "A zero four two"));
    assert_ne!(phonemes("en-gb", "A042"), said, "the raw label would not be");
    let tr = onestop::embedded::translations().unwrap();
    let u = &plan(&tr, &["en-GB".into()], "A042", 3, false)[0];
    let whole = phonemes(u.voice, &u.text);
    assert!(whole.contains(&phonemes("en-gb", "forty two")), "{whole}");
    assert!(!whole.contains(&phonemes("en-gb", "zero")), "{whole}");
}

#[test]
fn every_configured_locale_is_synthesised_to_a_non_silent_wav_of_plausible_length() {
    let tr = onestop::embedded::translations().unwrap();
    let all: Vec<String> = tr.all().map(|l| l.tag.clone()).collect();
    for recall in [false, true] {
        for u in plan(&tr, &all, "A042", 3, recall) {
            let pcm = synthesize(&espeak(), u.voice, &u.text).unwrap_or_else(|e| panic!("{}: {e}", u.tag));
            let ms = pcm.millis();
            assert!((1_000..=15_000).contains(&ms), "{} {}: {ms} ms", u.tag, u.voice);
            assert!(pcm.peak() > 2_000, "{}: silent (peak {})", u.tag, pcm.peak());
        }
    }
}

#[test]
fn a_call_in_three_languages_is_one_file_chime_first_each_language_after_the_other() {
    let tr = onestop::embedded::translations().unwrap();
    let utterances = plan(&tr, &["en-GB".into(), "ur".into(), "pl".into()], "B007", 12, false);
    let (pcm, problems) = compose(Some(&espeak()), &utterances);
    assert!(problems.is_empty(), "{problems:?}");
    let parts: u64 = utterances
        .iter()
        .map(|u| synthesize(&espeak(), u.voice, &u.text).unwrap().millis())
        .sum();
    assert!(
        pcm.millis() > parts + 900,
        "chime + {parts} ms of speech: {} ms",
        pcm.millis()
    );
    let wav = pcm.to_wav();
    assert_eq!(&wav[..4], b"RIFF");
}
