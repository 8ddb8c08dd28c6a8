//! `queue-display counter --snapshot DIR`: the desk rendered to PNG with Slint's software
//! renderer and no display, against the sample queue, so it can be reviewed on any machine.

use super::ui::CounterWindow;
use anyhow::{Context as _, Result};
use onestop::queue::Command;
use slint::ComponentHandle;
use std::path::Path;

/// Render counter `counter` serving, with a parked ticket, open help calls and booked
/// appointments, with the transfer picker open after a refused command, and with a visit of two
/// services at the counter after answering a help call, into `dir`.
pub fn run(dir: &Path, counter: u32) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    let _sw = crate::headless::headless(1280, 800)?;
    let q = super::sample_queue()?;
    let window = CounterWindow::new()?;
    let desk = super::desk::Desk::setup(
        &window,
        counter,
        q.clone(),
        Box::new(super::desk::now_ms),
        super::service_names(),
    );
    window.show()?;
    for c in [
        Command::CallNext { counter },
        Command::Park { counter },
        Command::CallNext { counter },
        Command::Recall { counter },
    ] {
        desk.command(c);
    }
    crate::headless::save_png(window.window(), &dir.join("counter.png"))?;
    desk.command(Command::CallNext { counter });
    window.global::<super::ui::Desk>().invoke_transfer();
    crate::headless::save_png(window.window(), &dir.join("counter-transfer.png"))?;
    window.global::<super::ui::Desk>().invoke_cancel();
    for c in [
        Command::Start { counter },
        Command::Finish { counter },
        Command::CallNext { counter },
    ] {
        desk.command(c);
    }
    let oldest = q.engine().open_help().next().map(|h| h.id);
    if let Some(help) = oldest {
        desk.command(Command::AckHelp { counter, help });
    }
    crate::headless::save_png(window.window(), &dir.join("counter-visit.png"))?;
    println!("rendered the counter desk into {}", dir.display());
    Ok(())
}
