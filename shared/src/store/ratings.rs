//! Visitors' one-tap satisfaction ratings ("How was this?", 1 = very poor … 5 = very good), kept
//! as counts only: one row per local date, subject (a form or a queue service) and score, raised
//! in one statement. Nothing that could tie a row to one visit is ever given to this module: no
//! reference, no submission id, no time finer than the local date. Every input is checked before
//! anything is written. Which days go to the CRM is [`crate::crm::daily`]'s; the days done are
//! kept here beside the counts.

use super::{Store, StoreError, days_done};
use crate::forms::schema::{MAX_ID_LEN, is_valid_id};
use rusqlite::params;
use std::collections::BTreeSet;

/// What a rating is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// A form, by its id (`missed-bin`): rated after its confirmation page.
    Form(String),
    /// A queue service, by its id (`housing`): rated after a ticket was issued.
    Service(String),
}

impl Subject {
    /// `form` or `service`, as stored and sent to the CRM.
    pub fn kind(&self) -> &'static str {
        match self {
            Subject::Form(_) => "form",
            Subject::Service(_) => "service",
        }
    }

    /// The form's or service's id.
    pub fn id(&self) -> &str {
        match self {
            Subject::Form(id) | Subject::Service(id) => id,
        }
    }

    fn from_stored(kind: &str, id: String) -> Option<Subject> {
        match kind {
            "form" => Some(Subject::Form(id)),
            "service" => Some(Subject::Service(id)),
            _ => None,
        }
    }
}

/// One local day's ratings of one subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingCount {
    /// The local date, `YYYY-MM-DD`.
    pub date: String,
    /// What was rated.
    pub subject: Subject,
    /// How many visitors gave each score: `counts[0]` is score 1 (very poor), `counts[4]` score 5.
    pub counts: [u32; 5],
}

impl RatingCount {
    /// How many ratings in all.
    pub fn total(&self) -> u32 {
        self.counts.iter().fold(0, |all, n| all.saturating_add(*n))
    }

    /// The mean score, 1.0 to 5.0 (`None` with no ratings).
    pub fn mean(&self) -> Option<f64> {
        let total: f64 = self.counts.iter().map(|n| f64::from(*n)).sum();
        let sum: f64 = self
            .counts
            .iter()
            .zip(1..=5)
            .map(|(n, score)| f64::from(*n) * f64::from(score))
            .sum();
        (total > 0.0).then(|| sum / total)
    }
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD`.
pub fn is_local_date(date: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    date.len() == 10 && date.as_bytes()[0].is_ascii_digit() && time::Date::parse(date, &format).is_ok()
}

/// `text` as an error message quotes it: at most 40 characters, escaped.
fn quoted(text: &str) -> String {
    let mut cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    format!("{cut:?}")
}

fn date_problem(date: &str) -> String {
    format!(
        "a ratings date must be a real date like 2026-11-23, not {}",
        quoted(date)
    )
}

fn check_date(date: &str) -> Result<(), StoreError> {
    match is_local_date(date) {
        true => Ok(()),
        false => Err(StoreError::Refused(date_problem(date))),
    }
}

impl Store {
    /// Count one visitor's `score` (1 to 5) of `subject` on the local `date` (`YYYY-MM-DD`). A
    /// score out of range, a date that is not a real date, or an id that is not a form or service
    /// id (lowercase letters, digits and single hyphens, at most 40 characters) is refused with
    /// [`StoreError::Refused`], and nothing is written.
    pub fn record_rating(&self, date: &str, subject: &Subject, score: u8) -> Result<(), StoreError> {
        let problem = if !(1..=5).contains(&score) {
            format!("a rating's score must be 1 to 5, not {score}")
        } else if !is_local_date(date) {
            date_problem(date)
        } else if !is_valid_id(subject.id()) {
            format!(
                "a rated {} id must be lowercase letters, digits and single hyphens, at most {MAX_ID_LEN} characters, not {}",
                subject.kind(),
                quoted(subject.id())
            )
        } else {
            String::new()
        };
        if !problem.is_empty() {
            return Err(StoreError::Refused(format!("{problem}; the rating was not stored")));
        }
        self.conn
            .prepare_cached(
                "INSERT INTO ratings (date, kind, subject, score, count) VALUES (?1, ?2, ?3, ?4, 1)
                 ON CONFLICT (date, kind, subject, score) DO UPDATE SET count = count + 1",
            )?
            .execute(params![date, subject.kind(), subject.id(), score])?;
        Ok(())
    }

    /// The ratings of the local `date`, by subject (forms, then services, each by id).
    pub fn ratings_on(&self, date: &str) -> Result<Vec<RatingCount>, StoreError> {
        self.ratings_between(date, date)
    }

    /// The ratings from `from` to `to`, both included, ordered by date, then subject (forms, then
    /// services, each by id). Empty when `from` is after `to`.
    pub fn ratings_between(&self, from: &str, to: &str) -> Result<Vec<RatingCount>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.rating_counts("date BETWEEN ?1 AND ?2", params![from, to])
    }

    /// The ratings of every day before `date` whose summary is not done yet, ordered as
    /// [`Store::ratings_between`]: what the daily sender may have to send. Days done are left out
    /// here, not after reading, so each round reads only the days still due, however many years
    /// of counts the kiosk holds.
    pub fn ratings_unsummarised_before(&self, date: &str) -> Result<Vec<RatingCount>, StoreError> {
        check_date(date)?;
        self.rating_counts(
            "date < ?1 AND date NOT IN (SELECT date FROM ratings_summaries)",
            params![date],
        )
    }

    /// The days whose ratings summary is done with (sent, or refused by the CRM).
    pub fn ratings_summaries_done(&self) -> Result<BTreeSet<String>, StoreError> {
        Ok(days_done::done(&self.conn, "ratings_summaries")?)
    }

    /// Note that the ratings summary of `date` is done with: `sent`, or `refused: …` (never
    /// sent again).
    pub fn record_ratings_summary(&self, date: &str, outcome: &str) -> Result<(), StoreError> {
        check_date(date)?;
        Ok(days_done::record(&self.conn, "ratings_summaries", date, outcome)?)
    }

    fn rating_counts(&self, filter: &str, args: impl rusqlite::Params) -> Result<Vec<RatingCount>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT date, kind, subject, score, count FROM ratings WHERE {filter}
             ORDER BY date, kind, subject, score"
        ))?;
        let rows = stmt.query_map(args, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        let mut out: Vec<RatingCount> = Vec::new();
        for row in rows {
            let (date, kind, id, score, count) = row?;
            let subject = Subject::from_stored(&kind, id)
                .ok_or_else(|| StoreError::Corrupt(format!("a ratings row has the kind {}", quoted(&kind))))?;
            let slot = usize::try_from(score - 1)
                .ok()
                .filter(|s| *s < 5)
                .ok_or_else(|| StoreError::Corrupt(format!("a ratings row has the score {score}")))?;
            let same = out.last().is_some_and(|l| l.date == date && l.subject == subject);
            if !same {
                out.push(RatingCount {
                    date,
                    subject,
                    counts: [0; 5],
                });
            }
            let last = out.last_mut().expect("pushed above");
            last.counts[slot] = count.clamp(0, i64::from(u32::MAX)) as u32;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::Lockout;
    use crate::store::{Key, MIGRATIONS};

    #[test]
    fn totals_and_means_hold_for_the_largest_counts() {
        let r = |counts| RatingCount {
            date: "2026-11-22".into(),
            subject: Subject::Service("housing".into()),
            counts,
        };
        assert_eq!(r([u32::MAX; 5]).total(), u32::MAX);
        assert_eq!(r([u32::MAX; 5]).mean(), Some(3.0));
        assert_eq!(r([0, 0, 0, 0, 0]).mean(), None);
        assert_eq!(r([1, 0, 0, 0, 1]).mean(), Some(3.0));
    }

    #[test]
    fn a_database_at_the_previous_version_gains_the_ratings_and_keeps_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.db");
        // Every migration before 0010_ratings.
        let before = 9;
        assert!(MIGRATIONS[before].contains("CREATE TABLE ratings"));
        // The file as the kiosk before ratings left it: every earlier migration, and a lockout.
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            for m in &MIGRATIONS[..before] {
                conn.execute_batch(m).unwrap();
            }
            conn.pragma_update(None, "user_version", before as i64).unwrap();
            conn.execute("INSERT INTO staff_lockout (id, failures, locks) VALUES (1, 3, 0)", [])
                .unwrap();
            let missing = conn.execute("SELECT count(*) FROM ratings", []).unwrap_err();
            assert!(missing.to_string().contains("no such table"), "{missing}");
        }
        let store = Store::open(&path, Key::random()).unwrap();
        let version: i64 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
        let kept = Lockout {
            failures: 3,
            ..Lockout::default()
        };
        assert_eq!(store.lockout().unwrap(), kept, "earlier data is kept");
        let subject = Subject::Form("missed-bin".into());
        store.record_rating("2026-11-22", &subject, 4).unwrap();
        store.record_ratings_summary("2026-11-21", "sent").unwrap();
        assert_eq!(store.ratings_on("2026-11-22").unwrap()[0].counts, [0, 0, 0, 1, 0]);
        assert_eq!(
            store.ratings_summaries_done().unwrap(),
            ["2026-11-21".to_owned()].into()
        );
    }
}
