//! The kiosk's side of the CRM's form catalogue once running: the staff commands
//! `kiosk catalogue refresh|list`, and the background refresh while the touchscreen runs.
//! Merging the cached forms in at start is `context::crm_forms`; reading and mapping are
//! `onestop::crm::services` and `onestop::crm::catalogue`, caching `onestop::store::catalogue`:
//! this module reads, then writes what was read.

use crate::context::Context;
use anyhow::{Result, bail};
use onestop::config::CrmKind;
use onestop::crm::services::Services;
use onestop::store::Store;
use onestop::store::catalogue::{Change, Refresh};
use std::time::Duration;

fn services(ctx: &Context) -> Result<Services> {
    let c = &ctx.config.crm;
    if c.kind != CrmKind::Open311 {
        bail!(
            "the form catalogue comes from an Open311 CRM, but crm.kind is \"{}\"; set crm.kind = \"open311\" and crm.url",
            c.kind
        );
    }
    Services::new(&c.url, &c.jurisdiction_id, Duration::from_secs(c.timeout_secs)).map_err(anyhow::Error::msg)
}

/// `kiosk catalogue refresh`: read the CRM's services now and say what was added, changed,
/// kept or skipped. Exit 1 (cache untouched) when the list cannot be read.
pub fn refresh_now(ctx: &Context) -> Result<bool> {
    let services = services(ctx)?;
    let mut store = ctx.open_store()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let read = match runtime.block_on(services.read()) {
        Ok(read) => read,
        Err(e) => {
            println!("{e}");
            return Ok(false);
        }
    };
    let report = store.refresh_crm_catalogue(read)?;
    let mut offered = 0;
    for change in &report.changes {
        let line = match change {
            Change::Added { form_id, version } => format!("added      {form_id} v{version}"),
            Change::Changed { form_id, from, to } => format!("changed    {form_id} v{from} -> v{to}"),
            Change::Unchanged { form_id, version } => format!("unchanged  {form_id} v{version}"),
            Change::Kept { form_id, version } => format!("kept       {form_id} v{version} (cached)"),
            Change::Removed { form_id } => format!("removed    {form_id}"),
        };
        offered += usize::from(!matches!(change, Change::Removed { .. }));
        println!("{line}");
    }
    for s in &report.skipped {
        println!("skipped    {}: {}", s.service_code, s.reason);
    }
    for n in &report.notes {
        println!("note       {n}");
    }
    println!(
        "{offered} CRM service(s) offered, {} skipped; a running kiosk shows changes after a restart",
        report.skipped.len()
    );
    Ok(true)
}

/// `kiosk catalogue list`: the cached CRM services, with versions and when each was read.
pub fn list(ctx: &Context) -> Result<bool> {
    let store = ctx.open_store()?;
    let cached = store.crm_catalogue()?;
    println!(
        "{:<24} {:>4}  {:<16} {:<20} {:<22} name",
        "form", "ver", "service code", "kind", "read at"
    );
    for c in &cached {
        let kind = if c.has_definition {
            "definition"
        } else {
            "description only"
        };
        let offered = if ctx.is_crm_form(&c.form_id) {
            ""
        } else {
            " (not offered: see the log)"
        };
        println!(
            "{:<24} {:>4}  {:<16} {:<20} {:<22} {}{offered}",
            c.form_id, c.version, c.service_code, kind, c.fetched_at, c.name
        );
    }
    match store.crm_catalogue_refreshed_at()? {
        Some(at) => println!("{} service(s); the list was last read at {at}", cached.len()),
        None => println!("the CRM's list has never been read: run `kiosk catalogue refresh`"),
    }
    Ok(true)
}

/// Read the CRM's catalogue, then write it to the cache (nothing is written if the list could
/// not be read).
fn refresh(runtime: &tokio::runtime::Handle, store: &mut Store, services: &Services) -> Result<Refresh> {
    let read = runtime.block_on(services.read())?;
    Ok(store.refresh_crm_catalogue(read)?)
}

/// How long until the next background read: due `every` after the last successful one.
fn due_in(last: Option<&str>, every: Duration) -> Duration {
    use time::format_description::well_known::Rfc3339;
    let Some(last) = last.and_then(|t| time::OffsetDateTime::parse(t, &Rfc3339).ok()) else {
        return Duration::ZERO;
    };
    let age = time::OffsetDateTime::now_utc() - last;
    every.saturating_sub(Duration::try_from(age).unwrap_or(Duration::ZERO))
}

/// While the touchscreen runs, read the CRM's catalogue every `crm.catalogue_refresh_hours`
/// on its own thread and connection, the reads on `runtime` (the kiosk's one); a failure is
/// logged and retried within the hour.
pub fn start_refresher(ctx: &Context, runtime: tokio::runtime::Handle) -> Result<()> {
    let hours = ctx.config.crm.catalogue_refresh_hours;
    if ctx.config.crm.kind != CrmKind::Open311 || hours == 0 {
        return Ok(());
    }
    let services = services(ctx)?;
    // Opened on the thread, retried there: a full disk at start must not stop the kiosk.
    let open = ctx.store_opener();
    let every = Duration::from_secs(hours * 3600);
    std::thread::Builder::new().name("catalogue".into()).spawn(move || {
        let mut store = loop {
            match open() {
                Ok(store) => break store,
                Err(e) => {
                    tracing::warn!("the catalogue refresher waits for the database: {e:#}");
                    std::thread::sleep(Duration::from_secs(60));
                }
            }
        };
        loop {
            let last = store.crm_catalogue_refreshed_at().ok().flatten();
            let wait = due_in(last.as_deref(), every);
            if !wait.is_zero() {
                std::thread::sleep(wait);
                continue;
            }
            match refresh(&runtime, &mut store, &services) {
                Ok(r) => tracing::info!(
                    changes = r.changes.len(),
                    skipped = r.skipped.len(),
                    "read the CRM's form catalogue; new forms show after a restart"
                ),
                Err(e) => {
                    tracing::warn!("{e}");
                    std::thread::sleep(every.min(Duration::from_secs(3600)));
                }
            }
        }
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_never_read_is_due_now_and_a_fresh_one_later() {
        let day = Duration::from_secs(86_400);
        assert_eq!(due_in(None, day), Duration::ZERO);
        assert_eq!(due_in(Some("not a time"), day), Duration::ZERO);
        assert_eq!(due_in(Some("2001-01-01T00:00:00Z"), day), Duration::ZERO);
        let now = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        let wait = due_in(Some(&now), day);
        assert!(wait > day - Duration::from_secs(60) && wait <= day, "{wait:?}");
    }
}
