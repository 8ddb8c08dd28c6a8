//! A virtual X display for tests that run the real kiosk window: Xvfb on the first free display
//! number from :90, killed when the handle drops. Only built with the `xvfb` feature.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A child process killed (SIGKILL) and reaped when dropped.
pub struct Killed(pub Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Remove display `n`'s lock and socket if the server that made them is gone. Xvfb killed with
/// SIGKILL (as [`Killed`] does) leaves both behind, and after forty such runs every display
/// number looked taken.
fn clear_if_stale(n: u32) {
    let lock = format!("/tmp/.X{n}-lock");
    let Ok(text) = std::fs::read_to_string(&lock) else {
        return;
    };
    let alive = text
        .trim()
        .parse::<u32>()
        .is_ok_and(|pid| Path::new(&format!("/proc/{pid}")).exists());
    if !alive {
        let _ = std::fs::remove_file(&lock);
        let _ = std::fs::remove_file(format!("/tmp/.X11-unix/X{n}"));
    }
}

/// Start Xvfb with one `width`×`height` screen; the process and its `DISPLAY` value.
pub fn start_xvfb(width: u32, height: u32) -> (Killed, String) {
    // Tests in one binary run on parallel threads: one at a time picks a free display number.
    static CHOOSING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = CHOOSING.lock().unwrap_or_else(|e| e.into_inner());
    for n in 90..130 {
        clear_if_stale(n);
        if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() || Path::new(&format!("/tmp/.X{n}-lock")).exists() {
            continue;
        }
        let display = format!(":{n}");
        let child = Killed(
            Command::new("Xvfb")
                .args([
                    display.as_str(),
                    "-screen",
                    "0",
                    &format!("{width}x{height}x24"),
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb is installed (apt-get install xvfb)"),
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
                return (child, display);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    panic!("could not start Xvfb on any display :90..:129");
}

/// Whether a window titled Onestop is on `display` (asked of `xwininfo`).
pub fn onestop_window_listed(display: &str) -> bool {
    Command::new("xwininfo")
        .args(["-root", "-tree", "-display", display])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("Onestop"))
        .unwrap_or(false)
}

/// The real kiosk binary's command on `display` with the config file `cfg` and the data folder
/// `data` (also its HOME and cache), not on Wayland, stdout dropped; add env and stderr, spawn.
pub fn kiosk_command(display: &str, cfg: &Path, data: &Path) -> Command {
    let mut c = Command::new(crate::binary("kiosk"));
    c.arg("--config")
        .arg(cfg)
        .arg("--data-dir")
        .arg(data)
        .env("DISPLAY", display)
        .env("HOME", data)
        .env("XDG_CACHE_HOME", data.join("cache"))
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null());
    c
}

/// Start the real kiosk binary on `display` with the config file `cfg` and the data folder
/// `data` (also its HOME and cache), not on Wayland; its stderr goes to `stderr`.
pub fn spawn_kiosk(display: &str, cfg: &Path, data: &Path, stderr: Stdio) -> Killed {
    Killed(
        kiosk_command(display, cfg, data)
            .stderr(stderr)
            .spawn()
            .expect("the kiosk binary starts"),
    )
}
