//! "Take a ticket": the visitor picks a service (optionally asking for extra help, or checking in
//! for an appointment by its reference), then any further services for the same visit; the hub's
//! answer becomes the ticket page. A number is only ever one the hub issued: no answer, or a
//! refusal, shows "unavailable". A reference may come from a barcode scanner typing the
//! confirmation's QR code: [`scanned_reference`] takes the reference out of what it types.

/// Longest appointment reference the hub accepts.
const MAX_APPOINTMENT: usize = 20;
/// Longest text taken from the box or a scanner before it is even looked at.
const MAX_SCAN: usize = 512;
/// What an appointment confirmation's QR code starts with.
const SCAN_PREFIX: &str = "ONESTOP-APPT:";

/// Why an appointment reference cannot check in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No appointment today has it.
    Unknown,
    /// It checked in already, with this ticket number.
    CheckedIn(String),
}

/// A ticket the hub issued.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The hub's id for it (what `sms` names).
    pub id: u64,
    /// The number, e.g. `H012`.
    pub label: String,
    /// The service's id.
    pub service: String,
    /// The estimate when it was issued; `None` when the kiosk had no replica to ask.
    pub minutes: Option<u32>,
    /// A priority ticket.
    pub priority: bool,
    /// The appointment checked in for.
    pub appointment: Option<String>,
    /// The further services of this visit, in order.
    pub next_services: Vec<String>,
    /// The ticket's mobile page, when the hub serves them (the QR code on screen and paper).
    pub page_url: Option<String>,
}

/// One visitor's way through the ticket screens.
#[derive(Debug, Clone, Default)]
pub struct TicketFlow {
    /// "I need extra help" is ticked.
    pub extra_help: bool,
    /// A checked reference: the next service chosen is a check-in for it.
    pub appointment: Option<String>,
    /// The reference typed on the appointment page.
    pub appointment_text: String,
    /// What was typed is not a reference.
    pub appointment_error: bool,
    /// The reference cannot check in (the replica's list or the hub said so).
    pub appointment_refused: Option<Refusal>,
    /// The first service chosen, while "Do you need anything else today?" shows.
    pub chosen: Option<String>,
    /// Further services ticked there, in the order ticked (at most `MAX_ALSO`).
    pub also: Vec<String>,
    /// A tick past the most was refused: the page says so.
    pub also_full: bool,
    /// An `Issue` is on its way: further taps wait for it.
    pub pending: bool,
    /// What the ticket page shows; `None` there means "unavailable".
    pub issued: Option<Issued>,
    /// No ticket because this service has issued all it may today.
    pub none_left: Option<String>,
    /// No ticket because the site is closed (the kiosk's hours or the hub's): when it opens,
    /// if known.
    pub closed: Option<Option<onestop::hours::LocalTime>>,
    /// "Get a text when it's your turn".
    pub sms: super::sms::SmsFlow,
}

/// `typed` as an appointment reference the hub accepts (spaces dropped, capitals), or `None`.
pub fn appointment_reference(typed: &str) -> Option<String> {
    let r: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let ok = !r.is_empty() && r.len() <= MAX_APPOINTMENT && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(r)
}

/// The reference in what a box or a barcode scanner typed: a bare reference, the confirmation's
/// `ONESTOP-APPT:<ref>`, or a web address with a `ref=` query parameter. Digits of other scripts
/// count as the digits they are. `None` when no sound reference is in it.
pub fn scanned_reference(typed: &str) -> Option<String> {
    if typed.chars().count() > MAX_SCAN {
        return None;
    }
    let typed = typed.trim();
    let raw = if let Some(rest) = strip_prefix_ignore_case(typed, SCAN_PREFIX) {
        rest.to_owned()
    } else if let Some((_, query)) = typed.split_once('?').filter(|_| typed.contains("://")) {
        let query = query.split('#').next().unwrap_or("");
        let value = query.split('&').find_map(|pair| pair.strip_prefix("ref="))?;
        percent_decoded(value)?
    } else {
        typed.to_owned()
    };
    if raw.chars().any(char::is_control) {
        return None;
    }
    appointment_reference(&raw.chars().map(ascii_digit).collect::<String>())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// `%XX` escapes (and `+` for a space) decoded; `None` for a broken escape or bytes that are
/// not text.
fn percent_decoded(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A digit of the scripts the kiosk's keyboards type (Arabic, Urdu, Hindi, Bengali, Gujarati,
/// Punjabi) as its ASCII digit; anything else as it is.
fn ascii_digit(c: char) -> char {
    const ZEROS: [u32; 6] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6];
    let n = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&n))
        .and_then(|zero| char::from_digit(n - zero, 10))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_gives_the_reference_whatever_form_the_code_takes() {
        assert_eq!(scanned_reference("ab-123").as_deref(), Some("AB-123"));
        assert_eq!(scanned_reference("ONESTOP-APPT:AB-123").as_deref(), Some("AB-123"));
        assert_eq!(scanned_reference("onestop-appt:ab-123\r\n").as_deref(), Some("AB-123"));
        assert_eq!(
            scanned_reference("https://council.example/appt?x=1&ref=AB%2D123#top").as_deref(),
            Some("AB-123")
        );
        assert_eq!(scanned_reference("  AB 123  ").as_deref(), Some("AB123"));
    }

    #[test]
    fn digits_of_other_scripts_count_as_digits() {
        assert_eq!(scanned_reference("AB-١٢٣").as_deref(), Some("AB-123"));
        assert_eq!(scanned_reference("AB-۱۲۳").as_deref(), Some("AB-123"));
        assert_eq!(scanned_reference("AB-१२३").as_deref(), Some("AB-123"));
    }

    #[test]
    fn hostile_scans_give_no_reference() {
        let long = "A".repeat(10_000);
        for bad in [
            long.as_str(),
            "AB\u{7}123",
            "AB\u{0}",
            "ONESTOP-APPT:",
            "ONESTOP-APPT:AB/../123",
            "https://x.example/a?ref=%ZZ12",
            "https://x.example/a?ref=%FF%FE",
            "https://x.example/a?ref=AB%0A123",
            "https://x.example/a?ref=%3Cscript%3E",
            "https://x.example/a?other=AB123",
            "https://x.example/a?ref=ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "АВ-123",
            "",
        ] {
            assert_eq!(scanned_reference(bad), None, "{bad:?}");
        }
    }
}
