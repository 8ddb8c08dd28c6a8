//! ESC/POS command bytes, written by hand: the few commands the layouts use, each checked against
//! Epson's reference. Text only ever arrives here already encoded in a code page (see
//! [`super::codepage`]), so no character can reach the printer as raw UTF-8.

use super::codepage::CodePage;
use super::raster::Bitmap;

/// Horizontal alignment (`ESC a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Justify {
    /// Left.
    Left,
    /// Centre.
    Centre,
    /// Right.
    Right,
}

/// An ESC/POS byte stream being built.
#[derive(Debug, Default, Clone)]
pub struct Commands {
    bytes: Vec<u8>,
    page: Option<u8>,
}

impl Commands {
    /// A stream that starts with `ESC @` (initialise: clears any mode a previous job left).
    pub fn new() -> Commands {
        let mut c = Commands::default();
        c.bytes.extend_from_slice(b"\x1b@");
        c
    }

    /// `ESC a n`.
    pub fn justify(&mut self, justify: Justify) -> &mut Self {
        let n = match justify {
            Justify::Left => 0,
            Justify::Centre => 1,
            Justify::Right => 2,
        };
        self.bytes.extend_from_slice(&[0x1b, b'a', n]);
        self
    }

    /// `ESC E n`: emphasised (bold) on or off.
    pub fn bold(&mut self, on: bool) -> &mut Self {
        self.bytes.extend_from_slice(&[0x1b, b'E', u8::from(on)]);
        self
    }

    /// `GS ! n`: character width and height multipliers, each 1 to 8.
    pub fn size(&mut self, width: u8, height: u8) -> &mut Self {
        let w = width.clamp(1, 8) - 1;
        let h = height.clamp(1, 8) - 1;
        self.bytes.extend_from_slice(&[0x1d, b'!', (w << 4) | h]);
        self
    }

    /// Prints one line of text already encoded in `page` (from [`super::codepage::encode`]),
    /// selecting the code page with `ESC t n` only when it changes. `number` is the printer's
    /// `ESC t` number for that page.
    pub fn text_line(&mut self, page: CodePage, number: u8, encoded: &[u8]) -> &mut Self {
        debug_assert!(
            encoded.iter().all(|&b| b >= 0x20 && b != 0x7f),
            "{page:?} text must not carry control bytes"
        );
        if self.page != Some(number) {
            self.bytes.extend_from_slice(&[0x1b, b't', number]);
            self.page = Some(number);
        }
        self.bytes.extend_from_slice(encoded);
        self.bytes.push(b'\n');
        self
    }

    /// `GS v 0`: a 1-bit raster image, printed at the current alignment. Images taller than the
    /// 2,303 rows one command may carry (and most printers' buffers) are sent in bands.
    pub fn raster(&mut self, image: &Bitmap) -> &mut Self {
        const BAND: u32 = 256;
        let row_bytes = image.width.div_ceil(8);
        if row_bytes == 0 || image.height == 0 {
            return self;
        }
        let mut y = 0;
        while y < image.height {
            let rows = BAND.min(image.height - y);
            self.bytes.extend_from_slice(&[0x1d, b'v', b'0', 0]);
            self.bytes.extend_from_slice(&(row_bytes as u16).to_le_bytes());
            self.bytes.extend_from_slice(&(rows as u16).to_le_bytes());
            let start = (y * row_bytes) as usize;
            let end = start + (rows * row_bytes) as usize;
            self.bytes.extend_from_slice(&image.rows[start..end]);
            y += rows;
        }
        self
    }

    /// `ESC d n`: feeds `lines` lines.
    pub fn feed(&mut self, lines: u8) -> &mut Self {
        self.bytes.extend_from_slice(&[0x1b, b'd', lines]);
        self
    }

    /// `GS V 66 n`: feeds to the cutter and makes a partial cut.
    pub fn cut(&mut self) -> &mut Self {
        self.bytes.extend_from_slice(&[0x1d, b'V', 66, 3]);
        self
    }

    /// The finished bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The bytes so far.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_epsons_bytes() {
        let mut c = Commands::new();
        c.justify(Justify::Centre).bold(true).size(2, 2);
        c.text_line(CodePage::Pc852, 18, b"Ab");
        c.text_line(CodePage::Pc852, 18, b"Cd");
        c.feed(3).cut();
        assert_eq!(
            c.into_bytes(),
            b"\x1b@\x1ba\x01\x1bE\x01\x1d!\x11\x1bt\x12Ab\nCd\n\x1bd\x03\x1dVB\x03".to_vec()
        );
    }

    #[test]
    fn tall_images_go_in_bands() {
        let image = Bitmap {
            width: 16,
            height: 300,
            rows: vec![0xff; 2 * 300],
        };
        let mut c = Commands::new();
        c.raster(&image);
        let bytes = c.into_bytes();
        // ESC @, then two GS v 0 headers (256 + 44 rows) and 600 bytes of data.
        assert_eq!(bytes.len(), 2 + 8 + 8 + 600);
        assert_eq!(&bytes[2..10], &[0x1d, b'v', b'0', 0, 2, 0, 0, 1]);
        assert_eq!(&bytes[10 + 512..10 + 512 + 8], &[0x1d, b'v', b'0', 0, 2, 0, 44, 0]);
    }
}
