//! The kiosk's part in the site's queue, set up at start: with `[queue] tickets` on, it hosts the
//! hub itself when `standalone` (the bus: on its own thread and runtime, listening on `listen`
//! for boards and counters on the LAN), then connects to the hub as a kiosk and gives the link
//! to "Take a ticket"; the hosted hub stops when the window closes (see [`crate::background`]).
//! The hub and the client are `onestop::queue`'s.

use crate::background::Service;
use crate::context::Context;
use crate::queue_link::QueueKioskOptions;
use crate::shell::Shell;
use anyhow::{Context as _, Result};
use onestop::queue::link::HubLink;
use onestop::queue::{Hello, QueueStore};
use std::rc::Rc;

/// The kiosk's queue once set up: keep it for the life of the window.
pub struct KioskQueue {
    /// The link "Take a ticket" uses.
    pub link: Rc<HubLink>,
    /// Where the hub this kiosk hosts listens (standalone only).
    pub hosted: Option<std::net::SocketAddr>,
    /// The hub's thread (standalone only), to stop when the window closes.
    pub hub: Option<Service>,
}

/// Set up the queue for this kiosk, if `[queue] tickets` is on; `None` when it offers no tickets.
pub fn start(ctx: &Context, shell: &Shell, runtime: tokio::runtime::Handle) -> Result<Option<KioskQueue>> {
    let q = &ctx.config.queue;
    if !q.tickets {
        return Ok(None);
    }
    let mut token = (!q.kiosk_token.is_empty()).then(|| q.kiosk_token.clone());
    let (hosted, hub) = if q.standalone {
        if token.is_none() {
            // The hub this kiosk hosts is never open: it makes its token, and uses it itself.
            std::fs::create_dir_all(&ctx.data_dir)?;
            token = Some(onestop::queue::server::kiosk_token::load_or_create(&ctx.data_dir)?.0);
        }
        let (addr, hub) = host(ctx, token.clone())?;
        (Some(addr), Some(hub))
    } else {
        (None, None)
    };
    let url = match hosted {
        Some(addr) => format!("ws://127.0.0.1:{}/v1/queue", addr.port()),
        None => q.hub.clone(),
    };
    let mut hello = Hello::kiosk(token);
    let kiosk_name = onestop::queue::client::host_name();
    if let Some(name) = kiosk_name.clone() {
        hello = hello.named(name);
    }
    let wake = || {
        // Run the replies on the UI thread; if the window is gone there is nobody to tell.
        let _ = slint::invoke_from_event_loop(onestop::queue::link::pump_all);
    };
    let link = HubLink::start_on(runtime, &url, hello, wake);
    shell.set_kiosk_name(kiosk_name);
    shell.set_queue(link.clone(), QueueKioskOptions::from_config(q));
    tracing::info!("tickets are issued by the queue hub at {url}");
    Ok(Some(KioskQueue { link, hosted, hub }))
}

/// Host the hub in this process (standalone), kiosks presenting `kiosk_token`; returns the
/// address it listens on once it does, and its thread, which ends once told to stop.
fn host(ctx: &Context, kiosk_token: Option<String>) -> Result<(std::net::SocketAddr, Service)> {
    let settings_offset = crate::clock::local_offset().map_or(0, |o| o.whole_seconds());
    let mut settings = onestop::queue::server::Settings::from_config(&ctx.config.queue, settings_offset);
    settings.kiosk_token = kiosk_token;
    // The hub refuses tickets outside the site's opening hours.
    settings.config.hours = ctx.config.hours.schedule()?;
    let listen = ctx.config.queue.listen_addr()?;
    std::fs::create_dir_all(&ctx.data_dir)?;
    settings.mobile =
        onestop::queue::server::MobileHub::from_config(&ctx.config.queue, &ctx.data_dir, ctx.translations.clone())?;
    settings.appointments = onestop::queue::server::AppointmentFeed::from_config(&ctx.config.queue, &ctx.data_dir);
    settings.sms =
        onestop::queue::server::SmsHub::from_config(&ctx.config.queue, &ctx.data_dir, Some(ctx.translations.clone()))
            .map_err(anyhow::Error::msg)?;
    let store = QueueStore::open(&ctx.data_dir.join("queue.db"))?;
    let (ready_tx, ready) = std::sync::mpsc::channel();
    let hub = Service::spawn("queue-hub", move |shutdown| {
        let runtime = match tokio::runtime::Runtime::new() {
            Ok(r) => r,
            Err(e) => return drop(ready_tx.send(Err(format!("could not start the hub's runtime: {e}")))),
        };
        runtime.block_on(async move {
            let listener = match tokio::net::TcpListener::bind(listen).await {
                Ok(l) => l,
                Err(e) => {
                    let _ = ready_tx.send(Err(format!(
                        "could not listen on {listen} for the queue hub ({e}); is another hub running there?"
                    )));
                    return;
                }
            };
            let _ = ready_tx.send(listener.local_addr().map_err(|e| e.to_string()));
            let stopped = async move { shutdown.signalled().await };
            if let Err(e) = onestop::queue::server::run(listener, store, settings, stopped).await {
                tracing::error!("the queue hub stopped: {e}");
            }
        });
    })?;
    let addr = ready
        .recv()
        .context("the queue hub's thread ended before it listened")?
        .map_err(anyhow::Error::msg)?;
    tracing::info!("hosting the queue hub on {addr} (standalone)");
    Ok((addr, hub))
}
