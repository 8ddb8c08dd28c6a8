//! Format rules for UK postcodes, UK phone numbers and email addresses: each function checks one
//! kind of text and returns it in the one canonical form we store and print. Pure string work; it
//! knows nothing of forms or messages.

/// A UK postcode normalised to `LE1 1AA` style, or `None` if it cannot be one.
///
/// Follows the Royal Mail format rules: outward codes `A9`, `A99`, `AA9`, `AA99`, `A9A`, `AA9A`
/// with the letters allowed in each position, an inward code `9AA` without C, I, K, M, O or V,
/// and the special `GIR 0AA`. Spaces, case and a stray hyphen are forgiven.
pub fn uk_postcode(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    if compact == "GIR0AA" {
        return Some("GIR 0AA".into());
    }
    let inw: Vec<char> = inward.chars().collect();
    let inward_ok = inw[0].is_ascii_digit()
        && inw[1..]
            .iter()
            .all(|c| c.is_ascii_uppercase() && !"CIKMOV".contains(*c));
    if !inward_ok || !outward_ok(outward) {
        return None;
    }
    Some(format!("{outward} {inward}"))
}

fn outward_ok(out: &str) -> bool {
    let c: Vec<char> = out.chars().collect();
    let letter = |ch: char, banned: &str| ch.is_ascii_uppercase() && !banned.contains(ch);
    let digit = |ch: char| ch.is_ascii_digit();
    const FIRST_BANNED: &str = "QVX";
    const SECOND_BANNED: &str = "IJZ";
    match c.as_slice() {
        // A9
        [a, n] => letter(*a, FIRST_BANNED) && digit(*n),
        // A99, AA9, A9A
        [a, b, x] => {
            letter(*a, FIRST_BANNED)
                && ((digit(*b) && digit(*x))
                    || (letter(*b, SECOND_BANNED) && digit(*x))
                    || (digit(*b) && "ABCDEFGHJKPSTUW".contains(*x)))
        }
        // AA99, AA9A
        [a, b, n, x] => {
            letter(*a, FIRST_BANNED)
                && letter(*b, SECOND_BANNED)
                && digit(*n)
                && (digit(*x) || "ABEHMNPRVWXY".contains(*x))
        }
        _ => false,
    }
}

/// A UK phone number in the spaced national form (`07700 900123`, `020 7946 0000`,
/// `0116 496 0000`), or `None`. Accepts `+44`, `0044` and `(0)`, spaces, hyphens, dots and
/// brackets. Landlines, mobiles and non-geographic 03/08 numbers are accepted; premium 09 and
/// the 04/06 ranges (not issued) are not.
pub fn uk_phone(input: &str) -> Option<String> {
    let mut s: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
        .collect();
    if let Some(rest) = s.strip_prefix("+44").or_else(|| s.strip_prefix("0044")) {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        s = format!("0{rest}");
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) || !s.starts_with('0') {
        return None;
    }
    let second = s.as_bytes().get(1).copied()?;
    let len_ok = match second {
        b'1' => s.len() == 10 || s.len() == 11,
        b'2' | b'3' | b'7' | b'8' => s.len() == 11,
        _ => false,
    };
    if !len_ok {
        return None;
    }
    let groups: &[usize] = match (second, s.as_bytes()[2], s.as_bytes()[3]) {
        (b'2', _, _) => &[3, 4, 4],
        (b'7', _, _) => &[5, 6],
        (b'1', b'1', _) | (b'1', _, b'1') => &[4, 3, 4],
        (b'3' | b'8', _, _) => &[4, 3, 4],
        _ => &[5, 6],
    };
    let mut out = String::with_capacity(13);
    let mut at = 0;
    for (i, g) in groups.iter().enumerate() {
        let end = (at + g).min(s.len());
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&s[at..end]);
        at = end;
    }
    if at < s.len() {
        out.push_str(&s[at..]);
    }
    Some(out)
}

/// An email address, trimmed and with its domain lowercased, or `None` if it cannot be delivered
/// to: one `@`, a local part of at most 64 characters without spaces, and a domain of dot-separated
/// labels of letters, digits and hyphens with a top-level part of 2 or more letters.
pub fn email(input: &str) -> Option<String> {
    let s = input.trim();
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (local, domain) = s.rsplit_once('@')?;
    if local.is_empty()
        || local.len() > 64
        || local.contains('@')
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return None;
    }
    let domain = domain.to_ascii_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return None;
    }
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    let tld = labels.last()?;
    if !labels.iter().all(label_ok) || tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(format!("{local}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_of_every_outward_shape_normalise() {
        for (raw, want) in [
            ("le11aa", "LE1 1AA"),
            ("M1 1AE", "M1 1AE"),
            ("b33 8th", "B33 8TH"),
            ("CR2 6XH", "CR2 6XH"),
            ("dn55 1pt", "DN55 1PT"),
            ("W1A 0AX", "W1A 0AX"),
            ("ec1a1bb", "EC1A 1BB"),
            (" sw1a-2aa ", "SW1A 2AA"),
            ("gir0aa", "GIR 0AA"),
        ] {
            assert_eq!(uk_postcode(raw).as_deref(), Some(want), "{raw}");
        }
    }

    #[test]
    fn postcodes_breaking_royal_mail_rules_are_refused() {
        for raw in [
            "",
            "LE1",
            "LE1 1A",
            "QE1 1AA",
            "LI1 1AA",
            "LE1 1AC",
            "LE1 1IA",
            "1E1 1AA",
            "LE11 1AAA",
            "W1Z 0AX",
            "EC1C 1BB",
            "ΛΕ1 1ΑΑ",
            "LE1\u{0}1AA",
        ] {
            assert_eq!(uk_postcode(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn phone_numbers_normalise_to_spaced_national_form() {
        for (raw, want) in [
            ("07700900123", "07700 900123"),
            ("+44 7700 900123", "07700 900123"),
            ("+44 (0)7700-900-123", "07700 900123"),
            ("0044 20 7946 0000", "020 7946 0000"),
            ("0116 496 0000", "0116 496 0000"),
            ("01632 960000", "01632 960000"),
            ("0300 123 4567", "0300 123 4567"),
            ("016977 3456", "01697 73456"),
        ] {
            assert_eq!(uk_phone(raw).as_deref(), Some(want), "{raw}");
        }
    }

    #[test]
    fn phone_numbers_that_cannot_be_uk_are_refused() {
        for raw in [
            "",
            "123",
            "0909 123 4567",
            "07700 90012",
            "077009001234",
            "+1 212 555 0100",
            "07700 9OO123",
            "0",
        ] {
            assert_eq!(uk_phone(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn emails_keep_local_case_and_lowercase_the_domain() {
        assert_eq!(
            email(" Ali.Khan@Example.CO.UK ").as_deref(),
            Some("Ali.Khan@example.co.uk")
        );
        for raw in [
            "",
            "a@b",
            "@x.com",
            "a@@x.com",
            "a b@x.com",
            "a@-x.com",
            "a@x.c",
            "a..b@x.com",
            "a@x.123",
        ] {
            assert_eq!(email(raw), None, "{raw:?}");
        }
    }
}
