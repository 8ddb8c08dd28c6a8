//! Loading config files: defaults, overrides, and the errors a bad file gets.

use super::*;

#[test]
fn an_empty_file_gives_the_defaults() {
    let c = Config::from_toml("").unwrap();
    assert_eq!(c.kiosk.idle_timeout_secs, 120);
    assert_eq!(c.kiosk.locales.len(), 11);
    assert_eq!(c.staff.pin(), None, "no staff screen until a PIN is set");
}

#[test]
fn a_pin_hash_from_hash_pin_is_accepted() {
    let phc = crate::staff::pin::hash_pin_with("432187", argon2::Params::new(64, 1, 1, None).unwrap()).unwrap();
    let c = Config::from_toml(&format!("[staff]\npin_hash = \"{phc}\"\n")).unwrap();
    assert!(c.staff.pin().unwrap().verify("432187"));
}

#[test]
fn a_partial_file_overrides_only_its_keys() {
    let c = Config::from_toml("[kiosk]\nidle_timeout_secs = 300\n").unwrap();
    assert_eq!(c.kiosk.idle_timeout_secs, 300);
    assert_eq!(c.kiosk.idle_warning_secs, 30);
}

#[test]
fn bad_files_say_what_is_wrong() {
    let e = Config::from_toml("[kiosk]\nidle_warning_secs = 10\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("at least 30"), "{e}");
    let e = Config::from_toml("[kiosk]\nidle_timeout_secs = 30\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("longer than"), "{e}");
    let e = Config::from_toml("[kiosk]\nwindow_size = \"big\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("1080x1920"), "{e}");
    let e = Config::from_toml("[crm]\nkind = \"carrier-pigeon\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("carrier-pigeon"), "{e}");
    let e = Config::from_toml("[crm]\nkind = \"webhook\"\nurl = \"https://crm.example\"\nsecret = \"short\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("secret"), "{e}");
    let e = Config::from_toml("[crm]\nmax_in_flight = 0\n").unwrap_err().to_string();
    assert!(e.contains("max_in_flight"), "{e}");
    let e = Config::from_toml("[kiosk]\ncolour = 3\n").unwrap_err().to_string();
    assert!(e.contains("colour"), "{e}");
    assert!(Config::from_toml("[kiosk\n").is_err());
    let e = Config::from_toml("[staff]\npin_hash = \"1234\"\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("staff.pin_hash") && e.contains("kiosk staff hash-pin"),
        "{e}"
    );
    let e = Config::from_toml("[kiosk]\nidle_timeout_secs = \"soon\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("idle_timeout_secs") || e.contains("integer"), "{e}");
}

#[test]
fn toml_errors_name_the_line_and_column_and_say_each_thing_once() {
    let e = Config::from_toml("[kiosk]\n# a\n# b\n\n\n\nidle_timeout_secs = \"soon\"\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("the config file is not valid: line 7, column 21: kiosk.idle_timeout_secs: invalid type"),
        "{e}"
    );
    assert!(!e.contains('\n') && e.matches("idle_timeout_secs").count() == 1, "{e}");
    let e = Config::from_toml("[kiosk]\ncolour = 3\n").unwrap_err().to_string();
    assert!(e.contains("line 2, column 1: kiosk: unknown field `colour`"), "{e}");
    let e = Config::from_toml("\n[kiosk\n").unwrap_err().to_string();
    assert!(e.starts_with("the config file is not valid: line 2, column 7: "), "{e}");
    assert!(!e.contains('\n'), "{e}");
}

#[test]
fn the_default_queue_is_the_example_site() {
    let q = Config::defaults().queue;
    assert_eq!(q.site(), crate::queue::QueueConfig::example());
    assert_eq!(q.listen_addr().unwrap().port(), 7311);
    assert!(!q.standalone && q.tokens.is_empty() && q.kiosk_token.is_empty());
}

#[test]
fn queue_tokens_and_sites_are_checked_at_load() {
    let c = Config::from_toml("[queue.tokens]\n1 = \"counter-one-token\"\n").unwrap();
    assert_eq!(
        c.queue.counter_tokens().get(&1).map(String::as_str),
        Some("counter-one-token")
    );
    let e = Config::from_toml("[queue.tokens]\n7 = \"counter-seven-token\"\n2 = \"short\"\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("counter \"7\"") && e.contains("counter 2 must be at least"),
        "{e}"
    );
    let e = Config::from_toml("[queue]\nlisten = \"everywhere\"\nhub = \"http://x\"\nreset_at = \"3am\"\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("queue.listen") && e.contains("queue.hub") && e.contains("reset_at"),
        "{e}"
    );
    let e = Config::from_toml("[[queue.services]]\nid = \"parking\"\nprefix = \"P\"\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("\"parking\" has no counter") && e.contains("\"housing\", which is not"),
        "{e}"
    );
}
