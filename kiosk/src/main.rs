//! `kiosk`: parse the command line, then run the touchscreen app or one of the scriptable
//! commands. Kept thin: the work is in the `kiosk` library and the `onestop` core.

use anyhow::Result;
use clap::{Parser, Subcommand};
use kiosk::context::Context;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

#[derive(Parser)]
#[command(name = "kiosk", version, about = "Onestop self-service kiosk")]
struct Cli {
    /// Configuration file (TOML); every key has a default.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Data folder for the database (default: the user's data folder).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Make a new, empty database beside an existing data key: only for a new kiosk whose key
    /// was placed on purpose. Without it, a key with no database is refused as a lost database.
    #[arg(long, global = true)]
    create_database: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// List or check form definitions.
    Forms {
        #[command(subcommand)]
        action: FormsAction,
    },
    /// Submit answers from a JSON file through the same validation and store as the screen.
    Submit {
        /// Form id, e.g. missed-bin.
        #[arg(long)]
        form: String,
        /// JSON object: question id → answer.
        #[arg(long)]
        answers: PathBuf,
        /// The visitor's language.
        #[arg(long, default_value = "en-GB")]
        locale: String,
    },
    /// Where one submission is, and what the council's CRM says about it now.
    Track {
        /// The reference the visitor was given, e.g. K7QF-9M2A.
        reference: String,
    },
    /// Staff view of the outbox.
    Outbox {
        #[command(subcommand)]
        action: OutboxAction,
    },
    /// The forms the Open311 CRM offers (services.json), cached for offline use.
    Catalogue {
        #[command(subcommand)]
        action: CatalogueAction,
    },
    /// The staff screen's PIN and lockout.
    Staff {
        #[command(subcommand)]
        action: StaffAction,
    },
    /// Visitors' satisfaction ratings per form or queue service per day (default: the last 7 days).
    Stats {
        /// The first day, YYYY-MM-DD (default: 6 days before --to).
        #[arg(long)]
        from: Option<String>,
        /// The last day, YYYY-MM-DD (default: today).
        #[arg(long)]
        to: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print a sample receipt and queue ticket in one language, to check the printer.
    PrintTest {
        /// The language of the sample.
        #[arg(long, default_value = "en-GB")]
        locale: String,
        /// Paper width, 58 or 80 (default: [printer] paper).
        #[arg(long)]
        paper: Option<String>,
        /// The printer (default: [printer] connection), e.g. tcp://127.0.0.1:9100.
        #[arg(long)]
        printer: Option<String>,
    },
    /// Forward the outbox and serve metrics without a window, until SIGTERM or Ctrl-C.
    Forward,
    /// A form's daily CSV of submissions.
    Csv {
        #[command(subcommand)]
        action: CsvAction,
    },
    /// The council's gazetteer for offline address lookup: import, lookup, status.
    Addresses {
        #[command(subcommand)]
        action: kiosk::cli::addresses::Action,
    },
    /// Render every screen to DIR/<locale>/<screen>.png without a display.
    Snapshot {
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
        /// A locale tag, or "all".
        #[arg(long, default_value = "all")]
        locale: String,
        /// Screen size, WIDTHxHEIGHT (1080x1920 portrait, 1920x1080 landscape).
        #[arg(long, default_value = "1080x1920")]
        size: String,
    },
}

#[derive(Subcommand)]
enum OutboxAction {
    /// States, ages, attempts and last errors (no personal data).
    List,
    /// Un-park a submission by its reference (or every parked one) so it is sent again.
    Retry {
        /// The reference, e.g. K7QF-9M2A.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        reference: Option<String>,
        /// Every parked submission.
        #[arg(long)]
        all: bool,
    },
    /// Send everything due now to the configured CRM and report; exit 0 when none is pending.
    Flush {
        /// The longest the whole run may take, in seconds (attempts under way then are finished).
        #[arg(long, default_value_t = 60)]
        wait: u64,
    },
    /// Write every unsent submission to a new FILE for hand delivery, encrypted under a
    /// passphrase read from standard input. They stay queued here.
    Export {
        /// The bundle to create (never overwritten).
        file: PathBuf,
        /// Write plain JSON instead: only onto an already-encrypted device.
        #[arg(long)]
        plain: bool,
    },
    /// Queue the submissions of a bundle made by `outbox export` on another kiosk.
    Import {
        /// The bundle.
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum CsvAction {
    /// Write one form's CSV for one local day to a new FILE now (the daily delivery is unchanged).
    Write {
        /// Form id, e.g. missed-bin.
        #[arg(long)]
        form: String,
        /// The local day, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// The file to create (never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum CatalogueAction {
    /// Read the CRM's services now; say what was added, changed, kept or skipped.
    Refresh,
    /// The cached CRM services, their form versions and when they were read.
    List,
}

#[derive(Subcommand)]
enum StaffAction {
    /// Read a PIN (6 to 12 digits, not all the same) from the first line of standard input; print
    /// its argon2id hash for staff.pin_hash. Exit 1 if the PIN is refused.
    HashPin,
    /// Clear the wrong-PIN lockout, e.g. after someone locked staff out by guessing.
    Unlock,
}

#[derive(Subcommand)]
enum FormsAction {
    /// List the forms offered.
    List,
    /// Check one form definition (.toml) or translation (.ftl) file, or all forms and translations.
    Check { file: Option<PathBuf> },
}

fn main() -> ExitCode {
    // Before any thread starts: the only moment the local UTC offset can be read safely.
    kiosk::clock::capture_local_offset();
    // The journal under systemd (structured fields), else stderr; errors only unless RUST_LOG.
    onestop::logging::init("error");
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("kiosk: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<bool> {
    let cli = Cli::parse();
    if let Some(Command::Staff {
        action: StaffAction::HashPin,
    }) = cli.command
    {
        // Before the config is loaded: this is how a malformed staff.pin_hash gets fixed.
        return kiosk::cli::staff_hash_pin(std::io::stdin().lock(), std::io::stdout().lock());
    }
    if matches!(cli.command, None | Some(Command::Snapshot { .. })) {
        kiosk::fonts::install()?;
    }
    let mut ctx = Context::load(cli.config.as_deref(), cli.data_dir.as_deref())?;
    ctx.create_database = cli.create_database;
    match cli.command {
        None => run_ui(ctx),
        Some(Command::Forms {
            action: FormsAction::List,
        }) => kiosk::cli::forms_list(&ctx).map(|_| true),
        Some(Command::Forms {
            action: FormsAction::Check { file },
        }) => kiosk::cli::forms_check(&ctx, file.as_deref()),
        Some(Command::Submit { form, answers, locale }) => {
            kiosk::cli::submit(&ctx, &ctx.forms.clone(), &form, &answers, &locale)
        }
        Some(Command::Track { reference }) => kiosk::track::track(&ctx, &reference),
        Some(Command::Outbox {
            action: OutboxAction::List,
        }) => kiosk::cli::outbox_list(&ctx),
        Some(Command::Outbox {
            action: OutboxAction::Retry { reference, .. },
        }) => kiosk::cli::outbox_retry(&ctx, reference.as_deref()),
        Some(Command::Outbox {
            action: OutboxAction::Flush { wait },
        }) => kiosk::cli::outbox_flush(&ctx, wait),
        Some(Command::Outbox {
            action: OutboxAction::Export { file, plain },
        }) => kiosk::handover::export(&ctx, &file, plain),
        Some(Command::Outbox {
            action: OutboxAction::Import { file },
        }) => kiosk::handover::import(&ctx, &file),
        Some(Command::Catalogue {
            action: CatalogueAction::Refresh,
        }) => kiosk::catalogue::refresh_now(&ctx),
        Some(Command::Catalogue {
            action: CatalogueAction::List,
        }) => kiosk::catalogue::list(&ctx),
        Some(Command::Staff {
            action: StaffAction::Unlock,
        }) => kiosk::cli::staff_unlock(&ctx),
        Some(Command::Staff {
            action: StaffAction::HashPin,
        }) => unreachable!("handled before the config is loaded"),
        Some(Command::Stats { from, to, json }) => kiosk::cli::stats::run(&ctx, from.as_deref(), to.as_deref(), json),
        Some(Command::PrintTest { locale, paper, printer }) => {
            match kiosk::printing::print_test(&ctx, &locale, paper.as_deref(), printer.as_deref()) {
                Ok(true) => Ok(true),
                // The printer failed: its own exit code, so scripts can tell it from bad input.
                Ok(false) => std::process::exit(3),
                Err(e) => Err(e),
            }
        }
        Some(Command::Forward) => kiosk::windowless::run(&ctx),
        Some(Command::Csv {
            action: CsvAction::Write { form, date, out },
        }) => kiosk::cli::csv::write(&ctx, &form, &date, &out),
        Some(Command::Addresses { action }) => kiosk::cli::addresses::run(&ctx, action),
        Some(Command::Snapshot { out, locale, size }) => {
            kiosk::cli::snapshot::run(Rc::new(ctx), &out, &locale, &size).map(|_| true)
        }
    }
}

fn run_ui(ctx: Context) -> Result<bool> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        anyhow::bail!(
            "no display: set DISPLAY or WAYLAND_DISPLAY (e.g. run under Xvfb), or use `kiosk snapshot --out DIR` to render the screens to PNG files"
        );
    }
    let fullscreen = ctx.config.kiosk.fullscreen;
    let window_size = ctx.config.kiosk.window_size()?;
    // On a full disk the database cannot even be opened (SQLite needs room for its WAL index).
    // The kiosk still starts, on a stand-in that refuses every write (Send says the form could
    // not be saved), and opens the real one as soon as it can.
    let (store, waiting_for_disk) = match ctx.open_store() {
        Ok(store) => (store, false),
        Err(e)
            if e.downcast_ref::<onestop::store::StoreError>()
                .is_some_and(|e| e.is_disk_trouble()) =>
        {
            tracing::error!("{e:#}; the kiosk starts, but refuses submissions until the database opens");
            (onestop::store::Store::unavailable()?, true)
        }
        Err(e) => return Err(e),
    };
    // On a full disk this can fail; the kiosk still starts (Send then says it cannot save), and
    // the drafts are wiped at the next start or session end.
    match store.wipe_drafts() {
        Ok(0) => {}
        Ok(wiped) => tracing::info!("wiped {wiped} draft(s) left by an earlier crash or power cut"),
        Err(e) => tracing::warn!("drafts left by an earlier crash could not be wiped yet: {e}"),
    }
    if ctx.config.staff.pin().is_none() {
        tracing::info!("the staff screen is turned off: staff.pin_hash is empty (see `kiosk staff hash-pin`)");
    }
    if let Some(w) = ctx.hours.warning(time::OffsetDateTime::now_utc().date()) {
        tracing::warn!("opening hours: {w}");
    }
    let forwarder = kiosk::forwarder::start(&ctx)?;
    // Each finished day's satisfaction ratings to a webhook CRM, once (its own thread and runtime).
    let ratings_summary = kiosk::ratings_summary::start(&ctx)?;
    // The kiosk's one runtime for its own network work: status questions, card lookups, the
    // catalogue's reads and the link to the queue hub. The forwarder and a hosted hub keep
    // their own threads and runtimes: each holds a SQLite connection across its awaits, and a
    // connection cannot be shared between a multi-thread runtime's workers.
    let io = kiosk::shell::workers::io_runtime()?;
    kiosk::catalogue::start_refresher(&ctx, io.handle().clone())?;
    let lookup = kiosk::cli::connector(&ctx)?.map(|(c, _)| c);
    let status_timeout = std::time::Duration::from_secs(ctx.config.crm.timeout_secs.min(10));
    // Long enough for a send or a card check under way to finish and be recorded.
    let stop_within =
        std::time::Duration::from_secs(ctx.config.crm.timeout_secs.max(ctx.config.cards.timeout_secs) + 5);
    let ctx = Rc::new(ctx);
    let (window, shell) = kiosk::init(ctx.clone(), store)?;
    let mut services = Vec::new();
    let mut forwarder_beat = None;
    if let Some(forwarder) = forwarder {
        forwarder_beat = Some(forwarder.heartbeat);
        shell.set_forwarder_wake(forwarder.wake);
        shell.set_forwarder_health(forwarder.health);
        services.push(forwarder.service);
    }
    services.extend(ratings_summary);
    // Each finished day's CSV of each form's submissions into [crm.csv] folder, once.
    services.extend(kiosk::daily_csv::start(&ctx)?);
    let mut queue = kiosk::queue_hub::start(&ctx, &shell, io.handle().clone())?;
    services.extend(queue.as_mut().and_then(|q| q.hub.take()));
    let watch = kiosk::metrics::Watch::of(&ctx);
    if let Some(w) = &watch {
        services.extend(kiosk::metrics::start(&ctx, &w.board)?.0);
    }
    let _readers = kiosk::start_devices_watched(&shell, &ctx, Some(io.handle().clone()), watch)?;
    if let Some(connector) = lookup {
        kiosk::start_status_lookup(&shell, connector, status_timeout, io.handle().clone());
    }
    let _timer = kiosk::start_idle_timer(&shell);
    let _reopen = waiting_for_disk.then(|| {
        let (ctx, shell) = (ctx.clone(), shell.clone());
        let opened = std::cell::Cell::new(false);
        let timer = slint::Timer::default();
        timer.start(
            slint::TimerMode::Repeated,
            std::time::Duration::from_secs(3),
            move || {
                if opened.get() {
                    return;
                }
                if let Ok(store) = ctx.open_store() {
                    tracing::info!("the kiosk database opened; submissions are taken again");
                    shell.replace_store(store);
                    opened.set(true);
                }
            },
        );
        timer
    });
    use slint::ComponentHandle as _;
    if let Some((w, h)) = window_size {
        window.window().set_size(slint::PhysicalSize::new(w, h));
    }
    kiosk::lockdown::apply(&window, fullscreen);
    let supervision = kiosk::supervision::Supervision::start(&window, forwarder_beat, io.handle())?;
    window.show()?;
    let size = window.window().size();
    window.set_landscape(size.width > size.height);
    let ran = window.run();
    supervision.stopping();
    // The window is closed: the forwarder finishes the sends under way, the hub closes its
    // connections and releases its port.
    kiosk::background::stop_all(services, stop_within);
    ran.map_err(|e| anyhow::anyhow!("the display could not be used ({e}); check DISPLAY, or use `kiosk snapshot`"))?;
    Ok(true)
}
