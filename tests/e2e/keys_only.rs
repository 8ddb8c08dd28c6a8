//! A visitor who cannot see the screen, with a keypad and headphones: the real kiosk binary in a
//! real window under Xvfb, driven by keys alone (xdotool, through the X server as a keyboard
//! would), its speech written as WAV files by the real espeak-ng library. Each run checks what
//! it made (the outbox row, the ticket, the card lookup) and that each step was heard: a new,
//! non-silent WAV in the expected voice. Needs Xvfb, xdotool and espeak-ng, so it runs only with
//! `--features xvfb` (`.ci/run` installs them).
#![cfg(feature = "xvfb")]

use onestop::speech::Pcm;
use onestop_e2e::crm_process::{LOOKUP_KEY, start_crm};
use onestop_e2e::xvfb::{Killed, onestop_window_listed, spawn_kiosk, start_xvfb};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The kiosk in its window, its data folder and where its speech goes.
struct Kiosk {
    _kiosk: Killed,
    _xvfb: Killed,
    display: String,
    data: tempfile::TempDir,
    speech: PathBuf,
    heard: usize,
    steps: usize,
}

impl Kiosk {
    /// Start the kiosk with `extra` config, speech into WAV files, and focus its window.
    fn start(extra: &str) -> Kiosk {
        let (xvfb, display) = start_xvfb(1080, 1920);
        let data = tempfile::tempdir().unwrap();
        let speech = data.path().join("speech");
        let cfg = data.path().join("kiosk.toml");
        std::fs::write(
            &cfg,
            format!(
                "[kiosk]\nfullscreen = true\nwindow_size = \"1080x1920\"\n\
                 [access]\nspeech_sink = \"files\"\nspeech_dir = \"{}\"\n{extra}",
                speech.display()
            ),
        )
        .unwrap();
        let kiosk = spawn_kiosk(&display, &cfg, data.path(), Stdio::null());
        let deadline = Instant::now() + Duration::from_secs(30);
        while !onestop_window_listed(&display) {
            assert!(Instant::now() < deadline, "no Onestop window within 30 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_secs(1));
        let k = Kiosk {
            _kiosk: kiosk,
            _xvfb: xvfb,
            display,
            data,
            speech,
            heard: 0,
            steps: 0,
        };
        let id = k.xdotool(&["search", "--name", "Onestop"]);
        let id = id.lines().next().expect("the window's id").to_owned();
        k.xdotool(&["windowfocus", &id]);
        k
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .expect("xdotool is installed (apt-get install xdotool)");
        assert!(
            out.status.success(),
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The speech files so far, oldest first.
    fn wavs(&self) -> Vec<PathBuf> {
        let mut all: Vec<PathBuf> = std::fs::read_dir(&self.speech)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        all.retain(|p| p.extension().is_some_and(|e| e == "wav"));
        all.sort();
        all
    }

    /// Press keys (xdotool names: Down, Return, Escape, F1...), one at a time, and wait until
    /// each has been heard: a new WAV in `voice`, with sound in it.
    fn press(&mut self, keys: &[&str], voice: &str) -> &mut Kiosk {
        for key in keys {
            self.xdotool(&["key", key]);
            self.heard(voice, key);
        }
        self
    }

    /// Type text on the keyboard, then wait until it was heard.
    fn type_text(&mut self, text: &str, voice: &str) -> &mut Kiosk {
        self.xdotool(&["type", "--delay", "120", text]);
        self.heard(voice, text);
        self
    }

    /// Wait for speech since the last step; every new file must be in `voice` and not silent.
    fn heard(&mut self, voice: &str, step: &str) {
        self.steps += 1;
        let step = format!("step {} ({step})", self.steps);
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = (0, Instant::now());
        loop {
            let n = self.wavs().len();
            if n != last.0 {
                last = (n, Instant::now());
            }
            // Something new, and nothing newer for half a second: the step has been said.
            if n > self.heard && last.1.elapsed() > Duration::from_millis(500) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "nothing was heard after {step:?}; heard so far: {:?}",
                self.wavs()
                    .iter()
                    .map(|p| p.file_name().unwrap_or_default().to_owned())
                    .collect::<Vec<_>>()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        // Every new file is in the voice; the last is the step's words in full (those before it
        // were cut off by it, as a quick second key cuts off the first's words, and may be
        // short).
        let wavs = self.wavs();
        for wav in &wavs[self.heard..] {
            in_voice(wav, voice, &step);
        }
        let last = wavs.last().expect("a new file");
        let pcm = Pcm::from_wav(&std::fs::read(last).unwrap()).unwrap();
        assert!(
            pcm.peak() > 1_000 && pcm.millis() > 200,
            "{} after {step} is silent",
            last.display()
        );
        self.heard = wavs.len();
    }

    /// A `kiosk` command on the same data folder, its output.
    fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(onestop_e2e::binary("kiosk"))
            .arg("--config")
            .arg(self.data.path().join("kiosk.toml"))
            .arg("--data-dir")
            .arg(self.data.path())
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// A WAV in `voice` (its file name says which).
fn in_voice(wav: &Path, voice: &str, step: &str) {
    let name = wav.file_name().unwrap().to_string_lossy();
    assert!(
        name.ends_with(&format!("-{voice}.wav")),
        "{name} after {step}: not in voice {voice}"
    );
}

#[test]
fn a_missed_bin_form_from_welcome_to_reference_with_keys_alone_in_english_and_urdu() {
    // The languages in the configured order (en-GB, pl, ro, so, ur...), each said in its own
    // voice as it is reached (Somali, which has none, in English).
    for (walk, voice) in [(&[][..], "en-gb"), (&["pl", "ro", "en-gb", "ur"][..], "ur")] {
        let mut k = Kiosk::start("");
        // The first key wakes the keypad and says where the visitor is.
        k.press(&["Down"], "en-gb");
        for own in walk {
            k.press(&["Down"], own);
        }
        // The language, then the first service (Report a missed bin), then "Recycling".
        k.press(&["Return"], voice)
            .press(&["Return"], voice)
            .press(&["Down", "Return"], voice);
        // Down to Continue (past the two choices after it), then the address.
        k.press(&["Down", "Down", "Down", "Return"], voice);
        k.type_text("LE1 1AA", voice).press(&["Return"], voice);
        k.type_text("12", voice).press(&["Return"], voice);
        k.type_text("Zebra Street", voice).press(&["Return", "Return"], voice);
        // Yes, it was out by 7am; Continue; the details left empty, Continue in the bar.
        k.press(&["Return", "Down", "Down", "Return"], voice);
        k.press(&["Down", "Return"], voice);
        // Check your answers: focus on the first of four Change links; Send after them.
        k.press(&["Down", "Down", "Down", "Down", "Return"], voice);
        let outbox = k.cli(&["outbox", "list"]);
        assert!(
            outbox.contains("missed-bin"),
            "{voice}: the form is in the outbox: {outbox}"
        );
        // The reference was said; Finish; the first face (very good); the visit ends.
        k.press(&["Return"], voice).press(&["Return"], voice);
        let stats = k.cli(&["stats", "--json"]);
        assert!(stats.contains("missed-bin"), "{voice}: the rating was counted: {stats}");
    }
}

#[test]
fn a_ticket_with_keys_alone() {
    let mut k = Kiosk::start("[queue]\ntickets = true\nstandalone = true\n");
    k.press(&["Down"], "en-gb").press(&["Return"], "en-gb");
    // "Take a ticket" is first on the menu, then the first service, then "Get my ticket" (the
    // first focus of "Do you need anything else today?").
    k.press(&["Return"], "en-gb")
        .press(&["Return"], "en-gb")
        .press(&["Return"], "en-gb");
    let events = onestop::queue::store::QueueStore::open(&k.data.path().join("queue.db"))
        .unwrap()
        .load()
        .unwrap();
    assert!(
        format!("{events:?}").contains("Issued"),
        "the hub issued a ticket: {events:?}"
    );
    // Finish, then "very good": counted for the service.
    k.press(&["Return"], "en-gb").press(&["Return"], "en-gb");
    let stats = k.cli(&["stats", "--json"]);
    assert!(stats.contains("service"), "the rating was counted: {stats}");
}

#[test]
fn a_card_sign_in_with_its_pin_on_the_simulated_reader_with_keys_alone() {
    let crm_dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&crm_dir.path().join("crm.db"), 0.0, &[]);
    let reader = crm_dir.path().join("reader.txt");
    std::fs::write(&reader, "").unwrap();
    let mut k = Kiosk::start(&format!(
        "[cards]\nidentity = \"crm\"\ncrm_url = \"http://127.0.0.1:{}/customers/lookup\"\ncrm_key = \"{LOOKUP_KEY}\"\nsimulated = \"{}\"\n",
        crm.port,
        reader.display()
    ));
    k.press(&["Down"], "en-gb").press(&["Return"], "en-gb");
    // The card, tapped on the menu: the PIN pad is announced.
    std::fs::write(&reader, "tap 29000000000017\n").unwrap();
    k.heard("en-gb", "a card tapped");
    // Each digit is heard as "digit entered"; Enter sends the PIN to the council's lookup.
    for digit in ["1", "2", "3", "4"] {
        k.press(&[digit], "en-gb");
    }
    k.press(&["Return"], "en-gb");
    let lookups = onestop_e2e::crm_process::stats(crm.port)["lookups"]
        .as_u64()
        .unwrap_or(0);
    assert!(lookups >= 1, "the card was looked up with its PIN");
    // The consent page was announced; Yes uses the card.
    k.press(&["Return"], "en-gb");
}
