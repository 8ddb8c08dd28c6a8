//! `queue-display serve`: host the site's queue hub. It reads the config's `[queue]` table,
//! opens `queue.db` in the data folder, binds the listen address and runs
//! `onestop::queue::server::run` until Ctrl+C or SIGTERM. The hub itself lives in `onestop`.

use anyhow::{Context as _, Result};
use onestop::config::Config;
use onestop::queue::QueueStore;
use onestop::queue::server::{self, Settings};
use std::path::{Path, PathBuf};

/// What `serve` is given on the command line.
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The config file (TOML; every key has a default).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// The data folder, where `queue.db` lives.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Listen here instead of `[queue] listen`, e.g. 127.0.0.1:7311.
    #[arg(long)]
    pub listen: Option<String>,
}

/// Run the hub until a signal. Prints `queue hub listening on ws://ADDR/v1/queue` once ready.
pub fn serve(args: ServeArgs) -> Result<()> {
    // The journal under systemd (structured fields), else stderr.
    onestop::logging::init("info");
    let config = match &args.config {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("could not read the config file {}", p.display()))?;
            Config::from_toml(&text).with_context(|| format!("in {}", p.display()))?
        }
        None => Config::defaults(),
    };
    let data_dir = data_dir(args.data_dir.as_deref())?;
    std::fs::create_dir_all(&data_dir)
        .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
    let db = data_dir.join("queue.db");
    let store = QueueStore::open(&db)?;
    // Read the local offset now, while the process has one thread (the `time` crate refuses
    // later). A hub that runs across a clock change picks up the new offset when restarted.
    let offset = time::UtcOffset::current_local_offset()
        .map(|o| o.whole_seconds())
        .unwrap_or_else(|_| {
            eprintln!("queue-display: could not read the local time zone; the daily reset uses UTC");
            0
        });
    let mut settings = Settings::from_config(&config.queue, offset).with_metrics(config.metrics.hub);
    // Tickets only in the site's opening hours; boards learn them from the hub's snapshot.
    settings.config.hours = config.hours.schedule()?;
    if let Some(w) = settings.config.hours.warning(time::OffsetDateTime::now_utc().date()) {
        eprintln!("queue-display: {w}");
    }
    let words = std::sync::Arc::new(
        onestop::embedded::translations().map_err(|e| anyhow::anyhow!("the embedded translations: {e:?}"))?,
    );
    settings.mobile = server::MobileHub::from_config(&config.queue, &data_dir, words.clone())?;
    settings.sms = server::SmsHub::from_config(&config.queue, &data_dir, Some(words)).map_err(anyhow::Error::msg)?;
    settings.appointments = server::AppointmentFeed::from_config(&config.queue, &data_dir);
    if let Some(m) = &settings.mobile {
        eprintln!(
            "queue-display: mobile ticket pages at {}/t/… (tickets carry a QR code to them)",
            m.base_url
        );
    }
    if settings.kiosk_token.is_none() {
        // Never open by default: the token made at the first start, for the site's kiosks.
        let (token, made) = server::kiosk_token::load_or_create(&data_dir)?;
        let file = data_dir.join(server::kiosk_token::FILE);
        if made {
            eprintln!(
                "queue-display: made a kiosk token in {}; put it in each kiosk's [queue] kiosk_token",
                file.display()
            );
        } else {
            eprintln!("queue-display: kiosks present the token in {}", file.display());
        }
        settings.kiosk_token = Some(token);
    }
    let listen = match &args.listen {
        Some(l) => l
            .parse()
            .with_context(|| format!("--listen \"{l}\" must be an address and port like 127.0.0.1:7311"))?,
        None => config.queue.listen_addr()?,
    };
    let unlocked: Vec<u32> = settings
        .config
        .counters
        .iter()
        .map(|c| c.id)
        .filter(|c| !settings.tokens.contains_key(c))
        .collect();
    let supervised = Supervised::from_env(&mut settings);
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("could not listen on {listen}; is another hub running there?"))?;
        let addr = listener.local_addr()?;
        if !unlocked.is_empty() {
            eprintln!(
                "queue-display: counters {unlocked:?} have no staff token in [queue.tokens], so they cannot call anyone"
            );
        }
        if config.crm.kind == onestop::config::CrmKind::Webhook {
            let hook = onestop::crm::webhook::Webhook::new(
                &config.crm.url,
                config.crm.secret.as_bytes(),
                std::time::Duration::from_secs(config.crm.timeout_secs),
            )
            .map_err(anyhow::Error::msg)?;
            let site = config.kiosk.council_name.clone();
            let offset = time::UtcOffset::from_whole_seconds(offset).unwrap_or(time::UtcOffset::UTC);
            tokio::spawn(forward_summaries(db.clone(), site, hook, offset));
        }
        if config.metrics.hub {
            eprintln!("queue-display: Prometheus metrics at http://{addr}/metrics");
        }
        println!("queue hub listening on ws://{addr}/v1/queue");
        let _watchdog = supervised.ready(&format!("queue hub listening on ws://{addr}/v1/queue"))?;
        let notifier = supervised.notifier.clone();
        let stop = async move {
            shutdown_signal().await;
            if let Some(n) = notifier {
                let _ = n.stopping("stopping: closing connections");
            }
        };
        server::run(listener, store, settings, stop).await?;
        eprintln!("queue-display: the hub stopped");
        Ok(())
    })
}

/// The hub under systemd (`Type=notify`, `WatchdogSec=`): `READY=1` once listening, `WATCHDOG=1`
/// while the engine thread answers beats sent through the runtime, `STOPPING=1` at a signal.
struct Supervised {
    notifier: Option<onestop::systemd::Notifier>,
    /// The heartbeat put in the hub's settings, and the watchdog interval.
    watch: Option<(std::sync::Arc<onestop::systemd::Heartbeat>, std::time::Duration)>,
}

impl Supervised {
    /// Read `NOTIFY_SOCKET` and `WATCHDOG_USEC`; with a watchdog, give `settings` a heartbeat.
    fn from_env(settings: &mut Settings) -> Supervised {
        use onestop::systemd::watchdog;
        let notifier = onestop::systemd::Notifier::from_env().unwrap_or_else(|e| {
            tracing::error!("{e}; systemd will not hear from the hub");
            None
        });
        let watch = notifier.as_ref().and(watchdog::interval_from_env()).map(|interval| {
            let heart = onestop::systemd::Heartbeat::new("the queue hub's engine");
            settings.heartbeat = Some((heart.clone(), watchdog::beat_every(interval)));
            (heart, interval)
        });
        Supervised { notifier, watch }
    }

    /// Tell systemd the hub is ready, and start the pinger (kept until the hub stops).
    fn ready(&self, status: &str) -> Result<Option<onestop::systemd::Watchdog>> {
        let Some(n) = &self.notifier else { return Ok(None) };
        if let Err(e) = n.ready(status) {
            tracing::error!("{e}");
        }
        let Some((heart, interval)) = &self.watch else {
            return Ok(None);
        };
        tracing::info!(watchdog_ms = interval.as_millis() as u64, "systemd's watchdog is on");
        Ok(Some(onestop::systemd::Watchdog::start(
            n.clone(),
            *interval,
            vec![heart.clone()],
        )?))
    }
}

/// How often finished days are looked for and their summaries (re)tried.
const SUMMARY_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

/// Send each finished day's figures to the CRM (webhook only: GeoReport has no such request),
/// at start and then every [`SUMMARY_EVERY`], each day once.
async fn forward_summaries(db: PathBuf, site: String, hook: onestop::crm::webhook::Webhook, offset: time::UtcOffset) {
    loop {
        if let Err(e) = summaries_once(&db, &site, &hook, offset).await {
            tracing::warn!("daily queue summaries: {e:#}");
        }
        tokio::time::sleep(SUMMARY_EVERY).await;
    }
}

async fn summaries_once(
    db: &Path,
    site: &str,
    hook: &onestop::crm::webhook::Webhook,
    offset: time::UtcOffset,
) -> Result<()> {
    use onestop::crm::daily::{Posted, due};
    use onestop::queue::summary::{Summary, key};
    // Its own connection, read and closed between sends: the hub's owner keeps writing events.
    let due = {
        let store = QueueStore::open(db)?;
        let rows = onestop::queue::stats::daily(&store.load()?, offset);
        let today = time::OffsetDateTime::now_utc().to_offset(offset).date().to_string();
        due(&rows, |r| &r.date, &store.summaries_done()?, &today)
    };
    for (date, rows) in due {
        let doc = Summary {
            version: 1,
            kind: "queue-daily-summary",
            site,
            date: &date,
            services: &rows,
        };
        let body = serde_json::to_vec(&doc)?;
        let outcome = match Posted::from(hook.post_signed(&key(site, &date), body).await) {
            Posted::Done(outcome) => outcome,
            Posted::Later(reason) => {
                tracing::info!("the summary for {date} will be tried again later: {reason}");
                return Ok(());
            }
        };
        tracing::info!("daily queue summary for {date}: {outcome}");
        QueueStore::open(db)?.record_summary(&date, &outcome)?;
    }
    Ok(())
}

/// The data folder given, or the user's default one (shared with the kiosk).
pub(crate) fn data_dir(given: Option<&Path>) -> Result<PathBuf> {
    match given {
        Some(d) => Ok(d.to_owned()),
        None => directories::ProjectDirs::from("uk.org", "Onestop", "onestop")
            .map(|d| d.data_dir().to_owned())
            .context("could not find a data folder for this user; pass --data-dir DIR"),
    }
}

async fn shutdown_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = async {
            match term.as_mut() {
                Some(t) => { t.recv().await; }
                None => std::future::pending::<()>().await,
            }
        } => {}
    }
}
