//! The kiosk's daily CSV of each form's submissions ([`onestop::daily_csv`]): a background
//! service on its own thread, runtime and database connection that, at start and then every
//! [`EVERY`], delivers the files due (a finished local day in `[hours] time_zone`, with
//! submissions, not done yet) into `[crm.csv] folder`, recording each day once the file is in
//! place, and/or mails it to `[crm.csv] mailbox` through the `[crm.email]` relay as an
//! attachment (one message per form and day, its Message-ID and Date fixed by the day, so a
//! resend after a crash is recognisably the same message). It runs beside forwarding, with any
//! `[crm] kind`.
//!
//! Test-only hooks: `ONESTOP_TEST_CSV_TODAY=YYYY-MM-DD` stands in for today's local date, so a
//! test's own submissions count as a finished day; `ONESTOP_TEST_CSV_ABORT_AFTER_RENAME=1` aborts
//! the process right after a file is renamed into place and before its day is recorded, so a test
//! can show the file is written once across a crash.

use crate::background::Service;
use crate::context::Context;
use anyhow::{Result, bail};
use onestop::crm::email::{Attachment, Mail, Mailer};
use onestop::daily_csv::folder::write_into;
use onestop::daily_csv::{CsvFile, Settings, deliver_due};
use onestop::outbox::Outcome;
use std::time::Duration;
use time::Date;

/// The message carrying one day's file: the same Message-ID and Date on every try.
pub fn csv_mail(file: &CsvFile, to: &str, domain: &str) -> Mail {
    let id: String = file
        .key()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '.' })
        .collect();
    let midnight = file
        .date
        .next_day()
        .unwrap_or(file.date)
        .midnight()
        .assume_utc()
        .unix_timestamp();
    Mail {
        to: to.to_owned(),
        subject: format!("Onestop daily CSV: {} {} ({})", file.form_id, file.date, file.kiosk),
        message_id: format!("onestop.{id}@{domain}"),
        body: format!(
            "Attached: every submission of the form \"{}\" made on kiosk {} on {}, one row each \
             (docs/CRM.md, \"Daily CSV\").\n",
            file.form_id, file.kiosk, file.date
        ),
        attachments: vec![Attachment {
            filename: file.filename.clone(),
            content_type: "text/csv; charset=utf-8".into(),
            bytes: file.bytes.clone(),
        }],
        headers: vec![("X-Onestop-Daily-Csv".into(), file.key())],
        date: Some(std::time::UNIX_EPOCH + Duration::from_secs(midnight.max(0) as u64)),
    }
}

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

/// Start delivering daily files every [`EVERY`], or `None` when `[crm.csv]` names no folder and no mailbox.
pub fn start(ctx: &Context) -> Result<Option<Service>> {
    start_every(ctx, EVERY)
}

/// [`start`], with rounds `every` apart.
pub fn start_every(ctx: &Context, every: Duration) -> Result<Option<Service>> {
    let csv = &ctx.config.crm.csv;
    let mail = match csv.mailbox_address() {
        Some(to) => {
            let email = &ctx.config.crm.email;
            if email.host.trim().is_empty() {
                bail!("crm.csv.mailbox is set but [crm.email] names no relay: set crm.email.host and crm.email.from");
            }
            let timeout = Duration::from_secs(ctx.config.crm.timeout_secs);
            let mailer = Mailer::new(email, timeout).map_err(anyhow::Error::msg)?;
            Some((mailer, to.to_owned(), email.from_domain().to_owned()))
        }
        None => None,
    };
    let folder = csv.folder_path();
    if folder.is_none() && mail.is_none() {
        return Ok(None);
    }
    let settings = settings(ctx);
    let forms = ctx.forms.clone();
    let abort = std::env::var_os(ABORT_HOOK).is_some();
    let step = move |file: &CsvFile| {
        let (folder, mail, file) = (folder.clone(), mail.clone(), file.clone());
        async move {
            if let Some(folder) = &folder {
                let outcome = write_into(folder, &file);
                if !matches!(outcome, Outcome::Accepted { .. }) {
                    return outcome;
                }
                if abort {
                    tracing::warn!("test-only: aborting after writing {} ({ABORT_HOOK})", file.filename);
                    std::process::abort();
                }
                if mail.is_none() {
                    return outcome;
                }
            }
            match &mail {
                Some((mailer, to, domain)) => mailer.send(&csv_mail(&file, to, domain)).await,
                None => Outcome::Accepted {
                    crm_id: file.filename.clone(),
                    dropped: None,
                },
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_days_mail_is_the_same_message_on_every_try() {
        let file = CsvFile {
            kiosk: "library-1".into(),
            form_id: "missed-bin".into(),
            date: time::macros::date!(2026 - 12 - 04),
            filename: "onestop-library-1-missed-bin-2026-12-04.csv".into(),
            bytes: b"\xef\xbb\xbfreference\r\n".to_vec(),
        };
        let (a, b) = (
            csv_mail(&file, "forms@council.gov.uk", "council.gov.uk"),
            csv_mail(&file, "forms@council.gov.uk", "council.gov.uk"),
        );
        assert_eq!((&a.message_id, a.date), (&b.message_id, b.date));
        assert_eq!(
            a.message_id,
            "onestop.daily-csv.library-1.missed-bin.2026-12-04@council.gov.uk"
        );
        let midnight = time::macros::datetime!(2026 - 12 - 05 0:00 UTC).unix_timestamp() as u64;
        assert_eq!(a.date, Some(std::time::UNIX_EPOCH + Duration::from_secs(midnight)));
        assert_eq!(a.attachments[0].bytes, file.bytes);
        assert_eq!(a.attachments[0].filename, file.filename);
    }
}
