//! Hand-delivery bundles at the size of a long offline spell: time to list, seal (Argon2id +
//! XChaCha20-Poly1305), open and import 500 and 5,000 submissions, and the bundle's size.
//! Prints figures; run with `cargo bench -p onestop --bench handover`.

use onestop::forms::{Answers, Today, validate};
use onestop::outbox::export::{Bundle, FORMAT, read, write_encrypted};
use onestop::store::{Key, Store};
use std::time::Instant;

fn main() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let forms = onestop::embedded::forms().unwrap();
    let form = forms.get("missed-bin").unwrap();
    let answers: Answers = serde_json::from_str(
        r#"{"bin-type": "general", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street", "town": "Leicester"}, "bin-out-by-7am": "yes", "details": "Missed again this week, the third time since October."}"#,
    )
    .unwrap();
    let valid = validate(form, &answers, Today::now()).unwrap();
    for n in [500usize, 5_000] {
        let mut bus = Store::open(&dir.path().join(format!("bus-{n}.db")), Key::random()).unwrap();
        for _ in 0..n {
            bus.submit(&valid, "ur", None).unwrap();
        }
        let t = Instant::now();
        let submissions = bus.exportable().unwrap();
        let list = t.elapsed();
        let bundle = Bundle {
            format: FORMAT.into(),
            version: 1,
            exported_at: "2026-11-23T08:00:00Z".into(),
            submissions,
        };
        let t = Instant::now();
        let text = write_encrypted(&bundle, "a passphrase for the bench").unwrap();
        let seal = t.elapsed();
        let t = Instant::now();
        let back = read(text.as_bytes(), Some("a passphrase for the bench")).unwrap();
        let open = t.elapsed();
        let mut office = Store::open(&dir.path().join(format!("office-{n}.db")), Key::random()).unwrap();
        let t = Instant::now();
        office.import_all(&back.submissions, &forms).unwrap();
        let import = t.elapsed();
        println!(
            "{n:>5} submissions: bundle {:.1} KiB ({:.0} B each); list {:.0} ms, seal {:.0} ms, open {:.0} ms, import {:.0} ms ({:.0}/s)",
            text.len() as f64 / 1024.0,
            text.len() as f64 / n as f64,
            list.as_secs_f64() * 1e3,
            seal.as_secs_f64() * 1e3,
            open.as_secs_f64() * 1e3,
            import.as_secs_f64() * 1e3,
            n as f64 / import.as_secs_f64()
        );
    }
}
