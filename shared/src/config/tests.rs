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
    for bad in ["Library 1", "library-1\\u0000", "x'; DROP TABLE ratings; --"] {
        let e = refused(&format!("[kiosk]\nid = \"{bad}\"\n"));
        assert!(e.contains("kiosk.id") && e.contains("library-1"), "{e}");
    }
    assert_eq!(
        Config::from_toml("[kiosk]\nid = \"library-1\"\n").unwrap().kiosk.id,
        "library-1"
    );
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

/// The error a config file gets, as the operator reads it.
fn refused(text: &str) -> String {
    Config::from_toml(text).unwrap_err().to_string()
}

#[test]
fn every_crm_kind_loads_as_its_variant() {
    for (toml, kind) in [
        ("kind = \"none\"\n", CrmKind::None),
        (
            "kind = \"open311\"\nurl = \"https://crm.example/open311/\"\n",
            CrmKind::Open311,
        ),
        (
            "kind = \"webhook\"\nurl = \"https://crm.example/hook\"\nsecret = \"0123456789abcdef\"\n",
            CrmKind::Webhook,
        ),
        (
            "kind = \"email\"\n[crm.email]\nhost = \"smtp.council.gov.uk\"\nfrom = \"k@council.gov.uk\"\nto = \"c@council.gov.uk\"\n",
            CrmKind::Email,
        ),
    ] {
        let c = Config::from_toml(&format!("[crm]\n{toml}")).unwrap();
        assert_eq!(c.crm.kind, kind, "{toml}");
    }
    assert_eq!(Config::defaults().crm.kind, CrmKind::None);
}

#[test]
fn every_card_identity_loads_as_its_variant() {
    for (toml, kind) in [
        ("identity = \"none\"\n", IdentityKind::None),
        (
            "identity = \"sip2\"\n[cards.sip2]\naddr = \"lms.example:6001\"\n",
            IdentityKind::Sip2,
        ),
        (
            "identity = \"crm\"\ncrm_url = \"https://crm.example/customers\"\n",
            IdentityKind::Crm,
        ),
    ] {
        let c = Config::from_toml(&format!("[cards]\n{toml}")).unwrap();
        assert_eq!(c.cards.identity, kind, "{toml}");
        assert_eq!(
            c.cards.provider().map(|p| p.name()),
            (kind != IdentityKind::None).then(|| kind.as_str())
        );
    }
    assert_eq!(Config::defaults().cards.identity, IdentityKind::None);
}

#[test]
fn every_printer_connection_form_loads() {
    use crate::print::driver::Connection;
    for (text, connection) in [
        ("", None),
        ("  ", None),
        (
            "tcp://192.168.1.50:9100",
            Some(Connection::Network {
                host: "192.168.1.50".into(),
                port: 9100,
            }),
        ),
        (
            "tcp:printer.local",
            Some(Connection::Network {
                host: "printer.local".into(),
                port: 9100,
            }),
        ),
        ("usb:/dev/usb/lp0", Some(Connection::UsbDevice("/dev/usb/lp0".into()))),
        (
            "usb:0416:5011",
            Some(Connection::UsbId {
                vendor: 0x0416,
                product: 0x5011,
            }),
        ),
        (
            "serial:/dev/ttyS0@19200",
            Some(Connection::Serial {
                path: "/dev/ttyS0".into(),
                baud: 19200,
            }),
        ),
        (
            " file:/tmp/receipts.bin ",
            Some(Connection::File("/tmp/receipts.bin".into())),
        ),
    ] {
        let c = Config::from_toml(&format!("[printer]\nconnection = \"{text}\"\n")).unwrap();
        assert_eq!(c.printer.connection, connection, "{text:?}");
    }
    assert_eq!(Config::defaults().printer.connection, None);
}

#[test]
fn unknown_choices_are_refused_naming_the_key_and_what_is_allowed() {
    let e = refused("[crm]\nkind = \"carrier-pigeon\"\n");
    assert_eq!(
        e,
        "the config file is not valid: line 2, column 8: crm.kind: \"carrier-pigeon\" is not known; use \"none\", \"webhook\", \"open311\" or \"email\""
    );
    let e = refused("[cards]\nidentity = \"LDAP\"\n");
    assert_eq!(
        e,
        "the config file is not valid: line 2, column 12: cards.identity: \"LDAP\" is not known; use \"none\", \"sip2\" or \"crm\""
    );
    let e = refused("[printer]\nconnection = \"lpt1:\"\n");
    assert!(
        e.starts_with("the config file is not valid: line 2, column 14: printer.connection: ")
            && e.contains("\"lpt1:\"")
            && e.contains(
                "write tcp://HOST:PORT, usb:/dev/usb/lp0, usb:VID:PID, serial:/dev/ttyUSB0@9600 or file:PATH"
            ),
        "{e}"
    );
    let e = refused("[crm]\nkind = 3\n");
    assert!(e.contains("crm.kind") && e.contains("invalid type"), "{e}");
}

#[test]
fn a_chosen_crm_or_identity_still_needs_what_it_uses() {
    let e = refused("[crm]\nkind = \"open311\"\n");
    assert!(e.contains("crm.url \"\" must start with http://"), "{e}");
    let e = refused("[cards]\nidentity = \"sip2\"\n");
    assert!(e.contains("cards.sip2.addr must be host:port"), "{e}");
    let e = refused("[cards]\nidentity = \"crm\"\n");
    assert!(e.contains("cards.crm_url must start with http://"), "{e}");
}
