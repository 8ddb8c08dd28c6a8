//! QR codes drawn as 1-bit raster images, centred on the paper, so that every printer that can
//! print a picture prints them (many older or cheaper printers lack `GS ( k`).

use super::layout::Paper;
use super::raster::Bitmap;
use qrcode::{Color, EcLevel, QrCode};

/// Quiet zone around the code, in modules (the standard asks for 4).
const QUIET: u32 = 4;

/// The QR code of `data`, centred on a strip the paper's width, or `None` when it cannot be
/// encoded (more than a QR code holds). Modules are as large as fit in about half the paper,
/// between 4 and 8 dots, so a phone reads it easily from a thermal print.
pub fn qr_image(data: &str, paper: Paper) -> Option<Bitmap> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let modules = code.width() as u32;
    let span = modules + 2 * QUIET;
    let width = paper.dots();
    let scale = (width / 2 / span).clamp(4, 8);
    let size = span * scale;
    if size > width {
        return None;
    }
    let colors = code.to_colors();
    let row_bytes = (width / 8) as usize;
    let mut rows = vec![0u8; row_bytes * size as usize];
    let left = (width - size) / 2;
    for y in 0..size {
        let my = y / scale;
        if my < QUIET || my >= QUIET + modules {
            continue;
        }
        for x in 0..size {
            let mx = x / scale;
            if mx < QUIET || mx >= QUIET + modules {
                continue;
            }
            let i = ((my - QUIET) * modules + (mx - QUIET)) as usize;
            if colors[i] == Color::Dark {
                let px = left + x;
                rows[y as usize * row_bytes + (px / 8) as usize] |= 0x80 >> (px % 8);
            }
        }
    }
    Some(Bitmap {
        width,
        height: size,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_fits_and_is_centred() {
        for paper in [Paper::Mm58, Paper::Mm80] {
            let image = qr_image("K7QF-9M2A", paper).unwrap();
            assert_eq!(image.width, paper.dots());
            assert_eq!(image.rows.len() as u32, image.width / 8 * image.height);
            // Ink, and none in the quiet zone's first rows.
            assert!(image.rows.iter().any(|&b| b != 0));
            assert!(image.rows[..(image.width / 8 * 16) as usize].iter().all(|&b| b == 0));
            assert!(image.height <= paper.dots());
        }
    }

    #[test]
    fn too_much_data_is_refused_not_truncated() {
        assert!(qr_image(&"x".repeat(5000), Paper::Mm80).is_none());
    }
}
