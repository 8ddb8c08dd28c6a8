//! The bank holidays Onestop ships: England and Wales, 2026 and 2027 (the list GOV.UK publishes;
//! written here 2026-12). Scotland and Northern Ireland have different ones, and councils there
//! list their own dates in `[hours] bank_holidays`. After [`LAST_YEAR`] the list must be
//! extended (a new release, or the council's own list): [`super::Hours::warning`] says so.

use time::Date;
use time::macros::date;

/// The name `[hours] bank_holidays` gives this list.
pub const ENGLAND_AND_WALES: &str = "england-and-wales";

/// The last year the shipped list covers.
pub const LAST_YEAR: i32 = 2027;

/// England and Wales bank holidays, with what each is.
pub const ENGLAND_AND_WALES_DAYS: [(Date, &str); 16] = [
    (date!(2026 - 01 - 01), "New Year's Day"),
    (date!(2026 - 04 - 03), "Good Friday"),
    (date!(2026 - 04 - 06), "Easter Monday"),
    (date!(2026 - 05 - 04), "Early May bank holiday"),
    (date!(2026 - 05 - 25), "Spring bank holiday"),
    (date!(2026 - 08 - 31), "Summer bank holiday"),
    (date!(2026 - 12 - 25), "Christmas Day"),
    (date!(2026 - 12 - 28), "Boxing Day (substitute day)"),
    (date!(2027 - 01 - 01), "New Year's Day"),
    (date!(2027 - 03 - 26), "Good Friday"),
    (date!(2027 - 03 - 29), "Easter Monday"),
    (date!(2027 - 05 - 03), "Early May bank holiday"),
    (date!(2027 - 05 - 31), "Spring bank holiday"),
    (date!(2027 - 08 - 30), "Summer bank holiday"),
    (date!(2027 - 12 - 27), "Christmas Day (substitute day)"),
    (date!(2027 - 12 - 28), "Boxing Day (substitute day)"),
];

/// A shipped list by its name.
pub fn named(name: &str) -> Option<Vec<Date>> {
    match name {
        ENGLAND_AND_WALES => Some(ENGLAND_AND_WALES_DAYS.iter().map(|(d, _)| *d).collect()),
        "none" => Some(Vec::new()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::{Month, Weekday};

    /// Easter Sunday (the anonymous Gregorian algorithm), to check the list, not to build it.
    fn easter(y: i32) -> Date {
        let (a, b, c) = (y % 19, y / 100, y % 100);
        let (d, e) = (b / 4, b % 4);
        let g = (8 * b + 13) / 25;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 19 * l) / 433;
        let month = (h + l - 7 * m + 90) / 25;
        let day = (h + l - 7 * m + 33 * month + 19) % 32;
        Date::from_calendar_date(y, Month::try_from(month as u8).unwrap(), day as u8).unwrap()
    }

    fn mondays(y: i32, m: Month) -> Vec<Date> {
        (1..=31)
            .filter_map(|d| Date::from_calendar_date(y, m, d).ok())
            .filter(|d| d.weekday() == Weekday::Monday)
            .collect()
    }

    /// A fixed holiday, moved to the next weekday not already taken when it falls at a weekend.
    fn substitute(d: Date, taken: &[Date]) -> Date {
        let mut d = d;
        while matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) || taken.contains(&d) {
            d = d.next_day().unwrap();
        }
        d
    }

    #[test]
    fn the_shipped_list_follows_the_rules_that_make_it() {
        for y in 2026..=LAST_YEAR {
            let e = easter(y);
            let christmas = substitute(Date::from_calendar_date(y, Month::December, 25).unwrap(), &[]);
            let boxing = substitute(Date::from_calendar_date(y, Month::December, 26).unwrap(), &[christmas]);
            let want = [
                substitute(Date::from_calendar_date(y, Month::January, 1).unwrap(), &[]),
                e - time::Duration::days(2),
                e + time::Duration::days(1),
                mondays(y, Month::May)[0],
                *mondays(y, Month::May).last().unwrap(),
                *mondays(y, Month::August).last().unwrap(),
                christmas,
                boxing,
            ];
            let have: Vec<Date> = ENGLAND_AND_WALES_DAYS
                .iter()
                .map(|(d, _)| *d)
                .filter(|d| d.year() == y)
                .collect();
            assert_eq!(have, want, "{y}");
        }
    }

    #[test]
    fn lists_are_found_by_name_only() {
        assert_eq!(named("england-and-wales").unwrap().len(), 16);
        assert_eq!(named("none"), Some(Vec::new()));
        assert_eq!(named("scotland"), None);
    }
}
