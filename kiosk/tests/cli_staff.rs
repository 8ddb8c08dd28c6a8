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
fn only_the_first_line_up_to_its_bound_is_read_from_standard_input() {
    // A reader that fails past the bound: an endless stdin must never be read further.
    struct Endless(usize);
    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            assert!(self.0 <= kiosk::cli::PIN_LINE_MAX + 1, "read {} bytes", self.0);
            let n = buf.len().min(7);
            buf[..n].fill(b'5');
            self.0 += n;
            Ok(n)
        }
    }
    let mut out = Vec::new();
    let input = std::io::BufReader::with_capacity(8, Endless(0));
    assert!(!kiosk::cli::staff_hash_pin(input, &mut out).unwrap());
    assert!(out.is_empty());
}

#[test]
fn a_pin_on_standard_input_becomes_a_hash_the_config_accepts() {
    let (ok, out) = hash_pin("482019\r\n");
    assert!(ok);
    let phc = out.trim();
    assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kiosk.toml");
    std::fs::write(&cfg, format!("[staff]\npin_hash = \"{phc}\"\n")).unwrap();
    let ctx = Context::load(Some(&cfg), Some(dir.path())).unwrap();
    let pin = ctx.config.staff.pin().unwrap();
    assert!(pin.verify("482019"));
    assert!(!pin.verify("482018"));
}

#[test]
fn anything_but_6_to_12_digits_not_all_alike_is_refused_and_nothing_is_printed() {
    let long_line = format!("{}\n", "4".repeat(kiosk::cli::PIN_LINE_MAX * 4));
    for bad in [
        "",
        "\n",
        "123\n",
        "4820\n",
        "48201\n",
        "111111\n",
        "12a456\n",
        "1234 5678\n",
        "1234567890123\n",
        "٤٨٢٠١٩\n",
        "\u{ff}\u{fe}\n",
        long_line.as_str(),
        "482019\n\n",
    ] {
        let (ok, out) = hash_pin(bad);
        if bad == "482019\n\n" {
            // Only the first line is read: the PIN is 482019.
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
