//! The kiosk's one copy of its clock helpers: the machine's UTC offset (noted while the process
//! has one thread), local time now, a time and an age as staff read them, and RFC 3339 text to
//! Unix seconds. Named `clock`, not `time`, so that it never shadows the `time` crate.

use std::sync::OnceLock;
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

static LOCAL_OFFSET: OnceLock<Option<UtcOffset>> = OnceLock::new();

/// Note the machine's UTC offset, for "locked until 14:05". Call it first thing in `main`: the
/// `time` crate can only read it while the process has one thread. Later, UTC is shown (and
/// says so) if it was never noted.
pub fn capture_local_offset() {
    let _ = LOCAL_OFFSET.set(UtcOffset::current_local_offset().ok());
}

/// The machine's UTC offset as noted at start (see [`capture_local_offset`]), if known.
pub fn local_offset() -> Option<UtcOffset> {
    *LOCAL_OFFSET.get_or_init(|| UtcOffset::current_local_offset().ok())
}

/// Now, in the kiosk's local time (UTC if the offset is unknown).
pub fn local_now() -> OffsetDateTime {
    OffsetDateTime::now_utc().to_offset(local_offset().unwrap_or(UtcOffset::UTC))
}

/// A time as staff read it: `14:05` today; on another day, what `dated(day, month 1–12,
/// "14:05")` makes of it (staff's language words it, e.g. `3 Jan 14:05`); ` UTC` added when the
/// local offset is unknown.
pub fn clock_text(unix: i64, now: i64, dated: impl Fn(u8, u8, &str) -> String) -> String {
    let offset = local_offset();
    let at = |t: i64| {
        let t = OffsetDateTime::from_unix_timestamp(t).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        t.to_offset(offset.unwrap_or(UtcOffset::UTC))
    };
    let (t, today) = (at(unix), at(now));
    let mut out = format!("{:02}:{:02}", t.hour(), t.minute());
    if t.date() != today.date() {
        out = dated(t.day(), u8::from(t.month()), &out);
    }
    if offset.is_none() {
        out.push_str(" UTC");
    }
    out
}

/// An age in seconds as staff read it: `45s`, `12m`, `5h`, `3d`.
pub fn human_age(secs: i64) -> String {
    match secs.max(0) {
        s if s < 120 => format!("{s}s"),
        s if s < 7_200 => format!("{}m", s / 60),
        s if s < 172_800 => format!("{}h", s / 3_600),
        s => format!("{}d", s / 86_400),
    }
}

/// RFC 3339 text (as the store keeps times) as Unix seconds.
pub fn unix_of(rfc3339: &str) -> Option<i64> {
    OffsetDateTime::parse(rfc3339, &Rfc3339)
        .ok()
        .map(|t| t.unix_timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_today_show_hours_and_minutes_and_other_days_their_date() {
        let now = 1_790_000_000; // 2026-09-21, in the afternoon UTC
        let dated = |d: u8, m: u8, t: &str| format!("{d}/{m} {t}");
        let text = clock_text(now + 300, now, dated);
        assert!(
            text.len() >= 5 && text.as_bytes()[2] == b':' && !text.contains('/'),
            "{text}"
        );
        let yesterday = clock_text(now - 86_400, now, dated);
        assert!(yesterday.contains("/9 "), "{yesterday}");
    }

    #[test]
    fn ages_read_as_staff_say_them() {
        assert_eq!(human_age(-5), "0s");
        assert_eq!(human_age(119), "119s");
        assert_eq!(human_age(120), "2m");
        assert_eq!(human_age(7_200), "2h");
        assert_eq!(human_age(172_800), "2d");
    }

    #[test]
    fn rfc3339_text_becomes_unix_seconds() {
        assert_eq!(unix_of("1970-01-01T00:01:00Z"), Some(60));
        assert_eq!(unix_of("2026-12-04T10:00:00+01:00"), Some(1_796_374_800));
        assert_eq!(unix_of("yesterday"), None);
    }
}
