//! A kiosk's scrape: its outbox by delivery state, the oldest undelivered submission's age,
//! delivery attempts, the last contact with the CRM and how it went, the printer and card
//! readers, today's ratings per form or service and score, and the build. [`gather`] reads the
//! figures (two queries: the outbox, today's ratings); [`render`] is pure, so every group is
//! tested on plain values. Serving the text is [`super::http`]'s or [`super::textfile`]'s.

use super::devices::{Board, DeviceBoard, PrinterState};
use super::{BuildInfo, FloatGauge, encode, registry, unix_seconds};
use crate::store::Store;
use crate::store::metrics::OutboxFigures;
use crate::store::ratings::RatingCount;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

/// Everything one kiosk scrape shows.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskFigures {
    /// The outbox, or why it could not be read (then only `onestop_store_readable 0` shows).
    pub outbox: Result<OutboxFigures, String>,
    /// Today's ratings (local date), by subject.
    pub ratings: Vec<RatingCount>,
    /// The devices' latest state.
    pub devices: Board,
    /// Now, in Unix seconds (ages are measured from it).
    pub now: f64,
}

/// Read the figures: the outbox in one query, today's ratings (`today` is the local date,
/// `YYYY-MM-DD`) in another. A store that fails is reported in the figures, not as an error:
/// a scrape must still say the kiosk is alive and its database is not.
pub fn gather(store: &Store, today: &str, devices: &DeviceBoard) -> KioskFigures {
    let outbox = store.outbox_figures().map_err(|e| e.to_string());
    let ratings = if outbox.is_ok() {
        store.ratings_on(today).unwrap_or_default()
    } else {
        Vec::new()
    };
    KioskFigures {
        outbox,
        ratings,
        devices: devices.read(),
        now: time::OffsetDateTime::now_utc().unix_timestamp_nanos() as f64 / 1e9,
    }
}

/// A whole scrape, as text.
pub fn render(figures: &KioskFigures, build: &BuildInfo) -> String {
    let mut r = registry(build);
    let readable = Gauge::<i64>::default();
    r.register(
        "store_readable",
        "Whether the kiosk's database could be read for this scrape (1) or not (0)",
        readable.clone(),
    );
    if let Ok(outbox) = &figures.outbox {
        readable.set(1);
        outbox_group(&mut r, outbox, figures.now);
        crm_group(&mut r, outbox);
        ratings_group(&mut r, &figures.ratings);
    }
    devices_group(&mut r, &figures.devices);
    encode(&r)
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: &'static str,
}

fn outbox_group(r: &mut Registry, o: &OutboxFigures, now: f64) {
    let by_state = Family::<StateLabel, Gauge>::default();
    r.register(
        "outbox_submissions",
        "Submissions in the kiosk's outbox by delivery state: pending (not yet with the CRM, retrying included), parked (refused, waiting for staff), delivered (the CRM has them)",
        by_state.clone(),
    );
    for (state, n) in [("pending", o.pending), ("parked", o.parked), ("delivered", o.delivered)] {
        by_state.get_or_create(&StateLabel { state }).set(n as i64);
    }
    let gauge = |r: &mut Registry, name: &str, help: &str, value: i64| {
        let g = Gauge::<i64>::default();
        g.set(value);
        r.register(name, help, g);
    };
    gauge(
        r,
        "outbox_retrying_submissions",
        "Pending submissions whose last delivery attempt failed and will be retried",
        o.retrying as i64,
    );
    gauge(
        r,
        "outbox_purged_submissions",
        "Delivered submissions whose answers were deleted after the retention window",
        o.purged as i64,
    );
    let oldest = FloatGauge::default();
    let age = o
        .oldest_pending_at
        .as_deref()
        .and_then(unix_seconds)
        .map_or(0.0, |at| (now - at).max(0.0));
    oldest.set(age);
    r.register(
        "outbox_oldest_pending_age_seconds",
        "Age of the oldest submission not yet with the CRM (0 when none is pending)",
        oldest,
    );
    let attempts = Counter::<u64>::default();
    attempts.inc_by(o.attempts);
    r.register(
        "outbox_delivery_attempts",
        "Delivery attempts made for the submissions in the outbox",
        attempts,
    );
}

fn crm_group(r: &mut Registry, o: &OutboxFigures) {
    let (Some(at), Some(ok)) = (o.last_contact_at().and_then(unix_seconds), o.last_contact_ok()) else {
        // Never tried: no time to show, rather than a misleading 0 (1970).
        return;
    };
    let when = FloatGauge::default();
    when.set(at);
    r.register(
        "crm_last_contact_timestamp_seconds",
        "When the kiosk last tried the CRM (Unix time), whether it answered or not",
        when,
    );
    let result = Gauge::<i64>::default();
    result.set(i64::from(ok));
    r.register(
        "crm_last_contact_success",
        "Whether that last contact worked (1: the CRM answered; 0: it failed and will be retried)",
        result,
    );
    if let Some(reached) = o.last_reached_at.as_deref().and_then(unix_seconds) {
        let g = FloatGauge::default();
        g.set(reached);
        r.register(
            "crm_last_success_timestamp_seconds",
            "When the CRM last answered an attempt (Unix time)",
            g,
        );
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RatingLabels {
    kind: &'static str,
    subject: String,
    score: &'static str,
}

fn ratings_group(r: &mut Registry, ratings: &[RatingCount]) {
    let family = Family::<RatingLabels, Gauge>::default();
    r.register(
        "ratings_today",
        "Visitors' ratings today (local date) per form or queue service and score (1 very poor .. 5 very good)",
        family.clone(),
    );
    for rating in ratings {
        for (score, n) in ["1", "2", "3", "4", "5"].into_iter().zip(rating.counts) {
            if n > 0 {
                let labels = RatingLabels {
                    kind: rating.subject.kind(),
                    subject: rating.subject.id().to_owned(),
                    score,
                };
                family.get_or_create(&labels).set(i64::from(n));
            }
        }
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabel {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReaderLabel {
    reader: &'static str,
}

fn devices_group(r: &mut Registry, d: &Board) {
    let flag = |r: &mut Registry, name: &str, help: &str, on: bool| {
        let g = Gauge::<i64>::default();
        g.set(i64::from(on));
        r.register(name, help, g);
    };
    let p = &d.printer;
    flag(
        r,
        "printer_configured",
        "Whether a receipt printer is configured",
        *p != PrinterState::None,
    );
    if *p != PrinterState::None {
        flag(
            r,
            "printer_ready",
            "Whether the printer can print now (1), as last heard; 0 while not heard from yet or faulty",
            matches!(p, PrinterState::Ready { .. } | PrinterState::NoStatus),
        );
        flag(
            r,
            "printer_paper_low",
            "Whether the printer says its roll is nearly finished",
            matches!(p, PrinterState::Ready { paper_low: true }),
        );
        flag(
            r,
            "printer_paper_out",
            "Whether the printer says it is out of paper",
            matches!(p, PrinterState::Fault("paper-out")),
        );
        let fault = Family::<ReasonLabel, Gauge>::default();
        r.register(
            "printer_fault",
            "1 for the reason the printer cannot print (paper-out, cover-open, error, offline, unreachable); absent when it can",
            fault.clone(),
        );
        if let PrinterState::Fault(reason) = p {
            fault.get_or_create(&ReasonLabel { reason }).set(1);
        }
    }
    let readers = Family::<ReaderLabel, Gauge>::default();
    r.register(
        "card_reader_up",
        "Whether each card reader that has reported can read now (1) or is unavailable (0)",
        readers.clone(),
    );
    for (reader, up) in &d.readers {
        readers.get_or_create(&ReaderLabel { reader }).set(i64::from(*up));
    }
}

#[cfg(test)]
mod tests;
