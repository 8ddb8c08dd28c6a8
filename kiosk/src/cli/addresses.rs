//! `kiosk addresses import|lookup|status`: loading the council's gazetteer into the data folder
//! (`gazetteer.db`) and asking it questions from a terminal. The work is in
//! `onestop::gazetteer`; this module parses nothing but its arguments and prints. Exit codes
//! follow the README: 0 done, 1 input refused (the reasons printed), 2 could not run.

use crate::context::Context;
use anyhow::{Context as _, Result};
use onestop::gazetteer::import::{Event, Options, import};
use onestop::gazetteer::{FILE_NAME, Format, Gazetteer, GazetteerError, Property};
use std::path::{Path, PathBuf};

/// The `addresses` subcommands.
#[derive(clap::Subcommand)]
pub enum Action {
    /// Load a gazetteer CSV (an LLPG extract or OS AddressBase Plus) for offline address lookup.
    /// An interrupted import resumes when run again on the same file.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// llpg (a header row naming the columns) or addressbase (AddressBase Plus).
        #[arg(long, default_value = "llpg")]
        format: String,
        /// Discard a partial import of an earlier run instead of resuming it.
        #[arg(long)]
        fresh: bool,
        /// Refuse the whole import when more than N rows are refused (default: more than 1%).
        #[arg(long, value_name = "N")]
        max_refused: Option<u64>,
        /// Rows committed at a time (what an interruption can cost).
        #[arg(long, default_value_t = 10_000, hide = true)]
        batch_rows: u64,
    },
    /// The properties at a postcode, in reading order: UPRN, address, USRN, lat/long.
    Lookup {
        /// The postcode, in any spelling (le11aa, LE1 1AA).
        postcode: String,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// What is loaded: rows, postcodes, when, and from which file.
    Status,
}

/// The gazetteer's path in the kiosk's data folder.
pub fn gazetteer_path(ctx: &Context) -> PathBuf {
    ctx.data_dir.join(FILE_NAME)
}

/// Runs one `addresses` subcommand.
pub fn run(ctx: &Context, action: Action) -> Result<bool> {
    let path = gazetteer_path(ctx);
    match action {
        Action::Import {
            file,
            format,
            fresh,
            max_refused,
            batch_rows,
        } => {
            let Some(format) = Format::parse(&format) else {
                println!("--format {format}: use llpg or addressbase");
                return Ok(false);
            };
            let opts = Options {
                fresh,
                max_refused,
                batch_rows: batch_rows.max(1),
                ..Options::new(format)
            };
            run_import(ctx, &file, &path, &opts)
        }
        Action::Lookup { postcode, json } => lookup(&path, &postcode, json),
        Action::Status => status(&path),
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn run_import(ctx: &Context, file: &Path, target: &Path, opts: &Options) -> Result<bool> {
    onestop::store::files::create_private_dir(&ctx.data_dir)
        .with_context(|| format!("could not create the data folder {}", ctx.data_dir.display()))?;
    println!(
        "importing {} as {} into {}",
        file.display(),
        opts.format.name(),
        target.display()
    );
    let result = import(file, target, opts, &mut |event| match event {
        Event::Resuming { line } => println!("resuming at line {line}"),
        Event::StartingFresh { why } => println!("starting afresh: {why}"),
        Event::Refused { line, why } => println!("line {line}: {why}"),
    });
    match result {
        Ok(r) => {
            println!(
                "imported {} rows, {} refused, {} postcodes in {:.1} s from a {} file",
                r.imported,
                r.refused,
                r.postcodes,
                r.seconds,
                megabytes(r.bytes)
            );
            Ok(true)
        }
        Err(e @ (GazetteerError::Header { .. } | GazetteerError::TooManyRefused { .. })) => {
            println!("{e}");
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

fn open(path: &Path) -> Result<Option<Gazetteer>> {
    let g = Gazetteer::open(path)?;
    if g.is_none() {
        println!(
            "no gazetteer has been imported into {} yet: run `kiosk addresses import FILE.csv`",
            path.display()
        );
    }
    Ok(g)
}

fn lookup(path: &Path, postcode: &str, json: bool) -> Result<bool> {
    let Some(g) = open(path)? else {
        return Ok(false);
    };
    let found = g.lookup(postcode)?;
    if json {
        let rows: Vec<serde_json::Value> = found.iter().map(as_json).collect();
        println!("{}", serde_json::Value::Array(rows));
    } else if found.is_empty() {
        match onestop::forms::normalize::uk_postcode(postcode) {
            Some(pc) => println!("no properties at {pc} in the gazetteer"),
            None => println!("\"{postcode}\" is not a UK postcode"),
        }
    } else {
        println!("{:<12} {:<44} {:>8}  lat, long", "UPRN", "address", "USRN");
        for p in &found {
            let usrn = p.usrn.map(|u| u.to_string()).unwrap_or_else(|| "-".into());
            let place = match (p.lat, p.long) {
                (Some(lat), Some(long)) => format!("{lat:.6}, {long:.6}"),
                _ => "-".into(),
            };
            println!("{:<12} {:<44} {usrn:>8}  {place}", p.uprn, p.label());
        }
        println!("{} properties at {}", found.len(), found[0].postcode);
    }
    Ok(!found.is_empty())
}

fn as_json(p: &Property) -> serde_json::Value {
    let mut v = serde_json::to_value(p).unwrap_or_default();
    v["label"] = p.label().into();
    v["house"] = p.house().into();
    v
}

fn status(path: &Path) -> Result<bool> {
    let Some(g) = open(path)? else {
        return Ok(false);
    };
    let s = g.summary()?;
    println!(
        "{}: {} properties, {} postcodes, imported {} from {} ({})",
        path.display(),
        s.rows,
        s.postcodes,
        s.imported_at,
        s.source,
        s.format
    );
    Ok(true)
}
