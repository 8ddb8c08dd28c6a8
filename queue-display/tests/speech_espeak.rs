//! Real speech (feature `speech`, needs the espeak-ng program: .ci/run installs it): every
//! locale's announcement becomes a short, non-silent WAV; "A 42" is spoken as forty-two; and the
//! ticket's letter is said as a letter in every locale's voice, never as a word (the English
//! article "a", the Polish prepositions "w" and "z", the Romanian "e"), all checked on
//! espeak-ng's own phonemes.

#![cfg(feature = "speech")]

use queue_display::board::announcer::{compose, synthesize, which};
use queue_display::board::speech::{plan, voice_for};
use std::path::PathBuf;
use std::process::Command;

fn espeak() -> PathBuf {
    which("espeak-ng").expect("the speech feature needs espeak-ng: apt-get install espeak-ng")
}

fn tr() -> onestop::i18n::Translations {
    onestop::embedded::translations().unwrap()
}

/// espeak-ng's phonemes for `text` (SSML when `ssml`), as it writes them.
fn raw(voice: &str, text: &str, ssml: bool) -> String {
    let mut cmd = Command::new(espeak());
    cmd.args(["-q", "-x", "-v", voice]);
    if ssml {
        cmd.arg("-m");
    }
    let out = cmd.arg(text).output().expect("espeak-ng runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// [`raw`], one word to an item, without its pause
/// marks (`_`, `_:`, `_!`, `_|`) and language switches (`(en)`), which vary with what is around
/// the word.
fn words(voice: &str, text: &str, ssml: bool) -> Vec<String> {
    raw(voice, text, ssml)
        .split_whitespace()
        .map(|w| {
            let mut w = w.replace("_:", "").replace("_!", "").replace("_|", "").replace('_', "");
            while let (Some(a), Some(b)) = (w.find('('), w.find(')')) {
                if b < a {
                    break;
                }
                w.replace_range(a..=b, "");
            }
            w
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The phonemes with the stress and syllable marks taken out too, all run together: a number in
/// digits and in words then compare equal.
fn flat(voice: &str, text: &str, ssml: bool) -> String {
    words(voice, text, ssml)
        .concat()
        .chars()
        .filter(|c| !matches!(c, '\'' | ',' | '-'))
        .collect::<String>()
        .to_lowercase()
}

/// A locale's voice and, for ticket letters: the phonemes of the letter's name in that voice, and
/// what the letter alone is read as in plain text where that is a word instead.
struct Letters {
    tag: &'static str,
    names: &'static [(char, &'static str)],
    misread: &'static [(char, &'static str)],
}

/// English letter names: what the voices of the Indian and Arabic scripts say for Latin letters
/// too (espeak-ng switches to English for them), and Somali's fallback.
const ENGLISH: &[(char, &str)] = &[('A', "'eI"), ('B', "b'i:"), ('H', "'eItS"), ('C', "s'i:")];

const LETTERS: &[Letters] = &[
    Letters {
        tag: "en-GB",
        names: ENGLISH,
        // The article "a".
        misread: &[('A', "a#")],
    },
    Letters {
        tag: "pl",
        // a, be, ha, wu, zet.
        names: &[('A', "'a"), ('B', "b'E"), ('H', "x'a"), ('W', "v'u"), ('Z', "z'Et")],
        // The conjunction "a", and the prepositions "w" (in) and "z" (with), said as one sound.
        misread: &[('A', "a"), ('W', "w"), ('Z', "s")],
    },
    Letters {
        tag: "ro",
        // a, be, haș, e.
        names: &[('A', "'a"), ('B', "b'e"), ('H', "h'aS"), ('E', "'e")],
        // The verb "e" (is), said "ye", and the particle "a".
        misread: &[('E', "je"), ('A', "a")],
    },
    Letters {
        tag: "zh-Hans",
        names: &[('A', "'ei51"), ('B', "p'i51"), ('H', "'ei35ts.h")],
        misread: &[],
    },
    Letters {
        tag: "ur",
        names: ENGLISH,
        misread: &[],
    },
    Letters {
        tag: "ar",
        names: ENGLISH,
        misread: &[],
    },
    Letters {
        tag: "pa",
        names: ENGLISH,
        misread: &[],
    },
    Letters {
        tag: "gu",
        names: ENGLISH,
        misread: &[],
    },
    Letters {
        tag: "bn",
        names: ENGLISH,
        misread: &[],
    },
    Letters {
        tag: "hi",
        names: ENGLISH,
        misread: &[],
    },
    Letters {
        tag: "so",
        names: ENGLISH,
        misread: &[],
    },
];

#[test]
fn every_locale_is_checked_for_its_letters() {
    let tags: Vec<&str> = LETTERS.iter().map(|l| l.tag).collect();
    for locale in tr().all() {
        assert!(
            tags.contains(&locale.tag.as_str()),
            "{} has no letter check",
            locale.tag
        );
    }
}

#[test]
fn the_ticket_letter_is_said_as_a_letter_in_every_voice_never_as_a_word() {
    let tr = tr();
    for l in LETTERS {
        for (letter, name) in l.names {
            let label = format!("{letter}042");
            let u = &plan(&tr, &[l.tag.to_owned()], &label, 3, false)[0];
            assert_eq!(
                Some(u.voice),
                voice_for(l.tag).or(Some("en-gb")),
                "{} speaks in its own voice, Somali in English",
                l.tag
            );
            let said = words(u.voice, &u.ssml, true);
            assert!(
                said.iter().any(|w| w == name),
                "{} {letter}: want the name {name} in {said:?} ({})",
                l.tag,
                u.ssml
            );
        }
        for (letter, word) in l.misread {
            let label = format!("{letter}042");
            let u = &plan(&tr, &[l.tag.to_owned()], &label, 3, false)[0];
            // Plain text makes the mistake, so the check is worth something...
            let plain = words(u.voice, &format!("{letter} 42"), false);
            assert_eq!(
                plain.first(),
                Some(&word.to_string()),
                "{} {letter} in plain text",
                l.tag
            );
            // ...and what the board says does not.
            let said = words(u.voice, &u.ssml, true);
            assert!(
                !said.iter().any(|w| w == word),
                "{} {letter}: the word {word} in {said:?}",
                l.tag
            );
        }
    }
}

#[test]
fn each_language_is_read_in_its_own_voice_only_the_ticket_letter_may_be_english() {
    let tr = tr();
    for locale in tr.all() {
        for recall in [false, true] {
            let u = &plan(&tr, std::slice::from_ref(&locale.tag), "A042", 3, recall)[0];
            if u.voice == "en-gb" {
                continue;
            }
            // espeak-ng marks a switch to English "(en)": Chinese in the plain `cmn` voice had
            // one for nearly every character.
            let said = raw(u.voice, &u.ssml, true);
            assert!(said.matches("(en)").count() <= 1, "{} {}: {said}", locale.tag, u.voice);
        }
    }
}

#[test]
fn a_42_is_spoken_as_forty_two_not_zero_four_two() {
    let u = &plan(&tr(), &["en-GB".into()], "A042", 3, false)[0];
    let whole = flat(u.voice, &u.ssml, true);
    assert!(whole.contains(&flat("en-gb", "42", false)), "{whole}");
    assert!(!whole.contains(&flat("en-gb", "zero", false)), "{whole}");
    assert!(
        flat("en-gb", "A042", false).contains(&flat("en-gb", "zero", false)),
        "the raw label would say zero"
    );
}

#[test]
fn every_configured_locale_is_synthesised_to_a_short_non_silent_wav() {
    let tr = tr();
    let all: Vec<String> = tr.all().map(|l| l.tag.clone()).collect();
    for recall in [false, true] {
        for u in plan(&tr, &all, "A042", 3, recall) {
            let pcm = synthesize(&espeak(), u.voice, &u.ssml).unwrap_or_else(|e| panic!("{}: {e}", u.tag));
            let ms = pcm.millis();
            assert!((700..=4_500).contains(&ms), "{} {}: {ms} ms", u.tag, u.voice);
            assert!(pcm.peak() > 2_000, "{}: silent (peak {})", u.tag, pcm.peak());
        }
    }
}

#[test]
fn a_call_in_three_languages_is_the_chime_once_then_each_language_in_well_under_ten_seconds() {
    let tr = tr();
    let utterances = plan(&tr, &["en-GB".into(), "ur".into(), "pl".into()], "B007", 12, false);
    let (pcm, problems) = compose(Some(&espeak()), true, &utterances);
    assert!(problems.is_empty(), "{problems:?}");
    let parts: u64 = utterances
        .iter()
        .map(|u| synthesize(&espeak(), u.voice, &u.ssml).unwrap().millis())
        .sum();
    assert!(
        pcm.millis() > parts + 900,
        "chime + {parts} ms of speech: {} ms",
        pcm.millis()
    );
    // The old phrase took 14 s here.
    assert!(pcm.millis() < 10_000, "{} ms", pcm.millis());
    let (bare, _) = compose(Some(&espeak()), false, &utterances[..1]);
    assert_eq!(
        bare.samples,
        synthesize(&espeak(), utterances[0].voice, &utterances[0].ssml)
            .unwrap()
            .samples,
        "without the chime, a part is the speech alone"
    );
}
