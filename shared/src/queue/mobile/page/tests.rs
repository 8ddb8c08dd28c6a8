//! The page's words, its escaping, its policy and its size.

use super::*;
use crate::embedded;
use crate::queue::mobile::{MoreTime, Phase};

fn tr() -> Translations {
    embedded::translations().expect("bundled translations load")
}

fn waiting(locale: &str, position: u32, wait: Option<u32>) -> TicketStatus {
    TicketStatus {
        label: "A042".into(),
        service: "housing".into(),
        next_services: vec!["council-tax".into()],
        locale: locale.into(),
        phase: Phase::Waiting {
            position,
            wait_minutes: wait,
        },
        more_time: MoreTime::Offered { places: 3 },
        stale: false,
    }
}

fn with(phase: Phase, locale: &str) -> TicketStatus {
    TicketStatus {
        phase,
        more_time: MoreTime::No,
        ..waiting(locale, 1, None)
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> &'a str {
    let a = s.find(start).expect(start) + start.len();
    &s[a..a + s[a..].find(end).expect(end)]
}

#[test]
fn a_waiting_ticket_shows_its_place_wait_and_next_service_in_english() {
    let html = render(&tr(), &waiting("en-GB", 3, Some(12)), "abc123");
    for want in [
        "<html lang=\"en-GB\" dir=\"ltr\">",
        ">A042<",
        ">Housing<",
        "You are 3rd in the queue",
        "About 12 minutes",
        "<li>Then: Council Tax</li>",
        "action=\"/t/abc123/more-time\"",
        "I need more time",
        "This moves you back 3 places. You can use it once.",
        "data-u=\"/t/abc123\"",
        "<noscript><meta http-equiv=\"refresh\" content=\"30\"></noscript>",
    ] {
        assert!(html.contains(want), "missing {want:?} in\n{html}");
    }
    assert!(html.contains("<p id=\"g\" hidden>"), "'used' line hidden while offered");
}

#[test]
fn english_places_use_ordinals_and_the_first_is_told_it_is_next() {
    let t = tr();
    let main = |p| texts::texts(&t, &waiting("en-GB", p, Some(5))).main;
    assert_eq!(main(1), "You are next");
    assert_eq!(main(2), "You are 2nd in the queue");
    assert_eq!(main(11), "You are 11th in the queue");
    assert_eq!(main(12), "You are 12th in the queue");
    assert_eq!(main(22), "You are 22nd in the queue");
    assert_eq!(main(103), "You are 103rd in the queue");
}

#[test]
fn no_open_counter_says_so_instead_of_a_wait() {
    let j: serde_json::Value = serde_json::from_str(&update_json(&tr(), &waiting("en-GB", 4, None))).unwrap();
    assert_eq!(j["sub"], "No counter open now");
    assert_eq!(j["phase"], "waiting");
    assert_eq!(j["more"], "offered");
}

#[test]
fn a_call_names_the_counter_in_the_title_and_a_recall_says_again() {
    let t = tr();
    let called = texts::texts(&t, &with(Phase::Called { counter: 2, recalls: 0 }, "en-GB"));
    assert_eq!(called.called, "Your turn: go to counter 2");
    assert_eq!(called.title, called.called);
    assert_eq!(called.counter, Some(2));
    let again = texts::texts(&t, &with(Phase::Called { counter: 2, recalls: 1 }, "en-GB"));
    assert!(
        again.called.contains("counter 2") && again.called.contains("again"),
        "{}",
        again.called
    );
    let html = render(&t, &with(Phase::Called { counter: 2, recalls: 0 }, "en-GB"), "tok");
    assert!(html.contains("<title>Your turn: go to counter 2</title>"));
    assert!(html.contains("class=\"c\">Your turn: go to counter 2</p>"));
    assert!(html.contains("<form id=\"f\" method=\"post\" action=\"/t/tok/more-time\" hidden>"));
}

#[test]
fn every_other_phase_has_its_own_sentence_in_every_locale() {
    let t = tr();
    for locale in t.all() {
        let mut seen = std::collections::BTreeSet::new();
        for phase in [Phase::Serving { counter: 4 }, Phase::Parked, Phase::Done, Phase::Missed] {
            let x = texts::texts(&t, &with(phase, &locale.tag));
            assert!(
                !x.main.is_empty() && !x.main.starts_with("mobile-"),
                "{}: {x:?}",
                locale.tag
            );
            seen.insert(x.main);
        }
        assert_eq!(seen.len(), 4, "{}", locale.tag);
    }
}

#[test]
fn a_stale_page_says_it_may_be_out_of_date() {
    let mut s = waiting("en-GB", 2, Some(3));
    assert!(texts::texts(&tr(), &s).stale.is_empty());
    s.stale = true;
    assert!(render(&tr(), &s, "t").contains("This page may be out of date"));
}

#[test]
fn used_more_time_says_so_and_hides_the_button() {
    let mut s = waiting("en-GB", 5, Some(20));
    s.more_time = MoreTime::Used;
    let html = render(&tr(), &s, "t");
    assert!(html.contains("<p id=\"g\">You asked for more time</p>"));
    assert!(html.contains("action=\"/t/t/more-time\" hidden>"));
}

#[test]
fn urdu_and_arabic_pages_are_right_to_left_in_their_own_words() {
    let t = tr();
    for tag in ["ur", "ar"] {
        let html = render(&t, &waiting(tag, 3, Some(12)), "t");
        assert!(html.contains(&format!("<html lang=\"{tag}\" dir=\"rtl\">")), "{tag}");
        let main = between(&html, "<p id=\"m\">", "</p>");
        assert!(
            main.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
            "{tag}: {main}"
        );
        assert!(!html.contains("You are"), "{tag} fell back to English");
    }
    assert!(render(&t, &waiting("pl", 3, Some(12)), "t").contains("<html lang=\"pl\" dir=\"ltr\">"));
}

#[test]
fn an_unknown_locale_gets_english() {
    let html = render(&tr(), &waiting("xx-\"><script>", 3, Some(12)), "t");
    assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(html.contains("You are 3rd in the queue"));
}

#[test]
fn hostile_label_service_and_token_are_escaped_in_html_and_json() {
    let t = tr();
    let mut s = waiting("en-GB", 3, Some(12));
    s.label = "</script><script>alert('x')</script>&\"".into();
    s.service = "<img src=x onerror=alert(1)>".into();
    s.next_services = vec!["</script>\"'&".into()];
    let html = render(&t, &s, "a\"b'c</script>/../x?y#z");
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert_eq!(html.matches("</script>").count(), 1, "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
    assert!(
        html.contains("data-u=\"/t/a%22b%27c%3C%2Fscript%3E%2F..%2Fx%3Fy%23z\""),
        "{html}"
    );
    let json = update_json(&t, &s);
    assert!(!json.contains('<') && !json.contains('\n'), "{json}");
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(j["then"][0], "Then: </script>\"'&");
}

#[test]
fn the_policy_allows_exactly_the_inline_style_and_script_and_nothing_external() {
    let html = render(&tr(), &waiting("ur", 3, Some(12)), "t");
    let policy = csp();
    let script = between(&html, "<script>", "</script>");
    let style = between(&html, "<style>", "</style>");
    assert!(
        policy.contains(&format!("script-src 'sha256-{}'", sha256_b64(script))),
        "{policy}"
    );
    assert!(
        policy.contains(&format!("style-src 'sha256-{}'", sha256_b64(style))),
        "{policy}"
    );
    for want in [
        "default-src 'none'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "img-src 'none'",
    ] {
        assert!(policy.contains(want), "{want}: {policy}");
    }
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("style=\""));
    assert!(!html.contains(" src="), "no external resources");
}

#[test]
fn the_page_stays_under_10_kb_in_every_locale() {
    let t = tr();
    for locale in t.all() {
        let mut s = waiting(&locale.tag, 13, Some(45));
        s.next_services = vec!["council-tax".into(), "general".into()];
        s.stale = true;
        let n = render(&t, &s, "0123456789abcdef0123456789abcdef").len();
        eprintln!("{}: {n} bytes", locale.tag);
        assert!(n < 10 * 1024, "{} page is {n} bytes", locale.tag);
    }
}

#[test]
fn not_found_is_the_same_for_every_token_and_names_none() {
    let body = not_found();
    assert_eq!(body, not_found());
    assert!(body.contains("This ticket page is not available. Ask at reception."));
    assert!(!body.contains("/t/"));
}

#[test]
fn a_service_with_no_name_shows_its_id() {
    let t = tr();
    assert_eq!(texts::service_name(&t, "ur", "blue-badges"), "blue-badges");
    assert_eq!(texts::service_name(&t, "en-GB", "council-tax"), "Council Tax");
}
