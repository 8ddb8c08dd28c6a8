//! The kiosk's other commands as an operator meets them: `forms list`, `forms check` on good and
//! broken definitions, `snapshot` writing PNGs with no display, and a clear one-line refusal
//! when the touchscreen app is started with no display.

use std::process::Command;

fn kiosk(dir: &std::path::Path) -> Command {
    let mut c = Command::new(onestop_e2e::binary("kiosk"));
    c.arg("--data-dir")
        .arg(dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("HOME", dir);
    c
}

#[test]
fn forms_list_names_every_bundled_form() {
    let dir = tempfile::tempdir().unwrap();
    let out = kiosk(dir.path()).args(["forms", "list"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for id in [
        "missed-bin",
        "street-problem",
        "bulky-collection",
        "housing-repair",
        "library-join",
        "moving-home",
        "feedback",
    ] {
        assert!(text.contains(id), "{id} not listed:\n{text}");
    }
}

#[test]
fn forms_check_passes_the_bundled_forms_and_translations() {
    let dir = tempfile::tempdir().unwrap();
    let out = kiosk(dir.path()).args(["forms", "check"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("11 locales"), "{text}");
}

#[test]
fn forms_check_lists_every_problem_in_a_broken_file_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.toml");
    std::fs::write(
        &file,
        "id = \"broken\"\nversion = 1\ncategory = \"x\"\n\
         [[question]]\nid = \"a\"\ntype = \"colour\"\n\
         [[question]]\nid = \"b\"\ntype = \"yes-no\"\nshow_if = { question = \"zzz\", any_of = [\"yes\"] }\n",
    )
    .unwrap();
    let out = kiosk(dir.path()).args(["forms", "check"]).arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("colour") && text.contains("\"zzz\""), "{text}");
}

#[test]
fn forms_check_reports_a_new_form_missing_its_translations() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dog-licence.toml");
    std::fs::write(
        &file,
        "id = \"dog-licence\"\nversion = 1\ncategory = \"x\"\n[[question]]\nid = \"name\"\ntype = \"short-text\"\n",
    )
    .unwrap();
    let out = kiosk(dir.path()).args(["forms", "check"]).arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("locale ur") && text.contains("forms/dog-licence.ftl is missing"),
        "{text}"
    );
}

#[test]
fn forms_check_refuses_a_file_that_is_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("binary.toml");
    std::fs::write(&file, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = kiosk(dir.path()).args(["forms", "check"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("not UTF-8"));
}

#[test]
fn snapshot_renders_every_screen_without_a_display() {
    let dir = tempfile::tempdir().unwrap();
    let shots = dir.path().join("shots");
    let out = kiosk(dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(["snapshot", "--locale", "ur", "--out"])
        .arg(&shots)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for screen in [
        "welcome",
        "menu",
        "field-address",
        "field-date",
        "field-consent",
        "error-summary",
        "check-answers",
        "confirmation",
        "timeout-warning",
        "keyboard",
        "large-text",
        "ticket-services",
        "ticket-appointment",
        "ticket-issued",
        "ticket-unavailable",
        "closed",
        "closed-menu",
        "closed-ticket",
    ] {
        let path = shots.join("ur").join(format!("{screen}.png"));
        check_png(&path, screen);
    }
    // The staff screen is English only: rendered once, beside the locales.
    for screen in ["staff-pin", "staff-pin-locked", "staff-pin-disabled", "staff"] {
        check_png(&shots.join("staff").join(format!("{screen}.png")), screen);
    }
}

fn check_png(path: &std::path::Path, screen: &str) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(path).unwrap_or_else(|_| panic!("{screen}.png missing")),
    ));
    let info = decoder.read_info().unwrap().info().clone();
    assert_eq!((info.width, info.height), (1080, 1920), "{screen}");
}

#[test]
fn the_app_without_a_display_says_so_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = kiosk(dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("no display") && err.contains("kiosk snapshot"), "{err}");
}

#[test]
fn a_broken_config_file_is_refused_with_the_key_named() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(&cfg, "[kiosk]\nidle_warning_secs = 5\n").unwrap();
    let out = kiosk(dir.path())
        .arg("--config")
        .arg(&cfg)
        .args(["forms", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("idle_warning_secs"));
}

#[test]
fn outbox_list_shows_state_without_personal_data_and_retry_needs_a_parked_row() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.json");
    std::fs::write(&answers, r#"{"bin-type": "food", "address": {"postcode": "LE1 1AA", "house": "3", "street": "Quillbrook Road"}, "bin-out-by-7am": "no"}"#).unwrap();
    let out = kiosk(dir.path())
        .args(["submit", "--form", "missed-bin", "--answers"])
        .arg(&answers)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reference = v["reference"].as_str().unwrap().to_owned();

    let out = kiosk(dir.path()).args(["outbox", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        text.contains(&reference) && text.contains("pending") && text.contains("1 pending, 0 parked"),
        "{text}"
    );
    assert!(!text.contains("Quillbrook"), "no personal data in the staff list");

    let out = kiosk(dir.path())
        .args(["outbox", "retry", &reference])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a pending row is not parked");
    assert!(String::from_utf8_lossy(&out.stdout).contains("no parked submission"));
}
