//! The queue's daily summary for the council's CRM: once a local day is over, its figures per
//! service ([`super::stats`]) go to the CRM as one signed webhook document, sent once (its
//! idempotency key is the site and date) and retried until the CRM takes it. Deciding which days
//! are due is pure; sending is the webhook connector's, recording is [`super::store`]'s.

use super::stats::ServiceDay;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The document POSTed for one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary<'a> {
    /// Format version, 1.
    pub version: u32,
    /// Always `queue-daily-summary`, so an integration layer can tell it from submissions.
    pub kind: &'static str,
    /// The site (the council name configured on the hub).
    pub site: &'a str,
    /// The local date, YYYY-MM-DD.
    pub date: &'a str,
    /// Figures per service.
    pub services: &'a [ServiceDay],
}

/// The idempotency key of a day's summary, so the same day is never counted twice. Plain ASCII
/// (an HTTP header carries it): the site's other characters become `-`.
pub fn key(site: &str, date: &str) -> String {
    let site: String = site
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("queue-summary:{site}:{date}")
}

/// Days before `today` with figures whose summary is not done yet, oldest first, with their rows.
pub fn due(rows: &[ServiceDay], done: &BTreeSet<String>, today: &str) -> Vec<(String, Vec<ServiceDay>)> {
    let mut days: BTreeMap<String, Vec<ServiceDay>> = BTreeMap::new();
    for r in rows {
        if r.date.as_str() < today && !done.contains(&r.date) {
            days.entry(r.date.clone()).or_default().push(r.clone());
        }
    }
    days.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(date: &str, service: &str) -> ServiceDay {
        ServiceDay {
            date: date.into(),
            service: service.into(),
            tickets: 3,
            ..ServiceDay::default()
        }
    }

    #[test]
    fn only_finished_days_not_yet_done_are_due_oldest_first() {
        let rows = [
            row("2026-11-23", "housing"),
            row("2026-11-21", "housing"),
            row("2026-11-22", "housing"),
            row("2026-11-22", "general"),
        ];
        let done: BTreeSet<String> = ["2026-11-21".to_owned()].into();
        let due = due(&rows, &done, "2026-11-23");
        assert_eq!(due.len(), 1, "today is not over and the 21st was sent");
        assert_eq!(due[0].0, "2026-11-22");
        assert_eq!(due[0].1.len(), 2);
    }

    #[test]
    fn the_document_names_itself_and_its_key_is_per_site_and_day() {
        let rows = [row("2026-11-22", "housing")];
        let doc = Summary {
            version: 1,
            kind: "queue-daily-summary",
            site: "Onestop Council",
            date: "2026-11-22",
            services: &rows,
        };
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["kind"], "queue-daily-summary");
        assert_eq!(json["services"][0]["tickets"], 3);
        assert_eq!(
            key("Onestop Council", "2026-11-22"),
            "queue-summary:onestop-council:2026-11-22"
        );
        assert_eq!(key("Cyngor Môn", "2026-11-22"), "queue-summary:cyngor-m-n:2026-11-22");
    }
}
