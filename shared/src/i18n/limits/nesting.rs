//! The nesting scan of [`super`]: how deep `{ }` placeables and `( )` arguments go in a `.ftl`
//! text, found in one pass without recursion, before fluent-syntax's recursive parser sees it.

use super::MAX_NESTING;

/// Where a structural character leaves the scan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// A `{ }` placeable; `text` once a select variant's key (`[one]`) has been read, as its
    /// value is text again, where `"` and `(` mean nothing.
    Brace { text: bool },
    /// A function's `( )` arguments.
    Paren,
}

/// Refuse text whose placeables nest deeper than [`MAX_NESTING`], in one pass without recursion.
/// It errs on the side of counting: braces inside string literals count towards the deepest
/// point (without staying open), and a brace never closed keeps counting for the rest of the
/// file, which the message mentions.
pub(super) fn check(text: &str) -> Result<(), String> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut entry: Option<&str> = None;
    for (n, line) in text.split('\n').enumerate() {
        if stack.is_empty() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(id) = entry_id(line) {
                entry = Some(id);
            }
        }
        let too_deep = || {
            let place = match entry {
                Some(id) if id.starts_with('-') => format!("term \"{id}\", line {}", n + 1),
                Some(id) => format!("message \"{id}\", line {}", n + 1),
                None => format!("line {}", n + 1),
            };
            format!(
                "{place}: placeables `{{ }}` or arguments `( )` nest more than {MAX_NESTING} deep here (or one opened above is never closed); the kiosk's own translations use at most 2"
            )
        };
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let top = stack.last().copied();
            let expression = matches!(top, Some(Frame::Brace { text: false } | Frame::Paren));
            match bytes[i] {
                b'{' => stack.push(Frame::Brace { text: false }),
                b'}' => {
                    while let Some(f) = stack.pop() {
                        if matches!(f, Frame::Brace { .. }) {
                            break;
                        }
                    }
                }
                b'(' if expression => stack.push(Frame::Paren),
                b')' if top == Some(Frame::Paren) => {
                    stack.pop();
                }
                b']' if top == Some(Frame::Brace { text: false }) => {
                    stack.pop();
                    stack.push(Frame::Brace { text: true });
                }
                b'"' if expression => {
                    // A string literal ends at its quote or the line's end. Its braces count
                    // towards the depth here, in case the parser does not read it as a string.
                    let mut inside = 0;
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        match bytes[i] {
                            b'\\' => i += 1,
                            b'{' | b'(' => inside += 1,
                            _ => {}
                        }
                        if stack.len() + inside > MAX_NESTING {
                            return Err(too_deep());
                        }
                        i += 1;
                    }
                }
                _ => {}
            }
            if stack.len() > MAX_NESTING {
                return Err(too_deep());
            }
            i += 1;
        }
    }
    Ok(())
}

/// The id a line starts an entry for (`hello = …` or `-brand = …`), if it does.
fn entry_id(line: &str) -> Option<&str> {
    let name = line.strip_prefix('-').unwrap_or(line);
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(name.len());
    let len = end + (line.len() - name.len());
    line[len..].trim_start().starts_with('=').then(|| &line[..len])
}
