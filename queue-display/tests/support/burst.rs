//! The issue 10 burst, end to end, for the `speech_in_time` test and the `speech` bench: twelve
//! calls in four seconds from a real engine, through the board's own feed (`feed::follow` over
//! a `watch` and a `broadcast`, as the hub client gives them), what the board shows after each,
//! and the real announcer with real espeak-ng and a stand-in sound card: a player that keeps the
//! WAV and takes as long to return as the WAV lasts.

use onestop::queue::{Command, CounterDef, Engine, Policy, QueueConfig, ServiceDef};
use queue_display::board::announcer::{Announcer, Played, Tools, which};
use queue_display::board::demo::Hub;
use queue_display::board::feed::{BoardInput, follow};
use queue_display::board::speech::plan;
use queue_display::board::view::BoardView;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{broadcast, mpsc, watch};

/// How many calls, and over how long.
pub const CALLS: usize = 12;
/// The span from the first call to the last.
pub const SPAN: Duration = Duration::from_secs(4);

/// One call the burst made.
#[derive(Debug, Clone)]
pub struct Call {
    /// The ticket.
    pub label: String,
    /// A recall (the last call recalls the one before it).
    pub recall: bool,
    /// When the hub made it.
    pub made: Instant,
    /// When the board first showed it as the call now (after `made`).
    pub shown: Duration,
    /// When the board received it, as the announcer was told.
    pub at: Option<Instant>,
}

/// One part that was played.
#[derive(Debug, Clone)]
pub struct Heard {
    /// Which call (index into [`Burst::calls`]).
    pub call: usize,
    /// The part as the announcer reported it.
    pub played: Played,
    /// From the call being made to the part starting to play.
    pub after: Duration,
}

/// What happened.
#[derive(Debug)]
pub struct Burst {
    /// The calls, in the order made.
    pub calls: Vec<Call>,
    /// What was played, in order.
    pub heard: Vec<Heard>,
    /// The WAV files the player was given, in order.
    pub wavs: Vec<std::path::PathBuf>,
}

fn config() -> QueueConfig {
    let mut c = QueueConfig::example();
    c.services = [("housing", "A"), ("council-tax", "B"), ("homeless", "H")]
        .into_iter()
        .map(|(id, prefix)| ServiceDef {
            id: id.into(),
            prefix: prefix.into(),
            daily_cap: None,
        })
        .collect();
    c.counters = (1..=CALLS as u32)
        .map(|id| CounterDef {
            id,
            services: c.services.iter().map(|s| s.id.clone()).collect(),
            policy: Policy::LongestWaiting,
        })
        .collect();
    c
}

/// A player in `dir` that copies each WAV it is given to `dir/played-<n>.wav` and returns after
/// the WAV's length (16-bit mono at 22,050 Hz: 44,100 bytes a second after a 44-byte header).
fn player(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let p = dir.join("player");
    let body = format!(
        "#!/bin/sh\nn=$(ls {d} | grep -c '^played-')\ncp \"$1\" {d}/played-$n.wav\nsize=$(stat -c %s \"$1\")\nsleep $(awk \"BEGIN {{ print ($size - 44) / 44100 }}\")\n",
        d = dir.display()
    );
    std::fs::write(&p, body).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// Run the burst with the board speaking `locales`, the player's files in `dir`. Takes as long
/// as the speaking does (about half a minute).
pub fn run(locales: &[&str], dir: &Path) -> Burst {
    let tr = Arc::new(onestop::embedded::translations().unwrap());
    let locales: Vec<String> = locales.iter().map(|s| s.to_string()).collect();
    let mut hub = Hub {
        engine: Engine::new(config()),
        ..Hub::default()
    };
    for i in 0..CALLS {
        hub.issue(["housing", "council-tax", "homeless"][i % 3]);
    }
    let plays = Arc::new(Mutex::new(Vec::<Played>::new()));
    let p = plays.clone();
    let tools = Tools {
        espeak: Some(which("espeak-ng").expect("espeak-ng is installed")),
        player: Some(player(dir)),
    };
    let announcer = Announcer::start_reporting(tools, |_| {}, move |x| p.lock().unwrap().push(x.clone())).unwrap();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (view_tx, view_rx) = watch::channel(BoardInput {
        engine: Some(Arc::new(hub.engine.clone())),
        connected: true,
    });
    let (ev_tx, ev_rx) = broadcast::channel(64);
    let (shown_tx, mut shown_rx) = mpsc::unbounded_channel::<(String, bool)>();
    let (said_tx, said_rx) = std::sync::mpsc::channel::<(String, Instant)>();
    let board = {
        let tr = tr.clone();
        rt.spawn(async move {
            follow(
                view_rx,
                ev_rx,
                |t| {
                    let engine = t.input().engine.clone();
                    let v = BoardView::build(engine.as_deref(), t.calls(), true, &tr, "en-GB", 0);
                    // Now calling, newest first: the call just made heads it.
                    if let Some(now) = v.now.into_iter().next() {
                        let _ = shown_tx.send((now.label, now.recall));
                    }
                },
                |a| {
                    let _ = said_tx.send((a.label.clone(), a.at));
                    announcer.announce(&a.label, a.at, plan(&tr, &locales, &a.label, a.counter, a.recall));
                },
            )
            .await;
            announcer
        })
    };

    let t0 = Instant::now();
    let mut calls = Vec::new();
    for i in 0..CALLS {
        let when = t0 + SPAN * i as u32 / (CALLS as u32 - 1);
        std::thread::sleep(when.saturating_duration_since(Instant::now()));
        let recall = i == CALLS - 1;
        let command = if recall {
            Command::Recall { counter: i as u32 }
        } else {
            Command::CallNext { counter: i as u32 + 1 }
        };
        let made = Instant::now();
        for ev in hub.run(0, command) {
            ev_tx.send(ev).unwrap();
        }
        view_tx.send_replace(BoardInput {
            engine: Some(Arc::new(hub.engine.clone())),
            connected: true,
        });
        let label = hub
            .engine
            .at_counter(if recall { i as u32 } else { i as u32 + 1 })
            .expect("a ticket at the counter")
            .label
            .clone();
        // Wait (at most 2 s) for the board to show it as the call now.
        let shown = rt.block_on(async {
            tokio::time::timeout(Duration::from_secs(2), async {
                while let Some((now, r)) = shown_rx.recv().await {
                    if now == label && r == recall {
                        return made.elapsed();
                    }
                }
                Duration::MAX
            })
            .await
            .unwrap_or(Duration::MAX)
        });
        calls.push(Call {
            label,
            recall,
            made,
            shown,
            at: None,
        });
    }
    // The board may show a call before its event is through the feed: wait for every
    // announcement before closing the feed.
    for call in &mut calls {
        let (label, at) = said_rx
            .recv_timeout(Duration::from_secs(5))
            .expect("every call is announced");
        assert_eq!(call.label, label, "announced in the order made");
        call.at = Some(at);
    }
    drop(view_tx);
    let announcer = rt.block_on(board).unwrap();
    announcer.finish();
    let heard = plays
        .lock()
        .unwrap()
        .iter()
        .map(|p| {
            let call = calls
                .iter()
                .position(|c| c.at == Some(p.call_at))
                .expect("every part played is one of the calls");
            Heard {
                call,
                played: p.clone(),
                after: p.started.duration_since(calls[call].made),
            }
        })
        .collect();
    let mut wavs: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("played-"))
        .collect();
    wavs.sort_by_key(|p| {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        name.trim_start_matches("played-").parse::<usize>().unwrap()
    });
    Burst { calls, heard, wavs }
}
