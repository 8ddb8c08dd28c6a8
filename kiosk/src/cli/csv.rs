//! `kiosk csv write --form ID --date YYYY-MM-DD --out FILE`: one form's daily CSV for one local
//! day, built exactly as the daily service builds it, for staff who need a day now (today's so
//! far included). It writes a new file only and records nothing: the day is still delivered
//! once by the service when it is due.

use crate::context::Context;
use anyhow::{Context as _, Result, bail};
use onestop::daily_csv::build_file;
use std::io::Write;
use std::path::Path;

/// Write the file for `form_id` on `date` to `out` (never overwritten).
pub fn write(ctx: &Context, form_id: &str, date: &str, out: &Path) -> Result<bool> {
    let date = crate::daily_csv::parse_date(date, "--date")?;
    let store = ctx.open_store()?;
    let settings = crate::daily_csv::settings(ctx);
    if ctx.forms.get(form_id).is_none() && !store.submissions()?.iter().any(|s| s.form_id == form_id) {
        let ids: Vec<&str> = ctx.forms.all().map(|f| f.id.as_str()).collect();
        bail!("there is no form \"{form_id}\" (forms: {})", ids.join(", "));
    }
    let file = build_file(&store, &ctx.forms, &settings, form_id, date)?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)
        .with_context(|| {
            format!(
                "could not create {} (an existing file is never overwritten; choose a new name)",
                out.display()
            )
        })?;
    f.write_all(&file.bytes)
        .and_then(|()| f.sync_all())
        .with_context(|| format!("could not write {}", out.display()))?;
    println!(
        "wrote {} ({} bytes) for {form_id} on {date}; its daily delivery is unchanged",
        out.display(),
        file.bytes.len()
    );
    Ok(true)
}
