//! Writing CSV as RFC 4180 has it (comma separator, CRLF line ends, a field with a comma, quote,
//! CR or LF in quotes, quotes doubled), in UTF-8 after a byte order mark so that Excel reads
//! Urdu, Arabic and Gujarati as UTF-8 rather than the machine's code page. Text is copied byte
//! for byte (right-to-left text included); the one change is the spreadsheet-injection guard: a
//! text cell starting with `=`, `+`, `-`, `@`, a tab, a CR or a NUL gets a leading `'` (OWASP's
//! CSV injection advice; ASVS 1.2.10 adds NUL), so a spreadsheet shows it as text instead of
//! running it as a formula.
//! Numbers are written bare (`-12`): a cell of digits with a sign is a number to a spreadsheet,
//! never a formula. What goes in the cells is [`super::columns`]'s.

/// The UTF-8 byte order mark every file starts with.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What a text cell may not start with unguarded: a spreadsheet reads these as a formula.
/// OWASP's list, and NUL, which ASVS 1.2.10 adds.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\0'];

/// One cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text, guarded against formula injection and quoted when needed.
    Text(&'a str),
    /// A whole number, written as its digits (with `-` when negative).
    Number(i64),
}

/// Whether `text` would be read as a formula by a spreadsheet (so it gets a leading `'`).
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// A CSV file being written into memory: the BOM first, then one record per [`CsvWriter::record`].
#[derive(Debug, Clone)]
pub struct CsvWriter {
    out: Vec<u8>,
}

impl Default for CsvWriter {
    fn default() -> Self {
        CsvWriter::new()
    }
}

impl CsvWriter {
    /// An empty file: just the BOM.
    pub fn new() -> CsvWriter {
        CsvWriter { out: BOM.to_vec() }
    }

    /// Add one record, ended with CRLF.
    pub fn record<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            match cell {
                Cell::Number(n) => self.out.extend_from_slice(n.to_string().as_bytes()),
                Cell::Text(t) => self.text(t),
            }
        }
        self.out.extend_from_slice(b"\r\n");
    }

    fn text(&mut self, t: &str) {
        let guard = looks_like_formula(t);
        let quote = t.contains([',', '"', '\r', '\n']);
        if quote {
            self.out.push(b'"');
        }
        if guard {
            self.out.push(b'\'');
        }
        for chunk in t.split_inclusive('"') {
            self.out.extend_from_slice(chunk.as_bytes());
            if chunk.ends_with('"') {
                self.out.push(b'"');
            }
        }
        if quote {
            self.out.push(b'"');
        }
    }

    /// The file's bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A strict RFC 4180 reader (after the BOM), independent of the writer: records of fields.
    pub(crate) fn read(bytes: &[u8]) -> Vec<Vec<String>> {
        let text = std::str::from_utf8(bytes.strip_prefix(BOM).expect("a BOM")).expect("UTF-8");
        let mut records = Vec::new();
        let (mut record, mut field) = (Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        let mut at_start = true;
        while let Some(c) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => quoted = false,
                    c => field.push(c),
                }
                continue;
            }
            match c {
                '"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                '"' => panic!("a bare quote inside an unquoted field: {text:?}"),
                ',' => {
                    record.push(std::mem::take(&mut field));
                    at_start = true;
                }
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "a CR outside quotes must end a record");
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                    at_start = true;
                }
                '\n' => panic!("a bare LF outside quotes: {text:?}"),
                c => {
                    field.push(c);
                    at_start = false;
                }
            }
        }
        assert!(
            !quoted && field.is_empty() && record.is_empty(),
            "the file must end with CRLF"
        );
        records
    }

    fn one(text: &str) -> String {
        let mut w = CsvWriter::new();
        w.record([Cell::Text(text)]);
        String::from_utf8(w.into_bytes()[3..].to_vec()).unwrap()
    }

    #[test]
    fn fields_are_quoted_only_when_they_hold_a_comma_quote_or_line_break() {
        assert_eq!(one("plain words"), "plain words\r\n");
        assert_eq!(one("12, High Street"), "\"12, High Street\"\r\n");
        assert_eq!(one("the \"big\" bin"), "\"the \"\"big\"\" bin\"\r\n");
        assert_eq!(one("line one\nline two"), "\"line one\nline two\"\r\n");
        assert_eq!(one("a\r\nb"), "\"a\r\nb\"\r\n");
    }

    #[test]
    fn formula_looking_text_gets_a_leading_apostrophe_and_numbers_stay_numbers() {
        assert_eq!(one("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
        assert_eq!(one("+44 116 000"), "'+44 116 000\r\n");
        assert_eq!(one("-5"), "'-5\r\n");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)\r\n");
        assert_eq!(one("\tcmd"), "'\tcmd\r\n");
        assert_eq!(one("\r=1"), "\"'\r=1\"\r\n");
        assert_eq!(one("\0x"), "'\0x\r\n");
        assert_eq!(one("a=b"), "a=b\r\n", "only the first character matters");
        let mut w = CsvWriter::new();
        w.record([Cell::Number(-12), Cell::Number(7)]);
        assert_eq!(&w.into_bytes()[3..], b"-12,7\r\n");
    }

    #[test]
    fn right_to_left_text_is_kept_byte_for_byte_after_a_bom() {
        let urdu = "گلی میں کوڑا، براہ کرم صاف کریں";
        let arabic = "حاوية \"القمامة\" لم تُجمع";
        let mut w = CsvWriter::new();
        w.record([Cell::Text(urdu), Cell::Text(arabic)]);
        let bytes = w.into_bytes();
        assert!(bytes.starts_with(BOM));
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(text.contains(urdu), "{text}");
        assert_eq!(read(&bytes), [[urdu, arabic]]);
    }

    proptest! {
        #[test]
        fn any_text_reads_back_as_written_but_for_the_guard(
            cells in proptest::collection::vec(any::<String>(), 1..5),
            more in proptest::collection::vec("[=+@\\-\t\r,\"\n a-z\u{0600}-\u{06FF}]{0,12}", 1..5),
        ) {
            for row in [&cells, &more] {
                let mut w = CsvWriter::new();
                w.record(row.iter().map(|s| Cell::Text(s)));
                w.record(row.iter().map(|s| Cell::Text(s)));
                let back = read(&w.into_bytes());
                let expected: Vec<String> = row
                    .iter()
                    .map(|s| if looks_like_formula(s) { format!("'{s}") } else { s.clone() })
                    .collect();
                prop_assert_eq!(back, vec![expected.clone(), expected]);
            }
        }

        #[test]
        fn any_number_reads_back_as_its_value(n in any::<i64>()) {
            let mut w = CsvWriter::new();
            w.record([Cell::Number(n)]);
            prop_assert_eq!(read(&w.into_bytes()), vec![vec![n.to_string()]]);
        }
    }
}
