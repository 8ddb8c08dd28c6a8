//! The kiosk's fleet metrics (`[metrics]`): `GET /metrics` on `metrics.bind` and/or the
//! node_exporter textfile at `metrics.textfile`, each on its own thread with its own database
//! connection, so a scrape never touches the UI thread. [`Watch`] tees the printer's and card
//! readers' news into the [`DeviceBoard`] a scrape reads, and asks the printer how it is every
//! `printer_check_secs`. What a scrape contains is `onestop::metrics::kiosk`'s.

use crate::background::Service;
use crate::context::Context;
use crate::devices::{Devices, News};
use crate::printing::Health;
use anyhow::{Context as _, Result};
use onestop::card::CardEvent;
use onestop::metrics::devices::{DeviceBoard, PrinterState};
use onestop::metrics::{BuildInfo, http, kiosk, textfile};
use onestop::store::Store;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Where the devices' news goes for metrics, and how often to ask the printer.
#[derive(Debug, Clone)]
pub struct Watch {
    /// What the next scrape reads.
    pub board: DeviceBoard,
    /// Ask the printer this often (`None`: only jobs and staff ask).
    pub printer_every: Option<Duration>,
}

impl Watch {
    /// For `ctx`'s config, or `None` when metrics are off.
    pub fn of(ctx: &Context) -> Option<Watch> {
        let m = &ctx.config.metrics;
        m.kiosk_on().then(|| Watch {
            board: DeviceBoard::default(),
            printer_every: (m.printer_check_secs > 0).then(|| Duration::from_secs(m.printer_check_secs)),
        })
    }

    /// Note what a device said.
    pub fn hear(&self, news: &News) {
        match news {
            News::Printer(h) => self.board.set_printer(printer_state(h)),
            News::Printed { result, .. } => {
                // A job's outcome says as much as a check; a status read with it says more.
                if let Ok(printed) = result
                    && let Some(s) = &printed.status
                {
                    self.board.set_printer(match s.fault() {
                        Some(f) => PrinterState::Fault(f.id()),
                        None => PrinterState::Ready { paper_low: s.paper_low },
                    });
                }
            }
            News::Card(CardEvent::Status { reader, status }) => self.board.set_reader(*reader, status),
            News::Card(_) => {}
        }
    }

    /// Note that a printer is (or is not) configured, and start the periodic checks.
    pub fn start_checks(&self, devices: &Devices) {
        if !devices.printer_configured() {
            return self.board.set_printer(PrinterState::None);
        }
        self.board.set_printer(PrinterState::Unknown);
        if let Some(every) = self.printer_every {
            devices.check_every(every);
        }
    }
}

/// A printer's health as the fleet sees it: the printer's own fault id when it gave one
/// (`paper-out`), `unreachable` when it could not be asked.
pub fn printer_state(h: &Health) -> PrinterState {
    match h {
        Health::None => PrinterState::None,
        Health::Ready { paper_low } => PrinterState::Ready { paper_low: *paper_low },
        Health::NoStatus => PrinterState::NoStatus,
        Health::Fault(text) => {
            let said = text.strip_prefix(crate::printing::REPORTS).unwrap_or("");
            PrinterState::Fault(
                ["paper-out", "cover-open", "error", "offline"]
                    .into_iter()
                    .find(|id| *id == said)
                    .unwrap_or("unreachable"),
            )
        }
    }
}

/// One scrape's text, reading the database through `store` (opened on first use, and again
/// after it failed).
fn scrape(
    open: &(dyn Fn() -> Result<Store> + Send + Sync),
    store: &Mutex<Option<Store>>,
    board: &DeviceBoard,
) -> String {
    let mut held = store.lock().unwrap_or_else(|e| e.into_inner());
    if held.is_none() {
        match open() {
            Ok(s) => *held = Some(s),
            Err(e) => tracing::warn!("metrics: the database could not be opened: {e:#}"),
        }
    }
    let today = crate::clock::local_now().date().to_string();
    let figures = match held.as_ref() {
        Some(s) => kiosk::gather(s, &today, board),
        None => kiosk::KioskFigures {
            outbox: Err("the database could not be opened".into()),
            ratings: Vec::new(),
            devices: board.read(),
            now: time::OffsetDateTime::now_utc().unix_timestamp() as f64,
        },
    };
    if figures.outbox.is_err() {
        // Open afresh next time (the disk may have come back).
        *held = None;
    }
    kiosk::render(&figures, &BuildInfo::of("kiosk"))
}

fn scraper(ctx: &Context, board: &DeviceBoard) -> Arc<dyn Fn() -> String + Send + Sync> {
    let open = ctx.store_opener();
    let open: Box<dyn Fn() -> Result<Store> + Send + Sync> = Box::new(open);
    let store = Mutex::new(None);
    let board = board.clone();
    Arc::new(move || scrape(&*open, &store, &board))
}

/// Start serving and/or writing metrics for `ctx` from `board`; none when they are off. The
/// listener is bound here, so a port in use stops the kiosk at start with the key's name.
/// Returns the services and the address served on, if any.
pub fn start(ctx: &Context, board: &DeviceBoard) -> Result<(Vec<Service>, Option<std::net::SocketAddr>)> {
    let m = &ctx.config.metrics;
    let mut services = Vec::new();
    let mut served = None;
    if let Some(addr) = m.bind_addr()? {
        let listener = std::net::TcpListener::bind(addr).with_context(|| {
            format!("metrics.bind: could not listen on {addr}; is another program using that port?")
        })?;
        listener.set_nonblocking(true)?;
        served = Some(listener.local_addr()?);
        let scrape = scraper(ctx, board);
        services.push(Service::spawn("metrics-http", move |shutdown| {
            let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                Ok(r) => r,
                Err(e) => return tracing::error!("the metrics endpoint could not start: {e}"),
            };
            runtime.block_on(async move {
                let served = match tokio::net::TcpListener::from_std(listener) {
                    Ok(l) => http::run(l, scrape, async move { shutdown.signalled().await }).await,
                    Err(e) => Err(e),
                };
                if let Err(e) = served {
                    tracing::error!("the metrics endpoint stopped: {e}");
                }
            });
        })?);
    }
    if let Some(path) = m.textfile_path() {
        let every = Duration::from_secs(m.textfile_every_secs);
        let scrape = scraper(ctx, board);
        services.push(Service::spawn("metrics-textfile", move |shutdown| {
            textfile::run(&path, every, || scrape(), &shutdown);
        })?);
    }
    Ok((services, served))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printer_faults_keep_the_printers_own_id() {
        let said = |id: &str| Health::Fault(format!("{}{id}", crate::printing::REPORTS));
        assert_eq!(printer_state(&said("paper-out")), PrinterState::Fault("paper-out"));
        assert_eq!(printer_state(&said("cover-open")), PrinterState::Fault("cover-open"));
        assert_eq!(
            printer_state(&Health::Fault("could not connect to tcp://10.0.0.9:9100".into())),
            PrinterState::Fault("unreachable")
        );
        assert_eq!(
            printer_state(&Health::Ready { paper_low: true }),
            PrinterState::Ready { paper_low: true }
        );
    }
}
