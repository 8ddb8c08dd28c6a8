//! `queue-display stats`: the day's figures per service from the hub's event log (`queue.db`):
//! tickets, mean and 90th-percentile wait, service time, no-shows, transfers and appointments,
//! then per counter (served, mean service time, no-shows, help calls answered), as tables or a
//! CSV file. The figures are `onestop::queue::stats`'s; this only reads and writes.

use anyhow::{Context as _, Result, bail};
use onestop::queue::QueueStore;
use onestop::queue::stats::{CounterDay, ServiceDay, counters, csv, daily};
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
    /// Write the per-counter figures as CSV to this new file too.
    #[arg(long)]
    pub counters_csv: Option<PathBuf>,
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
    let desks: Vec<CounterDay> = counters(&events, offset)
        .into_iter()
        .filter(|r| args.date.as_ref().is_none_or(|d| *d == r.date))
        .collect();
    if let Some(file) = &args.counters_csv {
        write_new(file, &counters_csv(&desks))?;
        println!("wrote {} counter row(s) to {}", desks.len(), file.display());
    }
    match &args.csv {
        Some(file) => {
            write_new(file, &csv(&rows))?;
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
                    args.date.as_ref().map(|d| format!(" on {d}")).unwrap_or_default()
                );
            }
            if rows.iter().any(|r| r.appointments > 0) {
                println!();
                println!(
                    "{:<10} {:<16} {:>12} {:>9}",
                    "date", "service", "appointments", "no-shows"
                );
                for r in rows.iter().filter(|r| r.appointments > 0) {
                    println!(
                        "{:<10} {:<16} {:>12} {:>9}",
                        r.date, r.service, r.appointments, r.appointment_no_shows
                    );
                }
            }
            if !desks.is_empty() {
                println!();
                println!(
                    "{:<10} {:>7} {:>7} {:>10} {:>8} {:>11} {:>10}",
                    "date", "counter", "served", "service", "no-shows", "help calls", "answered in"
                );
                for r in &desks {
                    println!(
                        "{:<10} {:>7} {:>7} {:>10} {:>8} {:>11} {:>10}",
                        r.date,
                        r.counter,
                        r.served,
                        secs(r.mean_service_secs),
                        r.no_shows,
                        r.help_acked,
                        secs(r.mean_help_ack_secs)
                    );
                }
            }
        }
    }
    Ok(())
}

/// Write `text` to a new file; an existing file is never overwritten.
fn write_new(file: &std::path::Path, text: &str) -> Result<()> {
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
    std::io::Write::write_all(&mut f, text.as_bytes())?;
    Ok(())
}

/// The per-counter figures as CSV with a header row.
fn counters_csv(rows: &[CounterDay]) -> String {
    let opt = |v: Option<u64>| v.map(|x| x.to_string()).unwrap_or_default();
    let mut out = String::from("date,counter,served,mean_service_secs,no_shows,help_acked,mean_help_ack_secs\n");
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\n",
            r.date,
            r.counter,
            r.served,
            opt(r.mean_service_secs),
            r.no_shows,
            r.help_acked,
            opt(r.mean_help_ack_secs)
        ));
    }
    out
}
