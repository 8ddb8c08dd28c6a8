//! Slint without a display: installing the software renderer as the platform, and writing what
//! a window shows to a PNG file. Screens are reviewed (and tested) this way on any machine: the
//! kiosk's snapshots and the queue display's board and counter snapshots use it.

use anyhow::{Context as _, Result};
use slint::PhysicalSize;
use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType};
use slint::platform::{Platform, WindowAdapter};
use std::path::Path;
use std::rc::Rc;

struct HeadlessPlatform {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for HeadlessPlatform {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, slint::PlatformError> {
        Ok(self.window.clone())
    }
}

/// Install the headless platform (once per process) and return its window, `width`×`height`.
pub fn headless(width: u32, height: u32) -> Result<Rc<MinimalSoftwareWindow>> {
    let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
    window.set_size(PhysicalSize::new(width, height));
    slint::platform::set_platform(Box::new(HeadlessPlatform { window: window.clone() }))
        .map_err(|e| anyhow::anyhow!("could not start the headless renderer: {e}"))?;
    Ok(window)
}

/// Render what `window` shows now into a PNG file. It is drawn twice: elements that appear
/// start short timers (a text box asking to be scrolled into view), which run in between, as
/// the event loop would run them a moment after the page appears.
pub fn save_png(window: &slint::Window, path: &Path) -> Result<()> {
    slint::platform::update_timers_and_animations();
    window
        .take_snapshot()
        .map_err(|e| anyhow::anyhow!("rendering failed: {e}"))?;
    std::thread::sleep(std::time::Duration::from_millis(5));
    slint::platform::update_timers_and_animations();
    let shot = window
        .take_snapshot()
        .map_err(|e| anyhow::anyhow!("rendering failed: {e}"))?;
    let file = std::fs::File::create(path).with_context(|| format!("could not write {}", path.display()))?;
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), shot.width(), shot.height());
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header()?.write_image_data(shot.as_bytes())?;
    Ok(())
}
