//! The queue's daily summary for the council's CRM: once a local day is over, its figures per
//! service ([`super::stats`]) go to the CRM as one signed webhook document, sent once (its
//! idempotency key is the site and date) and retried until the CRM takes it. Which days are due
//! and what the CRM's answer means is [`crate::crm::daily`]'s (shared with the kiosk's ratings);
//! sending is the webhook connector's, recording is [`super::store`]'s.

use super::stats::ServiceDay;
use serde::Serialize;

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

/// The idempotency key of a day's summary, `queue-summary:<site>:<date>`
/// ([`crate::crm::daily::key`]), so the same day is never counted twice.
pub fn key(site: &str, date: &str) -> String {
    crate::crm::daily::key("queue-summary", &[site], date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_names_itself_and_its_key_is_per_site_and_day() {
        let rows = [ServiceDay {
            date: "2026-11-22".into(),
            service: "housing".into(),
            tickets: 3,
            ..ServiceDay::default()
        }];
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
