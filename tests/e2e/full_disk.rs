//! A full disk under a running kiosk window (feature `xvfb`, and root, to mount a small tmpfs as
//! the data folder): the kiosk starts and shows its window on a disk that is already full, and
//! when the disk frees it delivers everything that was waiting; then, with the window running, a
//! second batch waits through five seconds of full disk and is delivered within a minute of the
//! disk freeing. The CRM holds every reference exactly once: nothing lost, nothing sent twice.
#![cfg(feature = "xvfb")]

use onestop_e2e::crm_process::{Crm, SECRET, free_port, start_crm, stored};
use onestop_e2e::kiosk_cli::submit_many;
use onestop_e2e::xvfb::{Killed, onestop_window_listed, start_xvfb};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long delivery may take once the disk is free again.
const DELIVERED_WITHIN: Duration = Duration::from_secs(60);

/// A tmpfs of `mib` MiB mounted at `at`, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, mib: u32) -> Tmpfs {
        std::fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mib}m,mode=0700"), "tmpfs"])
            .arg(at)
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "the full-disk test mounts a tmpfs, which needs root (CI runs as root)"
        );
        Tmpfs(at.to_owned())
    }

    /// Write a filler file until the disk is full.
    fn fill(&self) {
        use std::io::Write as _;
        let mut f = std::fs::File::create(self.0.join("filler")).unwrap();
        let block = vec![0u8; 64 * 1024];
        loop {
            match f.write_all(&block) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => break,
                Err(e) => panic!("filling the disk: {e}"),
            }
        }
        // The last partial block too.
        while f.write_all(&[0u8; 512]).is_ok() {}
        let _ = f.sync_all();
    }

    fn free(&self) {
        std::fs::remove_file(self.0.join("filler")).unwrap();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn config(dir: &Path, port: u16) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{SECRET}\"\n\
             timeout_secs = 2\nbackoff_base_ms = 200\nbackoff_cap_ms = 2000\n\n[kiosk]\nwindow_size = \"1080x1920\"\n"
        ),
    )
    .unwrap();
    path
}

fn start_ui(home: &Path, data: &Path, cfg: &Path, display: &str) -> Killed {
    let log = std::fs::File::create(home.join("kiosk-ui.log")).unwrap();
    Killed(
        Command::new(onestop_e2e::binary("kiosk"))
            .arg("--config")
            .arg(cfg)
            .arg("--data-dir")
            .arg(data)
            .env("DISPLAY", display)
            .env("HOME", home)
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("RUST_LOG", "info")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap(),
    )
}

fn log(home: &Path) -> String {
    std::fs::read_to_string(home.join("kiosk-ui.log")).unwrap_or_default()
}

fn still_running(ui: &mut Killed, home: &Path) {
    if let Some(status) = ui.0.try_wait().unwrap() {
        panic!("the kiosk exited by itself ({status}); its log:\n{}", log(home));
    }
}

/// How many outbox rows are acknowledged, or `None` while the file cannot be read.
fn acknowledged(data: &Path) -> Option<i64> {
    let db = rusqlite::Connection::open(data.join("kiosk.db")).ok()?;
    db.busy_timeout(Duration::from_secs(2)).ok()?;
    db.query_row("SELECT count(*) FROM outbox WHERE state = 'acknowledged'", [], |r| {
        r.get(0)
    })
    .ok()
}

fn wait_delivered(ui: &mut Killed, home: &Path, data: &Path, n: i64, crm: &Crm) -> Duration {
    let freed = Instant::now();
    while acknowledged(data) != Some(n) {
        still_running(ui, home);
        assert!(
            freed.elapsed() < DELIVERED_WITHIN,
            "{:?} of {n} delivered {DELIVERED_WITHIN:?} after the disk freed; CRM {}; log:\n{}",
            acknowledged(data),
            onestop_e2e::crm_process::stats(crm.port),
            log(home)
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    freed.elapsed()
}

fn exactly_once(crm_db: &Path, refs: &[String]) {
    let at_crm: Vec<String> = stored(crm_db).into_iter().map(|(r, _)| r).collect();
    assert_eq!(at_crm.len(), refs.len(), "nothing sent twice");
    for r in refs {
        assert_eq!(at_crm.iter().filter(|x| *x == r).count(), 1, "{r} exactly once");
    }
}

#[test]
fn a_kiosk_on_a_full_disk_starts_and_delivers_everything_once_the_disk_frees() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let disk = Tmpfs::mount(&data, 8);
    let (_xvfb, display) = start_xvfb(1080, 1920);
    let port = free_port();
    let cfg = config(home.path(), port);
    let crm_db = home.path().join("crm.db");

    // 1. Sixty submissions wait (the CRM is not up), then the disk fills, then the kiosk starts.
    let mut refs = submit_many(&data, &cfg, 60);
    disk.fill();
    let started = Instant::now();
    let mut ui = start_ui(home.path(), &data, &cfg, &display);
    while !onestop_window_listed(&display) {
        still_running(&mut ui, home.path());
        assert!(started.elapsed() < Duration::from_secs(60), "no window on a full disk");
        std::thread::sleep(Duration::from_millis(100));
    }
    let crm = start_crm(&crm_db, 0.0, &["--port", &port.to_string()]);
    std::thread::sleep(Duration::from_secs(5));
    still_running(&mut ui, home.path());
    assert_eq!(
        stored(&crm_db).len(),
        0,
        "nothing can be sent while attempts cannot be counted"
    );
    disk.free();
    let first = wait_delivered(&mut ui, home.path(), &data, 60, &crm);
    exactly_once(&crm_db, &refs);
    eprintln!("started on a full disk: 60 delivered {first:?} after it freed");
    let said = log(home.path());
    assert!(
        said.contains("refuses submissions until the database opens"),
        "the kiosk met the full disk at start: {said}"
    );

    // 2. With the window running: the CRM goes down, forty more wait, the disk fills for five
    // seconds while the CRM comes back, then frees.
    drop(crm);
    refs.extend(submit_many(&data, &cfg, 40));
    disk.fill();
    let crm = start_crm(&crm_db, 0.0, &["--port", &port.to_string()]);
    std::thread::sleep(Duration::from_secs(5));
    still_running(&mut ui, home.path());
    disk.free();
    let second = wait_delivered(&mut ui, home.path(), &data, 100, &crm);
    exactly_once(&crm_db, &refs);
    eprintln!("full for 5 s while running: 40 delivered {second:?} after it freed");
    assert!(
        log(home.path()).contains("the outbox database failed"),
        "the running forwarder met the full disk and waited it out"
    );
    drop(ui);
}
