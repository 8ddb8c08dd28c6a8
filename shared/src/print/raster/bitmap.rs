//! A 1-bit image in exactly the data layout of ESC/POS raster graphics (`GS v 0`), plus stacking
//! and a PNG view for people. It knows nothing of text or printers: the rasteriser fills it, the
//! ESC/POS encoder sends its rows as they are.

use std::fmt;

/// A 1-bit image: row-major, each row `width / 8` bytes, the most significant bit the leftmost
/// dot, a set bit a black dot. That is `GS v 0`'s data, so `rows` goes to the printer unchanged.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Bitmap {
    /// Width in dots, a multiple of 8 (a row is whole bytes).
    pub width: u32,
    /// Height in dots (rows). Zero for nothing to print.
    pub height: u32,
    /// `height` rows of `width / 8` bytes each.
    pub rows: Vec<u8>,
}

impl Bitmap {
    /// An all-white bitmap. `width` is rounded down to whole bytes, as the printer needs.
    pub fn blank(width: u32, height: u32) -> Bitmap {
        let width = width / 8 * 8;
        Bitmap {
            width,
            height,
            rows: vec![0; (width / 8) as usize * height as usize],
        }
    }

    /// Bytes in one row (`width / 8`).
    pub fn bytes_per_row(&self) -> usize {
        (self.width / 8) as usize
    }

    /// Whether the dot at (`x`, `y`) is black. Outside the image is white, never a panic.
    pub fn get(&self, x: u32, y: u32) -> bool {
        if x >= self.width || y >= self.height {
            return false;
        }
        let i = y as usize * self.bytes_per_row() + (x / 8) as usize;
        self.rows.get(i).is_some_and(|b| b & (0x80 >> (x % 8)) != 0)
    }

    /// Make the dot at (`x`, `y`) black; outside the image is ignored (ink is clipped, not wrapped).
    pub(crate) fn set(&mut self, x: i64, y: i64) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let i = y as usize * self.bytes_per_row() + (x / 8) as usize;
        if let Some(b) = self.rows.get_mut(i) {
            *b |= 0x80 >> (x % 8);
        }
    }

    /// The number of black dots: how much ink (and heat) the image costs.
    pub fn ink(&self) -> usize {
        self.rows.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// Put `parts` one under another, top first. A narrower part is padded with white on its right,
    /// to the widest part's width.
    pub fn stack(parts: &[Bitmap]) -> Bitmap {
        let width = parts.iter().map(|p| p.width / 8 * 8).max().unwrap_or(0);
        let height = parts.iter().map(|p| p.height).sum();
        let mut out = Bitmap::blank(width, height);
        let out_row = out.bytes_per_row();
        let mut y = 0usize;
        for part in parts {
            let row = part.bytes_per_row();
            for r in 0..part.height as usize {
                let start = (r * row).min(part.rows.len());
                let end = (start + row).min(part.rows.len());
                let dst = (y + r) * out_row;
                out.rows[dst..dst + (end - start)].copy_from_slice(&part.rows[start..end]);
            }
            y += part.height as usize;
        }
        out
    }

    /// A PNG of the image (black on white), for looking at results. PNG has no empty images, so a
    /// bitmap with no width or no height gives a single white pixel.
    pub fn to_png(&self) -> Vec<u8> {
        let (w, h) = (self.width.max(1), self.height.max(1));
        let row = w.div_ceil(8) as usize;
        // PNG greyscale at 1 bit is 0 = black, the opposite of the printer's 1 = black.
        let mut data = vec![0xFF; row * h as usize];
        for y in 0..self.height {
            for x in 0..self.width {
                if self.get(x, y) {
                    data[y as usize * row + (x / 8) as usize] &= !(0x80 >> (x % 8));
                }
            }
        }
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        // Both steps can fail only on I/O (a Vec never fails) or on data of the wrong length,
        // which the lines above rule out.
        let mut writer = encoder.write_header().expect("PNG header into a Vec");
        writer.write_image_data(&data).expect("PNG data of the declared size");
        writer.finish().expect("PNG end into a Vec");
        out
    }
}

/// The rows would flood a failed assertion, so Debug shows the size and the ink.
impl fmt::Debug for Bitmap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bitmap")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("ink", &self.ink())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_msb_first_and_set_means_black() {
        let mut b = Bitmap::blank(16, 2);
        b.set(0, 0);
        b.set(9, 1);
        assert_eq!(b.rows, vec![0x80, 0x00, 0x00, 0x40]);
        assert!(b.get(0, 0) && b.get(9, 1) && !b.get(1, 0));
        assert_eq!(b.ink(), 2);
    }

    #[test]
    fn outside_the_image_is_white_and_setting_it_is_ignored() {
        let mut b = Bitmap::blank(8, 1);
        b.set(-1, 0);
        b.set(8, 0);
        b.set(0, 1);
        assert_eq!(b.ink(), 0);
        assert!(!b.get(100, 100));
        // A hand-made bitmap whose rows are too short reads as white rather than panicking.
        let short = Bitmap {
            width: 64,
            height: 4,
            rows: vec![0xFF],
        };
        assert!(short.get(0, 0) && !short.get(0, 3));
    }

    #[test]
    fn blank_rounds_the_width_down_to_whole_bytes() {
        assert_eq!(Bitmap::blank(390, 1).width, 384);
        assert_eq!(Bitmap::blank(7, 3).rows.len(), 0);
    }

    #[test]
    fn stack_puts_parts_top_first_and_pads_narrow_ones() {
        let mut a = Bitmap::blank(8, 1);
        a.set(0, 0);
        let mut b = Bitmap::blank(16, 2);
        b.set(15, 1);
        let s = Bitmap::stack(&[a, b]);
        assert_eq!((s.width, s.height), (16, 3));
        assert_eq!(s.rows, vec![0x80, 0x00, 0x00, 0x00, 0x00, 0x01]);
        assert_eq!(Bitmap::stack(&[]), Bitmap::blank(0, 0));
    }

    #[test]
    fn png_shows_black_dots_where_bits_are_set() {
        let mut b = Bitmap::blank(16, 2);
        b.set(3, 1);
        let png = b.to_png();
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), (16, 2));
        assert_eq!(&buf[..info.buffer_size()], &[0xFF, 0xFF, 0xEF, 0xFF]);
    }

    #[test]
    fn an_empty_bitmap_still_gives_a_valid_png() {
        let png = Bitmap::blank(0, 0).to_png();
        let reader = png::Decoder::new(std::io::Cursor::new(png)).read_info().unwrap();
        assert_eq!((reader.info().width, reader.info().height), (1, 1));
    }
}
