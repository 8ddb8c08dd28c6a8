//! The kiosk's locked-down session for tests and the start-up bench: the real kiosk as the one
//! application of `cage` (Debian's cage 0.1.4, wlroots 0.15) on its headless backend with the
//! pixman software renderer, on Wayland only (`DISPLAY` removed, so Xwayland cannot be used),
//! screenshots by `grim`. cage refuses to run as root, so a root test runs it as `nobody`. Only
//! built with the `cage` feature (Debian: cage grim xwayland).

use crate::notify_socket::NotifySocket;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The headless output's size (wlroots' default for a headless output).
pub const OUTPUT: (u32, u32) = (1280, 720);

/// A screenshot: width, height and RGB bytes, row by row.
pub type Shot = (u32, u32, Vec<u8>);

/// A running cage with the kiosk inside; cage and the kiosk are killed when dropped.
pub struct Session {
    cage: Child,
    /// The private runtime folder (Wayland socket).
    runtime: PathBuf,
    /// The kiosk's data folder (config, database).
    pub data: PathBuf,
    /// The kiosk's notification socket.
    pub notify: NotifySocket,
    /// When cage was started.
    pub started: Instant,
    _dirs: Vec<tempfile::TempDir>,
}

impl Drop for Session {
    fn drop(&mut self) {
        // The whole process group: cage, Xwayland and the kiosk.
        // SAFETY: kill(2) on the group this session made.
        unsafe { libc::kill(-(self.cage.id() as i32), libc::SIGKILL) };
        let _ = self.cage.wait();
    }
}

fn give_to(path: &Path, uid: Option<u32>, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    if let Some(uid) = uid {
        std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
    }
}

/// The user to run cage as: ourselves, or `nobody` (65534) when we are root.
fn runs_as() -> Option<u32> {
    // SAFETY: getuid has no preconditions.
    (unsafe { libc::getuid() } == 0).then_some(65534)
}

/// Start cage with the kiosk (`extra` appended to its config) and its own notification socket.
pub fn start(extra_config: &str, cage_flags: &[&str]) -> Session {
    let uid = runs_as();
    let runtime = tempfile::tempdir().unwrap();
    give_to(runtime.path(), uid, 0o700);
    let data = tempfile::tempdir().unwrap();
    give_to(data.path(), uid, 0o700);
    let cfg = data.path().join("kiosk.toml");
    std::fs::write(&cfg, format!("[kiosk]\nfullscreen = true\n{extra_config}")).unwrap();
    give_to(&cfg, uid, 0o600);
    let notify = NotifySocket::bind();
    notify.open_to_all();
    let kiosk = crate::binary("kiosk");
    let mut cmd = match uid {
        Some(uid) => {
            let mut c = Command::new("setpriv");
            c.args([
                format!("--reuid={uid}"),
                format!("--regid={uid}"),
                "--clear-groups".into(),
                "cage".into(),
            ]);
            c
        }
        None => Command::new("cage"),
    };
    cmd.args(cage_flags)
        .args(["--", "env", "-u", "DISPLAY"])
        .arg(&kiosk)
        .arg("--config")
        .arg(&cfg)
        .arg("--data-dir")
        .arg(data.path())
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("WLR_BACKENDS", "headless")
        .env("WLR_LIBINPUT_NO_DEVICES", "1")
        .env("WLR_RENDERER", "pixman")
        .env("HOME", data.path())
        .env("XDG_CACHE_HOME", data.path().join("cache"))
        .env("NOTIFY_SOCKET", &notify.path)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DISPLAY")
        .env_remove("WATCHDOG_USEC")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let started = Instant::now();
    let cage = cmd.spawn().expect("cage runs (apt-get install cage xwayland)");
    Session {
        cage,
        runtime: runtime.path().to_owned(),
        data: data.path().to_owned(),
        notify,
        started,
        _dirs: vec![runtime, data],
    }
}

impl Session {
    /// Whether cage (and so the session) is still running.
    pub fn running(&mut self) -> bool {
        self.cage.try_wait().unwrap().is_none()
    }

    /// What cage and the kiosk wrote on stderr, once stopped (kills them first).
    pub fn stop_and_read_stderr(&mut self) -> String {
        // SAFETY: as in drop.
        unsafe { libc::kill(-(self.cage.id() as i32), libc::SIGKILL) };
        let _ = self.cage.wait();
        let mut err = String::new();
        if let Some(e) = self.cage.stderr.as_mut() {
            let _ = std::io::Read::read_to_string(e, &mut err);
        }
        err
    }

    /// The Wayland socket cage made, once it exists.
    fn wayland_display(&self) -> Option<String> {
        std::fs::read_dir(&self.runtime).ok()?.flatten().find_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name.starts_with("wayland-") && !name.ends_with(".lock")).then_some(name)
        })
    }

    /// Take a screenshot of the whole output with `grim`: (width, height, RGB bytes).
    pub fn screenshot(&self, out: &Path) -> Option<Shot> {
        let display = self.wayland_display()?;
        let ok = Command::new("grim")
            .arg(out)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("WAYLAND_DISPLAY", display)
            .stderr(Stdio::null())
            .status()
            .expect("grim is installed (apt-get install grim)")
            .success();
        if !ok {
            return None;
        }
        let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(out).ok()?));
        let mut reader = decoder.read_info().ok()?;
        let mut buf = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut buf).ok()?;
        let bpp = info.color_type.samples();
        let rgb = buf[..info.buffer_size()]
            .chunks(bpp)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        Some((info.width, info.height, rgb))
    }

    /// Screenshot until the kiosk's header band (GOV.UK blue) is in the top-left corner (and,
    /// with `to_right_edge`, the top-right one), or `within` passes; the moment it was seen and
    /// the screenshot.
    pub fn wait_for_kiosk_pixels(&self, within: Duration, to_right_edge: bool) -> Option<(Instant, Shot)> {
        let shot = self.data.join("screen.png");
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if let Some(s) = self.screenshot(&shot)
                && header_blue(&s, 0, 0)
                && (!to_right_edge || header_blue(&s, s.0 - 1, 0))
            {
                return Some((Instant::now(), s));
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        None
    }
}

/// Whether pixel (x, y) of a screenshot is the kiosk's header blue.
pub fn header_blue(shot: &Shot, x: u32, y: u32) -> bool {
    let (r, g, b) = pixel(shot, x, y);
    r < 60 && (90..140).contains(&g) && b > 160
}

/// Pixel (x, y) of a screenshot.
pub fn pixel(shot: &Shot, x: u32, y: u32) -> (u8, u8, u8) {
    let i = ((y * shot.0 + x) * 3) as usize;
    (shot.2[i], shot.2[i + 1], shot.2[i + 2])
}
