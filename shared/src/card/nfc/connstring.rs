//! libnfc connstrings (`pn532_uart:/dev/ttyUSB0`, `acr122_usb`, `usb`): which driver and port one
//! names, whether it is worth trying to open, and why an open failed, in words staff can act on.
//!
//! libnfc only says "could not open". These checks run before and after it, on the connstring
//! and the serial port, and never talk to a reader.

use std::path::Path;

use super::DRIVERS;

/// The driver part of a connstring (`pn532_uart` in `pn532_uart:/dev/ttyUSB0`).
fn driver(connstring: &str) -> &str {
    connstring.split(':').next().unwrap_or_default()
}

/// The serial port of a connstring whose driver takes one (`pn532_uart:/dev/ttyUSB0:115200`).
fn serial_port(connstring: &str) -> Option<&str> {
    let mut parts = connstring.split(':');
    match (parts.next(), parts.next()) {
        (Some("pn532_uart"), Some(port)) if !port.is_empty() => Some(port),
        _ => None,
    }
}

/// libnfc's `usb` connstring means any USB driver.
pub(super) fn is_usb(connstring: &str) -> bool {
    let driver = driver(connstring);
    driver == "usb" || driver.ends_with("_usb")
}

/// Reasons to not even try, and to say why: a connstring no driver takes, or a serial port that
/// is not there (a reader unplugged, or a typo).
pub(super) fn refuse_before_opening(connstring: &str) -> Option<String> {
    let driver = driver(connstring);
    if driver != "usb" && !DRIVERS.contains(&driver) {
        return Some(format!(
            "the NFC connstring \"{connstring}\" names no driver this kiosk has (it has: {}, usb)",
            DRIVERS.join(", ")
        ));
    }
    if driver == "pn532_uart" {
        let Some(port) = serial_port(connstring) else {
            return Some(format!(
                "the NFC connstring \"{connstring}\" needs a serial port, like pn532_uart:/dev/ttyUSB0"
            ));
        };
        if !Path::new(port).exists() {
            return Some(format!(
                "the NFC reader's serial port {port} does not exist: check the reader is plugged in \
                 and the connstring names its port"
            ));
        }
    }
    None
}

/// Whether the USB readers libnfc lists include the one a connstring asks for: `acr122_usb`
/// takes any ACR122, `acr122_usb:001:004` that one, and `usb` any USB reader.
pub(super) fn usb_reader_listed(wanted: &str, listed: &[String]) -> bool {
    let (want_driver, want_place) = wanted.split_once(':').unwrap_or((wanted, ""));
    listed.iter().any(|found| {
        let (driver, place) = found.split_once(':').unwrap_or((found, ""));
        let driver_fits = driver == want_driver || (want_driver == "usb" && driver.ends_with("_usb"));
        driver_fits && (want_place.is_empty() || place == want_place)
    })
}

/// Why libnfc could not open a reader it was asked for, as far as we can tell from outside.
pub(super) fn explain_open_failure(connstring: &str) -> String {
    let Some(port) = serial_port(connstring) else {
        return format!(
            "the NFC reader \"{connstring}\" could not be opened: check the USB cable, and that pcscd is \
             not holding the reader"
        );
    };
    if is_permission_denied(port) {
        return format!("no permission to open {port}: add the kiosk's user to the dialout group");
    }
    format!(
        "no PN532 answered on {port}: check the cable, the reader's power, and that it is set to \
         HSU (UART) mode"
    )
}

/// Opens a serial port the way libnfc does (never as a controlling terminal) to see why it failed.
fn is_permission_denied(port: &str) -> bool {
    use std::os::unix::fs::OpenOptionsExt;
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY | libc::O_NONBLOCK)
        .open(port);
    matches!(opened, Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connstrings_no_driver_takes_are_refused_with_the_reason() {
        let reason = refuse_before_opening("pn999:/dev/ttyUSB0").unwrap();
        assert!(reason.contains("pn999") && reason.contains("pn532_uart"), "{reason}");
        let reason = refuse_before_opening("pn532_uart").unwrap();
        assert!(reason.contains("needs a serial port"), "{reason}");
        let reason = refuse_before_opening("pn532_uart::115200").unwrap();
        assert!(reason.contains("needs a serial port"), "{reason}");
        let reason = refuse_before_opening("").unwrap();
        assert!(reason.contains("names no driver"), "{reason}");
    }

    #[test]
    fn a_missing_serial_port_is_named() {
        let reason = refuse_before_opening("pn532_uart:/dev/onestop-no-such-port:115200").unwrap();
        assert!(reason.contains("/dev/onestop-no-such-port does not exist"), "{reason}");
        assert_eq!(refuse_before_opening("pn532_uart:/dev/null"), None);
        assert_eq!(refuse_before_opening("acr122_usb"), None);
        assert_eq!(refuse_before_opening("usb"), None);
    }

    #[test]
    fn usb_connstrings_match_the_readers_libnfc_lists() {
        let listed = vec!["acr122_usb:001:004".to_string(), "pn53x_usb:002:007".to_string()];
        assert!(usb_reader_listed("acr122_usb", &listed));
        assert!(usb_reader_listed("acr122_usb:001:004", &listed));
        assert!(!usb_reader_listed("acr122_usb:001:005", &listed));
        assert!(usb_reader_listed("usb", &listed));
        assert!(usb_reader_listed("usb:002:007", &listed));
        assert!(!usb_reader_listed("usb", &[]));
        assert!(!usb_reader_listed("pn53x_usb", &listed[..1]));
    }

    #[test]
    fn a_failed_open_says_what_to_check() {
        let serial = explain_open_failure("pn532_uart:/dev/null:115200");
        assert!(serial.contains("no PN532 answered on /dev/null"), "{serial}");
        let usb = explain_open_failure("acr122_usb");
        assert!(usb.contains("\"acr122_usb\"") && usb.contains("pcscd"), "{usb}");
    }
}
