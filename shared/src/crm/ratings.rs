//! A kiosk's daily ratings document for the council's CRM (webhook only: GeoReport has no such
//! request): once a local day is over, its satisfaction counts per form and queue service
//! ([`crate::store::ratings`]) go as one signed document, keyed by site, kiosk and date so each
//! kiosk's day is counted once. Which days are due and what the answer means is
//! [`super::daily`]'s; posting and recording are the kiosk's sender's. The contract is in
//! docs/CRM.md.

use crate::store::RatingCount;
use serde::Serialize;

/// The document's `kind`, so an integration layer can tell it from submissions and the queue's
/// summaries.
pub const KIND: &str = "kiosk-daily-ratings";

/// The document POSTed for one kiosk's day. It is serialised on the wire: never rename, remove or
/// change the meaning of a field without a new `version`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatingsSummary<'a> {
    /// Format version, 1.
    pub version: u32,
    /// Always [`KIND`].
    pub kind: &'static str,
    /// The site (the council name configured on the kiosk).
    pub site: &'a str,
    /// The kiosk: its `[kiosk] id`, else its host name; `null` when it has neither.
    pub kiosk: Option<&'a str>,
    /// The local date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// The day's counts, one line per form or service.
    pub ratings: Vec<Rated<'a>>,
}

/// One form's or service's counts in a [`RatingsSummary`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rated<'a> {
    /// `form` or `service`.
    pub kind: &'static str,
    /// The form's or service's id.
    pub id: &'a str,
    /// How many visitors gave each score: `counts[0]` is 1 (very poor), `counts[4]` 5 (very good).
    pub counts: [u32; 5],
}

impl<'a> RatingsSummary<'a> {
    /// The document for `date`, from that day's `rows` (rows of other days are left out).
    pub fn new(site: &'a str, kiosk: Option<&'a str>, date: &'a str, rows: &'a [RatingCount]) -> Self {
        let ratings = rows
            .iter()
            .filter(|r| r.date == date)
            .map(|r| Rated {
                kind: r.subject.kind(),
                id: r.subject.id(),
                counts: r.counts,
            })
            .collect();
        RatingsSummary {
            version: 1,
            kind: KIND,
            site,
            kiosk,
            date,
            ratings,
        }
    }

    /// Its idempotency key, `ratings-summary:<site>:<kiosk>:<date>` ([`super::daily::key`];
    /// without the kiosk when it has no name).
    pub fn key(&self) -> String {
        let names: Vec<&str> = [Some(self.site), self.kiosk].into_iter().flatten().collect();
        super::daily::key("ratings-summary", &names, self.date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Subject;

    fn row(date: &str, subject: Subject, counts: [u32; 5]) -> RatingCount {
        RatingCount {
            date: date.into(),
            subject,
            counts,
        }
    }

    #[test]
    fn the_document_holds_the_days_counts_and_its_key_names_site_kiosk_and_day() {
        let rows = [
            row("2026-11-22", Subject::Form("missed-bin".into()), [0, 1, 0, 2, 5]),
            row("2026-11-22", Subject::Service("housing".into()), [1, 0, 0, 0, 0]),
            row("2026-11-23", Subject::Form("missed-bin".into()), [9, 9, 9, 9, 9]),
        ];
        let doc = RatingsSummary::new("Onestop Council", Some("library-1"), "2026-11-22", &rows);
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "version": 1, "kind": "kiosk-daily-ratings", "site": "Onestop Council",
                "kiosk": "library-1", "date": "2026-11-22",
                "ratings": [
                    {"kind": "form", "id": "missed-bin", "counts": [0, 1, 0, 2, 5]},
                    {"kind": "service", "id": "housing", "counts": [1, 0, 0, 0, 0]}
                ]
            })
        );
        assert_eq!(doc.key(), "ratings-summary:onestop-council:library-1:2026-11-22");
        let unnamed = RatingsSummary::new("Onestop Council", None, "2026-11-22", &rows);
        assert_eq!(unnamed.key(), "ratings-summary:onestop-council:2026-11-22");
        assert_eq!(
            serde_json::to_value(&unnamed).unwrap()["kiosk"],
            serde_json::Value::Null
        );
    }
}
