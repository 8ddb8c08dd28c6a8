//! Which daily files are due, building one, and delivering the due ones through a pluggable
//! step. A (form, local day) is due once the day is over in the configured zone, when the day
//! had at least one submission of the form, is within the catch-up window, and is not recorded
//! done in `csv_days`. The step is called with each file; the day is recorded only after the
//! step says the file was taken, so a crash in between delivers the same file again (the folder
//! step writes the same name with the same bytes; a mail step uses [`super::CsvFile::key`]).

use super::{CsvFile, columns, file_name};
use crate::crm::daily::{Posted, due};
use crate::forms::Catalogue;
use crate::hours::Zone;
use crate::outbox::Outcome;
use crate::store::{Store, StoreError};
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use time::{Date, Duration, PrimitiveDateTime, Time};

/// What the daily CSV needs beyond the store and the forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// This kiosk's name, for the file name (`[kiosk] id`, else the host name).
    pub kiosk: String,
    /// The zone the days are in (`[hours] time_zone`).
    pub zone: Zone,
    /// Forms that get files; empty: every form.
    pub forms: Vec<String>,
    /// Finished days looked back at (today not counted).
    pub catch_up_days: u32,
}

/// What one round of [`deliver_due`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Round {
    /// `(form, date, outcome)` recorded done, oldest first.
    pub done: Vec<(String, String, String)>,
    /// The file the step did not take, and why: it and the rest wait for the next round.
    pub later: Option<(String, String, String)>,
}

/// The first and the first-after-last Unix second of local `date` in `zone`.
pub fn day_span(zone: Zone, date: Date) -> (i64, i64) {
    let start = |d: Date| {
        let midnight = PrimitiveDateTime::new(d, Time::MIDNIGHT);
        // Midnight is never skipped nor repeated in the zones we know; the wall time as UTC
        // minus the offset an hour earlier is right if it ever were.
        zone.instants(midnight).first().copied().unwrap_or_else(|| {
            let wall = midnight.assume_utc().unix_timestamp();
            wall - zone.offset_at(wall - 3_600)
        })
    };
    (start(date), start(date.next_day().unwrap_or(Date::MAX)))
}

/// The local date of Unix second `at` in `zone`.
pub fn local_date(zone: Zone, at: i64) -> Date {
    zone.local(at).date()
}

/// The (form, date) files due before `today`, oldest day first.
pub fn due_days(store: &Store, settings: &Settings, today: Date) -> Result<Vec<(String, Date)>, StoreError> {
    let since = today - Duration::days(i64::from(settings.catch_up_days));
    let (from, _) = day_span(settings.zone, since);
    let mut dates: BTreeMap<String, Vec<Date>> = BTreeMap::new();
    for (form, at) in store.submission_times_since(from)? {
        if settings.forms.is_empty() || settings.forms.contains(&form) {
            dates.entry(form).or_default().push(local_date(settings.zone, at));
        }
    }
    let done = store.csv_days_done()?;
    let today = today.to_string();
    let mut days = Vec::new();
    for (form, dates) in dates {
        let texts: Vec<String> = dates.iter().map(Date::to_string).collect();
        let done_here: BTreeSet<String> = done
            .iter()
            .filter(|(f, _)| *f == form)
            .map(|(_, d)| d.clone())
            .collect();
        for (date, _) in due(&texts, |d| d, &done_here, &today) {
            let date = dates
                .iter()
                .find(|d| d.to_string() == date)
                .copied()
                .unwrap_or(Date::MIN);
            days.push((form.clone(), date));
        }
    }
    days.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    Ok(days)
}

/// The file for `form_id` on local `date`: every submission of it made that day, oldest first,
/// under the header of the form's current definition in `forms`. Built the same way for the
/// same rows, byte for byte. Does not record anything.
pub fn build_file(
    store: &Store,
    forms: &Catalogue,
    settings: &Settings,
    form_id: &str,
    date: Date,
) -> Result<CsvFile, StoreError> {
    let (from, to) = day_span(settings.zone, date);
    let rows = store.csv_rows(form_id, from, to)?;
    Ok(CsvFile {
        kiosk: settings.kiosk.clone(),
        form_id: form_id.to_owned(),
        date,
        filename: file_name(&settings.kiosk, form_id, date),
        bytes: columns::write(forms.get(form_id), settings.zone, &rows),
    })
}

/// Build each file due before `today` (local) and hand it to `deliver`, oldest first; record the
/// day done when `deliver` says the file was taken (accepted, already there) or refused for
/// good. Stops at the first file to try again later: the rest would likely fail the same way.
pub async fn deliver_due<F, Fut>(
    store: &Store,
    forms: &Catalogue,
    settings: &Settings,
    today: Date,
    deliver: F,
) -> Result<Round, StoreError>
where
    F: Fn(&CsvFile) -> Fut,
    Fut: Future<Output = Outcome>,
{
    let mut round = Round::default();
    for (form, date) in due_days(store, settings, today)? {
        let file = build_file(store, forms, settings, &form, date)?;
        let date = date.to_string();
        match Posted::from(deliver(&file).await) {
            Posted::Done(outcome) => {
                store.record_csv_day(&form, &date, &outcome)?;
                tracing::info!("daily CSV {}: {outcome}", file.filename);
                round.done.push((form, date, outcome));
            }
            Posted::Later(reason) => {
                tracing::warn!("daily CSV {} will be tried again later: {reason}", file.filename);
                round.later = Some((form, date, reason));
                break;
            }
        }
    }
    Ok(round)
}
