//! `kiosk forward`: the kiosk's background work without its window, until SIGTERM or Ctrl-C:
//! the outbox forwarder (with a CRM configured), the metrics endpoint or textfile (with
//! `[metrics]` on), the daily CSV (with `[crm.csv] folder`), and the printer's periodic checks
//! for them. For a machine whose screen runs elsewhere, for scripts and for the end-to-end
//! tests. The window runs the same services itself.

use crate::context::Context;
use crate::devices::Devices;
use crate::printing::Printer;
use anyhow::{Context as _, Result};

/// Run until a signal; `Ok(true)` after a clean stop.
pub fn run(ctx: &Context) -> Result<bool> {
    let watch = crate::metrics::Watch::of(ctx);
    let forwarder = crate::forwarder::start(ctx)?;
    let daily_csv = crate::daily_csv::start(ctx)?;
    if forwarder.is_none() && watch.is_none() && daily_csv.is_none() {
        anyhow::bail!(
            "nothing to run: no CRM is configured ([crm] kind = \"none\"), metrics are off (set [metrics] bind or textfile) and no daily CSV is set ([crm.csv] folder or mailbox)"
        );
    }
    let mut services = Vec::new();
    if let Some(csv) = daily_csv {
        let c = &ctx.config.crm.csv;
        let to: Vec<&str> = [c.folder.trim(), c.mailbox.trim()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect();
        println!("daily CSV files to {}", to.join(" and "));
        services.push(csv);
    }
    // Kept alive while running: the printer's worker answers the periodic checks.
    let mut _devices = None;
    if let Some(w) = &watch {
        let printer = Printer::from_context(ctx, None)?;
        let heard = w.clone();
        let devices = Devices::start(printer, move |news| heard.hear(&news))?;
        w.start_checks(&devices);
        _devices.replace(devices);
        let (started, served) = crate::metrics::start(ctx, &w.board)?;
        services.extend(started);
        if let Some(addr) = served {
            println!("metrics at http://{addr}/metrics");
        }
        if let Some(path) = ctx.config.metrics.textfile_path() {
            println!(
                "metrics written to {} every {} s",
                path.display(),
                ctx.config.metrics.textfile_every_secs
            );
        }
    }
    if let Some(f) = forwarder {
        println!("forwarding to the CRM");
        services.push(f.service);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("could not start the async runtime")?;
    runtime.block_on(async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            _ = term.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
        anyhow::Ok(())
    })?;
    let within = std::time::Duration::from_secs(ctx.config.crm.timeout_secs + 5);
    crate::background::stop_all(services, within);
    Ok(true)
}
