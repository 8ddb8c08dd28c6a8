//! Opening hours: when a site is open, in its own local time. [`Hours`] holds the times for each
//! weekday (several ranges a day, e.g. closed for lunch), bank holidays (closed), and dated
//! exceptions (a closure or a special opening) that win over both. [`Hours::is_open`] and
//! [`Hours::next_opening`] answer for any instant; local time comes from the [`Zone`] rule, so
//! the answers follow the clock change without a restart. No weekday times at all means always
//! open. Pure: reading the `[hours]` table is `crate::config::hours`'s job, and what a closed
//! kiosk, hub or board does is theirs.

mod bank_holidays;
mod zone;

pub use bank_holidays::{ENGLAND_AND_WALES, ENGLAND_AND_WALES_DAYS, LAST_YEAR, named as bank_holiday_list};
pub use zone::Zone;

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use time::{Date, PrimitiveDateTime, Time};

/// The weekdays as the config names them, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Days ahead [`Hours::next_opening`] looks before it gives up (a dated opening further off is
/// not found).
pub const HORIZON_DAYS: i64 = 400;

/// Minutes in a day: an end of `24:00`.
const DAY: u16 = 24 * 60;

/// One opening range, in minutes after local midnight: from `start` up to (not including) `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    /// Opens, minutes after midnight.
    pub start: u16,
    /// Closes, minutes after midnight (at most 24:00).
    pub end: u16,
}

/// A config value that cannot be used, with the key it is under.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: {problem}")]
pub struct HoursError {
    /// e.g. `hours.monday`.
    pub key: String,
    /// What is wrong and how to write it.
    pub problem: String,
}

fn bad(key: &str, problem: impl Into<String>) -> HoursError {
    HoursError {
        key: key.to_owned(),
        problem: problem.into(),
    }
}

/// A local date and time an opening is at (what a kiosk words as "opens tomorrow at 09:00").
/// On the wire it is `"2026-12-07T09:00"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// The local date.
    pub date: Date,
    /// Minutes after local midnight.
    pub minute: u16,
}

impl LocalTime {
    /// `09:00`.
    pub fn clock(&self) -> String {
        format!("{:02}:{:02}", self.minute / 60, self.minute % 60)
    }
}

impl LocalTime {
    /// How a notice words this day, seen on local date `today`: `today`, `tomorrow`, a weekday
    /// (`monday` … `sunday`) within the coming week, else `date` (then give [`LocalTime::date_text`]).
    /// These are the variants of the Fluent messages that say when a site opens.
    pub fn when(&self, today: Date) -> &'static str {
        let days = (self.date - today).whole_days();
        match days {
            0 => "today",
            1 => "tomorrow",
            2..=6 => WEEKDAYS[zone::day_index(self.date.weekday())],
            _ => "date",
        }
    }

    /// The date as a UK notice writes it: `07/01/2027`.
    pub fn date_text(&self) -> String {
        format!(
            "{:02}/{:02}/{}",
            self.date.day(),
            u8::from(self.date.month()),
            self.date.year()
        )
    }
}

impl std::fmt::Display for LocalTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}T{}", self.date, self.clock())
    }
}

impl Serialize for LocalTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<LocalTime, D::Error> {
        let text = String::deserialize(d)?;
        let parsed = text
            .split_once('T')
            .and_then(|(day, clock)| Some((parse_date(day)?, parse_clock(clock)?)))
            .filter(|(_, m)| *m < DAY);
        parsed
            .map(|(date, minute)| LocalTime { date, minute })
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a local time like \"2026-12-07T09:00\"")))
    }
}

/// When the site next opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    /// The instant, in Unix seconds.
    pub at: i64,
    /// The local date and time on the wall clock then.
    pub local: LocalTime,
}

/// A site's opening hours.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hours {
    zone: Zone,
    /// Times per weekday, Monday first; `None`: always open (bank holidays do not apply).
    week: Option<[Vec<Span>; 7]>,
    bank_holidays: BTreeSet<Date>,
    /// Dated exceptions: closed (empty) or open at these times, whatever the weekday says.
    dates: BTreeMap<Date, Vec<Span>>,
    /// The shipped bank holiday list is in use (and may run out).
    shipped_list: bool,
}

/// The text form of [`Hours`]: what the config's `[hours]` table and the queue protocol carry.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursText {
    /// `Europe/London` or `UTC`.
    pub time_zone: String,
    /// Each weekday's times (`"09:00-12:30, 13:30-17:00"` or `"closed"`), Monday first; all
    /// `None`: always open.
    pub week: [Option<String>; 7],
    /// Dates closed when the weekday would be open.
    pub bank_holidays: Vec<String>,
    /// Dated exceptions: `"closed"` or times.
    pub dates: BTreeMap<String, String>,
}

impl Hours {
    /// Always open (the default: a site with no `[hours]`).
    pub fn always() -> Hours {
        Hours::default()
    }

    /// Monday to Friday `times` (e.g. `"09:00-17:00"`), weekends closed, UK time, no bank
    /// holidays: the common council office week, for tests and examples.
    pub fn weekdays(times: &str) -> Result<Hours, HoursError> {
        let day = |d: usize| Some(if d < 5 { times } else { "closed" }.to_owned());
        let text = HoursText {
            time_zone: "Europe/London".into(),
            week: std::array::from_fn(day),
            ..Default::default()
        };
        Hours::parse(&text, "hours")
    }

    /// Whether this is [`Hours::always`].
    pub fn is_always_open(&self) -> bool {
        self.week.is_none() && self.dates.is_empty()
    }

    /// Check and build from the text form; errors name the key under `prefix` (e.g. `hours`).
    pub fn parse(text: &HoursText, prefix: &str) -> Result<Hours, HoursError> {
        let key = |k: &str| format!("{prefix}.{k}");
        let zone = Zone::parse(&text.time_zone).ok_or_else(|| {
            bad(
                &key("time_zone"),
                format!(
                    "{:?} is not a time zone Onestop knows; write \"Europe/London\" (GMT and BST) or \"UTC\"",
                    text.time_zone
                ),
            )
        })?;
        let given: Vec<&str> = WEEKDAYS
            .iter()
            .zip(&text.week)
            .filter(|(_, v)| v.is_some())
            .map(|(d, _)| *d)
            .collect();
        let week = if given.is_empty() {
            None
        } else if given.len() < 7 {
            let missing: Vec<&str> = WEEKDAYS.iter().filter(|d| !given.contains(d)).copied().collect();
            return Err(bad(
                prefix,
                format!(
                    "give every day's times once any are given (\"closed\" for a day it is closed); missing: {}",
                    missing.join(", ")
                ),
            ));
        } else {
            let mut week: [Vec<Span>; 7] = Default::default();
            for (i, day) in WEEKDAYS.iter().enumerate() {
                week[i] = parse_spans(text.week[i].as_deref().unwrap_or_default(), &key(day))?;
            }
            Some(week)
        };
        let mut bank_holidays = BTreeSet::new();
        for d in &text.bank_holidays {
            bank_holidays.insert(parse_date(d).ok_or_else(|| bad(&key("bank_holidays"), not_a_date(d)))?);
        }
        let mut dates = BTreeMap::new();
        for (d, times) in &text.dates {
            let date = parse_date(d).ok_or_else(|| bad(&key("dates"), not_a_date(d)))?;
            dates.insert(date, parse_spans(times, &key(&format!("dates.\"{d}\"")))?);
        }
        Ok(Hours {
            zone,
            week,
            bank_holidays,
            dates,
            shipped_list: false,
        })
    }

    /// This, noting that its bank holidays are the shipped list (see [`Hours::warning`]).
    pub fn with_shipped_list(mut self) -> Hours {
        self.shipped_list = true;
        self
    }

    /// The text form (bank holidays as dates).
    pub fn to_text(&self) -> HoursText {
        let times = |spans: &[Span]| {
            if spans.is_empty() {
                "closed".to_owned()
            } else {
                spans
                    .iter()
                    .map(|s| format!("{}-{}", clock(s.start), clock(s.end)))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        HoursText {
            time_zone: self.zone.name().to_owned(),
            week: match &self.week {
                None => Default::default(),
                Some(w) => std::array::from_fn(|i| Some(times(&w[i]))),
            },
            bank_holidays: self.bank_holidays.iter().map(|d| d.to_string()).collect(),
            dates: self.dates.iter().map(|(d, s)| (d.to_string(), times(s))).collect(),
        }
    }

    /// The zone local time is kept in.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// The local wall-clock time at Unix second `at`.
    pub fn local(&self, at: i64) -> PrimitiveDateTime {
        self.zone.local(at)
    }

    /// The ranges the site is open on local date `date` (empty: closed all day).
    pub fn on(&self, date: Date) -> Vec<Span> {
        if let Some(spans) = self.dates.get(&date) {
            return spans.clone();
        }
        match &self.week {
            None => vec![Span { start: 0, end: DAY }],
            Some(_) if self.bank_holidays.contains(&date) => Vec::new(),
            Some(w) => w[zone::day_index(date.weekday())].clone(),
        }
    }

    /// Whether the site is open at Unix second `at`.
    pub fn is_open(&self, at: i64) -> bool {
        let local = self.zone.local(at);
        let minute = u16::from(local.hour()) * 60 + u16::from(local.minute());
        self.on(local.date()).iter().any(|s| (s.start..s.end).contains(&minute))
    }

    /// The first instant at or after `at` when the site is open (`at` itself when open now), or
    /// `None` when it does not open within [`HORIZON_DAYS`].
    pub fn next_opening(&self, at: i64) -> Option<Opening> {
        let opening = |t: i64| {
            let local = self.zone.local(t);
            Opening {
                at: t,
                local: LocalTime {
                    date: local.date(),
                    minute: u16::from(local.hour()) * 60 + u16::from(local.minute()),
                },
            }
        };
        if self.is_open(at) {
            return Some(opening(at));
        }
        let mut date = self.zone.local(at).date();
        for _ in 0..=HORIZON_DAYS {
            // The open instants of a day begin where a range starts on the wall clock, or where
            // the clock jumps into a range (spring forward over its start, or back into it).
            let mut candidates = self.zone.changes_on(date);
            for s in self.on(date) {
                let time = Time::from_hms((s.start / 60) as u8, (s.start % 60) as u8, 0).expect("minutes in a day");
                candidates.extend(self.zone.instants(PrimitiveDateTime::new(date, time)));
            }
            let first = candidates.into_iter().filter(|t| *t > at && self.is_open(*t)).min();
            if let Some(t) = first {
                return Some(opening(t));
            }
            date = date.next_day()?;
        }
        None
    }

    /// A problem staff should hear of at start, if any: the shipped bank holidays have run out
    /// by `today`'s year.
    pub fn warning(&self, today: Date) -> Option<String> {
        (self.shipped_list && self.week.is_some() && today.year() > LAST_YEAR).then(|| {
            format!(
                "the bank holidays shipped with Onestop end in {LAST_YEAR}; list this year's in [hours] bank_holidays (or update Onestop)"
            )
        })
    }
}

impl Serialize for Hours {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_text().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Hours, D::Error> {
        let text = HoursText::deserialize(d)?;
        Hours::parse(&text, "hours").map_err(serde::de::Error::custom)
    }
}

fn clock(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn not_a_date(d: &str) -> String {
    format!("{d:?} is not a date; write it like \"2026-12-24\"")
}

/// `YYYY-MM-DD`, a real date.
fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) && all_digits(m) && all_digits(d)) {
        return None;
    }
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

/// `HH:MM` (24-hour, `24:00` allowed) as minutes after midnight.
fn parse_clock(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let minutes = h * 60 + m;
    (m < 60 && minutes <= DAY).then_some(minutes)
}

/// `"closed"` or ranges like `"09:00-12:30, 13:30-17:00"`: sorted, none overlapping.
fn parse_spans(text: &str, key: &str) -> Result<Vec<Span>, HoursError> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("closed") {
        return Ok(Vec::new());
    }
    let how = "write times like \"09:00-17:00\" (24-hour), several separated by commas, or \"closed\"";
    let mut spans = Vec::new();
    for part in text.split(',') {
        let part = part.trim();
        let range = part.split_once('-').or_else(|| part.split_once('–'));
        let Some((a, b)) = range else {
            return Err(bad(key, format!("{part:?} is not a time range; {how}")));
        };
        let (start, end) = match (parse_clock(a.trim()), parse_clock(b.trim())) {
            (Some(s), Some(e)) => (s, e),
            _ => return Err(bad(key, format!("{part:?} is not a time range; {how}"))),
        };
        if start == DAY {
            return Err(bad(
                key,
                format!("{part:?} starts at 24:00; a day's times start by 23:59"),
            ));
        }
        if end <= start {
            return Err(bad(
                key,
                format!("{part:?} ends before it starts; a range cannot cross midnight (split it over two days)"),
            ));
        }
        spans.push(Span { start, end });
    }
    spans.sort();
    for pair in spans.windows(2) {
        if pair[1].start < pair[0].end {
            return Err(bad(
                key,
                format!(
                    "{}-{} and {}-{} overlap; give each time once",
                    clock(pair[0].start),
                    clock(pair[0].end),
                    clock(pair[1].start),
                    clock(pair[1].end)
                ),
            ));
        }
    }
    Ok(spans)
}

#[cfg(test)]
mod tests;
