//! What the kiosk prints, checked by an independent renderer: `kiosk print-test` sends a sample
//! receipt and ticket to emupos (a real ESC/POS emulator process on loopback); its text dump must
//! read back in the right language with no mojibake, `zbarimg` must read the QR code back to the
//! printed reference, and emupos's paper-out fault must make the kiosk say so and exit 3 without
//! printing. Needs `tests/devices/setup.sh` (feature `devices`).

use onestop_e2e::emupos::{Emupos, Printout, qr_codes};
use std::process::{Command, Output};

fn print_test(emu_connection: &str, locale: &str, paper: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(onestop_e2e::binary("kiosk"))
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "print-test",
            "--locale",
            locale,
            "--paper",
            paper,
            "--printer",
            emu_connection,
        ])
        .output()
        .expect("kiosk runs")
}

fn reference_of(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "print-test failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("reference "))
        .expect("print-test names the sample's reference")
        .to_owned()
}

/// Of the printouts so far, the receipt with `reference` and the ticket printed with it (emupos
/// lists them in no promised order).
fn receipt_and_ticket<'a>(printouts: &'a [Printout], reference: &str) -> (&'a Printout, &'a Printout) {
    let receipt = printouts
        .iter()
        .find(|p| p.text.contains(reference))
        .unwrap_or_else(|| panic!("no printout has {reference}"));
    let ticket = printouts
        .iter()
        .rev()
        .find(|p| p.text.contains("A042"))
        .expect("a ticket was printed");
    (receipt, ticket)
}

/// English and Polish print as text through their code pages: the emulator's text dump reads
/// back letter for letter, and the QR code holds the reference.
#[test]
fn latin_receipts_read_back_exactly() {
    let scratch = tempfile::tempdir().unwrap();
    let emu = Emupos::start();
    let cases = [
        (
            "en-GB",
            "80",
            [
                "Your receipt",
                "Your reference number",
                "What happens next",
                "Report a missed bin collection",
            ],
        ),
        (
            "pl",
            "58",
            [
                "Twoje potwierdzenie",
                "Twój numer referencyjny",
                "Co dalej",
                "Zgłoś nieopróżniony kosz na śmieci",
            ],
        ),
    ];
    let mut seen = 0;
    for (locale, paper, phrases) in cases {
        let out = print_test(&emu.connection(), locale, paper);
        let reference = reference_of(&out);
        let printouts = emu.wait_for(seen + 2);
        let (receipt, ticket) = receipt_and_ticket(&printouts, &reference);
        seen += 2;
        let flat = receipt.text.split_whitespace().collect::<Vec<_>>().join(" ");
        for phrase in phrases {
            assert!(
                flat.contains(phrase),
                "{locale}: {phrase:?} not in the printout:\n{}",
                receipt.text
            );
        }
        assert!(receipt.text.contains(&reference), "{locale}: the reference is printed");
        assert!(
            !receipt.text.contains('\u{fffd}'),
            "{locale}: no undecodable byte:\n{}",
            receipt.text
        );
        assert_eq!(
            qr_codes(&receipt.png, scratch.path()),
            vec![reference.clone()],
            "{locale}: the QR code"
        );
        assert!(
            ticket.text.contains("A042"),
            "{locale}: the ticket number:\n{}",
            ticket.text
        );
        assert_eq!(qr_codes(&ticket.png, scratch.path()), vec!["A042".to_owned()]);
    }
}

/// Urdu cannot be printed from any code page: its lines arrive as images, the reference still
/// reads back as text, and the QR code decodes.
#[test]
fn urdu_prints_as_images_and_the_reference_round_trips() {
    let scratch = tempfile::tempdir().unwrap();
    let emu = Emupos::start();
    let out = print_test(&emu.connection(), "ur", "80");
    let reference = reference_of(&out);
    let printouts = emu.wait_for(2);
    let (receipt, _) = receipt_and_ticket(&printouts, &reference);
    assert!(receipt.text.contains(&reference), "{}", receipt.text);
    assert!(
        receipt.text.matches("[image").count() >= 5,
        "Urdu lines are images:\n{}",
        receipt.text
    );
    assert!(
        !receipt.text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "no Arabic-script character went as text:\n{}",
        receipt.text
    );
    assert_eq!(qr_codes(&receipt.png, scratch.path()), vec![reference]);
}

/// Out of paper: nothing is printed, the kiosk says why and exits 3; with a new roll it prints.
#[test]
fn paper_out_is_reported_and_nothing_is_printed() {
    let emu = Emupos::start();
    emu.set_fault("paper-out");
    let out = print_test(&emu.connection(), "en-GB", "80");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(stdout.contains("paper-out"), "{stdout}");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(emu.receipt_ids().is_empty(), "nothing printed on an empty roll");
    emu.clear_fault("paper-out");
    let out = print_test(&emu.connection(), "en-GB", "80");
    reference_of(&out);
    assert_eq!(emu.wait_for(2).len(), 2);
}

/// No printer at the address: a clear message and exit 3, promptly.
#[test]
fn an_absent_printer_is_reported() {
    let port = onestop_e2e::crm_process::free_port();
    let out = print_test(&format!("tcp://127.0.0.1:{port}"), "en-GB", "80");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    assert!(stdout.contains("cannot be reached"), "{stdout}");
}
