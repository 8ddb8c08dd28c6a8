//! The staff screen's two panels of lines: the connection to the CRM (with the forwarder's own
//! faults and the fields the CRM dropped) and the devices (printer, readers, last card).

use super::Words;
use super::staff::staff_time as time_text;
use crate::app::staff::{Loaded, StaffState};
use crate::clock::{human_age, unix_of};
use onestop::i18n::ArgValue;

/// The connection panel's lines, and whether the CRM side is well.
/// `attention` is how many rows need staff, counted once by the caller.
pub(super) fn connectivity(
    w: &Words,
    s: &StaffState,
    loaded: &Loaded,
    attention: usize,
    now: i64,
) -> (Vec<String>, bool) {
    let contact = &loaded.contact;
    let when = |at: &Option<String>| match at.as_deref().and_then(unix_of) {
        Some(t) => {
            let time = time_text(w, t, now);
            let ago = human_age(now - t);
            w.staff(
                "staff-when",
                &[("time", ArgValue::Str(&time)), ("ago", ArgValue::Str(&ago))],
            )
        }
        None => w.staff("staff-time-unknown", &[]),
    };
    let mut lines = Vec::new();
    let ok = contact.last_contact_ok();
    if !s.crm_configured {
        lines.push(w.staff("staff-crm-none", &[]));
    } else {
        match ok {
            None => lines.push(w.staff("staff-crm-never", &[])),
            Some(true) => {
                let at = when(&contact.last_reached_at);
                lines.push(w.staff("staff-crm-ok", &[("when", ArgValue::Str(&at))]));
            }
            Some(false) => {
                let at = when(&contact.last_failed_at);
                lines.push(w.staff("staff-crm-failed", &[("when", ArgValue::Str(&at))]));
                lines.push(match &contact.last_reached_at {
                    Some(_) => {
                        let at = when(&contact.last_reached_at);
                        w.staff("staff-crm-last-reached", &[("when", ArgValue::Str(&at))])
                    }
                    None => w.staff("staff-crm-never-reached", &[]),
                });
            }
        }
        if let (Some(false), Some(e)) = (ok, &contact.last_error) {
            lines.push(w.staff("staff-crm-error", &[("error", ArgValue::Str(e))]));
        }
    }
    lines.push(w.staff(
        "staff-waiting",
        &[
            ("waiting", ArgValue::Num(contact.waiting as i64)),
            ("parked", ArgValue::Num(contact.parked as i64)),
        ],
    ));
    if attention > 0 {
        lines.push(w.staff("staff-attention", &[("count", ArgValue::Num(attention as i64))]));
    }
    // Fields the CRM took without keeping, once per form and server, each on its own line:
    // technical left-to-right text, kept out of a right-to-left sentence.
    if !loaded.drops.is_empty() {
        lines.push(w.staff("staff-crm-dropped", &[]));
        lines.extend(loaded.drops.iter().map(|d| format!("• {d}")));
    }
    let mut forwarder_ok = true;
    if let Some((fault, restarts)) = &loaded.forwarder {
        if let Some((fault, at)) = fault {
            forwarder_ok = false;
            let at = when(&Some(at.clone()));
            lines.push(w.staff("staff-forwarder-fault", &[("when", ArgValue::Str(&at))]));
            lines.push(format!("• {fault}"));
        }
        if *restarts > 0 {
            lines.push(w.staff(
                "staff-forwarder-restarted",
                &[("count", ArgValue::Num(i64::from(*restarts)))],
            ));
        }
    }
    // No CRM is a normal set-up (forms kept here and exported), not a fault to show in red.
    let crm_ok = !s.crm_configured || (ok != Some(false) && forwarder_ok);
    (lines, crm_ok)
}

/// The devices panel: the printer's line, each reader's, and the last card read.
pub(super) fn devices(w: &Words, s: &StaffState, now: i64) -> (Vec<String>, bool) {
    use crate::printing::Health;
    use onestop::card::ReaderStatus;
    let mut ok = true;
    let mut lines = Vec::new();
    lines.push(if !s.printer_configured {
        w.staff("staff-printer-none", &[])
    } else {
        match &s.printer {
            None => w.staff("staff-printer-unknown", &[]),
            Some(Health::None) => w.staff("staff-printer-none", &[]),
            Some(Health::NoStatus) => w.staff("staff-printer-nostatus", &[]),
            Some(Health::Ready { paper_low: false }) => w.staff("staff-printer-ready", &[]),
            Some(Health::Ready { paper_low: true }) => {
                ok = false;
                w.staff("staff-printer-low", &[])
            }
            Some(Health::Fault(reason)) => {
                ok = false;
                w.staff("staff-printer-fault", &[("reason", ArgValue::Str(reason))])
            }
        }
    });
    if s.readers.is_empty() {
        lines.push(w.staff("staff-reader-none", &[]));
    }
    for (reader, status) in &s.readers {
        lines.push(match status {
            ReaderStatus::Ready => w.staff("staff-reader-ready", &[("reader", ArgValue::Str(reader))]),
            ReaderStatus::Unavailable(reason) => {
                ok = false;
                w.staff(
                    "staff-reader-unavailable",
                    &[("reader", ArgValue::Str(reader)), ("reason", ArgValue::Str(reason))],
                )
            }
        });
    }
    lines.push(match &s.last_card {
        Some((card, reader, at)) => {
            let time = time_text(w, *at, now);
            w.staff(
                "staff-card-last",
                &[
                    ("card", ArgValue::Str(card)),
                    ("reader", ArgValue::Str(reader)),
                    ("time", ArgValue::Str(&time)),
                ],
            )
        }
        None => w.staff("staff-card-none", &[]),
    });
    (lines, ok)
}
