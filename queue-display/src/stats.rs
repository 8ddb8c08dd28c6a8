//! `queue-display stats`: the day's figures per service from the hub's event log (`queue.db`):
//! tickets, mean and 90th-percentile wait, service time, no-shows and transfers, as a table or
//! a CSV file. The figures are `onestop::queue::stats`'s; this only reads and writes.

use anyhow::{Context as _, Result, bail};
use onestop::queue::QueueStore;
use onestop::queue::stats::{ServiceDay, csv, daily};
use std::path::PathBuf;

/// What `stats` is given on the command line.
#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    /// The data folder holding the hub's `queue.db`.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// The day, YYYY-MM-DD (local time); every day in the log when left out.
    #[arg(long)]
    pub date: Option<String>,
    /// Write CSV to this new file instead of printing a table.
    #[arg(long)]
    pub csv: Option<PathBuf>,
}

/// Print or write the figures. `utc_offset_secs` decides which local day a ticket belongs to.
pub fn run(args: StatsArgs, utc_offset_secs: i32) -> Result<()> {
    if let Some(d) = &args.date {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::Date::parse(d, &format).with_context(|| format!("--date \"{d}\" must be a date like 2026-11-23"))?;
    }
    let dir = crate::serve::data_dir(args.data_dir.as_deref())?;
    let path = dir.join("queue.db");
    if !path.exists() {
        bail!("there is no queue log at {}; pass the hub's --data-dir", path.display());
    }
    let events = QueueStore::open(&path)?.load()?;
    let offset = time::UtcOffset::from_whole_seconds(utc_offset_secs).unwrap_or(time::UtcOffset::UTC);
    let rows: Vec<ServiceDay> = daily(&events, offset)
        .into_iter()
        .filter(|r| args.date.as_ref().is_none_or(|d| *d == r.date))
        .collect();
    match &args.csv {
        Some(file) => {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(file)
                .with_context(|| {
                    format!(
                        "could not create {} (an existing file is never overwritten)",
                        file.display()
                    )
                })?;
            std::io::Write::write_all(&mut f, csv(&rows).as_bytes())?;
            println!("wrote {} row(s) to {}", rows.len(), file.display());
        }
        None => {
            let secs = |v: Option<u64>| v.map_or("-".to_owned(), |s| format!("{}m{:02}s", s / 60, s % 60));
            println!(
                "{:<10} {:<16} {:>7} {:>10} {:>10} {:>7} {:>10} {:>8} {:>9}",
                "date", "service", "tickets", "mean wait", "p90 wait", "served", "service", "no-shows", "transfers"
            );
            for r in &rows {
                println!(
                    "{:<10} {:<16} {:>7} {:>10} {:>10} {:>7} {:>10} {:>8} {:>9}",
                    r.date,
                    r.service,
                    r.tickets,
                    secs(r.mean_wait_secs),
                    secs(r.p90_wait_secs),
                    r.served,
                    secs(r.mean_service_secs),
                    r.no_shows,
                    r.transfers
                );
            }
            if rows.is_empty() {
                println!(
                    "no tickets in the log{}",
                    args.date.map(|d| format!(" on {d}")).unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}
