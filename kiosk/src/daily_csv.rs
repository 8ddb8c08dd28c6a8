//! The kiosk's daily CSV of each form's submissions ([`onestop::daily_csv`]): a background
//! service on its own thread, runtime and database connection that, at start and then every
//! [`EVERY`], delivers the files due (a finished local day in `[hours] time_zone`, with
//! submissions, not done yet) into `[crm.csv] folder`, recording each day once the file is in
//! place. It runs beside forwarding, with any `[crm] kind`. The mailbox step is not wired here
//! yet: with only a mailbox configured the service does not start, and says so.
//!
//! Test-only hooks: `ONESTOP_TEST_CSV_TODAY=YYYY-MM-DD` stands in for today's local date, so a
//! test's own submissions count as a finished day; `ONESTOP_TEST_CSV_ABORT_AFTER_RENAME=1` aborts
//! the process right after a file is renamed into place and before its day is recorded, so a test
//! can show the file is written once across a crash.

use crate::background::Service;
use crate::context::Context;
use anyhow::{Result, bail};
use onestop::daily_csv::folder::write_into;
use onestop::daily_csv::{CsvFile, Settings, deliver_due};
use onestop::outbox::Outcome;
use std::time::Duration;
use time::Date;

/// How often due days are looked for and (re)tried.
pub const EVERY: Duration = Duration::from_secs(600);

/// The test hook standing in for today's date.
pub const TODAY_HOOK: &str = "ONESTOP_TEST_CSV_TODAY";

/// The test hook that aborts between a file's rename and its day's record.
pub const ABORT_HOOK: &str = "ONESTOP_TEST_CSV_ABORT_AFTER_RENAME";

/// The daily CSV settings in `ctx`'s config: the kiosk's name (`[kiosk] id`, else the host
/// name, else `kiosk`), the hours' zone, the forms and the catch-up window.
pub fn settings(ctx: &Context) -> Settings {
    let csv = &ctx.config.crm.csv;
    Settings {
        kiosk: crate::ratings_summary::Origin::of(ctx)
            .kiosk
            .unwrap_or_else(|| "kiosk".into()),
        zone: ctx.hours.zone(),
        forms: csv.forms.clone(),
        catch_up_days: csv.catch_up_days,
    }
}

/// A `YYYY-MM-DD` text as a date, or an error naming `what`.
pub fn parse_date(text: &str, what: &str) -> Result<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match Date::parse(text, &format) {
        Ok(d) if text.len() == 10 => Ok(d),
        _ => {
            let shown: String = text.chars().take(40).collect();
            bail!("{what} {shown:?} must be a date like 2026-11-23")
        }
    }
}

/// Today's local date in `settings`' zone, or the test hook's.
fn today(settings: &Settings) -> Result<Date> {
    match std::env::var(TODAY_HOOK) {
        Ok(text) => parse_date(&text, TODAY_HOOK),
        Err(_) => Ok(onestop::daily_csv::deliver::local_date(
            settings.zone,
            time::OffsetDateTime::now_utc().unix_timestamp(),
        )),
    }
}

/// Start delivering daily files every [`EVERY`], or `None` when `[crm.csv]` names no folder.
pub fn start(ctx: &Context) -> Result<Option<Service>> {
    start_every(ctx, EVERY)
}

/// [`start`], with rounds `every` apart.
pub fn start_every(ctx: &Context, every: Duration) -> Result<Option<Service>> {
    let csv = &ctx.config.crm.csv;
    if let Some(mailbox) = csv.mailbox_address() {
        tracing::error!(
            "crm.csv.mailbox ({mailbox}) is set, but this kiosk cannot mail the daily CSV yet; only crm.csv.folder is used"
        );
    }
    let Some(folder) = csv.folder_path() else {
        return Ok(None);
    };
    let settings = settings(ctx);
    let forms = ctx.forms.clone();
    let abort = std::env::var_os(ABORT_HOOK).is_some();
    let step = move |file: &CsvFile| {
        let outcome = write_into(&folder, file);
        if abort && matches!(outcome, Outcome::Accepted { .. }) {
            tracing::warn!("test-only: aborting after writing {} ({ABORT_HOOK})", file.filename);
            std::process::abort();
        }
        std::future::ready(outcome)
    };
    let service = crate::background::every_round(
        "daily-csv",
        "daily CSV",
        every,
        ctx.store_opener(),
        move |runtime, store, _| {
            let today = today(&settings)?;
            runtime.block_on(deliver_due(store, &forms, &settings, today, &step))?;
            Ok(())
        },
    )?;
    Ok(Some(service))
}
