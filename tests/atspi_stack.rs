//! A private accessibility stack for a test's window, as a Linux desktop runs one for a screen
//! reader: its own D-Bus session bus, at-spi2-core's bus launcher (which starts the accessibility
//! bus, and on it the AT-SPI registry when first asked for), with `org.a11y.Status.IsEnabled` and
//! `ScreenReaderEnabled` set true, which is what wakes AccessKit's Unix adapter in an
//! application. Everything runs in one process group, killed as a whole when the stack stops or
//! drops. Reading the tree is `tests/atspi/tree.py`'s job; judging it is the test's. Only built
//! with the `xvfb` feature (Debian: dbus-daemon, dbus-bin, at-spi2-core).

use std::ffi::OsStr;
use std::io::BufRead as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long each daemon has to come up before the stack gives up with an error.
pub const START_WITHIN: Duration = Duration::from_secs(10);

const LAUNCHER: &str = "/usr/libexec/at-spi-bus-launcher";

/// The running stack. Dropping it kills its process group, as [`AtspiStack::stop`] does.
pub struct AtspiStack {
    /// The process group: the session bus's pid. Every daemon, and whatever
    /// [`AtspiStack::command`] starts, is in it, so one signal ends them all, including the
    /// registry, which the accessibility bus starts and which outlives its parent.
    group: i32,
    /// What the stack spawned itself, reaped when it stops.
    children: Vec<Child>,
    session_bus: String,
    display: String,
    /// XDG_RUNTIME_DIR for the stack and its clients: the launcher puts the accessibility bus's
    /// socket there, so two stacks (or a desktop's own) never share one.
    runtime_dir: PathBuf,
    stopped: bool,
}

impl AtspiStack {
    /// Start the session bus, the bus launcher and the registry for X display `display`, with
    /// sockets and logs in `runtime_dir` (an empty private folder the caller keeps). An error says
    /// which part did not come up within [`START_WITHIN`] and what it printed.
    pub fn start(display: &str, runtime_dir: &Path) -> Result<AtspiStack, String> {
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .env("XDG_RUNTIME_DIR", runtime_dir)
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file(runtime_dir, "session-bus.log")?)
            .spawn()
            .map_err(|e| format!("dbus-daemon did not start ({e}): apt-get install dbus-daemon"))?;
        let out = bus.stdout.take().expect("piped stdout");
        let mut stack = AtspiStack {
            group: bus.id() as i32,
            children: vec![bus],
            session_bus: String::new(),
            display: display.to_owned(),
            runtime_dir: runtime_dir.to_owned(),
            stopped: false,
        };
        // From here on an early return drops `stack`, which kills whatever did start.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = std::io::BufReader::new(out).read_line(&mut line);
            let _ = tx.send(line);
        });
        stack.session_bus = rx
            .recv_timeout(START_WITHIN)
            .ok()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .ok_or_else(|| stack.failure("the session bus printed no address", "session-bus.log"))?;

        let launcher = stack
            .command(LAUNCHER)
            // --a11y=1: accessibility on from the start, without asking GSettings.
            .args(["--launch-immediately", "--a11y=1", "--screen-reader=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log_file(runtime_dir, "bus-launcher.log")?)
            .spawn()
            .map_err(|e| format!("{LAUNCHER} did not start ({e}): apt-get install at-spi2-core"))?;
        stack.children.push(launcher);
        let a11y_bus = stack
            .wait_for(|s| {
                s.call(
                    &s.session_bus,
                    "org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress",
                    &[],
                )
                .and_then(|reply| quoted(&reply))
            })
            .ok_or_else(|| {
                stack.failure(
                    "the accessibility bus (org.a11y.Bus) did not answer",
                    "bus-launcher.log",
                )
            })?;

        // What AccessKit's Unix adapter watches before it registers an application's tree.
        for property in ["IsEnabled", "ScreenReaderEnabled"] {
            stack
                .call(
                    &stack.session_bus,
                    "org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set",
                    &[
                        "string:org.a11y.Status",
                        &format!("string:{property}"),
                        "variant:boolean:true",
                    ],
                )
                .ok_or_else(|| format!("could not set org.a11y.Status.{property}"))?;
        }
        let enabled = stack.call(
            &stack.session_bus,
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties.Get",
            &["string:org.a11y.Status", "string:IsEnabled"],
        );
        if !enabled.is_some_and(|r| r.contains("boolean true")) {
            return Err("org.a11y.Status.IsEnabled did not read back true".into());
        }

        // The registry is started by the accessibility bus on the first call to it.
        stack
            .wait_for(|s| {
                s.call(
                    &a11y_bus,
                    "org.a11y.atspi.Registry",
                    "/org/a11y/atspi/accessible/root",
                    "org.freedesktop.DBus.Properties.Get",
                    &["string:org.a11y.atspi.Accessible", "string:ChildCount"],
                )
            })
            .ok_or_else(|| {
                stack.failure(
                    "the AT-SPI registry (org.a11y.atspi.Registry) did not answer",
                    "bus-launcher.log",
                )
            })?;
        Ok(stack)
    }

    /// The session bus's address, as DBUS_SESSION_BUS_ADDRESS.
    pub fn session_bus(&self) -> &str {
        &self.session_bus
    }

    /// The process group every part of the stack runs in.
    pub fn group(&self) -> i32 {
        self.group
    }

    /// `program` set up as an accessible client of this stack: in its process group, with its
    /// session bus, display and runtime folder, and none of the variables that would turn the
    /// bridge off or point it at another accessibility bus.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut c = Command::new(program);
        c.process_group(self.group)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.session_bus)
            .env("DISPLAY", &self.display)
            .env("XDG_RUNTIME_DIR", &self.runtime_dir)
            .env_remove("NO_AT_BRIDGE")
            .env_remove("AT_SPI_BUS_ADDRESS")
            .env_remove("WAYLAND_DISPLAY");
        c
    }

    /// Kill the whole process group (TERM, then KILL after 2 s) and wait up to 5 s for it to be
    /// gone. Returns the processes still alive in the group after that, each as "pid command":
    /// empty when nothing was left behind.
    pub fn stop(mut self) -> Vec<String> {
        self.kill_group()
    }

    fn kill_group(&mut self) -> Vec<String> {
        if self.stopped {
            return Vec::new();
        }
        self.stopped = true;
        // SAFETY: kill(2) with a negative pid signals that process group; no memory involved.
        unsafe { libc::kill(-self.group, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline && !group_members(self.group).is_empty() {
            for child in &mut self.children {
                let _ = child.try_wait();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // SAFETY: as above.
        unsafe { libc::kill(-self.group, libc::SIGKILL) };
        for child in &mut self.children {
            let _ = child.wait();
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let left = group_members(self.group);
            if left.is_empty() || Instant::now() >= deadline {
                return left;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `dbus-send` one method call on `bus`; its printed reply, or `None` if it failed.
    fn call(&self, bus: &str, dest: &str, path: &str, method: &str, args: &[&str]) -> Option<String> {
        let out = Command::new("dbus-send")
            .arg(format!("--bus={bus}"))
            .args(["--print-reply", "--reply-timeout=2000"])
            .arg(format!("--dest={dest}"))
            .args([path, method])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Try `f` every 100 ms until it gives a value or [`START_WITHIN`] has passed.
    fn wait_for<T>(&self, f: impl Fn(&Self) -> Option<T>) -> Option<T> {
        let deadline = Instant::now() + START_WITHIN;
        loop {
            if let Some(v) = f(self) {
                return Some(v);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// An error saying what did not come up in time, with the end of the log that should say why.
    fn failure(&self, what: &str, log: &str) -> String {
        let text = std::fs::read_to_string(self.runtime_dir.join(log)).unwrap_or_default();
        let tail: Vec<&str> = text
            .lines()
            .rev()
            .take(20)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!(
            "{what} within {} s. {log}:\n{}",
            START_WITHIN.as_secs(),
            tail.join("\n")
        )
    }
}

impl Drop for AtspiStack {
    fn drop(&mut self) {
        let _ = self.kill_group();
    }
}

/// A log file in `dir` for a daemon's standard error.
fn log_file(dir: &Path, name: &str) -> Result<std::fs::File, String> {
    std::fs::File::create(dir.join(name)).map_err(|e| format!("cannot write {name} in {}: {e}", dir.display()))
}

/// The first double-quoted string in a `dbus-send --print-reply` answer.
fn quoted(reply: &str) -> Option<String> {
    let start = reply.find('"')? + 1;
    let len = reply[start..].find('"')?;
    Some(reply[start..start + len].to_owned())
}

/// The live (not zombie) processes in process group `group`, each as "pid command", from /proc.
pub fn group_members(group: i32) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().filter(|n| n.bytes().all(|b| b.is_ascii_digit())) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its last ')'.
        let Some(close) = stat.rfind(')') else { continue };
        let fields: Vec<&str> = stat[close + 1..].split_whitespace().collect();
        let (Some(state), Some(pgrp)) = (fields.first(), fields.get(2)) else {
            continue;
        };
        if *state != "Z" && pgrp.parse::<i32>() == Ok(group) {
            let comm = stat.get(stat.find('(').map_or(0, |i| i + 1)..close).unwrap_or("");
            found.push(format!("{pid} {comm}"));
        }
    }
    found
}
