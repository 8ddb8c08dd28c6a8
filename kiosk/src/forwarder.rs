//! The kiosk's background forwarder: `onestop::outbox::forwarder::run` on its own thread, runtime
//! and database connection, so the UI never waits for the network. It is supervised (restarted
//! after a pause if it ever ends by itself) and stops when told: the attempts under way are
//! finished and recorded first. Sending itself is the core's.

use crate::background::Service;
use crate::context::Context;
use anyhow::Result;
use onestop::outbox::forwarder::{self, Health, Until};
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
}

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
    let service = Service::spawn("forwarder", move |shutdown| {
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(r) => r,
            Err(e) => return tracing::error!("the forwarder could not start: {e}"),
        };
        let until = Until::Forever {
            poll: Duration::from_secs(2),
        };
        let mut pause = Duration::from_secs(1);
        while !shutdown.is_signalled() {
            let opened = match store.take() {
                Some(s) => Ok(s),
                None => open(),
            };
            let ended = match opened {
                Ok(store) => {
                    let run = std::panic::AssertUnwindSafe(|| {
                        runtime.block_on(forwarder::run(
                            &store,
                            &hook,
                            settings.clone(),
                            until,
                            &woken,
                            &shutdown,
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
            runtime.block_on(async {
                tokio::select! {
                    _ = tokio::time::sleep(pause) => {}
                    _ = shutdown.signalled() => {}
                }
            });
            pause = (pause * 2).min(Duration::from_secs(60));
        }
    })?;
    Ok(Some(Forwarder { wake, health, service }))
}
