//! The Onestop kiosk: a pure app layer under a thin Slint shell, over the `onestop` core.
//!
//! - [`app`]: PURE. Everything shown and typed as one value, `update(app, msg, env)`, the
//!   effects asked of the shell, and a view struct per page. No Slint, threads or sockets.
//! - [`shell`]: the only code that touches Slint: binders per page, keys, effects, workers.
//! - [`context`]: config, forms and translations, loaded once with embedded defaults.
//! - [`forwarder`]: the outbox forwarder on its own thread, supervised; [`ratings_summary`]: each
//!   finished day's satisfaction ratings to a webhook CRM, once; [`daily_csv`]: each finished
//!   day's CSV of a form's submissions into a folder, once; [`background`]: stopping them and
//!   the hosted hub when the window closes.
//! - [`catalogue`]: the CRM's cached forms merged in at start, `catalogue refresh|list`, and the
//!   background refresh.
//! - [`cli`]: `forms list|check`, `submit`, `stats` (the ratings per day), and `snapshot` (every
//!   screen to PNG, from `App` states): the scriptable paths.
//! - [`clock`]: the local offset, clock text and ages: one copy each.
//! - [`devices`], [`printing`]: the printer's worker and the receipts and tickets it prints.
//! - [`handover`]: `kiosk outbox export|import`, bundles carried by hand.
//! - [`fonts`], [`headless`]: the bundled fonts as Slint's fallback chain, and Slint without a
//!   display (the `onestop-slint` crate, shared with the queue display).
//! - [`lookup`]: asking the CRM about a sent form in the background, for "Track an enquiry".
//! - [`windowless`]: `kiosk forward`, the background work (forwarder, metrics) without a window.
//! - [`metrics`]: fleet metrics for Prometheus (`/metrics`, or a node_exporter textfile).
//! - [`queue_hub`]: the queue at start: host the hub (standalone) and connect "Take a ticket".
//! - [`queue_link`]: the seam to the queue hub ([`queue_link::QueueLink`]), and an in-process
//!   queue behind it for tests and snapshots.
//! - [`lockdown`]: the kiosk's locked window (full screen, no frame, close ignored);
//!   [`supervision`]: systemd's ready, watchdog and stopping notifications, and SIGTERM.
//! - [`track`]: `kiosk track REF`, a submission's state and what the CRM says of it.
//! - [`uprn`]: a UPRN named in `kiosk submit`'s answers, checked against the gazetteer and its
//!   address taken from it.
//! - [`ui`]: the compiled `.slint` files.
//!
//! [`init`] returns a wired window, so tests drive the real UI under Slint's testing backend.

pub mod app;
pub mod background;
pub mod catalogue;
pub mod cli;
pub mod clock;
pub mod context;
pub mod daily_csv;
pub mod devices;
pub mod forwarder;
pub mod handover;
pub mod lockdown;
pub mod lookup;
pub mod metrics;
pub mod printing;
pub mod queue_hub;
pub mod queue_link;
pub mod ratings_summary;
pub mod shell;
pub mod supervision;
pub mod track;
pub mod uprn;
pub mod windowless;

pub use onestop_slint::{fonts, headless};

/// The compiled Slint UI (`ui/app.slint`).
#[allow(missing_docs, clippy::all)]
pub mod ui {
    slint::include_modules!();
}

use shell::Shell;
use std::rc::Rc;

/// Create the kiosk window with every callback wired and the welcome screen showing.
pub fn init(ctx: Rc<context::Context>, store: onestop::store::Store) -> anyhow::Result<(ui::KioskWindow, Rc<Shell>)> {
    let window = ui::KioskWindow::new()?;
    let shell = Shell::setup(&window, ctx, store);
    Ok((window, shell))
}

/// Start asking the CRM about sent forms in the background (when the configured CRM can be
/// asked); its answers go through the shell's one answer channel.
pub fn start_status_lookup(
    shell: &Shell,
    connector: onestop::crm::Connector,
    timeout: std::time::Duration,
    runtime: tokio::runtime::Handle,
) {
    let sink = shell.sink();
    let answers = move |a| sink.send(shell::workers::Answer::Status(a));
    if let Some(lookup) = lookup::StatusLookup::start(connector, timeout, runtime, answers) {
        shell.set_status_lookup(lookup);
    }
}

/// The card readers' threads; they stop when this is dropped.
#[derive(Default)]
pub struct Readers {
    _simulated: Option<onestop::card::simulated::SimulatedReader>,
    #[cfg(feature = "nfc")]
    _nfc: Option<onestop::card::nfc::NfcHandle>,
}

/// Start the devices: the printer's worker, the card lookup's worker (its HTTP lookups on
/// `runtime`, the kiosk's one, when given) and the card readers, all answering through the
/// shell's one answer channel. Keep the returned readers alive.
pub fn start_devices(
    shell: &Rc<Shell>,
    ctx: &context::Context,
    runtime: Option<tokio::runtime::Handle>,
) -> anyhow::Result<Readers> {
    start_devices_watched(shell, ctx, runtime, None)
}

/// [`start_devices`], with each device's news also noted for metrics by `watch`.
pub fn start_devices_watched(
    shell: &Rc<Shell>,
    ctx: &context::Context,
    runtime: Option<tokio::runtime::Handle>,
    watch: Option<metrics::Watch>,
) -> anyhow::Result<Readers> {
    let printer = printing::Printer::from_context(ctx, None)?;
    let sink = shell.sink();
    let heard = watch.clone();
    let news = move |n| {
        if let Some(w) = &heard {
            w.hear(&n);
        }
        sink.send(shell::workers::Answer::News(n))
    };
    let devices = devices::Devices::start(printer, news)?;
    if let Some(w) = &watch {
        w.start_checks(&devices);
    }
    let cards = &ctx.config.cards;
    let desk = shell::workers::CardDesk::start(cards.provider_on(runtime), shell.sink())?;
    let mut readers = Readers::default();
    if !cards.simulated.trim().is_empty() {
        let events = devices.card_events();
        readers._simulated = Some(onestop::card::simulated::SimulatedReader::spawn(
            cards.simulated.trim().into(),
            std::time::Duration::from_millis(100),
            events,
        )?);
    }
    let nfc = cards.nfc.trim();
    if !nfc.is_empty() {
        let events = devices.card_events();
        #[cfg(feature = "nfc")]
        {
            readers._nfc = Some(
                onestop::card::nfc::NfcReader::new(nfc)
                    .poll_every(std::time::Duration::from_millis(cards.nfc_poll_ms))
                    .spawn(events)?,
            );
        }
        #[cfg(not(feature = "nfc"))]
        {
            tracing::error!("cards.nfc is set, but this kiosk was built without the nfc feature");
            let _ = events.send(onestop::card::CardEvent::Status {
                reader: onestop::card::ReaderKind::Nfc,
                status: onestop::card::ReaderStatus::Unavailable(
                    "this kiosk was built without NFC support (cargo feature nfc)".into(),
                ),
            });
        }
    }
    shell.set_devices(devices, desk);
    Ok(readers)
}

/// Start the idle timer: one tick a second drives the warning and the wipe.
pub fn start_idle_timer(shell: &Rc<Shell>) -> slint::Timer {
    let timer = slint::Timer::default();
    let weak = Rc::downgrade(shell);
    timer.start(
        slint::TimerMode::Repeated,
        std::time::Duration::from_secs(1),
        move || {
            if let Some(c) = weak.upgrade() {
                c.tick();
            }
        },
    );
    timer
}
