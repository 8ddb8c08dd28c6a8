//! The kiosk's devices off the UI thread: one worker prints jobs one at a time (a receipt after
//! "Send", a ticket after "Take a ticket", a staff test page) and checks the printer's health; card
//! readers post their events here too. Everything comes back as [`News`] through the sink the
//! shell gives (its one answer channel, which wakes the UI thread), so the screen never waits.

use crate::printing::{Health, Printer};
use onestop::card::CardEvent;
use onestop::print::driver::{PrintError, Printed};
use std::sync::mpsc;

/// Something a device did.
#[derive(Debug)]
pub enum News {
    /// A print job ended.
    Printed {
        /// The job's number, from [`Devices::print`].
        job: u64,
        /// What happened.
        result: Result<Printed, PrintError>,
    },
    /// The printer's health, after a check or a job.
    Printer(Health),
    /// A card reader's event.
    Card(CardEvent),
}

/// What to print.
#[derive(Debug, Clone)]
pub enum Job {
    /// A submission's receipt.
    Receipt {
        /// The visitor's language.
        locale: String,
        /// The form.
        form: String,
        /// The reference.
        reference: String,
        /// When it was sent.
        at: time::OffsetDateTime,
    },
    /// A queue ticket.
    Ticket {
        /// The visitor's language.
        locale: String,
        /// The number.
        number: String,
        /// The service, in the visitor's language.
        service: String,
        /// The estimate.
        wait_minutes: Option<u32>,
        /// A priority ticket.
        priority: bool,
        /// The ticket's mobile page: the printed QR code holds it.
        page_url: Option<String>,
        /// When it was taken.
        at: time::OffsetDateTime,
    },
    /// The staff screen's test page: a sample receipt in the staff language.
    TestPage {
        /// The language.
        locale: String,
    },
}

enum Work {
    Print(u64, Job),
    Check,
}

/// The handle the shell keeps.
pub struct Devices {
    work: mpsc::Sender<Work>,
    sink: std::sync::Arc<dyn Fn(News) + Send + Sync>,
    configured: bool,
}

impl Devices {
    /// Starts the printer worker. `sink` takes each piece of news, on a worker thread.
    pub fn start(printer: Printer, sink: impl Fn(News) + Send + Sync + 'static) -> std::io::Result<Devices> {
        let sink: std::sync::Arc<dyn Fn(News) + Send + Sync> = std::sync::Arc::new(sink);
        let (work, work_rx) = mpsc::channel::<Work>();
        let configured = printer.configured();
        let tell = sink.clone();
        std::thread::Builder::new().name("printer-jobs".into()).spawn(move || {
            while let Ok(item) = work_rx.recv() {
                let news = match item {
                    Work::Print(job, what) => {
                        let bytes = bytes_of(&printer, what);
                        let result = printer.print_blocking(bytes);
                        match &result {
                            Ok(_) => tracing::info!(device = "printer", job, state = "printed", "print job done"),
                            Err(e) => tracing::warn!(device = "printer", job, state = "failed", error = %e, "print job failed"),
                        }
                        News::Printed { job, result }
                    }
                    Work::Check => News::Printer(printer.health_blocking()),
                };
                tell(news);
            }
        })?;
        Ok(Devices { work, sink, configured })
    }

    /// Whether a printer is configured (otherwise nothing is printed and nothing is promised).
    pub fn printer_configured(&self) -> bool {
        self.configured
    }

    /// Queues job `id` (the app's number for it, which comes back in [`News::Printed`]); false
    /// when there is no printer or its worker has gone.
    pub fn print(&self, id: u64, job: Job) -> bool {
        self.configured && self.work.send(Work::Print(id, job)).is_ok()
    }

    /// Asks for the printer's health; it comes back as [`News::Printer`].
    pub fn check_printer(&self) {
        let _ = self.work.send(Work::Check);
    }

    /// Asks for the printer's health every `period`, on a thread of its own, until the printer's
    /// worker has gone (the answers come back as [`News::Printer`], like [`Self::check_printer`]'s).
    pub fn check_every(&self, period: std::time::Duration) {
        let work = self.work.clone();
        let _ = std::thread::Builder::new()
            .name("printer-checks".into())
            .spawn(move || {
                while work.send(Work::Check).is_ok() {
                    std::thread::sleep(period);
                }
            });
    }

    /// A sender for a card reader's events, each passed on as [`News::Card`].
    pub fn card_events(&self) -> mpsc::Sender<CardEvent> {
        let (tx, rx) = mpsc::channel::<CardEvent>();
        let sink = self.sink.clone();
        let _ = std::thread::Builder::new().name("card-events".into()).spawn(move || {
            while let Ok(event) = rx.recv() {
                sink(News::Card(event));
            }
        });
        tx
    }
}

fn bytes_of(printer: &Printer, job: Job) -> Vec<u8> {
    match job {
        Job::Receipt {
            locale,
            form,
            reference,
            at,
        } => printer.receipt_bytes(&locale, &form, &reference, at),
        Job::Ticket {
            locale,
            number,
            service,
            wait_minutes,
            priority,
            page_url,
            at,
        } => printer.ticket_bytes(
            &locale,
            &onestop::print::words::TicketFacts {
                council: "",
                number: &number,
                service: &service,
                wait_minutes,
                priority,
                taken_at: at,
                page_url: page_url.as_deref(),
            },
        ),
        Job::TestPage { locale } => {
            let reference = onestop::reference::Reference::generate();
            let now = time::OffsetDateTime::now_utc();
            printer.receipt_bytes(&locale, "missed-bin", reference.as_str(), now)
        }
    }
}
