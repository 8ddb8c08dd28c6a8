//! The printed layouts: golden bytes of the receipt and the ticket in en-GB, pl and ur on 58 and
//! 80 mm paper, and a walk over the bytes proving no character reaches the printer as raw UTF-8.
//!
//! To accept a deliberate change of layout, run with `ONESTOP_BLESS=1` and review the diff of
//! `shared/tests/golden/`.

use onestop::embedded;
use onestop::print::codepage::CodePage;
use onestop::print::layout::{self, CodePageNumbers, LineStyle, Paper, Shaper, Target};
use onestop::print::raster::Bitmap;
use onestop::print::words::{ReceiptFacts, TicketFacts, receipt_words, ticket_words};
use proptest::prelude::*;
use std::path::PathBuf;
use time::macros::datetime;

/// Records what it was asked to shape and returns a blank strip: Latin layouts must not call it.
#[derive(Default)]
struct Recording(Vec<String>);
impl Shaper for Recording {
    fn shape(&mut self, text: &str, _: LineStyle, width: u32, _: bool) -> Bitmap {
        self.0.push(text.to_owned());
        Bitmap {
            width,
            height: 8,
            rows: vec![0; (width / 8 * 8) as usize],
        }
    }
}

fn sample_receipt(tag: &str) -> layout::Receipt {
    let tr = embedded::translations().unwrap();
    receipt_words(
        &tr,
        tag,
        &ReceiptFacts {
            council: "Leicester City Council",
            form: "missed-bin",
            reference: "K7QF-9M2A",
            sent_at: datetime!(2026-11-23 14:05 UTC),
            track_url: None,
        },
    )
}

fn sample_ticket(tag: &str) -> layout::Ticket {
    let tr = embedded::translations().unwrap();
    ticket_words(
        &tr,
        tag,
        &TicketFacts {
            council: "Leicester City Council",
            number: "A042",
            service: &tr.text(tag, "ticket-service-housing", &[]),
            wait_minutes: Some(15),
            priority: false,
            taken_at: datetime!(2026-11-23 14:05 UTC),
            page_url: None,
        },
    )
}

fn target(paper: Paper, rtl: bool) -> Target {
    Target {
        paper,
        code_pages: CodePageNumbers::default(),
        rtl,
    }
}

fn golden(name: &str, bytes: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("ONESTOP_BLESS").is_some() {
        std::fs::write(&path, bytes).unwrap();
        return;
    }
    let want = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with ONESTOP_BLESS=1 to create it", path.display()));
    if want != bytes {
        let at = want
            .iter()
            .zip(bytes)
            .position(|(a, b)| a != b)
            .unwrap_or(want.len().min(bytes.len()));
        panic!(
            "{name} differs from its golden file at byte {at} (golden {} bytes, now {}); \
             if the change is deliberate, run with ONESTOP_BLESS=1 and review the diff",
            want.len(),
            bytes.len()
        );
    }
}

#[test]
fn latin_layouts_match_their_golden_bytes_and_use_no_raster() {
    for tag in ["en-GB", "pl"] {
        for (paper, mm) in [(Paper::Mm58, 58), (Paper::Mm80, 80)] {
            let mut shaper = Recording::default();
            let receipt = layout::receipt(&sample_receipt(tag), target(paper, false), &mut shaper);
            let ticket = layout::ticket(&sample_ticket(tag), target(paper, false), &mut shaper);
            assert!(shaper.0.is_empty(), "{tag} rasterised {:?}", shaper.0);
            golden(&format!("receipt-{tag}-{mm}.bin"), &receipt);
            golden(&format!("ticket-{tag}-{mm}.bin"), &ticket);
        }
    }
}

/// Urdu: every line but the reference is shaped and rasterised (right to left, Nastaliq); the
/// bytes are golden, so a change in shaping or layout is seen in review.
#[test]
fn urdu_layouts_match_their_golden_bytes() {
    let mut shaper = onestop::print::raster::Rasteriser::new();
    for (paper, mm) in [(Paper::Mm58, 58), (Paper::Mm80, 80)] {
        let receipt = layout::receipt(&sample_receipt("ur"), target(paper, true), &mut shaper);
        let ticket = layout::ticket(&sample_ticket("ur"), target(paper, true), &mut shaper);
        let walked = walk(&receipt);
        assert!(walked.images >= 6, "Urdu lines are images ({} of them)", walked.images);
        assert!(
            walked.text.contains("K7QF-9M2A"),
            "the reference stays text: {}",
            walked.text
        );
        assert!(walk(&ticket).text.contains("A042"));
        golden(&format!("receipt-ur-{mm}.bin"), &receipt);
        golden(&format!("ticket-ur-{mm}.bin"), &ticket);
    }
}

#[test]
fn polish_is_printed_in_pc852() {
    let bytes = layout::receipt(
        &sample_receipt("pl"),
        target(Paper::Mm80, false),
        &mut Recording::default(),
    );
    let text = walk(&bytes).text;
    assert!(text.contains("Twoje potwierdzenie"), "{text}");
    assert!(text.contains("Co dalej"), "{text}");
    assert!(
        bytes.windows(3).any(|w| w == [0x1b, b't', 18]),
        "ESC t 18 (PC852) selected"
    );
}

/// What the printer would do with our bytes: the text it prints (decoded through the code page
/// selected at that point) and the number of raster images.
struct Walked {
    text: String,
    images: usize,
}

/// A minimal, strict reader of the commands our layouts use; any other byte below 0x20 (or an
/// unknown command) fails the test, so a stray control byte or raw UTF-8 sequence is caught.
fn walk(bytes: &[u8]) -> Walked {
    let mut page = CodePage::Pc858;
    let mut out = Walked {
        text: String::new(),
        images: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0x1b => {
                let cmd = bytes[i + 1];
                match cmd {
                    b'@' => i += 2,
                    b'a' | b'E' | b'd' => i += 3,
                    b't' => {
                        page = match bytes[i + 2] {
                            18 => CodePage::Pc852,
                            19 => CodePage::Pc858,
                            n => panic!("ESC t {n}"),
                        };
                        i += 3;
                    }
                    other => panic!("unknown ESC {other:#x} at {i}"),
                }
            }
            0x1d => match bytes[i + 1] {
                b'!' => i += 3,
                b'V' => i += 4,
                b'v' => {
                    assert_eq!(&bytes[i + 2..i + 4], b"0\0");
                    let x = u16::from_le_bytes([bytes[i + 4], bytes[i + 5]]) as usize;
                    let y = u16::from_le_bytes([bytes[i + 6], bytes[i + 7]]) as usize;
                    out.images += 1;
                    i += 8 + x * y;
                }
                other => panic!("unknown GS {other:#x} at {i}"),
            },
            b'\n' => {
                out.text.push('\n');
                i += 1;
            }
            b if b < 0x20 || b == 0x7f => panic!("control byte {b:#x} at {i}"),
            b => {
                out.text.push(page.char(b).expect("printable in its code page"));
                i += 1;
            }
        }
    }
    out
}

proptest! {
    /// Whatever words a receipt carries (a council name, a form's title, a visitor's free text in
    /// any script), every character is either printed through a code page that has it or handed
    /// to the shaper: none is ever sent as raw UTF-8, and no control byte slips through.
    #[test]
    fn no_character_falls_back_to_raw_utf8(
        council in "\\PC{0,40}",
        service in "\\PC{0,60}",
        next in "\\PC{0,200}",
        rtl in any::<bool>(),
        wide in any::<bool>(),
    ) {
        let mut receipt = sample_receipt("en-GB");
        receipt.council = council.clone();
        receipt.service = service.clone();
        receipt.next_steps = next.clone();
        let paper = if wide { Paper::Mm80 } else { Paper::Mm58 };
        let mut shaper = Recording::default();
        let bytes = layout::receipt(&receipt, target(paper, rtl), &mut shaper);
        let walked = walk(&bytes);
        let printed: String = walked.text.chars().filter(|c| !c.is_whitespace()).collect();
        let shaped: String = shaper.0.concat().chars().filter(|c| !c.is_whitespace()).collect();
        for field in [&council, &service, &next] {
            let kept: String = field
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
                .collect();
            prop_assert!(
                printed.contains(&kept) || shaped.contains(&kept),
                "{kept:?} neither printed as text nor shaped"
            );
        }
    }
}
