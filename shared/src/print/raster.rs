//! Placeholder for the shaped-text rasteriser (being written on its own branch): the bitmap type.

/// A 1-bit image in `GS v 0` layout: rows of `width / 8` bytes, MSB leftmost, bit set = black.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    /// Width in dots, a multiple of 8.
    pub width: u32,
    /// Height in dots.
    pub height: u32,
    /// Row-major bits.
    pub rows: Vec<u8>,
}
