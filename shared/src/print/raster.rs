//! Shaped text to a 1-bit image, for the lines a receipt printer's code pages cannot print
//! (Urdu, Arabic, Gujarati, Gurmukhi, Bengali, Devanagari, Chinese). cosmic-text does the bidi,
//! shaping, font fallback and wrapping, from our bundled fonts only, so a receipt looks the same
//! on every machine; swash draws the glyphs, and a threshold turns coverage into black dots.
//!
//! It stops at the [`Bitmap`]: deciding which lines need an image, the ESC/POS bytes (`GS v 0`)
//! and the printer are the layout's and the driver's jobs.
//!
//! ```
//! use onestop::print::raster::{Align, Rasteriser, TextStyle};
//! let mut raster = Rasteriser::new(); // slow: build once, reuse
//! let style = TextStyle { size_px: 24.0, bold: false, align: Align::Start, rtl_hint: None };
//! let image = raster.line("آپ کا ریفرنس نمبر", style, 576);
//! assert_eq!(image.width, 576);
//! assert!(image.ink() > 0);
//! ```

mod bitmap;
#[cfg(test)]
mod tests;

pub use bitmap::Bitmap;

use crate::fonts::BUNDLED;
use cosmic_text::fontdb::{Database, Source};
use cosmic_text::{
    Attrs, Buffer, CacheKey, Fallback, Family, FontSystem, LayoutLine, Metrics, Shaping, SwashCache, SwashContent,
    Weight, Wrap,
};
use std::sync::Arc;
use unicode_script::Script;

/// Where a line sits across the paper. `Start` and `End` follow the paragraph's direction, so
/// `Start` is the right edge for Urdu and Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// The edge the text starts from: left for English, right for Urdu.
    #[default]
    Start,
    /// Centred.
    Centre,
    /// The edge the text ends at: right for English, left for Urdu.
    End,
}

/// How to set a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// The font size in printer dots (203 dpi: 24 dots is 3 mm). Outside 4..=400, or not a
    /// number, it is clamped (or set to 24) rather than refused.
    pub size_px: f32,
    /// Bold weight.
    pub bold: bool,
    /// Where each wrapped line sits.
    pub align: Align,
    /// The paragraph direction: `Some(true)` right to left, `Some(false)` left to right, `None`
    /// from the first strong letter (Unicode bidi). Set it when a line may start with something
    /// neutral or foreign, such as a reference number at the start of an Urdu sentence.
    pub rtl_hint: Option<bool>,
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle {
            size_px: 24.0,
            bold: false,
            align: Align::Start,
            rtl_hint: None,
        }
    }
}

/// Coverage from which a dot is black. 40% keeps Nastaliq's hairline strokes and the joins
/// between letters, which a 50% cut breaks up at receipt sizes.
const INK_THRESHOLD: u8 = 102;

/// The FontSystem's locale. Fixed, so nothing depends on the machine's settings.
const LOCALE: &str = "en-GB";

/// The default family: Latin, and the start of the fallback chain.
const LATIN: &str = "Noto Sans";

/// Urdu's own style of Arabic script, used for a line that has Urdu's letters.
const NASTALIQ: &str = "Noto Nastaliq Urdu";

/// Every bundled family (name ID 1), in the kiosk's fallback order.
const FAMILIES: &[&str] = &[
    LATIN,
    "Noto Sans Symbols2",
    "Noto Sans Math",
    "Noto Naskh Arabic",
    NASTALIQ,
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Gujarati",
    "Noto Sans Gurmukhi",
    "Noto Sans CJK SC",
];

/// Glyph images kept between lines. A receipt uses a few hundred; the cap keeps a kiosk that
/// prints for months from growing without bound (the cache is dropped whole, then refills).
const GLYPH_CACHE_CAP: usize = 4096;

/// Which bundled family to try for each script, so cosmic-text never looks for system fonts
/// (its platform lists name fonts we do not ship, such as Noto Sans Arabic).
struct BundledFallback;

impl Fallback for BundledFallback {
    fn common_fallback(&self) -> &[&'static str] {
        FAMILIES
    }

    fn forbidden_fallback(&self) -> &[&'static str] {
        &[]
    }

    fn script_fallback(&self, script: Script, _locale: &str) -> &[&'static str] {
        match script {
            Script::Arabic => &["Noto Naskh Arabic", NASTALIQ],
            Script::Devanagari => &["Noto Sans Devanagari"],
            Script::Bengali => &["Noto Sans Bengali"],
            Script::Gujarati => &["Noto Sans Gujarati"],
            Script::Gurmukhi => &["Noto Sans Gurmukhi"],
            Script::Han | Script::Bopomofo | Script::Hiragana | Script::Katakana => &["Noto Sans CJK SC"],
            _ => &[],
        }
    }
}

/// Turns lines of text into [`Bitmap`]s. Building one parses every bundled font, so make one
/// and keep it (it is `Send`, for a printing thread).
pub struct Rasteriser {
    /// cosmic-text's fonts, shaping caches and fallback lists: our fonts only.
    fonts: FontSystem,
    /// Rendered glyph images, reused across lines (capped at [`GLYPH_CACHE_CAP`]).
    glyphs: SwashCache,
}

impl Default for Rasteriser {
    fn default() -> Self {
        Rasteriser::new()
    }
}

impl std::fmt::Debug for Rasteriser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rasteriser")
            .field("faces", &self.fonts.db().len())
            .finish_non_exhaustive()
    }
}

impl Rasteriser {
    /// Load the bundled fonts (no system fonts, a fixed locale).
    pub fn new() -> Rasteriser {
        let mut db = Database::new();
        for (_, bytes) in BUNDLED {
            // The bytes are `'static` in the binary: fontdb borrows them, nothing is copied.
            db.load_font_source(Source::Binary(Arc::new(*bytes)));
        }
        db.set_sans_serif_family(LATIN);
        db.set_serif_family(LATIN);
        db.set_monospace_family(LATIN);
        Rasteriser {
            fonts: FontSystem::new_with_locale_and_db_and_fallback(LOCALE.into(), db, BundledFallback),
            glyphs: SwashCache::new(),
        }
    }

    /// `text` shaped, wrapped at `width_dots` and drawn: one bitmap of all its lines, as wide as
    /// the paper (`width_dots` rounded down to whole bytes; 384 for 58 mm, 576 for 80 mm).
    ///
    /// `\n` starts a new paragraph; tabs become spaces and other control characters are dropped
    /// (they have no glyph). A character no bundled font has is drawn as a box, never skipped.
    /// Empty text gives a bitmap with no rows. A line whose ink overhangs an edge is moved
    /// inside where the other side has room; anything still beyond the paper is cut, never wrapped.
    pub fn line(&mut self, text: &str, style: TextStyle, width_dots: u32) -> Bitmap {
        let width = width_dots / 8 * 8;
        let text = clean(text, style.rtl_hint);
        if width == 0 || text.is_empty() {
            return Bitmap::blank(width, 0);
        }
        if self.glyphs.image_cache.len() > GLYPH_CACHE_CAP {
            self.glyphs.image_cache.clear();
        }
        let laid = self.lay_out(&text, &style, width);
        let height: i64 = laid.iter().map(|l| l.above + l.below).sum();
        let mut out = Bitmap::blank(width, u32::try_from(height).unwrap_or(u32::MAX));
        let mut top = 0i64;
        for line in &laid {
            let baseline = top + line.above;
            for &(key, x, y) in &line.glyphs {
                self.draw(&mut out, key, i64::from(x) + line.shift, baseline + i64::from(y));
            }
            top += line.above + line.below;
        }
        out
    }

    /// Cleaned `text` shaped and wrapped at `width`: each wrapped line's glyphs and extent.
    fn lay_out(&mut self, text: &str, style: &TextStyle, width: u32) -> Vec<Placed> {
        let size = size_dots(style.size_px);
        let mut buffer = self.shape(text, style, size, width);
        let mut laid = Vec::new();
        for i in 0..buffer.lines.len() {
            if let Some(lines) = buffer.line_layout(&mut self.fonts, i) {
                for line in lines {
                    let mut placed = self.place(line, size);
                    placed.shift = inside(placed.left, placed.right, i64::from(width));
                    laid.push(placed);
                }
            }
        }
        laid
    }

    /// A cosmic-text buffer holding `text`, wrapped at `width`, not yet laid out.
    fn shape(&mut self, text: &str, style: &TextStyle, size: f32, width: u32) -> Buffer {
        let family = if is_urdu(text) { NASTALIQ } else { LATIN };
        let weight = if style.bold { Weight::BOLD } else { Weight::NORMAL };
        let attrs = Attrs::new().family(Family::Name(family)).weight(weight);
        let align = match style.align {
            // None is cosmic-text's "natural" side: left, or right for a right-to-left paragraph.
            Align::Start => None,
            Align::Centre => Some(cosmic_text::Align::Center),
            Align::End => Some(cosmic_text::Align::End),
        };
        // The buffer's line height is unused: `place` sizes each line from its own fonts.
        let mut buffer = Buffer::new_empty(Metrics::new(size, size));
        buffer.set_wrap(Wrap::WordOrGlyph);
        buffer.set_size(Some(width as f32), None);
        buffer.set_text(text, &attrs, Shaping::Advanced, align);
        buffer.shape_until_scroll(&mut self.fonts, false);
        buffer
    }

    /// One wrapped line's glyphs (relative to its baseline) and its height: the ascent and
    /// descent of the fonts it uses, stretched to any ink beyond them (Nastaliq's dots and marks
    /// can reach past the font's own ascent), and where its ink starts and ends across.
    fn place(&mut self, line: &LayoutLine, size: f32) -> Placed {
        let (mut above, mut below) = if line.glyphs.is_empty() {
            // An empty paragraph: the height of a Noto Sans line (ascent 1.069, descent 0.293).
            (size * 1.069, size * 0.293)
        } else {
            (line.max_ascent, line.max_descent)
        };
        let (mut left, mut right) = (i64::MAX, i64::MIN);
        let mut glyphs = Vec::with_capacity(line.glyphs.len());
        for glyph in &line.glyphs {
            let physical = glyph.physical((0.0, 0.0), 1.0);
            if let Some(image) = self.glyphs.get_image(&mut self.fonts, physical.cache_key) {
                let ink_top = physical.y - image.placement.top;
                above = above.max(-ink_top as f32);
                below = below.max((ink_top + image.placement.height as i32) as f32);
                if image.placement.width > 0 {
                    let ink_left = i64::from(physical.x) + i64::from(image.placement.left);
                    left = left.min(ink_left);
                    right = right.max(ink_left + i64::from(image.placement.width));
                }
            }
            glyphs.push((physical.cache_key, physical.x, physical.y));
        }
        Placed {
            above: above.ceil() as i64,
            below: below.ceil() as i64,
            left,
            right,
            shift: 0,
            glyphs,
        }
    }

    /// Threshold one glyph's coverage into `out`, its origin at (`x`, `y`).
    fn draw(&mut self, out: &mut Bitmap, key: CacheKey, x: i64, y: i64) {
        let Some(image) = self.glyphs.get_image(&mut self.fonts, key) else {
            return;
        };
        let (w, h) = (image.placement.width as usize, image.placement.height as usize);
        let left = x + i64::from(image.placement.left);
        let top = y - i64::from(image.placement.top);
        for row in 0..h {
            for col in 0..w {
                let i = row * w + col;
                let inked = match image.content {
                    SwashContent::Mask => image.data.get(i).is_some_and(|&a| a >= INK_THRESHOLD),
                    // Colour glyphs (none bundled today): dark and opaque enough.
                    SwashContent::Color => image.data.get(i * 4..i * 4 + 4).is_some_and(|p| {
                        let luma = (u32::from(p[0]) * 3 + u32::from(p[1]) * 6 + u32::from(p[2])) / 10;
                        p[3] >= INK_THRESHOLD && luma < 128
                    }),
                    SwashContent::SubpixelMask => image
                        .data
                        .get(i * 4..i * 4 + 3)
                        .is_some_and(|p| p.iter().any(|&a| a >= INK_THRESHOLD)),
                };
                if inked {
                    out.set(left + col as i64, top + row as i64);
                }
            }
        }
    }
}

/// A wrapped line ready to draw.
struct Placed {
    /// Dots from the line's top to its baseline.
    above: i64,
    /// Dots from the baseline to the line's bottom.
    below: i64,
    /// The ink's left edge (`i64::MAX` for a line with none).
    left: i64,
    /// The ink's right edge, exclusive (`i64::MIN` for a line with none).
    right: i64,
    /// Dots to move the line across so its ink stays on the paper (see [`inside`]).
    shift: i64,
    /// (glyph, x, y relative to the baseline).
    glyphs: Vec<(CacheKey, i32, i32)>,
}

/// How far to move a line whose ink (`left..right`) overhangs the paper (`0..width`) so it fits,
/// as far as the other side has room. Nastaliq letters reach past their advance (the ک that starts
/// a line pokes out on the right), and clipping would cut letters the layout placed at the edge.
fn inside(left: i64, right: i64, width: i64) -> i64 {
    if left > right {
        0
    } else if right > width {
        -(right - width).min(left.max(0))
    } else if left < 0 {
        (-left).min((width - right).max(0))
    } else {
        0
    }
}

/// `text` ready to shape: line endings as `\n`, tabs as spaces, other control characters
/// dropped, and the direction hint as a mark (RLM or LRM) opening each paragraph, because
/// cosmic-text takes a paragraph's direction from its first strong character.
fn clean(text: &str, rtl_hint: Option<bool>) -> String {
    let mark = rtl_hint.map(|rtl| if rtl { '\u{200F}' } else { '\u{200E}' });
    let mut out = String::with_capacity(text.len() + 3);
    let mut chars = text.chars().peekable();
    let mut para_start = true;
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\r' | '\n' | '\u{85}' | '\u{2029}' => '\n',
            '\t' => ' ',
            c if c.is_control() => continue,
            c => c,
        };
        if para_start && c != '\n' {
            out.extend(mark);
        }
        para_start = c == '\n';
        out.push(c);
    }
    out
}

/// The font size in dots, kept where cosmic-text and the paper can cope.
fn size_dots(size_px: f32) -> f32 {
    if size_px.is_nan() {
        24.0
    } else {
        size_px.clamp(4.0, 400.0)
    }
}

/// Whether Arabic-script text is Urdu: it has a letter of Urdu's alphabet that Arabic's lacks
/// (ٹ ڈ ڑ ں ھ ہ ے, or the Persian-derived پ چ ژ ک گ ی). The rasteriser is given text, not a
/// locale, so this picks Nastaliq, as the kiosk does for `ur`; Arabic keeps Naskh.
fn is_urdu(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c,
            '\u{0679}'
                | '\u{067E}'
                | '\u{0686}'
                | '\u{0688}'
                | '\u{0691}'
                | '\u{0698}'
                | '\u{06A9}'
                | '\u{06AF}'
                | '\u{06BA}'
                | '\u{06BE}'
                | '\u{06C1}'..='\u{06C3}' | '\u{06CC}' | '\u{06D2}' | '\u{06D3}'
        )
    })
}
