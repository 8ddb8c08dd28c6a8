//! The two printed layouts, the submission receipt and the queue ticket, as pure functions from
//! already-translated words to ESC/POS bytes, for 58 mm and 80 mm paper.
//!
//! Each line goes out in text mode when a code page has every character (English, Polish, Somali:
//! fast and crisp), and otherwise as a shaped, rasterised image (Urdu, Arabic, Gujarati, Gurmukhi,
//! Bengali, Hindi, Chinese, and Romanian's comma-below letters). Nothing ever falls back to raw
//! UTF-8. Right-to-left receipts mirror: lines that start at the left in English start at the
//! right in Urdu. The QR code is drawn here too, as a raster image, so printers without a QR
//! command print it as well.

use super::codepage::{self, CodePage};
use super::commands::{Commands, Justify};
use super::raster::Bitmap;

/// Paper width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    /// 58 mm rolls: 384 printable dots, 32 characters of Font A.
    #[serde(rename = "58")]
    Mm58,
    /// 80 mm rolls: 576 printable dots, 48 characters of Font A.
    #[serde(rename = "80")]
    Mm80,
}

impl Paper {
    /// Printable width in dots at 203 dpi.
    pub fn dots(self) -> u32 {
        match self {
            Paper::Mm58 => 384,
            Paper::Mm80 => 576,
        }
    }

    /// Parses `58` or `80`.
    pub fn parse(s: &str) -> Option<Paper> {
        match s.trim().trim_end_matches("mm") {
            "58" => Some(Paper::Mm58),
            "80" => Some(Paper::Mm80),
            _ => None,
        }
    }
}

/// Where a line sits, in the reading direction of the receipt's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left in a left-to-right language, right in a right-to-left one.
    Start,
    /// Centred.
    Centre,
}

/// How big a line is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// Font A, 12×24 dots.
    Normal,
    /// Double width and height: the reference.
    Large,
    /// Four times: the ticket number (three times on 58 mm paper).
    Huge,
}

impl Size {
    /// Character multiplier in text mode.
    fn factor(self, paper: Paper) -> u8 {
        match (self, paper) {
            (Size::Normal, _) => 1,
            (Size::Large, _) => 2,
            (Size::Huge, Paper::Mm58) => 3,
            (Size::Huge, Paper::Mm80) => 4,
        }
    }

    /// Pixel size of a rasterised line of the same size (Font A's cell is 24 dots tall).
    pub fn px(self, paper: Paper) -> f32 {
        24.0 * f32::from(self.factor(paper))
    }
}

/// One line's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineStyle {
    /// Size.
    pub size: Size,
    /// Bold.
    pub bold: bool,
    /// Alignment.
    pub align: Align,
}

/// Turns a line no code page can carry into a shaped 1-bit image exactly `width` dots wide.
/// The real one is [`super::raster::Rasteriser`]; tests of Latin layouts pass one that fails.
pub trait Shaper {
    /// Shapes and wraps `text` into an image `width` dots wide; `rtl` is the receipt's direction.
    fn shape(&mut self, text: &str, style: LineStyle, width: u32, rtl: bool) -> Bitmap;
}

/// The printer's own numbers for the code pages (`ESC t n`), which differ between makers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodePageNumbers {
    /// `ESC t` number of PC858.
    pub pc858: u8,
    /// `ESC t` number of PC852.
    pub pc852: u8,
}

impl Default for CodePageNumbers {
    fn default() -> Self {
        CodePageNumbers {
            pc858: CodePage::Pc858.epson_number(),
            pc852: CodePage::Pc852.epson_number(),
        }
    }
}

impl CodePageNumbers {
    fn number(&self, page: CodePage) -> u8 {
        match page {
            CodePage::Pc858 => self.pc858,
            CodePage::Pc852 => self.pc852,
        }
    }
}

/// What the layout needs to know about the printer and the language.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    /// Paper width.
    pub paper: Paper,
    /// The printer's code-page numbers.
    pub code_pages: CodePageNumbers,
    /// The receipt's language reads right to left.
    pub rtl: bool,
}

/// The submission receipt's words, already translated into the visitor's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The council's name.
    pub council: String,
    /// "Your receipt".
    pub title: String,
    /// The form's title, e.g. "Report a missed bin collection".
    pub service: String,
    /// The date and time it was sent, formatted for the locale.
    pub when: String,
    /// "Your reference".
    pub reference_label: String,
    /// The reference, e.g. `K7QF-9M2A`.
    pub reference: String,
    /// "What happens next".
    pub next_label: String,
    /// The form's next steps.
    pub next_steps: String,
    /// What the QR code holds: the reference, or a tracking address with it.
    pub qr: String,
    /// Under the QR code: how to track the enquiry.
    pub qr_caption: String,
}

/// The queue ticket's words, already translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    /// The council's name.
    pub council: String,
    /// "Your ticket number".
    pub number_label: String,
    /// The ticket number, e.g. `A042`.
    pub number: String,
    /// The service, e.g. "Housing".
    pub service: String,
    /// "About 15 minutes", or the priority note.
    pub wait: String,
    /// The time it was taken.
    pub when: String,
    /// "Please wait to be called…".
    pub instructions: String,
    /// What the QR code holds (the number, or a status address); empty for none.
    pub qr: String,
    /// Under the QR code: what it is for (empty: nothing).
    pub qr_caption: String,
}

/// Builds a printout line by line.
struct Builder<'a> {
    out: Commands,
    target: Target,
    shaper: &'a mut dyn Shaper,
    /// The code page last selected.
    page: Option<CodePage>,
}

impl Builder<'_> {
    fn line(&mut self, text: &str, style: LineStyle) {
        let text = clean(text);
        if text.is_empty() {
            return;
        }
        match codepage::encode_prefer(&text, self.page) {
            Some((page, _)) => self.text(&text, page, style),
            None => {
                let image = self
                    .shaper
                    .shape(&text, style, self.target.paper.dots(), self.target.rtl);
                self.out.justify(Justify::Left);
                self.out.raster(&image);
            }
        }
    }

    fn text(&mut self, text: &str, page: CodePage, style: LineStyle) {
        let factor = style.size.factor(self.target.paper);
        let columns = (self.target.paper.dots() / (12 * u32::from(factor))) as usize;
        let justify = match (style.align, self.target.rtl) {
            (Align::Centre, _) => Justify::Centre,
            (Align::Start, false) => Justify::Left,
            (Align::Start, true) => Justify::Right,
        };
        self.out.justify(justify).bold(style.bold).size(factor, factor);
        let number = self.target.code_pages.number(page);
        self.page = Some(page);
        for piece in wrap(text, columns) {
            let bytes = codepage::encode(&piece, page).expect("checked by encode_any");
            self.out.text_line(page, number, &bytes);
        }
        self.out.bold(false).size(1, 1);
    }

    fn image(&mut self, image: &Bitmap) {
        self.out.justify(Justify::Left);
        self.out.raster(image);
    }

    fn rule(&mut self) {
        let columns = (self.target.paper.dots() / 12) as usize;
        self.out.justify(Justify::Left);
        let dashes = vec![b'-'; columns];
        let page = self.page.unwrap_or(CodePage::Pc858);
        let number = self.target.code_pages.number(page);
        self.out.text_line(page, number, &dashes);
    }

    fn finish(mut self) -> Vec<u8> {
        self.out.feed(4).cut();
        self.out.into_bytes()
    }
}

const CENTRE: LineStyle = LineStyle {
    size: Size::Normal,
    bold: false,
    align: Align::Centre,
};
const START: LineStyle = LineStyle {
    size: Size::Normal,
    bold: false,
    align: Align::Start,
};

/// The submission receipt.
pub fn receipt(r: &Receipt, target: Target, shaper: &mut dyn Shaper) -> Vec<u8> {
    let mut b = Builder {
        out: Commands::new(),
        target,
        shaper,
        page: None,
    };
    b.line(&r.council, LineStyle { bold: true, ..CENTRE });
    b.line(&r.title, CENTRE);
    b.rule();
    b.line(&r.service, LineStyle { bold: true, ..START });
    b.line(&r.when, START);
    b.out.feed(1);
    b.line(&r.reference_label, CENTRE);
    b.line(
        &r.reference,
        LineStyle {
            size: Size::Large,
            bold: true,
            align: Align::Centre,
        },
    );
    b.out.feed(1);
    b.line(&r.next_label, LineStyle { bold: true, ..START });
    b.line(&r.next_steps, START);
    if let Some(image) = super::qr::qr_image(&r.qr, target.paper).filter(|_| !r.qr.is_empty()) {
        b.out.feed(1);
        b.image(&image);
        b.line(&r.qr_caption, CENTRE);
    }
    b.finish()
}

/// The queue ticket.
pub fn ticket(t: &Ticket, target: Target, shaper: &mut dyn Shaper) -> Vec<u8> {
    let mut b = Builder {
        out: Commands::new(),
        target,
        shaper,
        page: None,
    };
    b.line(&t.council, LineStyle { bold: true, ..CENTRE });
    b.rule();
    b.line(&t.number_label, CENTRE);
    b.line(
        &t.number,
        LineStyle {
            size: Size::Huge,
            bold: true,
            align: Align::Centre,
        },
    );
    b.line(
        &t.service,
        LineStyle {
            size: Size::Large,
            bold: false,
            align: Align::Centre,
        },
    );
    b.line(&t.wait, CENTRE);
    b.line(&t.when, CENTRE);
    b.out.feed(1);
    b.line(&t.instructions, START);
    if let Some(image) = super::qr::qr_image(&t.qr, target.paper).filter(|_| !t.qr.is_empty()) {
        b.out.feed(1);
        b.image(&image);
        if !t.qr_caption.is_empty() {
            b.line(&t.qr_caption, CENTRE);
        }
    }
    b.finish()
}

/// Drops control and bidi-override characters (a form's words or a council name must not carry
/// printer commands or reorder a receipt) and turns runs of whitespace into one space.
fn clean(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    kept.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Word-wraps to `columns` characters; a word longer than a line is broken.
fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > columns {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..columns).collect());
        }
        let word: String = word.into_iter().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > columns {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

impl Shaper for super::raster::Rasteriser {
    fn shape(&mut self, text: &str, style: LineStyle, width: u32, rtl: bool) -> Bitmap {
        let paper = if width <= Paper::Mm58.dots() {
            Paper::Mm58
        } else {
            Paper::Mm80
        };
        let raster_style = super::raster::TextStyle {
            size_px: style.size.px(paper),
            bold: style.bold,
            align: match style.align {
                Align::Start => super::raster::Align::Start,
                Align::Centre => super::raster::Align::Centre,
            },
            rtl_hint: Some(rtl),
        };
        self.line(text, raster_style, width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_breaks_only_giants() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("a abcdefgh", 3), vec!["a", "abc", "def", "gh"]);
        assert!(wrap("", 3).is_empty());
    }

    #[test]
    fn cleaning_removes_commands_and_overrides() {
        assert_eq!(clean("A\u{1b}@B\u{1d}V\u{0}  C\nD\u{202e}E"), "A@BV C DE");
    }
}
