//! Open311 end to end against a server with a real GeoReport server's habits (the test CRM with
//! `--open311-habits`: lists paged at 100 newest first behind `X-Next-Page-URL`, fields dropped
//! without a word, the whole record in the 201, HTML 404s and 500s), through the real `kiosk
//! submit`, `kiosk outbox flush` and `kiosk outbox list`. Whatever the server does, each of our
//! references is stored exactly once: nothing lost, nothing duplicated.

use onestop_e2e::crm_process::{bodies, post, start_crm, stats, stored};
use onestop_e2e::kiosk_cli::{flush, kiosk, list_line, submit_form, submit_many};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A kiosk sending to `url`, one request at a time, retrying after `backoff_ms` (half to whole).
fn config(dir: &Path, url: &str, backoff_ms: u64) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[crm]\nkind = \"open311\"\nurl = \"{url}\"\njurisdiction_id = \"test.gov.uk\"\nmax_in_flight = 1\n\
             timeout_secs = 2\nbackoff_base_ms = {backoff_ms}\nbackoff_cap_ms = {backoff_ms}\n"
        ),
    )
    .unwrap();
    path
}

/// Each of `refs` is stored by the CRM exactly once and acknowledged by the kiosk under the id
/// the CRM gave that very request.
fn each_once_under_its_own_id(dir: &Path, refs: &[String]) {
    let stored = stored(&dir.join("crm.db"));
    let ours: Vec<&(String, i64)> = stored.iter().filter(|(r, _)| refs.contains(r)).collect();
    let mut distinct: Vec<&str> = ours.iter().map(|(r, _)| r.as_str()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), refs.len(), "nothing lost: {ours:?}");
    assert_eq!(ours.len(), refs.len(), "nothing sent twice: {ours:?}");
    let id_of: HashMap<&str, String> = ours.iter().map(|(r, id)| (r.as_str(), format!("SR-{id}"))).collect();
    let store = onestop_e2e::open_store(dir);
    let rows = store.submissions().unwrap();
    assert_eq!(rows.len(), refs.len());
    for row in rows {
        assert_eq!(row.state, "acknowledged", "{row:?}");
        assert_eq!(
            row.crm_id.as_deref(),
            Some(id_of[row.reference.as_str()].as_str()),
            "{row:?}"
        );
    }
}

#[test]
fn nothing_is_sent_twice_when_our_requests_sit_past_the_first_page() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--open311-habits"]);
    let url = format!("http://127.0.0.1:{}/open311/", crm.port);
    // Retries an hour away: nothing is retried until staff press "Send now" below.
    let cfg = config(dir.path(), &url, 3_600_000);
    let refs = submit_many(dir.path(), &cfg, 8);

    // The first four are stored, then answered 500: the kiosk cannot know they arrived.
    let faults = r#"{"next": ["commit500", "commit500", "commit500", "commit500"]}"#;
    assert!(post(crm.port, "/admin/faults", faults).contains("200"));
    assert!(!flush(dir.path(), &cfg, 0), "four wait for a retry");
    let store = onestop_e2e::open_store(dir.path());
    let mut pending: Vec<String> = store
        .submissions()
        .unwrap()
        .into_iter()
        .filter(|r| r.state == "pending")
        .map(|r| r.reference)
        .collect();
    pending.sort_unstable();
    let mut first_four = refs[..4].to_vec();
    first_four.sort_unstable();
    assert_eq!(pending, first_four, "the four whose outcome is unknown");

    // 150 other requests for the same service arrive: ours are now on the second page.
    for i in 0..150 {
        let other = format!("service_code=street-problem&address_string={i}+Other+Road&description=Pothole+{i}");
        assert!(post(crm.port, "/open311/requests.json", &other).contains("201"));
    }
    let pages_before = stats(crm.port)["list_pages"].as_u64().unwrap();
    assert_eq!(store.send_now().unwrap(), 4, "staff: send now");
    drop(store);
    assert!(flush(dir.path(), &cfg, 5), "drained");

    each_once_under_its_own_id(dir.path(), &refs);
    let pages = stats(crm.port)["list_pages"].as_u64().unwrap() - pages_before;
    assert!(
        pages >= 8,
        "each of the four looked past the first page: {pages} pages read"
    );
    let all = stored(&dir.path().join("crm.db"));
    assert_eq!(all.len(), 158, "the others are untouched: {}", all.len());
}

const BULKY: &str = r#"{"items": ["sofa", "fridge-freezer"], "address": {"postcode": "le1 1aa", "house": "12",
    "street": "High Street", "town": "Leicester"}, "contact-method": "email", "email": "amina@example.org"}"#;

#[test]
fn a_server_that_drops_fields_still_gets_every_answer_and_staff_see_the_drop_once() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--open311-habits"]);
    let url = format!("http://127.0.0.1:{}/open311/", crm.port);
    let cfg = config(dir.path(), &url, 50);
    let refs: Vec<String> = (0..3)
        .map(|_| submit_form(dir.path(), &cfg, "bulky-collection", BULKY))
        .collect();
    assert!(flush(dir.path(), &cfg, 5));
    each_once_under_its_own_id(dir.path(), &refs);

    let kept: HashMap<String, String> = bodies(&dir.path().join("crm.db")).into_iter().collect();
    let form: HashMap<String, String> = kept[&refs[0]]
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect();
    assert!(
        !form.contains_key("address_string") && !form.contains_key("email"),
        "dropped: {form:?}"
    );
    assert_eq!(
        form["description"],
        format!(
            "Answers given at the kiosk:\nItems: Sofa, Fridge or freezer\n\
             Collection address: 12 High Street, Leicester, LE1 1AA\nTell me the date by: Email\n\
             Email address: amina@example.org\n[Ref {}]",
            refs[0]
        ),
        "the description the server kept carries every answer"
    );

    let out = kiosk(dir.path(), &cfg).args(["outbox", "list"]).output().unwrap();
    let listing = String::from_utf8(out.stdout).unwrap();
    let flagged: Vec<&str> = listing
        .lines()
        .filter(|l| l.starts_with("CRM dropped fields:"))
        .collect();
    assert_eq!(
        flagged,
        [format!(
            "CRM dropped fields: form bulky-collection at {url}: address_string (first seen on {})",
            refs[0]
        )],
        "flagged once for three submissions: {listing}"
    );
}

/// `application/x-www-form-urlencoded` text decoded.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn a_wrong_base_url_says_so_with_the_url_tried_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--open311-habits"]);
    let wrong = config(
        dir.path(),
        &format!("http://127.0.0.1:{}/council/open311/", crm.port),
        50,
    );
    let refs = submit_many(dir.path(), &wrong, 2);
    assert!(!flush(dir.path(), &wrong, 0));
    let line = list_line(dir.path(), &wrong, &refs[0]);
    let said = format!(
        "HTTP 404 from http://127.0.0.1:{}/council/open311/requests.json: check [crm] url",
        crm.port
    );
    assert!(line.contains(&said), "{line}");
    assert!(line.contains("pending"), "kept to send once the URL is fixed: {line}");
    // Fixed: each is looked for first (it was tried), then sent once.
    let right = config(dir.path(), &format!("http://127.0.0.1:{}/open311/", crm.port), 50);
    assert!(flush(dir.path(), &right, 5));
    each_once_under_its_own_id(dir.path(), &refs);
}

#[test]
fn a_request_the_server_500s_every_time_needs_attention_while_the_others_are_delivered() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &["--open311-habits"]);
    let url = format!("http://127.0.0.1:{}/open311/", crm.port);
    // "Needs attention" after about two seconds of the same error (hours, as a fraction).
    let cfg = config(dir.path(), &url, 200);
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str("attention_after_hours = 0.0005\n");
    std::fs::write(&cfg, text).unwrap();
    let good = submit_many(dir.path(), &cfg, 4);
    // Feedback has no location: that server answers such a request with a 500 HTML page.
    let stuck = submit_form(
        dir.path(),
        &cfg,
        "feedback",
        r#"{"feedback-type": "complaint", "service": "waste", "what-happened": "The lorry missed us", "reply": "no", "name": "A Visitor"}"#,
    );
    assert!(!flush(dir.path(), &cfg, 4), "the feedback request is still pending");

    let out = kiosk(dir.path(), &cfg).args(["outbox", "list"]).output().unwrap();
    let listing = String::from_utf8(out.stdout).unwrap();
    let line = listing.lines().find(|l| l.starts_with(&stuck)).unwrap();
    assert!(
        line.contains("pending") && line.contains("NEEDS ATTENTION"),
        "{listing}"
    );
    assert!(line.contains("HTTP 500"), "the cause: {line}");
    assert!(!line.contains('<'), "no raw HTML: {line}");
    assert!(listing.contains("1 need attention"), "{listing}");
    for r in &good {
        let l = listing.lines().find(|l| l.starts_with(r.as_str())).unwrap();
        assert!(l.contains("acknowledged") && !l.contains("NEEDS ATTENTION"), "{l}");
    }
    // The others arrived exactly once; the stuck one was never stored.
    let stored = stored(&dir.path().join("crm.db"));
    assert_eq!(stored.len(), 4, "{stored:?}");
    for r in &good {
        assert_eq!(stored.iter().filter(|(s, _)| s == r).count(), 1);
    }
}
