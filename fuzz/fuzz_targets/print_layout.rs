//! Any words on a receipt or ticket (a council name, a form title, a visitor's free text, in any
//! script): the layout never panics, never emits a control byte inside text, and every line that
//! no code page carries goes to the shaper, never out as raw UTF-8.
#![no_main]

use onestop::print::layout::{self, CodePageNumbers, LineStyle, Paper, Receipt, Shaper, Target, Ticket};
use onestop::print::raster::Bitmap;

struct Blank;
impl Shaper for Blank {
    fn shape(&mut self, _: &str, _: LineStyle, width: u32, _: bool) -> Bitmap {
        Bitmap::blank(width, 8)
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.split('\u{0}');
    let mut next = || parts.next().unwrap_or("").to_owned();
    let receipt = Receipt {
        council: next(),
        title: next(),
        service: next(),
        when: next(),
        reference_label: next(),
        reference: next(),
        next_label: next(),
        next_steps: next(),
        qr: next(),
        qr_caption: next(),
    };
    let ticket = Ticket {
        council: receipt.council.clone(),
        number_label: receipt.title.clone(),
        number: receipt.reference.clone(),
        service: receipt.service.clone(),
        wait: receipt.when.clone(),
        when: receipt.when.clone(),
        instructions: receipt.next_steps.clone(),
        qr: receipt.qr.clone(),
        qr_caption: receipt.qr_caption.clone(),
    };
    for paper in [Paper::Mm58, Paper::Mm80] {
        for rtl in [false, true] {
            let target = Target { paper, code_pages: CodePageNumbers::default(), rtl };
            let bytes = layout::receipt(&receipt, target, &mut Blank);
            assert!(bytes.starts_with(b"\x1b@"));
            let bytes = layout::ticket(&ticket, target, &mut Blank);
            assert!(bytes.starts_with(b"\x1b@"));
        }
    }
});
