//! `kiosk outbox export FILE` and `kiosk outbox import FILE`: hand-delivery bundles on the
//! command line, for a bus that cannot get online for days. The passphrase is read from
//! standard input (one line), never from the command line, where `ps` and shell history see it.

use crate::context::Context;
use anyhow::{Context as _, Result, bail};
use onestop::outbox::export::{self, Bundle, FORMAT};
use onestop::store::handover::Imported;
use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;

fn passphrase(prompt: &str) -> Result<String> {
    if std::io::stdin().is_terminal() {
        eprint!("{prompt}: ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// `kiosk outbox export FILE [--plain]`: write every unsent submission (pending or parked) to
/// a new FILE, encrypted under a passphrase unless `plain`. They stay queued here.
pub fn export(ctx: &Context, file: &Path, plain: bool) -> Result<bool> {
    let mut store = ctx.open_store()?;
    let (submissions, unreadable) = store.export_set()?;
    for (reference, why) in &unreadable {
        println!("{reference}: NOT exported, it could not be read: {why}");
    }
    if submissions.is_empty() {
        if unreadable.is_empty() {
            println!("nothing to export: every submission has reached the CRM");
            return Ok(true);
        }
        println!("nothing readable to export");
        return Ok(false);
    }
    let bundle = Bundle {
        format: FORMAT.into(),
        version: 1,
        exported_at: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .expect("formatting the current time"),
        submissions,
    };
    let text = if plain {
        eprintln!("warning: the bundle is NOT encrypted; keep it on an encrypted device and delete it once imported");
        export::write_plain(&bundle)
    } else {
        let phrase = passphrase("Passphrase for the bundle (at least 12 characters)")?;
        export::write_encrypted(&bundle, &phrase)?
    };
    write_new(file, text.as_bytes())?;
    let ids: Vec<String> = bundle.submissions.iter().map(|s| s.submission_id.clone()).collect();
    store.mark_exported(&ids)?;
    println!(
        "exported {} submission(s) to {} ({}); they stay queued here and are sent once, by whichever kiosk reaches the CRM first",
        ids.len(),
        file.display(),
        if plain { "plain JSON" } else { "encrypted" }
    );
    if !unreadable.is_empty() {
        println!(
            "{} submission(s) could not be read and were left out (listed above); restore the kiosk.key that goes with this database, or see docs/OPERATIONS.md",
            unreadable.len()
        );
    }
    // Exit 1 when anything was left out, so a script notices.
    Ok(unreadable.is_empty())
}

/// Create `file` (never overwrite one), readable by its owner only.
fn write_new(file: &Path, bytes: &[u8]) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(file).with_context(|| {
        format!(
            "could not create {} (an existing file is never overwritten; choose a new name)",
            file.display()
        )
    })?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}

/// `kiosk outbox import FILE`: queue a bundle's submissions here, under their own ids and
/// references. Ones already here are skipped; malformed ones are listed and skipped.
pub fn import(ctx: &Context, file: &Path) -> Result<bool> {
    let meta = std::fs::metadata(file).with_context(|| format!("could not read {}", file.display()))?;
    if meta.len() > export::MAX_BUNDLE_BYTES as u64 {
        bail!("{}: {}", file.display(), export::ExportError::TooLarge);
    }
    // Bounded: a bundle is never larger than the export writes, and a FIFO or device is refused.
    let bytes = onestop::bounded::read_bytes(file, onestop::outbox::export::MAX_BUNDLE_BYTES as u64)
        .with_context(|| format!("could not read {}", file.display()))?;
    let bundle = match export::read(&bytes, None) {
        Err(export::ExportError::NeedPassphrase) => {
            let phrase = passphrase("Passphrase of the bundle")?;
            export::read(&bytes, Some(&phrase))
        }
        other => other,
    }
    .with_context(|| format!("{}", file.display()))?;
    let mut store = ctx.open_store()?;
    let (mut added, mut here, mut refused) = (0, 0, 0);
    let results = store.import_all(&bundle.submissions, &ctx.forms)?;
    for (e, result) in bundle.submissions.iter().zip(results) {
        match result {
            Imported::Added => added += 1,
            Imported::AlreadyHere => here += 1,
            Imported::Refused(reason) => {
                refused += 1;
                let reference: String = e.reference.chars().filter(|c| c.is_ascii_graphic()).take(12).collect();
                println!("skipped {reference}: {reason}");
            }
        }
    }
    println!(
        "imported {added} submission(s), {here} already here, {refused} skipped; run `kiosk outbox flush` to send them now"
    );
    Ok(refused == 0)
}
