//! The speech engine with the real libespeak-ng (feature `speech`; Debian: `apt-get install
//! espeak-ng`), writing real WAV files: voices, cutting off, volume, stop, a missing library, a
//! failing player, and hostile names and text. One engine may use the library at a time in a
//! process, so the tests take turns.

#![cfg(feature = "speech")]

use onestop::speech::{Parts, Pcm, Settings, Sink, Speaker, Spoken, Status};
use std::path::Path;
use std::sync::mpsc::Receiver;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

static TURN: Mutex<()> = Mutex::new(());

fn turn() -> MutexGuard<'static, ()> {
    TURN.lock().unwrap_or_else(PoisonError::into_inner)
}

const SHORT: &str = "Postcode, edit text, LE1 1AA";
const URDU: &str = "پوسٹ کوڈ، متن لکھیں، ایل ای ون ون اے اے";
/// About 80 words, as a page of the kiosk read out.
const PAGE: &str = "Report a missed bin. Tell us which bin was not collected and the address it was \
    left at. We will send a crew within two working days if the bin was out by seven in the \
    morning on your collection day. You will need the first line of the address and the \
    postcode. If you have an assisted collection, say so on the next page, and we will make \
    sure the crew knows. Press the green key to go on, or the red key to go back to the start.";

/// As much text as one utterance takes (espeak-ng makes a page in milliseconds, this in about a
/// second), so a cut lands in the middle.
fn long() -> String {
    let mut text = String::new();
    while text.len() + PAGE.len() < onestop::speech::text::MAX_TEXT {
        text.push_str(PAGE);
        text.push(' ');
    }
    text
}

fn files(dir: &Path) -> Settings {
    Settings {
        sink: Sink::Files { dir: dir.to_owned() },
        volume: 100,
        rate_wpm: 160,
    }
}

/// The [`Spoken`] for `id`, skipping others; panics after 60 s.
fn spoken(rx: &Receiver<Spoken>, id: u64) -> Spoken {
    let end = Instant::now() + Duration::from_secs(60);
    loop {
        let left = end.saturating_duration_since(Instant::now());
        let s = rx
            .recv_timeout(left)
            .unwrap_or_else(|e| panic!("no Spoken for {id}: {e}"));
        if s.id == id {
            return s;
        }
    }
}

fn wav(s: &Spoken) -> Pcm {
    let path = s.file.as_ref().expect("a file");
    Pcm::from_wav(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn english_and_urdu_become_wav_files_with_speech_in_them_named_by_voice() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("made-here");
    let speaker = Speaker::start(files(&out));
    assert_eq!(speaker.status(), Status::Ready);
    let rx = speaker.subscribe();
    for (voice, text) in [("en-gb", SHORT), ("ur", URDU)] {
        let id = speaker.say(voice, text);
        let s = spoken(&rx, id);
        assert_eq!(s.voice, voice);
        assert!(!s.interrupted);
        let file = s.file.clone().unwrap();
        assert_eq!(file, out.join(format!("{id:06}-{voice}.wav")));
        let pcm = wav(&s);
        assert_eq!(pcm.rate, 22_050);
        assert_eq!(pcm.samples.len(), s.samples);
        assert!((1_000..6_000).contains(&pcm.millis()), "{voice}: {} ms", pcm.millis());
        assert!(pcm.peak() > 4_000 && pcm.rms() > 500.0, "{voice}: peak {}", pcm.peak());
        let first = s.first_sample.unwrap();
        assert!(first >= s.asked && first - s.asked < Duration::from_secs(2));
    }
}

#[test]
fn a_second_say_cuts_off_a_long_first_one() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::start(files(dir.path()));
    let rx = speaker.subscribe();
    let t = Instant::now();
    let whole = spoken(&rx, speaker.say("en-gb", &long()));
    let took = t.elapsed();
    assert!(
        !whole.interrupted && whole.samples > 22_050 * 300,
        "{} samples",
        whole.samples
    );

    let first = speaker.say("en-gb", &long());
    std::thread::sleep(took / 4);
    let next = speaker.say("ur", URDU);
    let cut = spoken(&rx, first);
    let said = spoken(&rx, next);
    assert!(cut.interrupted);
    assert!(
        cut.samples > 0 && cut.samples < whole.samples * 3 / 4,
        "{} of {}",
        cut.samples,
        whole.samples
    );
    assert_eq!(wav(&cut).samples.len(), cut.samples, "the file holds what was made");
    assert!(!said.interrupted && wav(&said).peak() > 4_000);
    assert!(said.first_sample.unwrap() >= cut.asked);
}

#[test]
fn many_quick_says_leave_only_the_last_finished() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::start(files(dir.path()));
    let rx = speaker.subscribe();
    let ids: Vec<u64> = (0..10).map(|_| speaker.say("en-gb", &long())).collect();
    let last = ids[ids.len() - 1];
    for id in &ids {
        let s = spoken(&rx, *id);
        assert_eq!(s.interrupted, *id != last, "{id}");
    }
}

#[test]
fn volume_20_is_quieter_than_100() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::start(files(dir.path()));
    let rx = speaker.subscribe();
    let loud = wav(&spoken(&rx, speaker.say("en-gb", SHORT)));
    speaker.set_volume(20);
    assert_eq!(speaker.volume(), 20);
    let quiet = wav(&spoken(&rx, speaker.say("en-gb", SHORT)));
    assert!(quiet.rms() > 0.0, "still heard");
    assert!(quiet.rms() < loud.rms() * 0.5, "rms {} vs {}", quiet.rms(), loud.rms());
    assert!(quiet.peak() < loud.peak(), "peak {} vs {}", quiet.peak(), loud.peak());
    speaker.set_volume(250);
    assert_eq!(speaker.volume(), 100);
}

#[test]
fn stop_cuts_off_what_is_being_said_and_speech_goes_on_after() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::start(files(dir.path()));
    let rx = speaker.subscribe();
    let t = Instant::now();
    let whole = spoken(&rx, speaker.say("en-gb", &long()));
    let took = t.elapsed();
    let id = speaker.say("en-gb", &long());
    std::thread::sleep(took / 4);
    speaker.stop();
    let s = spoken(&rx, id);
    assert!(s.interrupted && s.samples > 0, "{s:?}");
    assert!(s.samples < whole.samples * 3 / 4, "{} of {}", s.samples, whole.samples);
    let after = spoken(&rx, speaker.say("en-gb", SHORT));
    assert!(!after.interrupted && after.samples > 0);
}

#[test]
fn without_the_library_the_status_says_install_and_calls_do_nothing() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let parts = Parts {
        library: "/nonexistent/libespeak-ng.so.1".into(),
        ..Parts::default()
    };
    let speaker = Speaker::start_with(files(dir.path()), parts);
    let Status::Off(why) = speaker.status() else {
        panic!("should be off")
    };
    assert!(why.contains("install espeak-ng"), "{why}");
    let rx = speaker.subscribe();
    let (a, b) = (speaker.say("en-gb", SHORT), speaker.say("ur", URDU));
    assert!(b > a);
    speaker.stop();
    speaker.set_volume(10);
    assert!(
        rx.recv_timeout(Duration::from_millis(300)).is_err(),
        "nothing is spoken"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn switched_off_in_the_settings_says_so() {
    let speaker = Speaker::start(Settings {
        sink: Sink::Off,
        ..Settings::default()
    });
    assert!(matches!(speaker.status(), Status::Off(why) if why.contains("switched off")));
    speaker.say("en-gb", SHORT);
}

#[test]
fn hostile_voice_names_and_text_are_harmless() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let speaker = Speaker::start(files(&out));
    let rx = speaker.subscribe();
    let s = spoken(&rx, speaker.say("../../escaped", SHORT));
    assert!(s.samples == 0 && s.file.is_none());
    assert!(!dir.path().join("escaped.wav").exists());
    let s = spoken(&rx, speaker.say("xx-nosuch", SHORT));
    assert!(s.samples == 0 && s.file.is_none());
    assert_eq!(
        speaker.status(),
        Status::Ready,
        "one unknown voice does not turn speech off"
    );
    // Markup and espeak-ng's own control codes are read as text, not obeyed.
    let s = spoken(
        &rx,
        speaker.say("en-gb", "<speak><break time=\"60s\"/></speak>\u{1}20S [[h@l'oU]]\0 end"),
    );
    let pcm = wav(&s);
    assert!(pcm.peak() > 4_000 && pcm.millis() < 20_000, "{} ms", pcm.millis());
    // Far too much text is cut, not refused; stop ends it.
    let id = speaker.say("en-gb", &"ab ".repeat(100_000));
    std::thread::sleep(Duration::from_millis(50));
    speaker.stop();
    assert!(spoken(&rx, id).interrupted);
}

#[test]
fn a_player_that_is_missing_or_dies_turns_the_status_off_and_speech_is_tried_again() {
    let _t = turn();
    let alsa = |device: &str| Settings {
        sink: Sink::Alsa { device: device.into() },
        ..Settings::default()
    };
    let missing = Parts {
        player: "/nonexistent/aplay".into(),
        ..Parts::default()
    };
    let speaker = Speaker::start_with(alsa("default"), missing);
    assert!(matches!(speaker.status(), Status::Off(why) if why.contains("install alsa-utils")));
    let rx = speaker.subscribe();
    assert_eq!(spoken(&rx, speaker.say("en-gb", SHORT)).samples, 0);
    drop(speaker);

    // `false` starts, reads nothing and exits 1, as aplay does with no sound card.
    let dies = Parts {
        player: "false".into(),
        ..Parts::default()
    };
    let speaker = Speaker::start_with(alsa("default"), dies);
    let Status::Off(why) = speaker.status() else {
        panic!("should be off from the start")
    };
    assert!(why.contains("sound player stopped"), "{why}");
    let rx = speaker.subscribe();
    for _ in 0..3 {
        let s = spoken(&rx, speaker.say("en-gb", PAGE));
        assert!(!s.interrupted && s.samples < 22_050 * 5, "{} samples", s.samples);
        let Status::Off(why) = speaker.status() else {
            panic!("should be off")
        };
        assert!(
            why.contains("sound player stopped") && why.contains("exit status: 1"),
            "{why}"
        );
    }
}

#[test]
fn through_aplay_sound_starts_at_once_and_a_cut_restarts_the_player() {
    let _t = turn();
    let speaker = Speaker::start(Settings {
        sink: Sink::Alsa { device: "null".into() },
        ..Settings::default()
    });
    let on_path =
        std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("aplay").is_file()));
    if !on_path {
        assert!(matches!(speaker.status(), Status::Off(why) if why.contains("install alsa-utils")));
        return;
    }
    assert_eq!(speaker.status(), Status::Ready);
    let rx = speaker.subscribe();
    let s = spoken(&rx, speaker.say("en-gb", SHORT));
    assert!(!s.interrupted && s.samples > 22_050);
    assert!(s.first_sample.unwrap() - s.asked < Duration::from_secs(1));
    let first = speaker.say("en-gb", &long());
    std::thread::sleep(Duration::from_millis(20));
    let next = speaker.say("ur", URDU);
    assert!(spoken(&rx, first).interrupted);
    let s = spoken(&rx, next);
    assert!(!s.interrupted && s.samples > 22_050);
    assert_eq!(speaker.status(), Status::Ready);
    drop(speaker);

    let speaker = Speaker::start(Settings {
        sink: Sink::Alsa {
            device: "no-such-device".into(),
        },
        ..Settings::default()
    });
    let Status::Off(why) = speaker.status() else {
        panic!("should be off")
    };
    assert!(
        why.contains("audio open error") && why.contains("\"no-such-device\""),
        "{why}"
    );
}

#[test]
fn a_second_engine_waits_for_the_first_to_end() {
    let _t = turn();
    let dir = tempfile::tempdir().unwrap();
    let first = Speaker::start(files(&dir.path().join("a")));
    assert_eq!(first.status(), Status::Ready);
    let second = Speaker::start(files(&dir.path().join("b")));
    assert!(matches!(second.status(), Status::Off(why) if why.contains("waiting")));
    let asked = second.say("en-gb", SHORT);
    // One that gives up while waiting is dropped at once, without the first ending.
    let t = Instant::now();
    drop(Speaker::start(files(&dir.path().join("c"))));
    assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    let rx = second.subscribe();
    drop(first);
    let end = Instant::now() + Duration::from_secs(10);
    while second.status() != Status::Ready {
        assert!(Instant::now() < end, "{:?}", second.status());
        std::thread::sleep(Duration::from_millis(10));
    }
    let waited = spoken(&rx, asked);
    assert!(
        !waited.interrupted && waited.samples > 0,
        "what was asked while waiting is said"
    );
    assert!(spoken(&rx, second.say("en-gb", SHORT)).samples > 0);
}
