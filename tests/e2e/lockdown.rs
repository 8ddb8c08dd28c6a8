//! The locked kiosk window ignores a close request: under Xvfb a real `WM_DELETE_WINDOW`
//! ClientMessage (what a window manager sends for Alt+F4) is sent to the kiosk window by
//! `tests/lockdown/close_window.py` (Debian's python3-xlib). A kiosk with `fullscreen = true`
//! keeps running and drawing; the same message closes an unlocked (desktop trial) kiosk, which
//! shows the message is the real thing. Feature `xvfb`.
#![cfg(feature = "xvfb")]

use onestop_e2e::xvfb::{onestop_window_listed, spawn_kiosk, start_xvfb};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The id of the window titled Onestop, from `xwininfo -tree`.
fn kiosk_window(display: &str) -> String {
    let out = Command::new("xwininfo")
        .args(["-root", "-tree", "-display", display])
        .output()
        .expect("xwininfo runs");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find(|l| l.contains("\"Onestop\""))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no Onestop window in:\n{text}"))
        .to_owned()
}

/// Send the close request; whether the window had asked for such requests.
fn ask_to_close(display: &str, window: &str) -> bool {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lockdown/close_window.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .args([display, window])
        .stderr(Stdio::inherit())
        .output()
        .expect("python3 with python3-xlib");
    assert!(out.status.success(), "close_window.py failed");
    String::from_utf8_lossy(&out.stdout).trim() == "asked-for-delete"
}

/// Start the kiosk with `[kiosk] fullscreen = locked`; its process and window id once listed.
fn kiosk(display: &str, data: &std::path::Path, locked: bool) -> (onestop_e2e::xvfb::Killed, String) {
    let cfg = data.join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!("[kiosk]\nfullscreen = {locked}\nwindow_size = \"1080x1920\"\n"),
    )
    .unwrap();
    let kiosk = spawn_kiosk(display, &cfg, data, Stdio::null());
    let deadline = Instant::now() + Duration::from_secs(60);
    while !onestop_window_listed(display) {
        assert!(Instant::now() < deadline, "no Onestop window appeared within 60 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Let it paint and settle its event loop first.
    std::thread::sleep(Duration::from_secs(2));
    let window = kiosk_window(display);
    (kiosk, window)
}

fn header_blue(display: &str, out: &std::path::Path) -> bool {
    let ok = Command::new("import")
        .args(["-display", display, "-window", "root", "-crop", "1x1+540+8"])
        // 24-bit RGB, not the palette ImageMagick would pick for one pixel.
        .arg(format!("PNG24:{}", out.display()))
        .status()
        .expect("ImageMagick import is installed")
        .success();
    assert!(ok);
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(out).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    reader.next_frame(&mut buf).unwrap();
    let (r, g, b) = (buf[0], buf[1], buf[2]);
    r < 60 && (90..140).contains(&g) && b > 160
}

#[test]
fn a_locked_kiosk_ignores_a_close_request_and_keeps_drawing() {
    let (_xvfb, display) = start_xvfb(1080, 1920);
    let data = tempfile::tempdir().unwrap();
    let (mut kiosk, window) = kiosk(&display, data.path(), true);
    assert!(
        ask_to_close(&display, &window),
        "the kiosk window takes close requests (winit asks for them)"
    );
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        kiosk.0.try_wait().unwrap().is_none(),
        "the locked kiosk is still running"
    );
    assert!(onestop_window_listed(&display), "its window is still there");
    assert!(header_blue(&display, &data.path().join("px.png")), "and still drawn");
    // Asked again and again (a held Alt+F4): still there.
    for _ in 0..5 {
        ask_to_close(&display, &window);
    }
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        kiosk.0.try_wait().unwrap().is_none(),
        "still running after repeated requests"
    );
}

#[test]
fn an_unlocked_kiosk_closes_on_the_same_request() {
    let (_xvfb, display) = start_xvfb(1080, 1920);
    let data = tempfile::tempdir().unwrap();
    let (mut kiosk, window) = kiosk(&display, data.path(), false);
    ask_to_close(&display, &window);
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(s) = kiosk.0.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "the desktop-trial kiosk did not close on WM_DELETE_WINDOW"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "{status}");
}
