//! Receipt and ticket printing on ESC/POS printers.
//!
//! - [`layout`]: the receipt and the queue ticket as pure functions to bytes, 58 or 80 mm;
//! - [`codepage`]: text mode only in a code page that has every character (PC858, PC852);
//! - [`raster`]: lines no code page carries, shaped (bidi, Indic conjuncts) into 1-bit images;
//! - [`qr`]: QR codes as raster images;
//! - [`words`]: the translated words of one receipt or ticket;
//! - [`commands`]: the ESC/POS bytes themselves;
//! - [`driver`]: network, USB, serial or file connections, with status and deadlines;
//! - [`status`]: the printer's status replies (paper out, cover open).

pub mod codepage;
pub mod commands;
pub mod driver;
pub mod layout;
pub mod qr;
pub mod raster;
pub mod status;
pub mod words;
