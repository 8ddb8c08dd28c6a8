//! The site's time zone as a rule, not an offset read once: `Europe/London` is GMT in winter and
//! BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
//! October, so a kiosk that runs for weeks follows the clock change with no restart and without
//! asking libc (which the `time` crate only allows while a process has one thread). Converting
//! instants to local wall-clock time and back is all this does; opening hours are `super`'s.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

/// A time zone the opening hours are kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zone {
    /// The United Kingdom: GMT, and BST in summer.
    #[default]
    London,
    /// Coordinated Universal Time, all year.
    Utc,
}

/// One hour, in seconds: BST's offset.
const HOUR: i64 = 3_600;

impl Zone {
    /// The zone named `name` as the config writes it (`Europe/London` or `UTC`).
    pub fn parse(name: &str) -> Option<Zone> {
        match name {
            "Europe/London" => Some(Zone::London),
            "UTC" => Some(Zone::Utc),
            _ => None,
        }
    }

    /// The name the config writes.
    pub fn name(self) -> &'static str {
        match self {
            Zone::London => "Europe/London",
            Zone::Utc => "UTC",
        }
    }

    /// Local time minus UTC at Unix second `at`, in seconds.
    pub fn offset_at(self, at: i64) -> i64 {
        match self {
            Zone::Utc => 0,
            Zone::London => {
                let year = utc(at).year();
                let (start, end) = summer(year);
                if (start..end).contains(&at) { HOUR } else { 0 }
            }
        }
    }

    /// The local wall-clock time at Unix second `at`.
    pub fn local(self, at: i64) -> PrimitiveDateTime {
        let t = utc(at);
        let offset = UtcOffset::from_whole_seconds(self.offset_at(at) as i32).unwrap_or(UtcOffset::UTC);
        let t = t.to_offset(offset);
        PrimitiveDateTime::new(t.date(), t.time())
    }

    /// Every Unix second whose local time is `local`: one, two in the hour the clocks go back,
    /// none in the hour they go forward.
    pub fn instants(self, local: PrimitiveDateTime) -> Vec<i64> {
        let wall = local.assume_utc().unix_timestamp();
        let offsets: &[i64] = match self {
            Zone::Utc => &[0],
            Zone::London => &[HOUR, 0],
        };
        offsets
            .iter()
            .map(|o| wall - o)
            .filter(|t| self.offset_at(*t) == wall - t)
            .collect()
    }

    /// The instants on local date `date` at which the offset changes (the wall clock jumps).
    pub fn changes_on(self, date: Date) -> Vec<i64> {
        match self {
            Zone::Utc => Vec::new(),
            Zone::London => {
                let (start, end) = summer(date.year());
                [start, end].into_iter().filter(|t| utc(*t).date() == date).collect()
            }
        }
    }
}

fn utc(at: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// BST's first second and the first second after it, in `year` (Unix seconds).
fn summer(year: i32) -> (i64, i64) {
    let at_one = |month| {
        let date = last_sunday(year, month);
        PrimitiveDateTime::new(date, Time::from_hms(1, 0, 0).expect("01:00 is a time"))
            .assume_utc()
            .unix_timestamp()
    };
    (at_one(Month::March), at_one(Month::October))
}

/// The last Sunday of `month` (March or October: both have 31 days).
fn last_sunday(year: i32, month: Month) -> Date {
    let last = Date::from_calendar_date(year, month, 31).unwrap_or(Date::MIN);
    let back = last.weekday().number_days_from_sunday();
    last - time::Duration::days(i64::from(back))
}

/// A weekday's index from Monday (0) to Sunday (6).
pub fn day_index(day: Weekday) -> usize {
    usize::from(day.number_days_from_monday())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn london_is_gmt_in_winter_and_bst_in_summer_changing_at_one_utc() {
        // 2026: BST from 29 March 01:00 UTC to 25 October 01:00 UTC.
        let spring = datetime!(2026-03-29 01:00 UTC).unix_timestamp();
        let autumn = datetime!(2026-10-25 01:00 UTC).unix_timestamp();
        let z = Zone::London;
        assert_eq!(z.offset_at(spring - 1), 0);
        assert_eq!(z.offset_at(spring), HOUR);
        assert_eq!(z.offset_at(autumn - 1), HOUR);
        assert_eq!(z.offset_at(autumn), 0);
        assert_eq!(z.local(spring - 1), datetime!(2026-03-29 00:59:59));
        assert_eq!(z.local(spring), datetime!(2026-03-29 02:00));
        assert_eq!(
            z.local(datetime!(2026-07-01 08:00 UTC).unix_timestamp()),
            datetime!(2026-07-01 09:00)
        );
        assert_eq!(Zone::Utc.local(spring), datetime!(2026-03-29 01:00));
    }

    #[test]
    fn a_local_time_has_no_instant_in_the_spring_gap_and_two_in_the_autumn_hour() {
        let z = Zone::London;
        assert!(z.instants(datetime!(2026-03-29 01:30)).is_empty());
        assert_eq!(z.instants(datetime!(2026-10-25 01:30)).len(), 2);
        let nine = z.instants(datetime!(2026-07-01 09:00));
        assert_eq!(nine, [datetime!(2026-07-01 08:00 UTC).unix_timestamp()]);
        assert_eq!(z.changes_on(datetime!(2027-03-28 00:00).date()).len(), 1);
        assert!(z.changes_on(datetime!(2027-03-27 00:00).date()).is_empty());
    }

    #[test]
    fn only_the_two_zones_are_named() {
        assert_eq!(Zone::parse("Europe/London"), Some(Zone::London));
        assert_eq!(Zone::parse("UTC").map(Zone::name), Some("UTC"));
        assert_eq!(Zone::parse("Europe/Paris"), None);
        assert_eq!(Zone::parse("europe/london"), None);
    }
}
