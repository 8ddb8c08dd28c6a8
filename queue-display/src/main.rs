//! `queue-display`: the queue hub, the big-screen board and the staff counter. It parses the
//! command line and hands each subcommand to its module: `serve` (the hub), `board`, `counter`
//! and `stats`.

mod serve;
mod stats;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "queue-display",
    version,
    about = "Onestop queue hub, display board and staff counter"
)]
struct Cli {
    /// The hub to connect to (board and counter).
    #[arg(long, global = true)]
    hub: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Host the site's queue hub.
    Serve(serve::ServeArgs),
    /// Show calls on a big screen and speak them.
    Board(queue_display::board::BoardArgs),
    /// A staff counter: call next, recall, transfer.
    Counter(queue_display::counter::CounterArgs),
    /// Figures per service and day from the hub's log, as a table or CSV.
    Stats(stats::StatsArgs),
}

fn main() -> ExitCode {
    // The local offset can only be read while the process has one thread.
    let offset = time::UtcOffset::current_local_offset().map_or(0, |o| o.whole_seconds());
    let cli = Cli::parse();
    match cli.command {
        Command::Stats(args) => match stats::run(args, offset) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("queue-display stats: {e:#}");
                ExitCode::from(2)
            }
        },
        Command::Serve(args) => match serve::serve(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("queue-display: {e:#}");
                ExitCode::FAILURE
            }
        },
        Command::Board(args) => board(cli.hub.as_deref(), args),
        Command::Counter(args) => match queue_display::counter::run(args, cli.hub.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("queue-display counter: {e:#}");
                ExitCode::from(2)
            }
        },
    }
}

fn board(hub: Option<&str>, args: queue_display::board::BoardArgs) -> ExitCode {
    // The journal under its unit (onestop-board@ttyN), stderr otherwise, as the hub does.
    onestop::logging::init("info");
    match queue_display::board::main(hub, args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("queue-display board: {e:#}");
            ExitCode::FAILURE
        }
    }
}
