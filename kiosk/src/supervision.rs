//! The kiosk under systemd (`Type=notify`, `NotifyAccess=all`, `WatchdogSec=`, with `cage` as the
//! unit's main process): `READY=1` once the first frame is painted, `WATCHDOG=1` only while the UI
//! event loop and the forwarder both beat, `STOPPING=1` when it stops, and SIGTERM (or Ctrl+C)
//! ending the event loop as a closed window would. The protocol and the pinger are
//! `onestop::systemd`'s; without `NOTIFY_SOCKET` only the signal handling remains.
//!
//! Test-only: `ONESTOP_TEST_STALL_UI_AFTER_MS=N` blocks the UI event loop for good N ms after
//! start, so the watchdog tests can see the pings stop. Nothing sets it in production.

use crate::ui::{Frames, KioskWindow};
use onestop::systemd::watchdog::{self, Heartbeat, Watchdog};
use onestop::systemd::{Notifier, test_stall_after};
use slint::ComponentHandle as _;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

/// The kiosk's side of systemd's supervision; keep it until the event loop ends.
pub struct Supervision {
    notifier: Option<Notifier>,
    /// The UI event loop's beat (a Slint timer) and the stall hook's timer.
    _timers: Vec<slint::Timer>,
    _watchdog: Option<Watchdog>,
    stopping_sent: Arc<std::sync::atomic::AtomicBool>,
}

impl Supervision {
    /// Set up supervision for `window` before it is shown: the first-frame hook, the UI's
    /// heartbeat, the pinger (watching the UI and `forwarder`, when there is one), the signal
    /// handler (on `runtime`) and the test-only stall hook.
    pub fn start(
        window: &KioskWindow,
        forwarder: Option<Arc<Heartbeat>>,
        runtime: &tokio::runtime::Handle,
    ) -> anyhow::Result<Supervision> {
        let notifier = match Notifier::from_env() {
            Ok(n) => n,
            Err(e) => {
                tracing::error!("{e}; systemd will not hear from the kiosk");
                None
            }
        };
        let stopping_sent = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut timers = Vec::new();
        let mut dog = None;
        if let Some(n) = &notifier {
            let told = Rc::new(Cell::new(false));
            let first = n.clone();
            window.global::<Frames>().on_drawn(move || {
                if !told.replace(true) {
                    match first.ready("showing the welcome screen") {
                        Ok(()) => tracing::info!("first frame painted; told systemd the kiosk is ready"),
                        Err(e) => tracing::error!("{e}"),
                    }
                }
                slint::Brush::default()
            });
            if let Some(interval) = watchdog::interval_from_env() {
                let ui = Heartbeat::new("the UI event loop");
                let beat = slint::Timer::default();
                let beating = ui.clone();
                beat.start(slint::TimerMode::Repeated, watchdog::beat_every(interval), move || {
                    beating.beat()
                });
                timers.push(beat);
                let beats = std::iter::once(ui).chain(forwarder).collect();
                dog = Some(Watchdog::start(n.clone(), interval, beats)?);
                tracing::info!(watchdog_ms = interval.as_millis() as u64, "systemd's watchdog is on");
            }
        }
        if let Some(after) = test_stall_after("ONESTOP_TEST_STALL_UI_AFTER_MS") {
            tracing::warn!("test-only: the UI event loop will stall on purpose after {after:?}");
            let stall = slint::Timer::default();
            stall.start(slint::TimerMode::SingleShot, after, || {
                tracing::warn!("test-only: the UI event loop stalls now (ONESTOP_TEST_STALL_UI_AFTER_MS)");
                loop {
                    std::thread::sleep(Duration::from_secs(3600));
                }
            });
            timers.push(stall);
        }
        let (n, sent) = (notifier.clone(), stopping_sent.clone());
        runtime.spawn(async move {
            let signal = stop_signal().await;
            tracing::info!("{signal}: the kiosk stops");
            if let Some(n) = n
                && !sent.swap(true, std::sync::atomic::Ordering::SeqCst)
            {
                let _ = n.stopping(&format!("stopping ({signal})"));
            }
            let _ = slint::invoke_from_event_loop(|| {
                let _ = slint::quit_event_loop();
            });
        });
        Ok(Supervision {
            notifier,
            _timers: timers,
            _watchdog: dog,
            stopping_sent,
        })
    }

    /// The event loop has ended: tell systemd (once) while the background services stop.
    pub fn stopping(&self) {
        if let Some(n) = &self.notifier
            && !self.stopping_sent.swap(true, std::sync::atomic::Ordering::SeqCst)
            && let Err(e) = n.stopping("stopping: finishing the sends under way")
        {
            tracing::warn!("{e}");
        }
    }
}

/// Wait for SIGTERM (systemd stopping the unit) or SIGINT; which one came.
async fn stop_signal() -> &'static str {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
        tracing::warn!("could not listen for SIGTERM; stopping the kiosk will kill it outright");
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    }
}
