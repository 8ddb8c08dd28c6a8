//! Appointments from a CSV export: the header row names the columns, each later row is one
//! booking. Records are read by the gazetteer's bounded RFC 4180 reader (quotes, CRLF or LF, 64
//! KiB a record); this file maps columns to fields and reads UK dates and times. The checks every
//! format shares are `checks`'.

use time::{Date, Month, PrimitiveDateTime, Time, UtcOffset};

use super::{AppointmentsError, Collector, Loaded, MAX_LINE_BYTES, Row, UNNAMED, local_instant, strip_bom};
use crate::gazetteer::records::{Record, Records};
use crate::hours::Zone;

/// Where each column is.
struct Columns {
    count: usize,
    reference: usize,
    service: usize,
    name: Option<usize>,
    when: When,
}

/// A date and a time column, or one start column.
enum When {
    DateTime { date: usize, time: usize },
    Start(usize),
}

/// Today's bookings in a CSV export, with the rows refused and why. Rows on other days are
/// skipped. An empty file gives an empty list; a header row without a needed column refuses the
/// file.
pub fn parse_csv(bytes: &[u8], zone: &Zone, day: Date, services: &[&str]) -> Result<Loaded, AppointmentsError> {
    read(bytes, zone, day, services).map(|(loaded, _)| loaded)
}

/// [`parse_csv`], with the line each booking starts on.
pub(crate) fn read(
    bytes: &[u8],
    zone: &Zone,
    day: Date,
    services: &[&str],
) -> Result<(Loaded, Vec<usize>), AppointmentsError> {
    let mut records = Records::new(strip_bom(bytes), 0, 1, MAX_LINE_BYTES);
    let mut out = Collector::new(zone, day, services);
    let mut columns: Option<Columns> = None;
    // `&[u8]` never fails to read, so the loop ends at the end of the bytes.
    while let Ok(Some(record)) = records.next_record() {
        let line = match record {
            Record::Fields { line } => line as usize,
            Record::TooLong { line } => {
                out.refuse(line as usize, "the row is longer than 64 KiB");
                continue;
            }
            Record::Unterminated { line } => {
                out.refuse(
                    line as usize,
                    "a quoted field is never closed, so the rest of the file is one field",
                );
                continue;
            }
        };
        let fields: Vec<&[u8]> = records.fields().collect();
        if fields.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let Some(cols) = &columns else {
            columns = Some(header(&fields)?);
            continue;
        };
        let Ok(fields) = fields
            .iter()
            .map(|f| std::str::from_utf8(f))
            .collect::<Result<Vec<&str>, _>>()
        else {
            out.refuse(line, "the row is not UTF-8 text");
            continue;
        };
        if fields.len() != cols.count {
            let why = format!("the row has {} fields but the header has {}", fields.len(), cols.count);
            out.refuse(line, why);
            continue;
        }
        let local = match &cols.when {
            When::DateTime { date: d, time: t } => match (date(fields[*d]), clock(fields[*t])) {
                (Some(d), Some(t)) => Ok((PrimitiveDateTime::new(d, t), None)),
                (None, _) => Err("the date is not YYYY-MM-DD or DD/MM/YYYY"),
                (_, None) => Err("the time is not HH:MM (24-hour)"),
            },
            When::Start(s) => {
                start(fields[*s]).ok_or("the start is not YYYY-MM-DDTHH:MM (local, or with Z or an offset)")
            }
        };
        let at = local.and_then(|(local, offset)| match offset {
            Some(offset) => Ok(local.assume_offset(offset).unix_timestamp()),
            None => local_instant(out.zone(), local),
        });
        let at = match at {
            Ok(at) => at,
            Err(why) => {
                out.refuse(line, why);
                continue;
            }
        };
        if !out.is_today(at) {
            continue;
        }
        let row = Row {
            line,
            reference: fields[cols.reference],
            service: Some(fields[cols.service]),
            name: cols.name.map(|n| fields[n]),
        };
        out.offer(row, at)?;
    }
    Ok(out.finish())
}

/// The columns a header row names (without case; extra columns are ignored).
fn header(fields: &[&[u8]]) -> Result<Columns, AppointmentsError> {
    let names = fields
        .iter()
        .map(|f| std::str::from_utf8(f).map(|s| s.trim().to_ascii_lowercase()))
        .collect::<Result<Vec<String>, _>>()
        .map_err(|_| AppointmentsError::HeaderNotText { file: UNNAMED.into() })?;
    let find = |want: &str| names.iter().position(|n| n == want);
    let missing = |column: &'static str| AppointmentsError::MissingColumn {
        file: UNNAMED.into(),
        column,
    };
    let reference = find("reference").ok_or_else(|| missing("reference"))?;
    let service = find("service").ok_or_else(|| missing("service"))?;
    let when = match (find("date"), find("time"), find("start")) {
        (Some(date), Some(time), _) => When::DateTime { date, time },
        (_, _, Some(start)) => When::Start(start),
        (Some(_), None, None) => return Err(missing("time")),
        (None, _, None) => return Err(missing("date and time, or start")),
    };
    Ok(Columns {
        count: fields.len(),
        reference,
        service,
        name: find("name"),
        when,
    })
}

/// `YYYY-MM-DD` or `DD/MM/YYYY` (UK order; one-digit day and month allowed).
fn date(s: &str) -> Option<Date> {
    let s = s.trim();
    let (y, m, d) = if let Some((y, rest)) = s.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        (y, m, d)
    } else {
        let mut parts = s.split('/');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        (y, m, d)
    };
    if y.len() != 4 {
        return None;
    }
    let month = Month::try_from(number(m, 2)? as u8).ok()?;
    Date::from_calendar_date(number(y, 4)? as i32, month, number(d, 2)? as u8).ok()
}

/// `HH:MM` or `HH:MM:SS`, 24-hour (a one-digit hour allowed).
fn clock(s: &str) -> Option<Time> {
    let mut parts = s.trim().split(':');
    let h = number(parts.next()?, 2)?;
    let m = parts.next().filter(|m| m.len() == 2).and_then(|m| number(m, 2))?;
    let sec = match parts.next() {
        Some(sec) if sec.len() == 2 => number(sec, 2)?,
        Some(_) => return None,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::from_hms(h as u8, m as u8, sec as u8).ok()
}

/// `YYYY-MM-DDTHH:MM[:SS]` (a space for the `T` allowed), local, or followed by `Z` or `±HH:MM`.
fn start(s: &str) -> Option<(PrimitiveDateTime, Option<UtcOffset>)> {
    let s = s.trim();
    let (d, rest) = s.split_once(['T', 't', ' '])?;
    let (t, offset) = if let Some(t) = rest.strip_suffix(['Z', 'z']) {
        (t, Some(UtcOffset::UTC))
    } else if let Some(at) = rest.rfind(['+', '-']) {
        let (t, o) = rest.split_at(at);
        let sign = if o.starts_with('-') { -1 } else { 1 };
        let (oh, om) = o[1..].split_once(':').unwrap_or((&o[1..], "00"));
        let seconds = sign * (number(oh, 2)? as i32 * 3600 + number(om, 2)? as i32 * 60);
        (t, Some(UtcOffset::from_whole_seconds(seconds).ok()?))
    } else {
        (rest, None)
    };
    if d.contains('/') {
        return None;
    }
    Some((PrimitiveDateTime::new(date(d)?, clock(t)?), offset))
}

/// 1 to `max` ASCII digits.
fn number(s: &str, max: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime, time};

    #[test]
    fn dates_are_iso_or_uk_order_never_us() {
        assert_eq!(date("2026-12-07"), Some(date!(2026 - 12 - 07)));
        assert_eq!(date("07/12/2026"), Some(date!(2026 - 12 - 07)));
        assert_eq!(date("7/12/2026"), Some(date!(2026 - 12 - 07)));
        assert_eq!(date("12/31/2026"), None);
        assert_eq!(date("2026-02-30"), None);
        assert_eq!(date("26-12-07"), None);
        assert_eq!(date("+2026-12-07"), None);
    }

    #[test]
    fn times_are_24_hour_with_optional_seconds() {
        assert_eq!(clock("09:30"), Some(time!(09:30)));
        assert_eq!(clock("9:30"), Some(time!(09:30)));
        assert_eq!(clock("14:05:10"), Some(time!(14:05:10)));
        assert_eq!(clock("24:00"), None);
        assert_eq!(clock("9.30"), None);
        assert_eq!(clock("9:3"), None);
        assert_eq!(clock("2pm"), None);
    }

    #[test]
    fn a_start_is_local_or_carries_its_offset() {
        assert_eq!(start("2026-12-07T09:30"), Some((datetime!(2026-12-07 09:30), None)));
        assert_eq!(
            start("2026-12-07 09:30:15"),
            Some((datetime!(2026-12-07 09:30:15), None))
        );
        assert_eq!(
            start("2026-07-01T08:00Z"),
            Some((datetime!(2026-07-01 08:00), Some(UtcOffset::UTC)))
        );
        let plus_one = UtcOffset::from_hms(1, 0, 0).ok();
        assert_eq!(
            start("2026-07-01T09:00+01:00"),
            Some((datetime!(2026-07-01 09:00), plus_one))
        );
        assert_eq!(start("2026-07-01T09:00+0100"), None);
        assert_eq!(start("07/12/2026T09:00"), None);
        assert_eq!(start("2026-07-01"), None);
    }
}
