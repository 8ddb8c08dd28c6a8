//! `queue-display counter`: the staff desk for one counter (keyboard and mouse, English only,
//! as a staff tool). It shows the ticket at the counter, the waiting list in call order and
//! parked tickets, and sends this counter's commands. It reaches the hub through [`link`]'s
//! seam; [`desk`] is the controller, [`lines`] words what the replica holds beside the ticket
//! (help calls, booked next), [`snapshot`] renders it to PNG without a display.

pub mod desk;
pub mod lines;
pub mod link;
pub mod snapshot;

/// The compiled `ui/counter.slint`.
#[allow(missing_docs, clippy::all)]
pub mod ui {
    include!(concat!(env!("OUT_DIR"), "/counter_ui.rs"));
}

use anyhow::{Context as _, Result, bail};
use link::LocalQueue;
use onestop::queue::engine::Appointment;
use onestop::queue::{Command, QueueConfig};
use std::path::PathBuf;
use std::rc::Rc;

/// `queue-display counter`'s options (the hub URL is the global `--hub`).
#[derive(Debug, clap::Args)]
pub struct CounterArgs {
    /// This desk's counter number, as configured at the hub.
    #[arg(long)]
    pub counter: u32,
    /// A file holding this counter's staff token (from the hub's configuration).
    #[arg(long)]
    pub token_file: Option<PathBuf>,
    /// Try the desk against an in-process queue with sample tickets (nothing leaves this
    /// process); for training and development.
    #[arg(long)]
    pub local: bool,
    /// Render the desk to DIR/counter*.png without a display, then exit.
    #[arg(long, value_name = "DIR")]
    pub snapshot: Option<PathBuf>,
}

/// Service names for staff: the board's `queue-service-<id>` (queue.ftl) when present, else the
/// kiosk's `ticket-service-<id>`, else the id itself, in English.
pub fn service_names() -> Box<dyn Fn(&str) -> String> {
    let tr = onestop::embedded::translations().ok();
    Box::new(move |id: &str| {
        let Some(tr) = &tr else { return id.to_owned() };
        let board = format!("queue-service-{id}");
        let text = tr.file_text("en-GB", "queue.ftl", &board, &[]);
        if text != board {
            return text;
        }
        let kiosk = format!("ticket-service-{id}");
        let text = tr.text("en-GB", &kiosk, &[]);
        if text != kiosk { text } else { id.to_owned() }
    })
}

/// The staff token in `path`: one line, trimmed; an empty or unreadable file is an error that
/// says what to do.
pub fn read_token(path: &std::path::Path) -> Result<String> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "could not read the staff token file {}; check the path and that this user may read it",
            path.display()
        )
    })?;
    let token = text.trim();
    if token.is_empty() || token.lines().count() != 1 {
        bail!(
            "the staff token file {} must hold the counter's token on one line",
            path.display()
        );
    }
    Ok(token.to_owned())
}

/// A local queue with the example site and a few visitors waiting, for `--local` and snapshots.
pub fn sample_queue() -> Result<Rc<LocalQueue>> {
    let q = Rc::new(LocalQueue::new(QueueConfig::example()));
    for (service, priority, also) in [
        ("housing", false, Some("council-tax")),
        ("general", false, None),
        ("council-tax", false, None),
        ("housing", true, None),
        ("general", false, None),
    ] {
        q.apply(&Command::Issue {
            service: service.into(),
            priority,
            appointment: None,
            also: also.into_iter().map(str::to_owned).collect(),
            locale: None,
        })
        .map_err(|e| anyhow::anyhow!("the sample queue: {e}"))?;
    }
    // Today's bookings, two checked in (A001's visit is for two services), and two kiosks
    // asking for help.
    let now = desk::now_ms();
    let at = |minutes: i64| now - now.rem_euclid(15 * 60_000) + minutes * 60_000;
    let booking = |reference: &str, minutes: i64, service: &str| Appointment {
        reference: reference.into(),
        at_ms: at(minutes),
        service: service.into(),
    };
    let appointments = vec![
        booking("HSG-0412", 0, "housing"),
        booking("HSG-0415", 30, "housing"),
        booking("GEN-0220", 45, "general"),
        booking("CTX-0107", 15, "council-tax"),
        booking("HSG-0419", 60, "housing"),
    ];
    let commands = [
        Command::SetAppointments { appointments },
        Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: Some("HSG-0412".into()),
            also: Vec::new(),
            locale: None,
        },
        Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: Some("HSG-0415".into()),
            also: Vec::new(),
            locale: None,
        },
        Command::CallHelp {
            kiosk: "kiosk-foyer".into(),
        },
        Command::CallHelp {
            kiosk: "kiosk-first-floor".into(),
        },
    ];
    for c in &commands {
        q.apply(c).map_err(|e| anyhow::anyhow!("the sample queue: {e}"))?;
    }
    Ok(q)
}

/// Run the desk (or render it, with `--snapshot`).
pub fn run(args: CounterArgs, hub: Option<&str>) -> Result<()> {
    if !(1..=999).contains(&args.counter) {
        bail!("--counter must be the counter's number, 1 to 999");
    }
    if let Some(dir) = &args.snapshot {
        return snapshot::run(dir, args.counter);
    }
    let link: Rc<dyn link::QueueLink> = if args.local {
        sample_queue()?
    } else {
        let Some(hub) = hub else {
            bail!("say which hub to use: --hub ws://HOST:PORT (or --local to try the desk)");
        };
        let token_file = args
            .token_file
            .as_deref()
            .context("counters need a staff token: pass --token-file FILE")?;
        let token = read_token(token_file)?;
        let hello = onestop::queue::Hello::counter(args.counter, token);
        let wake = || {
            let _ = slint::invoke_from_event_loop(onestop::queue::link::pump_all);
        };
        onestop::queue::link::HubLink::start(hub, hello, wake).context("could not start the hub connection")?
    };
    let window = ui::CounterWindow::new()?;
    let desk = desk::Desk::setup(&window, args.counter, link, Box::new(desk::now_ms), service_names());
    desk.command(Command::Open { counter: args.counter });
    let _timer = desk.start_refresh();
    use slint::ComponentHandle as _;
    window
        .run()
        .map_err(|e| anyhow::anyhow!("the display could not be used ({e}); check DISPLAY, or use --snapshot DIR"))
}
