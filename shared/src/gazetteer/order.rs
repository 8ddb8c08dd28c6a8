//! The order a person reads a postcode's addresses in: street by street, then `2, 4, 10, 12,
//! 12A, Rose Court, Flat 1, Flat 2, Flat 10`. Numbers compare as numbers, a number comes before
//! text, text compares without case, and a building comes before the flats inside it. Pure
//! comparisons only; it stops at ordering (it never rewrites an address).

use super::Property;
use std::cmp::Ordering;

/// One run of a string: digits, or anything else.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Run<'a> {
    /// Digits with leading zeros removed: compared by length, then digit by digit, so numbers of
    /// any length compare as numbers without overflowing.
    Number(usize, &'a str),
    /// Anything but digits, compared without case.
    Text(Lowered<'a>),
}

/// Text compared as if lowercased, without allocating.
#[derive(PartialEq, Eq)]
struct Lowered<'a>(&'a str);

impl Ord for Lowered<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .chars()
            .flat_map(char::to_lowercase)
            .cmp(other.0.chars().flat_map(char::to_lowercase))
    }
}

impl PartialOrd for Lowered<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn runs(s: &str) -> impl Iterator<Item = Run<'_>> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let digit = first.is_ascii_digit();
        let end = rest.find(|c: char| c.is_ascii_digit() != digit).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some(if digit {
            let trimmed = run.trim_start_matches('0');
            Run::Number(trimmed.len(), trimmed)
        } else {
            Run::Text(Lowered(run))
        })
    })
}

/// Compares two strings as a person reads them: `Flat 2` before `Flat 10`, `12` before `12A`,
/// `2` before `Flat 1`, case ignored. Strings that differ only in case or leading zeros are
/// ordered by their bytes, so the order is total: `natural(a, b) == Equal` only when `a == b`.
pub fn natural(a: &str, b: &str) -> Ordering {
    runs(a).cmp(runs(b)).then_with(|| a.cmp(b))
}

/// Compares two properties as a person reads a postcode's list: by street (then locality and
/// town), then the building (`pao`), then the flat (`sao`, none first), then UPRN so that no two
/// different properties compare equal.
pub fn reading_order(a: &Property, b: &Property) -> Ordering {
    natural(&a.street, &b.street)
        .then_with(|| natural(&a.locality, &b.locality))
        .then_with(|| natural(&a.town, &b.town))
        .then_with(|| natural(&a.pao, &b.pao))
        .then_with(|| natural(&a.sao, &b.sao))
        .then_with(|| a.uprn.cmp(&b.uprn))
}
