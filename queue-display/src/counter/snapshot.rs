//! `queue-display counter --snapshot DIR`: the desk rendered to PNG with Slint's software
//! renderer and no display, against the sample queue, so it can be reviewed on any machine.

use super::ui::CounterWindow;
use anyhow::{Context as _, Result};
use onestop::queue::Command;
use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType};
use slint::platform::{Platform, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize};
use std::path::Path;
use std::rc::Rc;

struct Headless {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for Headless {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, slint::PlatformError> {
        Ok(self.window.clone())
    }
}

fn save_png(window: &CounterWindow, path: &Path) -> Result<()> {
    slint::platform::update_timers_and_animations();
    let shot = window
        .window()
        .take_snapshot()
        .map_err(|e| anyhow::anyhow!("rendering failed: {e}"))?;
    let file = std::fs::File::create(path).with_context(|| format!("could not write {}", path.display()))?;
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), shot.width(), shot.height());
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header()?.write_image_data(shot.as_bytes())?;
    Ok(())
}

/// Render counter `counter` serving, with a parked ticket, and with the transfer picker open
/// after a refused command, into `dir`.
pub fn run(dir: &Path, counter: u32) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    let sw = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
    sw.set_size(PhysicalSize::new(1280, 800));
    slint::platform::set_platform(Box::new(Headless { window: sw.clone() }))
        .map_err(|e| anyhow::anyhow!("could not start the headless renderer: {e}"))?;
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
    save_png(&window, &dir.join("counter.png"))?;
    desk.command(Command::CallNext { counter });
    window.global::<super::ui::Desk>().invoke_transfer();
    save_png(&window, &dir.join("counter-transfer.png"))?;
    println!("rendered the counter desk into {}", dir.display());
    Ok(())
}
