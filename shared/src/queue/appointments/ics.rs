//! Appointments from an iCalendar file (RFC 5545, as Outlook/Exchange, Google Calendar and
//! Microsoft Bookings export it): walks the nesting of components over the content lines
//! `ics_lines` reads, and turns each `VEVENT` into a booking or a refusal. Other components
//! (`VTIMEZONE`, `VALARM`…) are skipped; the checks every format shares are `checks`'.

use time::{Date, Month, PrimitiveDateTime, Time};

use super::ics_lines::{Unfold, content_line, param, split_list, unescape};
use super::{AppointmentsError, Collector, Loaded, Row, UNNAMED, local_instant, shown, strip_bom};
use crate::hours::Zone;

/// Components nested deeper than this refuse the file (a real export nests three deep).
const MAX_DEPTH: usize = 32;

/// What one `VEVENT` said, as far as bookings care.
#[derive(Default)]
struct Event {
    /// The line of its `BEGIN:VEVENT`.
    line: usize,
    /// How many components enclose it.
    depth: usize,
    /// Why it cannot be read at all (a line that is too long or not UTF-8).
    broken: Option<String>,
    start: Option<Start>,
    uid: Option<String>,
    reference: Option<String>,
    service: Option<String>,
    categories: Vec<String>,
    x_name: Option<String>,
    cn: Option<String>,
    cancelled: bool,
    repeats: bool,
}

/// A `DTSTART`: its value and the parameters that say how to read it.
struct Start {
    value: String,
    tzid: Option<String>,
    date_only: bool,
}

/// Today's bookings in an iCalendar file, with the events refused and why. Events on other days
/// and cancelled ones are skipped. An empty file gives an empty list; a file that does not start
/// with `BEGIN:VCALENDAR` is refused.
pub fn parse_ics(bytes: &[u8], zone: &Zone, day: Date, services: &[&str]) -> Result<Loaded, AppointmentsError> {
    read(bytes, zone, day, services).map(|(loaded, _)| loaded)
}

/// [`parse_ics`], with the line each booking starts on.
pub(crate) fn read(
    bytes: &[u8],
    zone: &Zone,
    day: Date,
    services: &[&str],
) -> Result<(Loaded, Vec<usize>), AppointmentsError> {
    let mut out = Collector::new(zone, day, services);
    let mut lines = Unfold::new(strip_bom(bytes));
    let mut buf = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut event: Option<Event> = None;
    let mut first = true;
    while let Some((line, too_long)) = lines.next_line(&mut buf) {
        let text = std::str::from_utf8(&buf).ok().filter(|_| !too_long);
        if first {
            first = false;
            if !text.is_some_and(|t| t.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR")) {
                return Err(AppointmentsError::NotCalendar { file: UNNAMED.into() });
            }
            stack.push("VCALENDAR".into());
            continue;
        }
        let Some(text) = text else {
            if let Some(e) = event.as_mut().filter(|e| e.broken.is_none()) {
                e.broken = Some(if too_long {
                    format!("line {line} is longer than 64 KiB")
                } else {
                    format!("line {line} is not UTF-8 text")
                });
            }
            continue;
        };
        let Some((name, params, value)) = content_line(text) else {
            continue;
        };
        match name.as_str() {
            "BEGIN" => {
                let component = value.trim().to_ascii_uppercase();
                if component == "VEVENT" {
                    if let Some(open) = event.take() {
                        out.refuse(open.line, "the event has no END:VEVENT");
                        stack.truncate(open.depth);
                    }
                    event = Some(Event {
                        line,
                        depth: stack.len(),
                        ..Event::default()
                    });
                }
                if stack.len() == MAX_DEPTH {
                    return Err(AppointmentsError::TooDeep { file: UNNAMED.into() });
                }
                stack.push(component);
            }
            "END" => {
                let component = value.trim().to_ascii_uppercase();
                let Some(at) = stack.iter().rposition(|c| *c == component) else {
                    if component == "VEVENT" {
                        out.refuse(line, "END:VEVENT without a BEGIN:VEVENT");
                    }
                    continue;
                };
                stack.truncate(at);
                if let Some(open) = event.take_if(|e| e.depth >= at) {
                    if open.depth == at && component == "VEVENT" {
                        finish(open, &mut out)?;
                    } else {
                        out.refuse(open.line, "the event has no END:VEVENT");
                    }
                }
            }
            _ => {
                if let Some(e) = event.as_mut().filter(|e| e.depth + 1 == stack.len()) {
                    property(e, &name, params, value);
                }
            }
        }
    }
    if let Some(open) = event {
        out.refuse(open.line, "the event has no END:VEVENT");
    }
    Ok(out.finish())
}

/// Notes property `name` of an event.
fn property(e: &mut Event, name: &str, params: &str, value: &str) {
    match name {
        "DTSTART" => {
            e.start = Some(Start {
                value: value.trim().to_owned(),
                tzid: param(params, "TZID"),
                date_only: param(params, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")),
            });
        }
        "UID" => e.uid = Some(unescape(value)),
        "X-ONESTOP-REFERENCE" => e.reference = Some(unescape(value)),
        "X-ONESTOP-SERVICE" => e.service = Some(unescape(value)),
        "X-ONESTOP-NAME" => e.x_name = Some(unescape(value)),
        "CATEGORIES" => e.categories.extend(split_list(value).map(unescape)),
        "ATTENDEE" if e.cn.is_none() => e.cn = param(params, "CN"),
        "STATUS" => e.cancelled = value.trim().eq_ignore_ascii_case("CANCELLED"),
        "RRULE" | "RDATE" => e.repeats = true,
        _ => {}
    }
}

/// Keeps or refuses a finished event.
fn finish(e: Event, out: &mut Collector<'_>) -> Result<(), AppointmentsError> {
    if let Some(why) = e.broken {
        out.refuse(e.line, why);
        return Ok(());
    }
    if e.cancelled {
        return Ok(());
    }
    if e.repeats {
        out.refuse(e.line, "repeating appointments are not supported; export each one");
        return Ok(());
    }
    let Some(start) = e.start else {
        out.refuse(e.line, "the event has no start (DTSTART)");
        return Ok(());
    };
    let at = match instant(&start, out.zone()) {
        Ok(at) => at,
        Err(why) => {
            out.refuse(e.line, why);
            return Ok(());
        }
    };
    if !out.is_today(at) {
        return Ok(());
    }
    let reference = match (e.reference, e.uid) {
        (Some(r), _) => r,
        (None, Some(uid)) if super::reference(&uid).is_some() => uid,
        (None, _) => {
            out.refuse(
                e.line,
                "the event has no X-ONESTOP-REFERENCE and its UID is not a reference (1 to 20 letters, digits and hyphens)",
            );
            return Ok(());
        }
    };
    let service = match e.service {
        Some(s) => Some(s),
        None => {
            let named = e
                .categories
                .iter()
                .find(|c| super::service(c, out.services()).is_some());
            match named {
                Some(c) => Some(c.clone()),
                None if !e.categories.is_empty() => {
                    let why = format!(
                        "none of the event's categories is one of this site's services ({})",
                        out.services().join(", ")
                    );
                    out.refuse(e.line, why);
                    return Ok(());
                }
                None => None,
            }
        }
    };
    let name = e.x_name.or(e.cn);
    let row = Row {
        line: e.line,
        reference: &reference,
        service: service.as_deref(),
        name: name.as_deref(),
    };
    out.offer(row, at)
}

/// The Unix second a `DTSTART` names, or why it cannot be used.
fn instant(start: &Start, site: Zone) -> Result<i64, String> {
    let v = start.value.as_str();
    if start.date_only || v.len() == 8 {
        return Err("an all-day event has no time; give the appointment a start time".into());
    }
    let (v, utc) = match v.strip_suffix(['Z', 'z']) {
        Some(v) => (v, true),
        None => (v, false),
    };
    let local = date_time(v).ok_or("the start (DTSTART) is not a date and time like 20261207T093000")?;
    if utc {
        return Ok(local.assume_utc().unix_timestamp());
    }
    let zone = match start.tzid.as_deref() {
        None => site,
        Some(tzid) => match tzid.trim_start_matches('/') {
            "GMT Standard Time" => Zone::London,
            other => Zone::parse(other)
                .ok_or_else(|| format!("the time zone \"{}\" is not supported; use Europe/London", shown(tzid)))?,
        },
    };
    local_instant(zone, local).map_err(str::to_owned)
}

/// `YYYYMMDDTHHMMSS` (or without the seconds).
fn date_time(v: &str) -> Option<PrimitiveDateTime> {
    let b = v.as_bytes();
    if !(b.len() == 15 || b.len() == 13) || !b[8].eq_ignore_ascii_case(&b'T') {
        return None;
    }
    let digits = |from: usize, to: usize| -> Option<u32> {
        let s = v.get(from..to)?;
        s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
    };
    let month = Month::try_from(digits(4, 6)? as u8).ok()?;
    let date = Date::from_calendar_date(digits(0, 4)? as i32, month, digits(6, 8)? as u8).ok()?;
    let seconds = if b.len() == 15 { digits(13, 15)? } else { 0 };
    let time = Time::from_hms(digits(9, 11)? as u8, digits(11, 13)? as u8, seconds as u8).ok()?;
    Some(PrimitiveDateTime::new(date, time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn starts_are_basic_format_date_times() {
        assert_eq!(date_time("20261207T093000"), Some(datetime!(2026-12-07 09:30)));
        assert_eq!(date_time("20261207T0930"), Some(datetime!(2026-12-07 09:30)));
        assert_eq!(date_time("20261207"), None);
        assert_eq!(date_time("20261307T093000"), None);
        assert_eq!(date_time("2026120７T093000"), None);
    }
}
