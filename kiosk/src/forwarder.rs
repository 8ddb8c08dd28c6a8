//! The kiosk's background forwarder: `onestop::outbox::forwarder::run` on its own thread, runtime
//! and database connection, so the UI never waits for the network. It is supervised (restarted
//! after a pause if it ever ends by itself) and stops when told: the attempts under way are
//! finished and recorded first. Sending itself is the core's.
//!
//! Its thread beats a [`Heartbeat`] from its own runtime, so systemd's watchdog sees when the
//! thread is blocked (test-only: `ONESTOP_TEST_STALL_FORWARDER_AFTER_MS=N` blocks it on purpose
//! N ms after start).

use crate::background::Service;
use crate::context::Context;
use anyhow::Result;
use onestop::outbox::forwarder::{self, Health, Until};
use onestop::systemd::Heartbeat;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// The running forwarder.
#[derive(Debug)]
pub struct Forwarder {
    /// Wakes it at once (staff "Send now").
    pub wake: Arc<Notify>,
    /// Where it tells how it is doing (the staff screen).
    pub health: Arc<Health>,
    /// Its thread, to stop when the window closes.
    pub service: Service,
    /// Beats while its thread is free to run (systemd's watchdog watches it).
    pub heartbeat: Arc<Heartbeat>,
}

/// Run `work`, beating `heart` every [`BEAT`] on the same thread meanwhile: a thread blocked in
/// a call that never returns stops beating.
async fn beating<F: Future>(heart: &Heartbeat, work: F) -> F::Output {
    let beat = async {
        loop {
            heart.beat();
            tokio::time::sleep(BEAT).await;
        }
    };
    tokio::select! {
        out = work => out,
        _ = beat => unreachable!("the beat never ends"),
    }
}

/// How often the forwarder's thread beats (a watchdog of 2 s or more sees it fresh).
const BEAT: Duration = Duration::from_millis(250);

/// Start forwarding in the background, or `None` when no CRM is configured. If the forwarder
/// ever ends (an error, or a panic) without being told to stop, it is started again after a
/// growing pause, with a fresh database connection, and the staff screen counts the restart.
pub fn start(ctx: &Context) -> Result<Option<Forwarder>> {
    let Some((hook, settings)) = crate::cli::connector(ctx)? else {
        return Ok(None);
    };
    let health = Arc::new(Health::default());
    let settings = settings
        .verifying(ctx.config.cards.provider())
        .reporting_to(health.clone());
    // Opened here first when it can be (a full disk may stop that; the loop opens it later).
    let open = ctx.store_opener();
    let mut store = open().ok();
    let wake = Arc::new(Notify::new());
    let woken = wake.clone();
    let told = health.clone();
    let heartbeat = Heartbeat::new("the forwarder");
    let heart = heartbeat.clone();
    let stall = onestop::systemd::test_stall_after("ONESTOP_TEST_STALL_FORWARDER_AFTER_MS");
    let service = Service::spawn("forwarder", move |shutdown| {
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(r) => r,
            Err(e) => return tracing::error!("the forwarder could not start: {e}"),
        };
        let until = Until::Forever {
            poll: Duration::from_secs(2),
        };
        let mut pause = Duration::from_secs(1);
        if let Some(after) = stall {
            runtime.spawn(async move {
                tokio::time::sleep(after).await;
                tracing::warn!("test-only: the forwarder's thread stalls now (ONESTOP_TEST_STALL_FORWARDER_AFTER_MS)");
                loop {
                    std::thread::sleep(Duration::from_secs(3600));
                }
            });
        }
        while !shutdown.is_signalled() {
            let opened = match store.take() {
                Some(s) => Ok(s),
                None => open(),
            };
            let ended = match opened {
                Ok(store) => {
                    let run = std::panic::AssertUnwindSafe(|| {
                        runtime.block_on(beating(
                            &heart,
                            forwarder::run(&store, &hook, settings.clone(), until, &woken, &shutdown),
                        ))
                    });
                    match std::panic::catch_unwind(run) {
                        Ok(Ok(report)) if report.shut_down => return,
                        Ok(Ok(_)) => "it returned".to_owned(),
                        Ok(Err(e)) => e.to_string(),
                        Err(_) => "it panicked".to_owned(),
                    }
                }
                Err(e) => format!("the database could not be opened: {e:#}"),
            };
            if shutdown.is_signalled() {
                return;
            }
            tracing::error!("the forwarder stopped ({ended}); starting it again in {pause:?}");
            told.fault(&format!("the sending task stopped: {ended}"));
            told.restarted();
            runtime.block_on(beating(&heart, async {
                tokio::select! {
                    _ = tokio::time::sleep(pause) => {}
                    _ = shutdown.signalled() => {}
                }
            }));
            pause = (pause * 2).min(Duration::from_secs(60));
        }
    })?;
    Ok(Some(Forwarder {
        wake,
        health,
        service,
        heartbeat,
    }))
}
