//! The checks every format shares, once a row's fields are read: a reference as the engine
//! accepts it, a service of the site, a clean name, the day, no reference twice, at most 5,000
//! bookings, and local times on clock-change days. Reading CSV rows or calendar events is the
//! format modules' job.

use std::collections::HashSet;

use time::{Date, PrimitiveDateTime};

use super::{AppointmentsError, Booking, Loaded, MAX_BOOKINGS, MAX_NAME_CHARS, MAX_REFERENCE_CHARS, Refused, UNNAMED};
use crate::hours::Zone;

/// The checks every format shares: references, services, names, the day and the cap.
pub(crate) struct Collector<'a> {
    zone: Zone,
    day: Date,
    services: &'a [&'a str],
    seen: HashSet<String>,
    loaded: Loaded,
    /// The line each booking starts on, for a folder's refusals of references already booked.
    lines: Vec<usize>,
}

/// What a row's fields say, before they are checked.
pub(crate) struct Row<'r> {
    pub(crate) line: usize,
    pub(crate) reference: &'r str,
    pub(crate) service: Option<&'r str>,
    pub(crate) name: Option<&'r str>,
}

impl<'a> Collector<'a> {
    pub(crate) fn new(zone: &Zone, day: Date, services: &'a [&'a str]) -> Self {
        Collector {
            zone: *zone,
            day,
            services,
            seen: HashSet::new(),
            loaded: Loaded::default(),
            lines: Vec::new(),
        }
    }

    /// What was kept and refused, and the line each booking starts on.
    pub(crate) fn finish(self) -> (Loaded, Vec<usize>) {
        (self.loaded, self.lines)
    }

    pub(crate) fn zone(&self) -> Zone {
        self.zone
    }

    pub(crate) fn services(&self) -> &'a [&'a str] {
        self.services
    }

    pub(crate) fn refuse(&mut self, line: usize, why: impl Into<String>) {
        self.loaded.refused.push(Refused { line, why: why.into() });
    }

    /// Whether the Unix second `at` falls on the day being loaded, in the site's zone.
    pub(crate) fn is_today(&self, at: i64) -> bool {
        self.zone.local(at).date() == self.day
    }

    /// Checks `row`, which starts at Unix second `at` today, and keeps or refuses it. Too many
    /// bookings refuses the file.
    pub(crate) fn offer(&mut self, row: Row<'_>, at: i64) -> Result<(), AppointmentsError> {
        let Some(reference) = reference(row.reference) else {
            self.refuse(
                row.line,
                "the reference is missing or is not 1 to 20 letters, digits and hyphens",
            );
            return Ok(());
        };
        let service = match row.service.map(str::trim).filter(|s| !s.is_empty()) {
            None => {
                self.refuse(row.line, "the service is missing");
                return Ok(());
            }
            Some(s) => match service(s, self.services) {
                Some(id) => id.to_owned(),
                None => {
                    let why = format!(
                        "the service \"{}\" is not one of this site's services ({})",
                        shown(s),
                        self.services.join(", ")
                    );
                    self.refuse(row.line, why);
                    return Ok(());
                }
            },
        };
        if self.seen.contains(&reference) {
            let why = format!("reference {reference} is booked twice; the first is kept");
            self.refuse(row.line, why);
            return Ok(());
        }
        if self.loaded.bookings.len() == MAX_BOOKINGS {
            return Err(AppointmentsError::TooMany { file: UNNAMED.into() });
        }
        self.seen.insert(reference.clone());
        self.lines.push(row.line);
        self.loaded.bookings.push(Booking {
            reference,
            at_ms: at * 1000,
            service,
            name: row.name.and_then(name),
        });
        Ok(())
    }
}

/// The instant of local time `local` in `zone`, or why there is none. In the hour the clocks go
/// back a time happens twice: the first (summer time) is taken, since that is what the clock on
/// the wall said first. In the hour they go forward a time does not exist, and is refused.
pub(crate) fn local_instant(zone: Zone, local: PrimitiveDateTime) -> Result<i64, &'static str> {
    zone.instants(local)
        .into_iter()
        .min()
        .ok_or("that time does not exist: the clocks go forward then")
}

/// A reference as the engine accepts it: trimmed, spaces removed, uppercase, 1 to 20 ASCII
/// letters, digits and hyphens.
pub fn reference(raw: &str) -> Option<String> {
    let r: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let ok = (1..=MAX_REFERENCE_CHARS).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(r)
}

/// The id in `services` that `raw` names: without case, spaces and underscores as hyphens.
pub fn service<'s>(raw: &str, services: &[&'s str]) -> Option<&'s str> {
    let key = |s: &str| -> String {
        s.trim()
            .chars()
            .map(|c| {
                if c == ' ' || c == '_' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    };
    let wanted = key(raw);
    services.iter().copied().find(|id| key(id) == wanted)
}

/// A name as shown to staff: control and bidi-override characters removed, trimmed, at most 80
/// characters; `None` when nothing is left.
pub fn name(raw: &str) -> Option<String> {
    let bidi =
        |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let clean: String = raw.chars().filter(|c| !c.is_control() && !bidi(*c)).collect();
    let clean: String = clean.trim().chars().take(MAX_NAME_CHARS).collect();
    let clean = clean.trim_end().to_owned();
    (!clean.is_empty()).then_some(clean)
}

/// A value from the file quoted in a refusal (a service id, a time zone): printable, at most 40
/// characters, so a message stays one short line whatever the file holds.
pub(crate) fn shown(raw: &str) -> String {
    let mut s: String = raw.chars().filter(|c| !c.is_control()).take(40).collect();
    if raw.chars().filter(|c| !c.is_control()).nth(40).is_some() {
        s.push('…');
    }
    s
}
