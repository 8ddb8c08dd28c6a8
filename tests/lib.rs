//! Helpers for the workspace-level end-to-end tests: finding the real binaries cargo built,
//! running the test CRM ([`crm_process`]) and the queue hub ([`hub_process`]), driving the kiosk's commands ([`kiosk_cli`]), replayable randomness ([`seeded`]), standing in for systemd's notification socket
//! ([`notify_socket`]), with `journald` a real
//! systemd-journald in a private mount namespace ([`journal`]), with `cage` the
//! kiosk's locked-down Wayland session ([`cage_session`]), with the
//! `xvfb` feature a virtual display ([`xvfb`]) and a private accessibility stack
//! ([`atspi_stack`]) whose trees [`atspi_tree`] reads, with `devices` the emupos printer emulator
//! (`emupos`) and the test SIP2 library system (`sip2_process`), and with `nfc` an emulated
//! PN532 NFC reader (`pn532_emu`), and with `prometheus` a real Prometheus server and promtool
//! (`prometheus_server`), and with `smtp` the test SMTP relay (`smtp_process`), and with `chromium` headless Chromium
//! over WebDriver (`chromium`).

#[cfg(feature = "xvfb")]
pub mod atspi_stack;
pub mod atspi_tree;
#[cfg(feature = "cage")]
pub mod cage_session;
#[cfg(feature = "chromium")]
pub mod chromium;
pub mod crm_process;
#[cfg(feature = "devices")]
pub mod emupos;
pub mod hub_process;
#[cfg(feature = "journald")]
pub mod journal;
pub mod kiosk_cli;
pub mod notify_socket;
#[cfg(feature = "nfc")]
pub mod pn532_emu;
#[cfg(feature = "prometheus")]
pub mod prometheus_server;
pub mod seeded;
#[cfg(feature = "devices")]
pub mod sip2_process;
#[cfg(feature = "smtp")]
pub mod smtp_process;
#[cfg(feature = "xvfb")]
pub mod xvfb;

use std::path::PathBuf;

/// The path of a workspace binary (`kiosk`, `queue-display`) next to the test executable, or in
/// `ONESTOP_BIN_DIR` when that is set (to test copies of the binaries, e.g. when several
/// checkouts share one target folder).
pub fn binary(name: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os("ONESTOP_BIN_DIR") {
        return PathBuf::from(dir).join(name);
    }
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/<test> → target/<profile>/<name>
    let dir = exe.parent().and_then(|d| d.parent()).expect("target folder");
    let path = dir.join(name);
    assert!(
        path.exists(),
        "{} is not built; run `cargo test --workspace`, which builds it",
        path.display()
    );
    path
}

/// The Python of the device tests' virtual environment (emupos, pysip2): `ONESTOP_DEVICE_PYTHON`,
/// or `devices-venv/bin/python` as `tests/devices/setup.sh` makes it, in the target folder the
/// test runs from (several checkouts may share one) or in this checkout's `target/`.
pub fn device_python() -> PathBuf {
    if let Some(python) = std::env::var_os("ONESTOP_DEVICE_PYTHON") {
        return PathBuf::from(python);
    }
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/<test> → target
    let running = exe
        .ancestors()
        .nth(3)
        .map(|target| target.join("devices-venv/bin/python"));
    let checkout = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/devices-venv/bin/python");
    running
        .into_iter()
        .chain([checkout])
        .find(|venv| venv.exists())
        .unwrap_or_else(|| {
            panic!("the device tests need tests/devices/setup.sh to have run (or ONESTOP_DEVICE_PYTHON set)")
        })
}

/// Open the kiosk database in a data folder with the key the kiosk created beside it.
pub fn open_store(data_dir: &std::path::Path) -> onestop::store::Store {
    let key = onestop::store::Key::load_or_create(&data_dir.join("kiosk.key")).expect("the kiosk's key file");
    onestop::store::Store::open(&data_dir.join("kiosk.db"), key).expect("the kiosk database opens")
}
