//! The `[hours]` table: the site's opening hours as the operator writes them (weekday times,
//! which bank holidays, dated exceptions, the time zone) and whether forms stay available when
//! closed. Parsing and checking only; the times themselves are [`crate::hours`]'s.

use super::ConfigError;
use crate::hours::{Hours, HoursText, bank_holiday_list};
use serde::Deserialize;
use std::collections::BTreeMap;

/// `bank_holidays`: a shipped list's name, or the dates.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum BankHolidays {
    /// `"england-and-wales"` or `"none"`.
    Named(String),
    /// `["2026-01-01", …]`.
    Dates(Vec<String>),
}

/// The `[hours]` table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursConfig {
    /// `Europe/London` (GMT and BST) or `UTC`.
    pub time_zone: String,
    /// Monday's times, e.g. `"09:00-17:00"`; all days unset: always open.
    pub monday: Option<String>,
    /// Tuesday's.
    pub tuesday: Option<String>,
    /// Wednesday's.
    pub wednesday: Option<String>,
    /// Thursday's.
    pub thursday: Option<String>,
    /// Friday's.
    pub friday: Option<String>,
    /// Saturday's.
    pub saturday: Option<String>,
    /// Sunday's.
    pub sunday: Option<String>,
    /// Days closed although the weekday is open.
    pub bank_holidays: BankHolidays,
    /// Dated exceptions: `"closed"` or times, winning over the weekday and bank holidays.
    #[serde(default)]
    pub dates: BTreeMap<String, String>,
    /// Forms stay on the menu when closed (tickets never do).
    pub forms_when_closed: bool,
}

impl HoursConfig {
    /// The checked opening hours.
    pub fn schedule(&self) -> Result<Hours, ConfigError> {
        let invalid = |e: crate::hours::HoursError| ConfigError::Invalid(e.to_string());
        let (bank_holidays, shipped) = match &self.bank_holidays {
            BankHolidays::Named(name) => {
                let dates = bank_holiday_list(name).ok_or_else(|| {
                    ConfigError::Invalid(format!(
                        "hours.bank_holidays: {name:?} is not a list Onestop ships; write \"{}\", \"none\", or a list of dates like [\"2026-12-25\"] (Scotland and Northern Ireland list their own)",
                        crate::hours::ENGLAND_AND_WALES
                    ))
                })?;
                (dates.iter().map(|d| d.to_string()).collect(), name != "none")
            }
            BankHolidays::Dates(dates) => (dates.clone(), false),
        };
        let text = HoursText {
            time_zone: self.time_zone.clone(),
            week: [
                &self.monday,
                &self.tuesday,
                &self.wednesday,
                &self.thursday,
                &self.friday,
                &self.saturday,
                &self.sunday,
            ]
            .map(Clone::clone),
            bank_holidays,
            dates: self.dates.clone(),
        };
        let hours = Hours::parse(&text, "hours").map_err(invalid)?;
        Ok(if shipped { hours.with_shipped_list() } else { hours })
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn refused(text: &str) -> String {
        Config::from_toml(text).unwrap_err().to_string()
    }

    #[test]
    fn a_site_without_hours_is_always_open() {
        let c = Config::defaults();
        let h = c.hours.schedule().unwrap();
        assert!(h.is_always_open());
        assert!(c.hours.forms_when_closed);
    }

    #[test]
    fn a_week_of_hours_with_the_shipped_bank_holidays_loads() {
        let c = Config::from_toml(
            "[hours]\nmonday = \"09:00-17:00\"\ntuesday = \"09:00-12:30, 13:30-17:00\"\nwednesday = \"09:00-17:00\"\n\
             thursday = \"09:00-17:00\"\nfriday = \"09:00-17:00\"\nsaturday = \"closed\"\nsunday = \"closed\"\n\
             forms_when_closed = false\n[hours.dates]\n\"2026-12-24\" = \"09:00-12:00\"\n",
        )
        .unwrap();
        let h = c.hours.schedule().unwrap();
        assert!(!h.is_always_open());
        assert!(!c.hours.forms_when_closed);
        // Christmas Day 2026 is a Friday: closed by the shipped list.
        assert!(h.on(time::macros::date!(2026 - 12 - 25)).is_empty());
        assert_eq!(h.on(time::macros::date!(2026 - 12 - 24)).len(), 1);
    }

    #[test]
    fn hostile_hours_are_refused_naming_the_key() {
        let week = "tuesday = \"closed\"\nwednesday = \"closed\"\nthursday = \"closed\"\nfriday = \"closed\"\nsaturday = \"closed\"\nsunday = \"closed\"\n";
        for (monday, says) in [
            ("\"9-5\"", "hours.monday"),
            ("\"17:00-09:00\"", "ends before it starts"),
            ("\"09:00-13:00,12:00-17:00\"", "overlap"),
        ] {
            let e = refused(&format!("[hours]\nmonday = {monday}\n{week}"));
            assert!(e.contains(says) && e.contains("hours.monday"), "{e}");
        }
        let e = refused("[hours]\nmonday = \"09:00-17:00\"\n");
        assert!(e.contains("missing: tuesday, wednesday"), "{e}");
        let e = refused("[hours]\nbank_holidays = \"scotland\"\n");
        assert!(
            e.contains("hours.bank_holidays") && e.contains("england-and-wales"),
            "{e}"
        );
        let e = refused("[hours]\nbank_holidays = [\"2026-13-01\"]\n");
        assert!(e.contains("hours.bank_holidays") && e.contains("2026-13-01"), "{e}");
        let e = refused("[hours.dates]\n\"tomorrow\" = \"closed\"\n");
        assert!(e.contains("hours.dates") && e.contains("tomorrow"), "{e}");
        let e = refused("[hours]\ntime_zone = \"CET\"\n");
        assert!(e.contains("hours.time_zone"), "{e}");
        let e = refused("[hours]\nopening = \"09:00\"\n");
        assert!(e.contains("opening"), "{e}");
        let e = refused("[hours]\nforms_when_closed = \"yes\"\n");
        assert!(e.contains("forms_when_closed"), "{e}");
    }
}
