//! `kiosk staff hash-pin` and the `[staff]` config: a PIN typed on standard input becomes a PHC
//! string the kiosk accepts and verifies; anything else is refused with nothing printed; a
//! malformed hash in the config stops the kiosk with what to do; `staff unlock` clears a lock.

use kiosk::context::Context;

fn hash_pin(input: &str) -> (bool, String) {
    let mut out = Vec::new();
    let ok = kiosk::cli::staff_hash_pin(input.as_bytes(), &mut out).unwrap();
    (ok, String::from_utf8(out).unwrap())
}

#[test]
fn a_pin_on_standard_input_becomes_a_hash_the_config_accepts() {
    let (ok, out) = hash_pin("4820\r\n");
    assert!(ok);
    let phc = out.trim();
    assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(&cfg, format!("[staff]\npin_hash = \"{phc}\"\n")).unwrap();
    let ctx = Context::load(Some(&cfg), Some(dir.path())).unwrap();
    let pin = ctx.config.staff.pin().unwrap();
    assert!(pin.verify("4820"));
    assert!(!pin.verify("4821"));
}

#[test]
fn anything_but_4_to_12_digits_is_refused_and_nothing_is_printed() {
    for bad in [
        "",
        "\n",
        "123\n",
        "12a4\n",
        "1234 5678\n",
        "1234567890123\n",
        "٤٨٢٠\n",
        "4820\n\n",
    ] {
        let (ok, out) = hash_pin(bad);
        if bad == "4820\n\n" {
            // Only the first line is read: the PIN is 4820.
            assert!(ok && out.starts_with("$argon2id$"));
            continue;
        }
        assert!(!ok, "{bad:?} accepted");
        assert!(out.is_empty(), "{bad:?} printed {out:?}");
    }
}

#[test]
fn a_malformed_hash_in_the_config_stops_the_kiosk_saying_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kiosk.toml");
    for bad in [
        "4820",
        "$argon2id$v=19$m=19456,t=2,p=1$",
        "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
    ] {
        std::fs::write(&cfg, format!("[staff]\npin_hash = \"{bad}\"\n")).unwrap();
        let e = format!(
            "{:#}",
            Context::load(Some(&cfg), Some(dir.path())).err().expect("refused")
        );
        assert!(
            e.contains("staff.pin_hash") && e.contains("kiosk staff hash-pin"),
            "{e}"
        );
        assert!(e.contains("kiosk.toml"), "names the file: {e}");
    }
}

#[test]
fn staff_unlock_clears_a_lock_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::load(None, Some(dir.path())).unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    {
        let store = ctx.open_store().unwrap();
        let mut l = store.lockout().unwrap();
        for _ in 0..5 {
            l.fail(now);
        }
        store.save_lockout(&l).unwrap();
    }
    assert!(kiosk::cli::staff_unlock(&ctx).unwrap());
    let mut l = ctx.open_store().unwrap().lockout().unwrap();
    assert_eq!(l.status(now), onestop::staff::Status::Open { tries_left: 5 });
}
