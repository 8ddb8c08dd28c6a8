//! `kiosk stats [--from DATE] [--to DATE] [--json]`: visitors' satisfaction ratings per form or
//! queue service per local day, from the kiosk's database, as a plain table or as JSON (by
//! default the last 7 days, today included). Counting is the store's
//! ([`onestop::store::ratings`]); this only reads and prints.

use crate::context::Context;
use anyhow::{Result, bail};
use onestop::store::RatingCount;
use onestop::store::ratings::is_local_date;

/// The days shown when neither end is given: a week, today included.
const DEFAULT_DAYS: i64 = 7;

/// `kiosk stats`: print the ratings from `from` to `to` (both included, `YYYY-MM-DD`).
pub fn run(ctx: &Context, from: Option<&str>, to: Option<&str>, json: bool) -> Result<bool> {
    let (from, to) = range(from, to, crate::clock::local_now().date())?;
    let rows = ctx.open_store()?.ratings_between(&from, &to)?;
    if json {
        println!("{}", as_json(&from, &to, &rows));
    } else {
        print!("{}", table(&from, &to, &rows));
    }
    Ok(true)
}

/// The dates asked for, checked: `to` defaults to `today`, `from` to a week ending at `to`.
fn range(from: Option<&str>, to: Option<&str>, today: time::Date) -> Result<(String, String)> {
    for (flag, date) in [("--from", from), ("--to", to)] {
        if let Some(d) = date.filter(|d| !is_local_date(d)) {
            let shown: String = d.chars().take(40).collect();
            bail!("{flag} {shown:?} must be a date like 2026-11-23");
        }
    }
    let to = to.map_or_else(|| today.to_string(), str::to_owned);
    let from = match from {
        Some(f) => f.to_owned(),
        None => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            let end = time::Date::parse(&to, &format)?;
            end.checked_sub(time::Duration::days(DEFAULT_DAYS - 1))
                .unwrap_or(time::Date::MIN)
                .to_string()
        }
    };
    if from > to {
        bail!("--from {from} is after --to {to}; give the earlier day first");
    }
    Ok((from, to))
}

/// The rows as one JSON document: `{"from", "to", "ratings": [{"date", "kind", "id", "counts",
/// "total"}]}`, `counts[0]` being score 1 (very poor).
fn as_json(from: &str, to: &str, rows: &[RatingCount]) -> serde_json::Value {
    let ratings: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "date": r.date, "kind": r.subject.kind(), "id": r.subject.id(),
                "counts": r.counts, "total": r.total(),
            })
        })
        .collect();
    serde_json::json!({ "from": from, "to": to, "ratings": ratings })
}

/// The rows as a plain table: one line per day and subject, a count per score, the total and
/// the mean score.
fn table(from: &str, to: &str, rows: &[RatingCount]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if rows.is_empty() {
        let _ = writeln!(out, "no ratings from {from} to {to}");
        return out;
    }
    let width = rows.iter().map(|r| r.subject.id().len()).max().unwrap_or(0).max(2);
    let _ = writeln!(
        out,
        "ratings from {from} to {to}; scores 1 (very poor) to 5 (very good)"
    );
    let _ = writeln!(
        out,
        "{:<10}  {:<7}  {:<width$}  {:>5} {:>5} {:>5} {:>5} {:>5}  {:>6}  {:>4}",
        "date", "kind", "id", "1", "2", "3", "4", "5", "total", "mean"
    );
    for r in rows {
        let [one, two, three, four, five] = r.counts;
        let mean = r.mean().map_or_else(|| "-".to_owned(), |m| format!("{m:.2}"));
        let _ = writeln!(
            out,
            "{:<10}  {:<7}  {:<width$}  {one:>5} {two:>5} {three:>5} {four:>5} {five:>5}  {:>6}  {mean:>4}",
            r.date,
            r.subject.kind(),
            r.subject.id(),
            r.total()
        );
    }
    let total: u32 = rows.iter().map(RatingCount::total).sum();
    let _ = writeln!(out, "{total} rating(s)");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use onestop::store::Subject;

    #[test]
    fn the_range_defaults_to_the_week_ending_today_and_bad_dates_are_refused() {
        let today = time::macros::date!(2026 - 03 - 02);
        let r = |from, to| range(from, to, today).map_err(|e| e.to_string());
        assert_eq!(r(None, None).unwrap(), ("2026-02-24".into(), "2026-03-02".into()));
        assert_eq!(
            r(None, Some("2026-01-07")).unwrap(),
            ("2026-01-01".into(), "2026-01-07".into())
        );
        assert_eq!(
            r(Some("2026-01-01"), None).unwrap(),
            ("2026-01-01".into(), "2026-03-02".into())
        );
        assert!(
            r(Some("2026-13-99"), None)
                .unwrap_err()
                .contains("--from \"2026-13-99\" must be a date like")
        );
        assert!(r(None, Some("yesterday")).unwrap_err().contains("--to \"yesterday\""));
        assert!(r(Some("2026-03-03"), None).unwrap_err().contains("is after --to"));
    }

    #[test]
    fn the_table_has_a_line_per_day_and_subject_with_its_total_and_mean() {
        let rows = [RatingCount {
            date: "2026-11-22".into(),
            subject: Subject::Service("council-tax".into()),
            counts: [1, 0, 0, 1, 3],
        }];
        let text = table("2026-11-22", "2026-11-22", &rows);
        let line: Vec<&str> = text.lines().nth(2).unwrap().split_whitespace().collect();
        assert_eq!(line.join(" "), "2026-11-22 service council-tax 1 0 0 1 3 5 4.00");
        assert_eq!(text.lines().last(), Some("5 rating(s)"));
        assert_eq!(
            table("2026-11-20", "2026-11-22", &[]),
            "no ratings from 2026-11-20 to 2026-11-22\n"
        );
    }
}
