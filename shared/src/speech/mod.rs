//! # Speech for the kiosk's keypad mode, and the pieces the queue board shares
//!
//! A [`Speaker`] keeps libespeak-ng loaded on one thread of its own (the library is not
//! thread-safe) and speaks plain text in a named voice. Every [`Speaker::say`] cuts off whatever
//! is being said or waits to be said, because a blind visitor moving focus wants to hear where
//! they are now, not where they were: the newest utterance's id sits in an atomic that the
//! synthesis callback checks between chunks, and the sound player is killed so queued sound stops
//! too. Samples go to the [`Sink`] as they are made, so sound starts before synthesis ends.
//!
//! The engine never fails to start: without the library, or with no way to play sound, its
//! [`Status`] says why (for staff and the log) and calls do nothing. It never logs or keeps what
//! it says (text can be what a visitor typed): only ids, voices and lengths.
//!
//! - [`voices`]: which voice speaks a locale, and which voice names are accepted.
//! - [`text`]: text made safe to hand to espeak-ng.
//! - [`pcm`]: samples and their WAV files.
//! - `espeak`: libespeak-ng through `dlopen`, declared by hand.
//! - `player`: the long-lived `aplay` process.
//! - `engine`: the thread that owns the library and carries out the handles' requests.

mod engine;
mod espeak;
pub mod pcm;
mod player;
pub mod text;
pub mod voices;

pub use pcm::{Pcm, WavError};
pub use voices::{is_voice_name, voice_for};

use engine::Command;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Where the sound goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sink {
    /// Played through ALSA by `aplay` on this device (`default`, `plughw:0`, …).
    Alsa {
        /// The ALSA device name.
        device: String,
    },
    /// Each utterance written to `{id:06}-{voice}.wav` in this folder (created if missing):
    /// what was made, up to a cut (as played: without the leading silence). For tests and for
    /// listening back.
    Files {
        /// The folder.
        dir: PathBuf,
    },
    /// Nothing: speech is switched off, and the library is not even loaded.
    Off,
}

/// How the engine speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Where the sound goes.
    pub sink: Sink,
    /// Loudness, 0 to 100 (100 is espeak-ng's normal volume).
    pub volume: u8,
    /// Words a minute (espeak-ng keeps it within 80 to 450).
    pub rate_wpm: u32,
}

impl Default for Settings {
    /// The default ALSA device at full volume, 160 words a minute.
    fn default() -> Settings {
        Settings {
            sink: Sink::Alsa {
                device: "default".into(),
            },
            volume: 100,
            rate_wpm: 160,
        }
    }
}

/// Whether speech can be heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Speaking works.
    Ready,
    /// Nothing is heard, and why, with what to do about it (for staff and the log).
    Off(String),
}

/// One utterance, finished or cut off: what was made and when, never what was said. Sent when
/// its last sample has reached the sink: through aplay that is before it has all been heard, and
/// a `say` that then kills the sound does not make it `interrupted`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    /// The id [`Speaker::say`] returned.
    pub id: u64,
    /// The voice it was asked for.
    pub voice: String,
    /// When `say` was called.
    pub asked: Instant,
    /// When the first samples reached the sink (`None` if none did). The exact silence
    /// espeak-ng starts with is never sent, so these are the first that can be heard.
    pub first_sample: Option<Instant>,
    /// How many samples reached the sink.
    pub samples: usize,
    /// Cut off by a newer `say`, a `stop`, or the engine ending.
    pub interrupted: bool,
    /// The WAV file it was written to ([`Sink::Files`] only).
    pub file: Option<PathBuf>,
}

/// The installed pieces the engine uses; tests point them elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// What `dlopen` is given: a file name looked up the usual way, or a path.
    pub library: String,
    /// The ALSA player program, found on `PATH` unless a path.
    pub player: PathBuf,
}

impl Default for Parts {
    /// `libespeak-ng.so.1` and `aplay`.
    fn default() -> Parts {
        Parts {
            library: "libespeak-ng.so.1".into(),
            player: "aplay".into(),
        }
    }
}

/// What the handles and the engine's thread share.
struct Shared {
    /// The next id `say` gives out (ids start at 1).
    next_id: AtomicU64,
    /// The id of the one utterance that may sound; 0 for none. The callback aborts when it moves.
    current: AtomicU64,
    /// 0 to 100, read at the start of each utterance.
    volume: AtomicU8,
    status: Mutex<Status>,
    subscribers: Mutex<Vec<Sender<Spoken>>>,
    /// The sound player, so a handle can silence it while the engine is busy.
    playing: Arc<player::Shared>,
}

impl Shared {
    /// Set the status, logging a change.
    fn set_status(&self, status: Status) {
        let mut s = self.status.lock().unwrap_or_else(PoisonError::into_inner);
        if *s != status {
            match &status {
                Status::Ready => tracing::info!("speech is ready"),
                Status::Off(why) => tracing::warn!(%why, "speech is off"),
            }
            *s = status;
        }
    }

    /// Tell every subscriber, forgetting those that hung up.
    fn publish(&self, spoken: Spoken) {
        let mut subs = self.subscribers.lock().unwrap_or_else(PoisonError::into_inner);
        subs.retain(|tx| tx.send(spoken.clone()).is_ok());
    }
}

/// A handle on the speech engine: cheap to clone, usable from any thread. The engine's thread
/// ends (and the library is released) when the last handle is dropped.
#[derive(Clone)]
pub struct Speaker {
    inner: Arc<Handle>,
}

/// The one owner of the engine's channel and thread.
struct Handle {
    shared: Arc<Shared>,
    tx: Option<Sender<Command>>,
    worker: Option<JoinHandle<()>>,
}

/// How long `start` waits for the library to load before returning anyway.
const START_WAIT: Duration = Duration::from_secs(5);

impl Speaker {
    /// Start the engine with the installed library and player. Never fails: see [`Speaker::status`].
    pub fn start(settings: Settings) -> Speaker {
        Speaker::start_with(settings, Parts::default())
    }

    /// Start the engine with these parts (tests give a library that does not exist, or a player
    /// that fails). Waits until the library is loaded (tens of milliseconds) so the status is
    /// known. Only one engine at a time uses the library in a process: a second waits on its
    /// thread until the first is dropped, with a status that says so.
    pub fn start_with(settings: Settings, parts: Parts) -> Speaker {
        let shared = Arc::new(Shared {
            next_id: AtomicU64::new(1),
            current: AtomicU64::new(0),
            volume: AtomicU8::new(settings.volume.min(100)),
            status: Mutex::new(Status::Off("speech is starting".into())),
            subscribers: Mutex::default(),
            playing: Arc::default(),
        });
        let (tx, rx) = std::sync::mpsc::channel();
        let mut handle = Handle {
            shared: Arc::clone(&shared),
            tx: None,
            worker: None,
        };
        if settings.sink == Sink::Off {
            shared.set_status(Status::Off("speech is switched off in the settings".into()));
            return Speaker {
                inner: Arc::new(handle),
            };
        }
        let (started_tx, started_rx) = std::sync::mpsc::sync_channel(1);
        let worker = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || engine::run(shared, rx, settings, parts, started_tx));
        match worker {
            Ok(w) => {
                let _ = started_rx.recv_timeout(START_WAIT);
                handle.tx = Some(tx);
                handle.worker = Some(w);
            }
            Err(e) => handle
                .shared
                .set_status(Status::Off(format!("the speech thread could not start ({e})"))),
        }
        Speaker {
            inner: Arc::new(handle),
        }
    }

    /// Say `text` (plain text, never markup) in `voice` (e.g. `en-gb`, see [`voice_for`]),
    /// cutting off whatever is being said or waits to be said. Returns the utterance's id, which
    /// its [`Spoken`] carries.
    pub fn say(&self, voice: &str, text: &str) -> u64 {
        let asked = Instant::now();
        let s = &self.inner.shared;
        let id = s.next_id.fetch_add(1, Ordering::Relaxed);
        s.current.store(id, Ordering::SeqCst);
        player::silence(&s.playing);
        if let Some(tx) = &self.inner.tx {
            let _ = tx.send(Command::Say {
                id,
                voice: voice.to_owned(),
                text: text.to_owned(),
                asked,
            });
        }
        id
    }

    /// Silence now: cut off what is being said and drop what waits (at the end of a visit).
    pub fn stop(&self) {
        let s = &self.inner.shared;
        s.current.store(0, Ordering::SeqCst);
        player::silence(&s.playing);
        if let Some(tx) = &self.inner.tx {
            let _ = tx.send(Command::Stop);
        }
    }

    /// Set the volume, 0 to 100 (more is taken as 100), for the next utterance on.
    pub fn set_volume(&self, percent: u8) {
        self.inner.shared.volume.store(percent.min(100), Ordering::Relaxed);
    }

    /// The volume, 0 to 100.
    pub fn volume(&self) -> u8 {
        self.inner.shared.volume.load(Ordering::Relaxed)
    }

    /// Whether speech can be heard, and if not why.
    pub fn status(&self) -> Status {
        self.inner
            .shared
            .status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// A [`Spoken`] for every utterance that finishes or is cut off from now on.
    pub fn subscribe(&self) -> Receiver<Spoken> {
        let (tx, rx) = std::sync::mpsc::channel();
        self.inner
            .shared
            .subscribers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(tx);
        rx
    }
}

impl Drop for Handle {
    /// Cut off what is being said, end the engine's thread and wait for it (milliseconds), so
    /// the next engine in this process can have the library.
    fn drop(&mut self) {
        self.shared.current.store(0, Ordering::SeqCst);
        player::silence(&self.shared.playing);
        self.tx = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}
