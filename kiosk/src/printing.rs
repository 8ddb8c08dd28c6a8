//! The kiosk's receipt printer: turns a submission or a ticket into bytes in the visitor's
//! language, prints them off the UI thread within a deadline, and reports the outcome back; also
//! `kiosk print-test`. When there is no printer, or it fails, the screen shows the reference or
//! ticket number large instead, so nothing depends on paper.

use crate::context::Context;
use anyhow::{Context as _, Result};
use onestop::i18n::Translations;
use onestop::print::driver::{self, Connection, PrintError, Printed};
use onestop::print::layout::{self, Target};
use onestop::print::raster::Rasteriser;
use onestop::print::status::PrinterStatus;
use onestop::print::words::{ReceiptFacts, TicketFacts, receipt_words, ticket_words};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The configured printer and the shaper for scripts no code page carries.
#[derive(Clone)]
pub struct Printer {
    connection: Option<Connection>,
    paper: layout::Paper,
    code_pages: layout::CodePageNumbers,
    timeout: Duration,
    deadline: Duration,
    track_url: Option<String>,
    council: String,
    translations: Arc<Translations>,
    /// Built on first use (loading the fonts takes a moment) and kept.
    shaper: Arc<OnceLock<Mutex<Rasteriser>>>,
}

/// A printer's state as the staff screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// No printer configured.
    None,
    /// Ready; `paper_low` warns staff to change the roll.
    Ready {
        /// The roll is nearly finished.
        paper_low: bool,
    },
    /// Connected, but the connection cannot report status (a file).
    NoStatus,
    /// Cannot print: the reason, in words for staff.
    Fault(String),
}

impl Printer {
    /// From the kiosk's configuration. `connection` overrides `[printer] connection`.
    pub fn from_context(ctx: &Context, connection: Option<&str>) -> Result<Printer> {
        let p = &ctx.config.printer;
        let connection = match connection {
            Some(c) => Some(c.parse::<Connection>()?),
            None => p.connection.clone(),
        };
        Ok(Printer {
            connection,
            paper: p.paper()?,
            code_pages: p.code_page_numbers(),
            timeout: Duration::from_secs(p.timeout_secs),
            deadline: Duration::from_secs(p.deadline_secs),
            track_url: (!p.track_url.is_empty()).then(|| p.track_url.clone()),
            council: ctx.config.kiosk.council_name.clone(),
            translations: ctx.translations.clone(),
            shaper: Arc::new(OnceLock::new()),
        })
    }

    /// With a different paper width (print-test).
    pub fn with_paper(mut self, paper: layout::Paper) -> Printer {
        self.paper = paper;
        self
    }

    /// Whether a printer is configured at all.
    pub fn configured(&self) -> bool {
        self.connection.is_some()
    }

    /// The connection, for messages.
    pub fn connection(&self) -> Option<&Connection> {
        self.connection.as_ref()
    }

    fn target(&self, tag: &str) -> Target {
        let rtl = self.translations.get(tag).is_some_and(|l| l.is_rtl());
        Target {
            paper: self.paper,
            code_pages: self.code_pages,
            rtl,
        }
    }

    fn shaper(&self) -> std::sync::MutexGuard<'_, Rasteriser> {
        self.shaper
            .get_or_init(|| Mutex::new(Rasteriser::new()))
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The receipt for one submission, in `tag`.
    pub fn receipt_bytes(&self, tag: &str, form: &str, reference: &str, sent_at: time::OffsetDateTime) -> Vec<u8> {
        let words = receipt_words(
            &self.translations,
            tag,
            &ReceiptFacts {
                council: &self.council,
                form,
                reference,
                sent_at,
                track_url: self.track_url.as_deref(),
            },
        );
        layout::receipt(&words, self.target(tag), &mut *self.shaper())
    }

    /// The queue ticket, in `tag`.
    pub fn ticket_bytes(&self, tag: &str, facts: &TicketFacts) -> Vec<u8> {
        let facts = TicketFacts {
            council: &self.council,
            ..facts.clone()
        };
        let words = ticket_words(&self.translations, tag, &facts);
        layout::ticket(&words, self.target(tag), &mut *self.shaper())
    }

    /// Prints, waiting at most the configured deadline. Call off the UI thread.
    pub fn print_blocking(&self, bytes: Vec<u8>) -> Result<Printed, PrintError> {
        let Some(connection) = &self.connection else {
            return Err(PrintError::Unreachable {
                connection: "none".into(),
                reason: "no printer is configured".into(),
            });
        };
        driver::print_with_deadline(connection, bytes, self.timeout, self.deadline)
    }

    /// Reads the printer's state, waiting at most the deadline. Call off the UI thread.
    pub fn health_blocking(&self) -> Health {
        let Some(connection) = self.connection.clone() else {
            return Health::None;
        };
        let timeout = self.timeout;
        match driver::with_deadline(self.deadline, move || driver::check(&connection, timeout)) {
            Ok(Some(status)) => health_of(status),
            Ok(None) => Health::NoStatus,
            Err(e) => Health::Fault(e.to_string()),
        }
    }
}

/// How [`Health::Fault`] words a fault the printer itself reported; its id follows (`paper-out`).
pub const REPORTS: &str = "the printer reports ";

fn health_of(status: PrinterStatus) -> Health {
    match status.fault() {
        Some(f) => Health::Fault(format!("{REPORTS}{}", f.id())),
        None => Health::Ready {
            paper_low: status.paper_low,
        },
    }
}

/// `kiosk print-test`: prints a sample receipt and ticket in `locale`; `Ok(false)` when the printer
/// failed (the reason is printed).
pub fn print_test(ctx: &Context, locale: &str, paper: Option<&str>, connection: Option<&str>) -> Result<bool> {
    if ctx.translations.get(locale).is_none() {
        anyhow::bail!(
            "there is no locale {locale:?}; choose one of: {}",
            ctx.translations
                .all()
                .map(|l| l.tag.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut printer = Printer::from_context(ctx, connection)?;
    if let Some(paper) = paper {
        let paper = layout::Paper::parse(paper).with_context(|| format!("--paper {paper:?}: write 58 or 80"))?;
        printer = printer.with_paper(paper);
    }
    if !printer.configured() {
        anyhow::bail!("no printer: set [printer] connection in the config, or pass --printer");
    }
    let now = crate::clock::local_now();
    let reference = onestop::reference::Reference::generate();
    let form = match ctx.forms.get("missed-bin") {
        Some(f) => f.id.clone(),
        None => ctx
            .forms
            .all()
            .next()
            .map(|f| f.id.clone())
            .context("no forms are offered")?,
    };
    let receipt = printer.receipt_bytes(locale, &form, reference.as_str(), now);
    let service = ctx.translations.text(locale, "ticket-service-general", &[]);
    let ticket = printer.ticket_bytes(
        locale,
        &TicketFacts {
            council: "",
            number: "A042",
            service: &service,
            wait_minutes: Some(15),
            priority: false,
            taken_at: now,
            page_url: None,
        },
    );
    let connection = printer.connection().map(|c| c.to_string()).unwrap_or_default();
    for (what, bytes) in [("receipt", receipt), ("ticket", ticket)] {
        match printer.print_blocking(bytes) {
            Ok(printed) => {
                let low = printed.status.is_some_and(|s| s.paper_low);
                println!(
                    "printed the sample {what} ({locale}) on {connection}{}",
                    if low { "; the paper is running low" } else { "" }
                );
            }
            Err(e) => {
                println!("the sample {what} was not printed: {e}");
                return Ok(false);
            }
        }
    }
    println!("reference {}", reference.as_str());
    Ok(true)
}
