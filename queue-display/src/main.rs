//! `queue-display`: the queue hub, the big-screen board and the staff counter. It parses the
//! command line and hands each subcommand to its module; a subcommand not built yet says so
//! plainly rather than pretending to run.

mod serve;

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
    Board,
    /// A staff counter: call next, recall, transfer.
    Counter,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let what = match cli.command {
        Command::Serve(args) => {
            return match serve::serve(args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("queue-display: {e:#}");
                    ExitCode::FAILURE
                }
            };
        }
        Command::Board => "the display board",
        Command::Counter => "the staff counter",
    };
    eprintln!("queue-display: {what} is not built yet (it arrives with the queue issue); nothing was started");
    let _ = cli.hub;
    ExitCode::from(3)
}
