//! Translations: every locale has every message en-GB has (kiosk, queue board and forms), every
//! message formats, every validation message id exists, and broken .ftl files are reported by file and
//! line rather than loaded half-way.

use onestop::embedded;
use onestop::forms::check::{check_form_translations, check_kiosk_translations, split_key};
use onestop::i18n::{ArgValue, Direction, Translations};
use std::collections::BTreeSet;

fn tr() -> Translations {
    embedded::translations().expect("bundled translations load")
}

const TAGS: [&str; 11] = ["en-GB", "pl", "ro", "so", "ur", "ar", "pa", "gu", "bn", "hi", "zh-Hans"];

#[test]
fn all_eleven_locales_are_bundled() {
    let t = tr();
    for tag in TAGS {
        assert!(t.get(tag).is_some(), "{tag} missing");
    }
}

#[test]
fn every_locale_has_every_kiosk_message() {
    let problems = check_kiosk_translations(&tr());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_locale_has_every_form_message() {
    let t = tr();
    let forms = embedded::forms().unwrap();
    let problems: Vec<_> = forms.all().flat_map(|f| check_form_translations(f, &t)).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_kiosk_message_formats_in_every_locale_with_sample_arguments() {
    let t = tr();
    let args = [
        ("max", ArgValue::Num(3)),
        ("min", ArgValue::Num(1)),
        ("seconds", ArgValue::Num(30)),
        ("current", ArgValue::Num(2)),
        ("total", ArgValue::Num(5)),
        ("council", ArgValue::Str("Onestop Council")),
        ("crm", ArgValue::Str("SR-1234")),
        ("status", ArgValue::Str("in progress")),
        ("date", ArgValue::Str("26/11/2026")),
        ("notes", ArgValue::Str("A crew will come on Thursday.")),
        ("minutes", ArgValue::Num(12)),
        ("reference", ArgValue::Str("APT4471")),
        ("count", ArgValue::Num(4)),
        ("left", ArgValue::Num(2)),
        ("service", ArgValue::Str("Housing")),
        ("when", ArgValue::Str("tomorrow")),
        ("time", ArgValue::Str("09:00")),
        ("pos", ArgValue::Num(2)),
        ("postcode", ArgValue::Str("LE1 1AA")),
        ("number", ArgValue::Str("A012")),
    ];
    for locale in t.all() {
        for key in t.fallback().keys("kiosk.ftl") {
            let (id, attr) = split_key(&key);
            assert!(attr.is_none(), "kiosk.ftl uses no attributes");
            let s = t.text(&locale.tag, id, &args);
            assert!(!s.is_empty() && s != id, "{} {id} did not format", locale.tag);
            assert!(!s.contains("{$") && !s.contains("{ $"), "{} {id}: {s}", locale.tag);
        }
    }
}

#[test]
fn every_locale_has_exactly_the_messages_en_gb_has_in_every_file() {
    let t = tr();
    let files: Vec<String> = t.fallback().files().map(str::to_owned).collect();
    for file in ["kiosk.ftl", "queue.ftl", "staff.ftl"] {
        assert!(files.iter().any(|f| f == file), "en-GB {file} is bundled: {files:?}");
    }
    for file in &files {
        let wanted: BTreeSet<String> = t.fallback().keys(file).into_iter().collect();
        for locale in t.all() {
            let have: BTreeSet<String> = locale.keys(file).into_iter().collect();
            assert_eq!(have, wanted, "{}/{file} differs from en-GB's", locale.tag);
        }
    }
}

#[test]
fn every_queue_message_formats_in_every_locale_with_sample_arguments() {
    let t = tr();
    for locale in t.all() {
        for count in [0, 1, 2, 5, 42] {
            let args = [
                ("count", ArgValue::Num(count)),
                ("minutes", ArgValue::Num(count)),
                ("counter", ArgValue::Num(3)),
                ("ticket", ArgValue::Str("A 42")),
                ("when", ArgValue::Str("monday")),
                ("time", ArgValue::Str("09:00")),
                ("date", ArgValue::Str("07/01/2027")),
                // The mobile ticket page's.
                ("position", ArgValue::Num(count)),
                ("places", ArgValue::Num(count)),
                ("service", ArgValue::Str("Housing")),
            ];
            for key in t.fallback().keys("queue.ftl") {
                let s = t.file_text(&locale.tag, "queue.ftl", &key, &args);
                assert!(!s.is_empty() && s != key, "{} {key} did not format", locale.tag);
                assert!(!s.contains("{$") && !s.contains("{ $"), "{} {key}: {s}", locale.tag);
                if key.starts_with("queue-speech-") {
                    assert!(
                        s.contains("A 42") && s.contains('3'),
                        "{} {key} lost a placeable: {s}",
                        locale.tag
                    );
                }
            }
        }
    }
}

#[test]
fn every_validation_message_id_exists_in_en_gb() {
    let keys = tr().fallback().keys("kiosk.ftl");
    let source = include_str!("../src/forms/validate.rs");
    let mut found = 0;
    for part in source.split('"').skip(1).step_by(2) {
        if part.starts_with("error-") && !part.contains('{') {
            found += 1;
            assert!(keys.iter().any(|k| k == part), "{part} missing from en-GB kiosk.ftl");
        }
    }
    for part in ["error-address-postcode", "error-address-house", "error-address-street"] {
        assert!(keys.iter().any(|k| k == part), "{part}");
    }
    assert!(found > 20, "the scan found the message ids");
}

#[test]
fn every_file_declares_its_review_status_honestly() {
    for (path, text) in embedded::locale_files() {
        if path.ends_with(".ftl") {
            let first = text.lines().next().unwrap_or("");
            assert!(first.starts_with("# Status: "), "{path} has no status header");
            if !path.starts_with("en-GB/") {
                assert!(first.contains("draft"), "{path} claims a review nobody did: {first}");
            }
        }
    }
}

#[test]
fn urdu_and_arabic_are_right_to_left_and_the_rest_left_to_right() {
    let t = tr();
    for tag in TAGS {
        let want = if tag == "ur" || tag == "ar" {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        assert_eq!(t.get(tag).unwrap().info.direction, want, "{tag}");
    }
}

#[test]
fn negotiation_picks_the_closest_locale_and_falls_back_to_english() {
    let t = tr();
    assert_eq!(t.negotiate(&["ur-PK"]).tag, "ur");
    assert_eq!(t.negotiate(&["zh-Hans-CN"]).tag, "zh-Hans");
    assert_eq!(t.negotiate(&["fr", "pl-PL"]).tag, "pl");
    assert_eq!(t.negotiate(&["tlh"]).tag, "en-GB");
    assert_eq!(t.negotiate(&["not a tag!!"]).tag, "en-GB");
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    let files = [
        (
            "en-GB/locale.toml",
            "name = \"English\"\nenglish_name = \"English\"\ndirection = \"ltr\"\nfont = \"Noto Sans\"\nstatus = \"reviewed\"\n",
        ),
        ("en-GB/kiosk.ftl", "hello = Hello\nonly-en = Only English\n"),
        (
            "pl/locale.toml",
            "name = \"Polski\"\nenglish_name = \"Polish\"\ndirection = \"ltr\"\nfont = \"Noto Sans\"\nstatus = \"draft\"\n",
        ),
        ("pl/kiosk.ftl", "hello = Cześć\n"),
    ];
    let t = Translations::load(files).unwrap();
    assert_eq!(t.text("pl", "hello", &[]), "Cześć");
    assert_eq!(t.text("pl", "only-en", &[]), "Only English");
    assert_eq!(t.text("pl", "nowhere", &[]), "nowhere");
    assert_eq!(check_kiosk_translations(&t).len(), 1);
}

#[test]
fn broken_ftl_files_are_reported_with_file_and_line() {
    let files = [
        (
            "en-GB/locale.toml",
            "name = \"English\"\nenglish_name = \"English\"\ndirection = \"ltr\"\nfont = \"Noto Sans\"\nstatus = \"reviewed\"\n",
        ),
        (
            "en-GB/kiosk.ftl",
            "ok = fine\n\nbroken = { $x\nalso ok = no spaces in ids\n",
        ),
    ];
    let err = Translations::load(files).unwrap_err();
    let text: Vec<String> = err.iter().map(|e| e.to_string()).collect();
    assert!(
        text.iter().any(|e| e.starts_with("en-GB/kiosk.ftl: line 4")),
        "{text:?}"
    );
    assert!(
        !text.iter().any(|e| e.contains("missing")),
        "a broken file is not also called missing: {text:?}"
    );
}

#[test]
fn hostile_locale_files_are_refused_not_loaded() {
    let cases: [&[(&str, &str)]; 4] = [
        &[("en-GB/kiosk.ftl", "a = b\n")],
        &[
            ("en-GB/locale.toml", "direction = \"upwards\""),
            ("en-GB/kiosk.ftl", "a = b\n"),
        ],
        &[("../../etc/locale.toml", "x")],
        &[
            ("en-GB/locale.toml", "\u{0}\u{0}"),
            ("en-GB/kiosk.ftl", "\u{0}= \u{202E}"),
        ],
    ];
    for files in cases {
        assert!(Translations::load(files.iter().copied()).is_err(), "{files:?}");
    }
    let huge = format!("a = {}\n", "x".repeat(1_000_000));
    let files = [
        (
            "en-GB/locale.toml",
            "name = \"E\"\nenglish_name = \"E\"\ndirection = \"ltr\"\nfont = \"Noto Sans\"\nstatus = \"reviewed\"\n",
        ),
        ("en-GB/kiosk.ftl", huge.as_str()),
    ];
    let t = Translations::load(files).unwrap();
    assert_eq!(t.text("en-GB", "a", &[]).len(), 1_000_000);
}

#[test]
fn every_locale_names_twelve_months_for_the_staff_screen() {
    let t = tr();
    for locale in t.all() {
        let months = t.file_text(&locale.tag, "staff.ftl", "staff-months", &[]);
        assert_eq!(months.split_whitespace().count(), 12, "{}: {months}", locale.tag);
    }
}

#[test]
fn every_staff_message_formats_in_every_locale_with_sample_arguments() {
    let t = tr();
    let keys = t.fallback().keys("staff.ftl");
    assert!(keys.len() > 30, "staff.ftl is bundled: {keys:?}");
    let args = [
        ("count", ArgValue::Num(2)),
        ("tries", ArgValue::Num(1)),
        ("time", ArgValue::Str("14:05")),
        ("when", ArgValue::Str("14:05, 3m ago")),
        ("ago", ArgValue::Str("3m")),
        ("age", ArgValue::Str("3m")),
        ("error", ArgValue::Str("HTTP 503")),
        ("waiting", ArgValue::Num(3)),
        ("parked", ArgValue::Num(1)),
        ("shown", ArgValue::Num(200)),
        ("total", ArgValue::Num(201)),
        ("attempts", ArgValue::Num(2)),
        ("reference", ArgValue::Str("K7QF-9M2A")),
        ("reason", ArgValue::Str("the printer reports paper-out")),
        ("reader", ArgValue::Str("nfc")),
        ("card", ArgValue::Str("••••4567")),
        ("state", ArgValue::Str("retrying")),
        ("for", ArgValue::Str("1d")),
        ("day", ArgValue::Num(3)),
        ("month", ArgValue::Str("Jan")),
        ("subject", ArgValue::Str("Report a missed bin")),
        ("average", ArgValue::Str("4.2")),
        (
            "detail",
            ArgValue::Str("form bulky-collection at https://crm.example/: email"),
        ),
    ];
    for locale in t.all() {
        for key in &keys {
            let s = t.file_text(&locale.tag, "staff.ftl", key, &args);
            assert!(!s.is_empty() && s != *key, "{} {key} did not format", locale.tag);
            assert!(!s.contains("{$") && !s.contains("{ $"), "{} {key}: {s}", locale.tag);
        }
    }
}

#[test]
fn every_printed_message_formats_in_every_locale_with_sample_arguments() {
    let t = tr();
    let keys = t.fallback().keys("print.ftl");
    assert!(keys.len() >= 4, "print.ftl is bundled: {keys:?}");
    let args = [("date", ArgValue::Str("23/11/2026")), ("time", ArgValue::Str("14:05"))];
    for locale in t.all() {
        for key in &keys {
            let s = t.file_text(&locale.tag, "print.ftl", key, &args);
            assert!(!s.is_empty() && s != *key, "{} {key} did not format", locale.tag);
            assert!(!s.contains("{$") && !s.contains("{ $"), "{} {key}: {s}", locale.tag);
        }
    }
}
