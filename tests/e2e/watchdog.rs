//! systemd's supervision, with the real binaries and a real notification socket standing in for
//! systemd's (`NOTIFY_SOCKET`, `WATCHDOG_USEC`): the queue hub says `READY=1` once it listens,
//! pings `WATCHDOG=1` every half interval and says `STOPPING=1` at SIGTERM; the kiosk window
//! (under Xvfb, feature `xvfb`) says `READY=1` after its first frame, pings while its UI event
//! loop and its forwarder beat, and stops pinging when either is stalled on purpose (the
//! test-only hooks `ONESTOP_TEST_STALL_UI_AFTER_MS`, `ONESTOP_TEST_STALL_FORWARDER_AFTER_MS`),
//! saying in its log which part hung.

use onestop_e2e::notify_socket::NotifySocket;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The watchdog interval the tests ask for: pings every 1.5 s.
const WATCHDOG_USEC: &str = "3000000";

/// A child killed and reaped when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn sigterm(child: &Child) {
    // SAFETY: kill(2) on our own child's pid.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
}

fn wait_exit(child: &mut Child, within: Duration) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if let Some(s) = child.try_wait().unwrap() {
            return Some(s);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// Start `queue-display serve` on a loopback port with a site config `site` and `env` set;
/// the running hub and the address it printed.
fn hub(dir: &std::path::Path, site: &str, env: &[(&str, &std::ffi::OsStr)]) -> (Running, String) {
    std::fs::write(dir.join("site.toml"), site).unwrap();
    let mut cmd = Command::new(onestop_e2e::binary("queue-display"));
    cmd.arg("serve")
        .arg("--config")
        .arg(dir.join("site.toml"))
        .arg("--data-dir")
        .arg(dir.join("data"))
        .args(["--listen", "127.0.0.1:0"])
        .env_remove("NOTIFY_SOCKET")
        .env_remove("WATCHDOG_PID")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut hub = Running(cmd.spawn().expect("queue-display runs"));
    let mut line = String::new();
    BufReader::new(hub.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("queue hub listening on ws://")
        .unwrap_or_else(|| panic!("the hub says where it listens, not {line:?}"))
        .trim_end_matches("/v1/queue")
        .to_owned();
    (hub, addr)
}

#[test]
fn the_hub_says_ready_once_listening_pings_the_watchdog_and_says_stopping_at_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let notify = NotifySocket::bind();
    let started = Instant::now();
    let (mut hub, addr) = hub(
        dir.path(),
        "[queue]\n\n[queue.tokens]\n1 = \"counter-one-token\"\n",
        &[
            ("NOTIFY_SOCKET", notify.path.as_os_str()),
            ("WATCHDOG_USEC", WATCHDOG_USEC.as_ref()),
        ],
    );
    let ready = notify
        .wait_for("READY=1", Duration::from_secs(10))
        .unwrap_or_else(|| panic!("no READY=1 from the hub:\n{}", notify.transcript()));
    let status = notify
        .heard()
        .into_iter()
        .find(|(_, m)| m.starts_with("READY=1"))
        .unwrap()
        .1;
    assert!(
        status.contains(&format!("STATUS=queue hub listening on ws://{addr}/v1/queue")),
        "{status}"
    );
    // Listening when it said so: a connection is taken at once.
    std::net::TcpStream::connect(&addr).expect("the hub listens when it says it is ready");
    std::thread::sleep(Duration::from_secs(5));
    let pings = notify.pings_after(ready);
    assert!(
        pings.len() >= 2,
        "pings every 1.5 s while alive, got {} in {:?}:\n{}",
        pings.len(),
        started.elapsed(),
        notify.transcript()
    );
    sigterm(&hub.0);
    let status = wait_exit(&mut hub.0, Duration::from_secs(20)).expect("the hub stops at SIGTERM");
    assert!(status.success(), "{status}");
    assert!(
        notify.wait_for("STOPPING=1", Duration::from_secs(1)).is_some(),
        "{}",
        notify.transcript()
    );
}

#[test]
fn without_a_notify_socket_the_hub_runs_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let (mut hub, addr) = hub(dir.path(), "[queue]\n", &[("WATCHDOG_USEC", WATCHDOG_USEC.as_ref())]);
    std::net::TcpStream::connect(&addr).expect("the hub listens");
    // The signal handler is installed as the hub starts serving, just after it prints its line.
    std::thread::sleep(Duration::from_secs(1));
    sigterm(&hub.0);
    assert!(wait_exit(&mut hub.0, Duration::from_secs(20)).is_some_and(|s| s.success()));
}

#[test]
fn a_bad_notify_socket_is_named_in_the_log_and_the_hub_still_serves() {
    let dir = tempfile::tempdir().unwrap();
    let (mut hub, _) = hub(
        dir.path(),
        "[queue]\n",
        &[
            ("NOTIFY_SOCKET", "relative/socket".as_ref()),
            ("ONESTOP_LOG", "stderr".as_ref()),
        ],
    );
    sigterm(&hub.0);
    wait_exit(&mut hub.0, Duration::from_secs(20)).expect("the hub stops");
    let mut err = String::new();
    std::io::Read::read_to_string(hub.0.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(
        err.contains("NOTIFY_SOCKET=\"relative/socket\" is not a socket path"),
        "{err}"
    );
}

#[cfg(feature = "xvfb")]
mod kiosk {
    use super::*;
    use onestop_e2e::crm_process::{SECRET, start_crm};
    use onestop_e2e::xvfb::start_xvfb;

    /// When the stall hook fires, in ms after start: long enough for a loaded machine to paint
    /// the first frame and ping a few times first.
    const STALL_AFTER_MS: u64 = 15_000;

    /// Start the kiosk window on `display` with `cfg`, data in `data`, the notification socket
    /// and `env` set; its stderr piped.
    fn kiosk_window(
        display: &str,
        cfg: &std::path::Path,
        data: &std::path::Path,
        notify: &NotifySocket,
        env: &[(&str, &str)],
    ) -> Running {
        let mut cmd = onestop_e2e::xvfb::kiosk_command(display, cfg, data);
        cmd.env_remove("WATCHDOG_USEC")
            .env_remove("WATCHDOG_PID")
            .env("NOTIFY_SOCKET", &notify.path)
            .env("ONESTOP_LOG", "stderr")
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        Running(cmd.spawn().expect("the kiosk binary starts"))
    }

    /// Run the kiosk window with a webhook CRM (so its forwarder runs), the notification socket
    /// and `stall` (a hook variable) set; kill it; return what it said on stderr.
    fn stalls_and_stops_pinging(stall: &str, part: &str) {
        let (_xvfb, display) = start_xvfb(1080, 1920);
        let data = tempfile::tempdir().unwrap();
        let crm = start_crm(&data.path().join("crm.db"), 0.0, &[]);
        let cfg = data.path().join("kiosk.toml");
        std::fs::write(
            &cfg,
            format!(
                "[kiosk]\nfullscreen = true\nwindow_size = \"1080x1920\"\n\n[crm]\nkind = \"webhook\"\n\
                 url = \"http://127.0.0.1:{}/webhook\"\nsecret = \"{SECRET}\"\ntimeout_secs = 1\n",
                crm.port
            ),
        )
        .unwrap();
        let notify = NotifySocket::bind();
        let started = Instant::now();
        let stall_ms = STALL_AFTER_MS.to_string();
        let mut kiosk = kiosk_window(
            &display,
            &cfg,
            data.path(),
            &notify,
            &[
                ("WATCHDOG_USEC", WATCHDOG_USEC),
                (stall, stall_ms.as_str()),
                ("RUST_LOG", "info"),
            ],
        );
        let ready = notify
            .wait_for("READY=1", Duration::from_millis(STALL_AFTER_MS - 3_000))
            .unwrap_or_else(|| panic!("no READY=1 before the stall:\n{}", notify.transcript()));
        let stall_at = started + Duration::from_millis(STALL_AFTER_MS);
        std::thread::sleep(stall_at.saturating_duration_since(Instant::now() + Duration::from_millis(500)));
        let before = notify.pings_after(ready).into_iter().filter(|t| *t < stall_at).count();
        assert!(
            before >= 2 || stall_at.saturating_duration_since(ready) < Duration::from_secs(4),
            "pings while alive, got {before}:\n{}",
            notify.transcript()
        );
        // Past the stall, the staleness limit (1.5 s) and one ping period: nothing more comes.
        std::thread::sleep(stall_at.saturating_duration_since(Instant::now()) + Duration::from_secs(4));
        let quiet_from = Instant::now();
        std::thread::sleep(Duration::from_secs(5));
        assert!(
            notify.pings_after(quiet_from).is_empty(),
            "pings went on after {part} stalled:\n{}",
            notify.transcript()
        );
        assert!(kiosk.0.try_wait().unwrap().is_none(), "stalled, not dead");
        let _ = kiosk.0.kill();
        let _ = kiosk.0.wait();
        let mut err = String::new();
        std::io::Read::read_to_string(kiosk.0.stderr.as_mut().unwrap(), &mut err).unwrap();
        assert!(err.contains(&format!("{part} has not answered for")), "{err}");
    }

    #[test]
    fn the_kiosk_says_ready_after_its_first_frame_and_stops_pinging_when_its_ui_stalls() {
        stalls_and_stops_pinging("ONESTOP_TEST_STALL_UI_AFTER_MS", "the UI event loop");
    }

    #[test]
    fn the_kiosk_stops_pinging_when_its_forwarder_is_wedged() {
        stalls_and_stops_pinging("ONESTOP_TEST_STALL_FORWARDER_AFTER_MS", "the forwarder");
    }

    #[test]
    fn sigterm_stops_the_kiosk_window_cleanly_and_it_says_stopping() {
        let (_xvfb, display) = start_xvfb(1080, 1920);
        let data = tempfile::tempdir().unwrap();
        let cfg = data.path().join("kiosk.toml");
        std::fs::write(&cfg, "[kiosk]\nfullscreen = true\nwindow_size = \"1080x1920\"\n").unwrap();
        let notify = NotifySocket::bind();
        let mut kiosk = kiosk_window(&display, &cfg, data.path(), &notify, &[]);
        notify
            .wait_for("READY=1", Duration::from_secs(60))
            .unwrap_or_else(|| panic!("no READY=1:\n{}", notify.transcript()));
        assert!(
            notify.pings_after(Instant::now() - Duration::from_secs(60)).is_empty(),
            "no watchdog asked for"
        );
        sigterm(&kiosk.0);
        let status = wait_exit(&mut kiosk.0, Duration::from_secs(30)).expect("the kiosk stops at SIGTERM");
        assert!(status.success(), "{status}");
        assert!(
            notify.wait_for("STOPPING=1", Duration::from_secs(1)).is_some(),
            "{}",
            notify.transcript()
        );
    }
}
