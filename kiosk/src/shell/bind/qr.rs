//! The ticket page's QR code as a Slint image: black modules on white, a quiet zone of four
//! modules, each module a whole number of pixels so a phone reads it crisply, and at least
//! [`MIN_SIDE`] pixels across. The last code drawn is kept, since every page is rendered on
//! every message.

use qrcode::{Color, EcLevel, QrCode};
use slint::{Image, Rgb8Pixel, SharedPixelBuffer};
use std::cell::RefCell;

/// Quiet zone around the code, in modules (the standard asks for 4).
pub const QUIET: u32 = 4;
/// The smallest the code is drawn, in pixels.
pub const MIN_SIDE: u32 = 240;

thread_local! {
    static LAST: RefCell<Option<(String, Image)>> = const { RefCell::new(None) };
}

/// The QR code of `data`, or `None` when it is empty or more than a code holds.
pub fn image(data: &str) -> Option<Image> {
    if data.is_empty() {
        return None;
    }
    LAST.with(|last| {
        if let Some((d, image)) = last.borrow().as_ref()
            && d == data
        {
            return Some(image.clone());
        }
        let image = draw(data)?;
        *last.borrow_mut() = Some((data.to_owned(), image.clone()));
        Some(image)
    })
}

fn draw(data: &str) -> Option<Image> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|e| tracing::warn!("the ticket's page address makes no QR code: {e}"))
        .ok()?;
    let modules = code.width() as u32;
    let span = modules + 2 * QUIET;
    let scale = MIN_SIDE.div_ceil(span).max(4);
    let side = span * scale;
    let colors = code.to_colors();
    let mut buffer = SharedPixelBuffer::<Rgb8Pixel>::new(side, side);
    for (i, px) in buffer.make_mut_slice().iter_mut().enumerate() {
        let (x, y) = (i as u32 % side / scale, i as u32 / side / scale);
        let inside = (QUIET..QUIET + modules).contains(&x) && (QUIET..QUIET + modules).contains(&y);
        let dark = inside && colors[((y - QUIET) * modules + (x - QUIET)) as usize] == Color::Dark;
        let v = if dark { 0 } else { 255 };
        *px = Rgb8Pixel { r: v, g: v, b: v };
    }
    Some(Image::from_rgb8(buffer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_address_is_drawn_in_whole_pixels_with_a_white_quiet_zone() {
        let url = "http://hub.example/t/AbCdEfGhIjKlMnOpQrStUv";
        let code = image(url).expect("a code");
        let size = code.size();
        assert_eq!(size.width, size.height);
        assert!(size.width >= MIN_SIDE);
        let modules = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
            .unwrap()
            .width() as u32;
        assert_eq!(size.width % (modules + 2 * QUIET), 0, "whole pixels per module");
        let pixels = code.to_rgb8().expect("pixels");
        let scale = size.width / (modules + 2 * QUIET);
        let at = |x: u32, y: u32| pixels.as_slice()[(y * size.width + x) as usize].r;
        assert_eq!(at(QUIET * scale - 1, QUIET * scale - 1), 255, "the quiet zone is white");
        assert_eq!(
            at(QUIET * scale, QUIET * scale),
            0,
            "a finder pattern's corner is black"
        );
        assert!(image("").is_none());
    }
}
