//! CSV records from an untrusted file, in constant memory: RFC 4180 quoting (commas, quotes and
//! newlines inside quoted fields), CRLF or LF, and a limit on a record's size. A record over the
//! limit is skipped to the end of its physical line without being buffered, and reported by its
//! line number. It tracks the byte offset after each record so an import can resume there. It
//! stops at bytes: fields are not decoded (UTF-8 is checked by the row parser).

use std::io::{BufRead, Read};

/// The longest record read into memory: 64 KiB. A real address row is under 1 KiB.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// What [`Records::next_record`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Record {
    /// A record: its fields are in [`Records::fields`].
    Fields {
        /// The physical line (1-based) the record starts on.
        line: u64,
    },
    /// A record longer than the limit, skipped to the end of its physical line.
    TooLong {
        /// The physical line (1-based) it starts on.
        line: u64,
    },
    /// The file ended inside a quoted field.
    Unterminated {
        /// The physical line (1-based) the record starts on.
        line: u64,
    },
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: either the closing quote or the first of a doubled one.
    QuoteInQuoted,
}

/// A streaming CSV reader over any `BufRead`.
pub struct Records<R> {
    input: R,
    limit: usize,
    /// Byte offset in the file of the next unread byte.
    offset: u64,
    /// Physical lines started so far.
    line: u64,
    buf: Vec<u8>,
    ends: Vec<usize>,
}

impl<R: BufRead> Records<R> {
    /// Reads from `input`, which starts at byte `offset` and physical line `line` of the file
    /// (`0, 1` for the start).
    pub fn new(input: R, offset: u64, line: u64, limit: usize) -> Self {
        Records {
            input,
            limit,
            offset,
            line,
            buf: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// The byte offset just after the last record returned.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The physical line the next record starts on.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The fields of the last [`Record::Fields`], unquoted.
    pub fn fields(&self) -> impl ExactSizeIterator<Item = &[u8]> + '_ {
        (0..self.ends.len()).map(move |i| {
            let start = if i == 0 { 0 } else { self.ends[i - 1] };
            &self.buf[start..self.ends[i]]
        })
    }

    /// The next record, or `None` at the end of the file.
    pub fn next_record(&mut self) -> std::io::Result<Option<Record>> {
        self.buf.clear();
        self.ends.clear();
        let start_line = self.line;
        let mut state = State::FieldStart;
        let mut any = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                self.line += u64::from(any);
                return Ok(match (any, state) {
                    (false, _) => None,
                    (true, State::Quoted) => Some(Record::Unterminated { line: start_line }),
                    (true, _) => {
                        self.ends.push(self.buf.len());
                        Some(Record::Fields { line: start_line })
                    }
                });
            }
            any = true;
            let mut used = 0;
            let mut done = false;
            for &b in chunk {
                used += 1;
                match (state, b) {
                    (State::Quoted, b'"') => state = State::QuoteInQuoted,
                    (State::Quoted, _) => {
                        if b == b'\n' {
                            self.line += 1;
                        }
                        self.buf.push(b);
                    }
                    (State::QuoteInQuoted, b'"') => {
                        self.buf.push(b'"');
                        state = State::Quoted;
                    }
                    (State::FieldStart, b'"') => state = State::Quoted,
                    (_, b',') => {
                        self.ends.push(self.buf.len());
                        state = State::FieldStart;
                    }
                    (_, b'\n') => {
                        self.line += 1;
                        self.ends.push(self.buf.len());
                        done = true;
                        break;
                    }
                    // A carriage return outside quotes belongs to a line ending.
                    (_, b'\r') => {}
                    // Lenient: a stray quote mid-field, or text after a closing quote, is kept.
                    (_, _) => {
                        self.buf.push(b);
                        state = State::Unquoted;
                    }
                }
                if self.buf.len() > self.limit {
                    break;
                }
            }
            self.input.consume(used);
            self.offset += used as u64;
            if done {
                return Ok(Some(Record::Fields { line: start_line }));
            }
            if self.buf.len() > self.limit {
                self.buf.clear();
                self.ends.clear();
                self.skip_line()?;
                return Ok(Some(Record::TooLong { line: start_line }));
            }
        }
    }

    /// Discards bytes up to and including the next newline, quotes or not, holding none of them.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                self.line += 1;
                return Ok(());
            }
            match chunk.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    self.input.consume(at + 1);
                    self.offset += at as u64 + 1;
                    self.line += 1;
                    return Ok(());
                }
                None => {
                    let n = chunk.len();
                    self.input.consume(n);
                    self.offset += n as u64;
                }
            }
        }
    }
}

/// Reads a whole small CSV text's records into memory: for tests and the fuzz target.
pub fn parse_all(text: &[u8]) -> Vec<(Record, Vec<Vec<u8>>)> {
    let mut r = Records::new(std::io::BufReader::new(text.take(u64::MAX)), 0, 1, MAX_RECORD_BYTES);
    let mut out = Vec::new();
    while let Ok(Some(rec)) = r.next_record() {
        let fields = r.fields().map(<[u8]>::to_vec).collect();
        out.push((rec, fields));
    }
    out
}
