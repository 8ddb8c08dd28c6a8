//! Making the calls heard: one background thread says the waiting calls one part at a time (so
//! they never overlap and the UI never waits), synthesising each part with the espeak-ng program
//! (offline) when its turn comes, the chime before the first, and plays it with aplay (or
//! pw-play, or paplay). A missing program or a failing sound device is a [`Sound`] state that is
//! logged and shown small on the board, never a crash.
//!
//! Keeping up: a part is one call in one language, and [`backlog`] decides which part is next.
//! The newest call goes first; a part being played is never cut (it lasts a couple of seconds),
//! so a new call is heard as soon as it ends, in the first language, then the others, language by
//! language, with the calls that were already waiting ("A 42, counter 3. B 7, counter 5."). At
//! most three calls wait; an older call is pushed out, and a recall replaces the waiting call of
//! its ticket. Each call carries the [`Instant`] the board received it: a call more than 30 s
//! old is dropped when its part is taken, and a part that went past 30 s while being
//! synthesised is not played. A dropped call is on the screen already.

pub mod backlog;
mod programs;

pub use programs::{Tools, compose, play, synthesize, which};

use super::speech::Utterance;
use backlog::{Backlog, Item, fresh};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Instant;

/// Whether the board can be heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sound {
    /// Chime and speech work (as far as is known).
    On,
    /// Something is missing or failing: what, and what to do, for staff and the log.
    Off(String),
}

/// One part that started playing: for the log, and for tests and benchmarks to time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Played {
    /// The ticket called.
    pub ticket: String,
    /// The part's language (`None`: a call with no words, played as the chime alone).
    pub tag: Option<String>,
    /// When the board received the call.
    pub call_at: Instant,
    /// When the player was started.
    pub started: Instant,
    /// How long the file plays, in milliseconds.
    pub millis: u64,
    /// The chime is at its start.
    pub chime: bool,
}

/// The calls waiting, shared by the board and the announcing thread.
#[derive(Default)]
struct Shared {
    queue: Mutex<Queue>,
    wake: Condvar,
}

#[derive(Default)]
struct Queue {
    /// Each call's parts: one per language, or one `None` (the chime alone) when it has none.
    backlog: Backlog<Option<Utterance>>,
    closed: bool,
}

impl Shared {
    /// The next part to say, waiting for one; `None` once the handle is gone and nothing is left.
    fn take(&self) -> Option<Item<Option<Utterance>>> {
        let mut q = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(item) = q.backlog.next(Instant::now()) {
                return Some(item);
            }
            if q.closed {
                return None;
            }
            q = self.wake.wait(q).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// The handle to the announcing thread; dropping it lets the thread say what is waiting (as
/// long as it is fresh) and finish.
pub struct Announcer {
    shared: Arc<Shared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Announcer {
    /// Start the thread with `tools`. `on_sound` hears the state at start and whenever it
    /// changes (from the thread: it must hand over to the UI itself).
    pub fn start(tools: Tools, on_sound: impl Fn(Sound) + Send + 'static) -> std::io::Result<Announcer> {
        Announcer::start_reporting(tools, on_sound, |_| {})
    }

    /// [`Announcer::start`], and `on_play` hears each part just before it is played.
    pub fn start_reporting(
        tools: Tools,
        on_sound: impl Fn(Sound) + Send + 'static,
        on_play: impl Fn(&Played) + Send + 'static,
    ) -> std::io::Result<Announcer> {
        let shared = Arc::new(Shared::default());
        let theirs = shared.clone();
        let thread = std::thread::Builder::new()
            .name("announcer".into())
            .spawn(move || speak_loop(tools, &theirs, on_sound, on_play))?;
        Ok(Announcer {
            shared,
            thread: Some(thread),
        })
    }

    /// Say what is waiting (as long as it is fresh), then stop; returns once the last part has
    /// played.
    pub fn finish(mut self) {
        self.close();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    fn close(&self) {
        self.shared.queue.lock().unwrap_or_else(PoisonError::into_inner).closed = true;
        self.shared.wake.notify_one();
    }

    /// Say a call for `ticket`, received at `at`, as `utterances` (one per language, in order).
    /// Never blocks; what is said, and when, is [`backlog`]'s policy (see the module doc).
    pub fn announce(&self, ticket: &str, at: Instant, utterances: Vec<Utterance>) {
        let parts = if utterances.is_empty() {
            vec![None]
        } else {
            utterances.into_iter().map(Some).collect()
        };
        let mut q = self.shared.queue.lock().unwrap_or_else(PoisonError::into_inner);
        for older in q.backlog.push(ticket, parts, at) {
            if older == ticket {
                tracing::info!(%ticket, "a newer call for this ticket replaces the one waiting to be spoken");
            } else {
                tracing::info!(ticket = %older, "calls are coming faster than they can be spoken; this older one is shown but not spoken");
            }
        }
        self.shared.wake.notify_one();
    }
}

impl Drop for Announcer {
    fn drop(&mut self) {
        self.close();
    }
}

fn speak_loop(tools: Tools, shared: &Shared, on_sound: impl Fn(Sound), on_play: impl Fn(&Played)) {
    let mut state = match tools.problem() {
        Some(p) => {
            tracing::warn!("{p}");
            Sound::Off(p)
        }
        None => Sound::On,
    };
    on_sound(state.clone());
    // One file per announcer: two boards (or tests) in one process never share it.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = std::env::temp_dir().join(format!("onestop-board-{}-{n}.wav", std::process::id()));
    while let Some(item) = shared.take() {
        let Some(player) = &tools.player else { continue };
        let (pcm, mut problems) = compose(tools.espeak.as_deref(), item.chime, item.part.as_slice());
        let started = Instant::now();
        if !fresh(item.at, started) {
            tracing::info!(ticket = %item.ticket, "a call went past 30 s while it was being synthesised; it is not spoken");
        } else if !pcm.samples.is_empty() {
            if let Err(e) = std::fs::write(&file, pcm.to_wav()) {
                problems.push(format!("could not write {}: {e}", file.display()));
            } else {
                let played = Played {
                    ticket: item.ticket,
                    tag: item.part.map(|u| u.tag),
                    call_at: item.at,
                    started,
                    millis: pcm.millis(),
                    chime: item.chime,
                };
                tracing::info!(
                    ticket = %played.ticket,
                    locale = ?played.tag,
                    after_ms = started.duration_since(played.call_at).as_millis() as u64,
                    "speaking"
                );
                on_play(&played);
                if let Err(e) = play(player, &file) {
                    problems.push(e);
                }
            }
        }
        let now = match (problems.first(), tools.problem()) {
            (_, Some(p)) => Sound::Off(p),
            (Some(p), None) => Sound::Off(p.clone()),
            (None, None) => Sound::On,
        };
        for p in &problems {
            tracing::warn!("announcement: {p}");
        }
        if now != state {
            state = now;
            on_sound(state.clone());
        }
    }
    let _ = std::fs::remove_file(&file);
}

#[cfg(test)]
mod tests {
    use super::programs::RATE;
    use super::*;
    use crate::board::audio::{Pcm, chime};
    use std::path::{Path, PathBuf};
    use std::time::Duration;

    fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt as _;
        let p = dir.join(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    fn wait_for<T: Clone>(got: &Arc<Mutex<Vec<T>>>, n: usize) -> Vec<T> {
        for _ in 0..1000 {
            if got.lock().unwrap().len() >= n {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        got.lock().unwrap().clone()
    }

    fn wait_until(what: impl Fn() -> bool) {
        for _ in 0..1000 {
            if what() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("waited 10 s in vain");
    }

    fn said(ticket: &str) -> Utterance {
        Utterance {
            tag: "en-GB".into(),
            voice: "en-gb",
            ssml: format!("<speak>{ticket}</speak>"),
        }
    }

    /// The speech a stand-in espeak-ng gives: a steady tone unlike the chime, 0.1 s.
    fn speech() -> Pcm {
        Pcm {
            rate: RATE,
            samples: vec![1000; RATE as usize / 10],
        }
    }

    /// A stand-in espeak-ng in `dir` that logs the text it is given to `dir/asked`, sleeps 2 s
    /// when the text says "slow", and answers with [`speech`].
    fn stand_in_espeak(dir: &Path) -> PathBuf {
        let wav = dir.join("speech.wav");
        std::fs::write(&wav, speech().to_wav()).unwrap();
        script(
            dir,
            "espeak-ng",
            &format!(
                "t=$(cat); echo \"$t\" >> {asked}; case \"$t\" in *slow*) sleep 2;; esac; cat {wav}",
                asked = dir.join("asked").display(),
                wav = wav.display()
            ),
        )
    }

    fn ago(d: Duration) -> Instant {
        Instant::now()
            .checked_sub(d)
            .expect("the machine has been up for more than a minute")
    }

    #[test]
    fn missing_programs_are_a_state_that_says_what_to_install() {
        let none = Tools {
            espeak: None,
            player: None,
        };
        assert!(none.problem().unwrap().contains("alsa-utils"));
        let no_speech = Tools {
            espeak: None,
            player: Some("/bin/true".into()),
        };
        assert!(no_speech.problem().unwrap().contains("install the espeak-ng package"));
        let sounds = Arc::new(Mutex::new(Vec::new()));
        let s = sounds.clone();
        let a = Announcer::start(none, move |x| s.lock().unwrap().push(x)).unwrap();
        a.announce("A001", Instant::now(), vec![]);
        let got = wait_for(&sounds, 1);
        assert!(
            matches!(&got[0], Sound::Off(m) if m.contains("no sound player")),
            "{got:?}"
        );
    }

    #[test]
    fn without_espeak_each_call_still_gets_the_chime() {
        let dir = tempfile::tempdir().unwrap();
        let player = script(dir.path(), "player", "sleep 0.05");
        let plays = Arc::new(Mutex::new(Vec::new()));
        let p = plays.clone();
        let tools = Tools {
            espeak: None,
            player: Some(player),
        };
        let a = Announcer::start_reporting(tools, |_| {}, move |x| p.lock().unwrap().push(x.clone())).unwrap();
        a.announce("A001", Instant::now(), vec![said("A001")]);
        let got = wait_for(&plays, 1);
        assert_eq!((got[0].tag.as_deref(), got[0].chime), (Some("en-GB"), true));
        assert!(
            (850..=1300).contains(&got[0].millis),
            "the chime alone: {}",
            got[0].millis
        );
    }

    #[test]
    fn parts_play_one_at_a_time_newest_call_first_with_one_chime_for_calls_waiting_together() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("log");
        // A player that records start and end around a pause, and keeps what it was given.
        let player = script(
            dir.path(),
            "player",
            &format!(
                "echo start >> {log}; cp \"$1\" {dir}/played-$(grep -c start {log}).wav; sleep 0.2; echo end >> {log}",
                log = log.display(),
                dir = dir.path().display()
            ),
        );
        let plays = Arc::new(Mutex::new(Vec::new()));
        let p = plays.clone();
        let tools = Tools {
            espeak: Some(stand_in_espeak(dir.path())),
            player: Some(player),
        };
        let a = Announcer::start_reporting(tools, |_| {}, move |x| p.lock().unwrap().push(x.clone())).unwrap();
        a.announce("A001", Instant::now(), vec![said("A001 slow")]);
        let asked = dir.path().join("asked");
        wait_until(|| std::fs::read_to_string(&asked).is_ok_and(|s| s.contains("A001")));
        // While A001 is being said, two more calls come.
        a.announce("B001", Instant::now(), vec![said("B001")]);
        a.announce("C001", Instant::now(), vec![said("C001")]);
        drop(a);
        let got = wait_for(&plays, 3);
        let order: Vec<_> = got.iter().map(|p| (p.ticket.as_str(), p.chime)).collect();
        assert_eq!(order, [("A001", true), ("C001", true), ("B001", false)]);
        wait_until(|| std::fs::read_to_string(&log).unwrap_or_default().lines().count() == 6);
        let lines = std::fs::read_to_string(&log).unwrap();
        assert_eq!(
            lines.lines().collect::<Vec<_>>(),
            ["start", "end", "start", "end", "start", "end"],
            "never overlapping"
        );
        let played =
            |n: usize| Pcm::from_wav(&std::fs::read(dir.path().join(format!("played-{n}.wav"))).unwrap()).unwrap();
        assert!(
            played(1).samples[..1000] == chime(RATE).samples[..1000],
            "the chime comes first"
        );
        assert!(
            played(2).samples[..1000] == chime(RATE).samples[..1000],
            "and before C001"
        );
        assert!(played(3) == speech(), "B001 is said with no chime of its own");
    }

    #[test]
    fn a_call_too_old_when_taken_or_after_synthesis_is_never_played() {
        let dir = tempfile::tempdir().unwrap();
        let player = script(dir.path(), "player", "true");
        let plays = Arc::new(Mutex::new(Vec::new()));
        let p = plays.clone();
        let tools = Tools {
            espeak: Some(stand_in_espeak(dir.path())),
            player: Some(player),
        };
        let a = Announcer::start_reporting(tools, |_| {}, move |x| p.lock().unwrap().push(x.ticket.clone())).unwrap();
        // 31 s old when it arrives: not even synthesised.
        a.announce("A001", ago(Duration::from_secs(31)), vec![said("A001")]);
        // 29 s old, and synthesis takes 2 s: synthesised, then found too old to play.
        a.announce("A002", ago(Duration::from_secs(29)), vec![said("A002 slow")]);
        let asked = dir.path().join("asked");
        wait_until(|| std::fs::read_to_string(&asked).is_ok_and(|s| s.contains("A002")));
        a.announce("A003", Instant::now(), vec![said("A003")]);
        assert_eq!(wait_for(&plays, 1), ["A003"]);
        drop(a);
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(*plays.lock().unwrap(), ["A003"]);
        let asked = std::fs::read_to_string(&asked).unwrap();
        assert!(!asked.contains("A001") && asked.contains("A002"), "{asked}");
    }

    #[test]
    fn a_failing_sound_device_is_reported_and_the_board_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let player = script(
            dir.path(),
            "player",
            "echo 'audio open error: No such device' >&2; exit 1",
        );
        let sounds = Arc::new(Mutex::new(Vec::new()));
        let s = sounds.clone();
        let tools = Tools {
            espeak: Some(stand_in_espeak(dir.path())),
            player: Some(player),
        };
        let a = Announcer::start(tools, move |x| s.lock().unwrap().push(x)).unwrap();
        a.announce("A001", Instant::now(), vec![said("A001")]);
        let got = wait_for(&sounds, 2);
        assert_eq!(got[0], Sound::On);
        let Sound::Off(why) = &got[1] else { panic!("{got:?}") };
        assert!(
            why.contains("No such device") && why.contains("check the speakers"),
            "{why}"
        );
    }
}
