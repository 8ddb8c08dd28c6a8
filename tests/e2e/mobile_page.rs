//! The mobile ticket page in headless Chromium, served by a loopback stand-in for the hub's
//! `/t/<token>` routes (the real routes are the hub's): its words in English and in Urdu (right
//! to left, mirrored), a call arriving live over SSE with the title, vibration and counter, the
//! poll fallback when the events URL 404s, "I need more time" by fetch, no request off its own
//! origin, no CSP violation, and 44 px targets. Screenshots go to `target/mobile-shots/`.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use onestop::embedded;
use onestop::i18n::Translations;
use onestop::queue::mobile::page::{self, texts};
use onestop::queue::mobile::{MoreTime, Phase, TicketStatus};
use onestop_e2e::chromium::Browser;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast;

/// The stand-in hub: each token's status now, and who asked for what.
#[derive(Clone)]
struct Site {
    tr: Arc<Translations>,
    current: Arc<Mutex<HashMap<String, TicketStatus>>>,
    /// The token whose status changed.
    changed: broadcast::Sender<String>,
    /// Requests per route and token, e.g. `events poll`.
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

impl Site {
    fn hit(&self, what: &str, token: &str) {
        *self.hits.lock().unwrap().entry(format!("{what} {token}")).or_default() += 1;
    }

    fn hits(&self, what: &str, token: &str) -> usize {
        self.hits
            .lock()
            .unwrap()
            .get(&format!("{what} {token}"))
            .copied()
            .unwrap_or(0)
    }

    fn push(&self, token: &str, status: TicketStatus) {
        self.current.lock().unwrap().insert(token.to_owned(), status);
        let _ = self.changed.send(token.to_owned());
    }

    fn json(&self, token: &str) -> Option<String> {
        let current = self.current.lock().unwrap();
        current.get(token).map(|s| page::update_json(&self.tr, s))
    }
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page::not_found(),
    )
        .into_response()
}

async fn ticket_page(State(site): State<Site>, Path(token): Path<String>) -> Response {
    site.hit("page", &token);
    let Some(status) = site.current.lock().unwrap().get(&token).cloned() else {
        return not_found();
    };
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_str(&page::csp()).unwrap(),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    (headers, page::render(&site.tr, &status, &token)).into_response()
}

async fn status(State(site): State<Site>, Path(token): Path<String>) -> Response {
    site.hit("status", &token);
    match site.json(&token) {
        Some(j) => ([(header::CONTENT_TYPE, "application/json")], j).into_response(),
        None => not_found(),
    }
}

async fn events(State(site): State<Site>, Path(token): Path<String>) -> Response {
    site.hit("events", &token);
    // "poll" stands for a hub (or proxy) with no working events URL.
    if token == "poll" || site.json(&token).is_none() {
        return not_found();
    }
    let rx = site.changed.subscribe();
    let first = site.json(&token);
    site.hit("subscribed", &token);
    let stream = futures_util::stream::unfold((rx, first, site, token), |(mut rx, first, site, token)| async move {
        if let Some(j) = first {
            return Some((
                Ok::<_, Infallible>(Event::default().event("status").data(j)),
                (rx, None, site, token),
            ));
        }
        loop {
            match rx.recv().await {
                Ok(t) if t == token => {
                    let j = site.json(&token)?;
                    return Some((Ok(Event::default().event("status").data(j)), (rx, None, site, token)));
                }
                Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(5)).text("ping"))
        .into_response()
}

async fn more_time(State(site): State<Site>, Path(token): Path<String>, headers: HeaderMap) -> Response {
    site.hit("more-time", &token);
    let Some(mut s) = site.current.lock().unwrap().get(&token).cloned() else {
        return not_found();
    };
    if let (Phase::Waiting { position, wait_minutes }, MoreTime::Offered { places }) = (&s.phase, s.more_time) {
        s.phase = Phase::Waiting {
            position: position + places,
            wait_minutes: wait_minutes.map(|w| w + 4 * places),
        };
        s.more_time = MoreTime::Used;
    }
    site.push(&token, s);
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|a| a.to_str().ok())
        .is_some_and(|a| a.contains("application/json"));
    if wants_json {
        status(State(site), Path(token)).await
    } else {
        (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/t/{token}"))]).into_response()
    }
}

fn waiting(locale: &str, position: u32) -> TicketStatus {
    TicketStatus {
        label: "A042".into(),
        service: "housing".into(),
        next_services: vec!["council-tax".into()],
        locale: locale.into(),
        phase: Phase::Waiting {
            position,
            wait_minutes: Some(4 * position),
        },
        more_time: MoreTime::Offered { places: 3 },
        stale: false,
    }
}

fn called(locale: &str, counter: u32) -> TicketStatus {
    TicketStatus {
        phase: Phase::Called { counter, recalls: 0 },
        more_time: MoreTime::No,
        ..waiting(locale, 1)
    }
}

/// Serve the stand-in on loopback; returns its origin.
fn serve(rt: &tokio::runtime::Runtime, site: Site) -> String {
    let app = Router::new()
        .route("/t/{token}", get(ticket_page))
        .route("/t/{token}/status", get(status))
        .route("/t/{token}/events", get(events))
        .route("/t/{token}/more-time", post(more_time))
        .with_state(site);
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(async move { axum::serve(listener, app).await });
    origin
}

fn shots_dir() -> PathBuf {
    // target/<profile>/deps/<test> → target/mobile-shots
    let exe = std::env::current_exe().unwrap();
    let dir = exe.ancestors().nth(3).unwrap().join("mobile-shots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn shot(b: &mut Browser, name: &str) {
    // Let the call's flash finish so the shot shows the resting colours.
    b.wait_until("document.getAnimations().length === 0", Duration::from_secs(10));
    let png = b.screenshot();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let path = shots_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    eprintln!("screenshot: {}", path.display());
}

fn text(b: &mut Browser, id: &str) -> String {
    let v = b.execute("return document.getElementById(arguments[0]).textContent", &[json!(id)]);
    v.as_str().unwrap_or_default().to_owned()
}

/// Runs before the page's own script on every load, outside its CSP: counts CSP violations and
/// records vibrations.
const PROBE: &str = "window.__csp = []; \
    document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); }); \
    window.__vibrations = []; \
    Object.defineProperty(Navigator.prototype, 'vibrate', { configurable: true, value: function (p) { window.__vibrations.push(p); return true; } });";

/// Every visible control is at least 44 × 44 CSS px; returns how many there were.
fn assert_targets(b: &mut Browser) -> u64 {
    let v = b.execute(
        "var out = []; document.querySelectorAll('a, button, input, select, textarea, [role=button]').forEach(function (e) { \
           if (e.offsetParent === null) return; var r = e.getBoundingClientRect(); out.push([e.outerHTML.slice(0, 60), r.width, r.height]); }); \
         return out;",
        &[],
    );
    let all = v.as_array().unwrap();
    for t in all {
        assert!(
            t[1].as_f64().unwrap() >= 44.0 && t[2].as_f64().unwrap() >= 44.0,
            "target too small: {t}"
        );
    }
    all.len() as u64
}

fn assert_own_origin_only(b: &mut Browser) {
    let v = b.execute(
        "return [location.origin].concat(performance.getEntriesByType('resource').map(function (e) { return e.name; }));",
        &[],
    );
    let all: Vec<&str> = v.as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    let origin = format!("{}/", all[0]);
    for url in &all[1..] {
        assert!(url.starts_with(&origin), "a request off the page's origin: {url}");
    }
}

/// At 320 CSS px wide (a small phone, or 1280 px at 400 % zoom) nothing scrolls sideways.
fn assert_reflows(b: &mut Browser) {
    b.set_viewport(320, 640);
    let widths = b.execute("return [document.documentElement.scrollWidth, innerWidth]", &[]);
    b.set_viewport(412, 915);
    assert!(
        widths[0].as_u64() <= widths[1].as_u64() && widths[1] == 320,
        "scrolls sideways: {widths}"
    );
}

fn csp_violations(b: &mut Browser) -> Value {
    b.execute("return window.__csp", &[])
}

#[test]
fn the_mobile_page_follows_a_ticket_live_in_english_and_urdu() {
    let tr = Arc::new(embedded::translations().unwrap());
    let tickets: HashMap<String, TicketStatus> = [
        ("en".to_owned(), waiting("en-GB", 3)),
        ("ur".to_owned(), waiting("ur", 3)),
        ("poll".to_owned(), waiting("en-GB", 3)),
        ("noscript".to_owned(), waiting("en-GB", 2)),
    ]
    .into();
    let site = Site {
        tr: tr.clone(),
        current: Arc::new(Mutex::new(tickets)),
        changed: broadcast::channel(16).0,
        hits: Arc::default(),
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let origin = serve(&rt, site.clone());
    let mut b = Browser::start();
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": PROBE }));
    let words = |s: &TicketStatus| texts::texts(&tr, s);
    let wait = Duration::from_secs(10);

    // English, waiting.
    b.goto(&format!("{origin}/t/en"));
    assert_eq!(
        b.execute("return document.documentElement.lang + ' ' + document.dir", &[]),
        "en-GB ltr"
    );
    assert_eq!(text(&mut b, "m"), "You are 3rd in the queue");
    assert_eq!(text(&mut b, "w"), "About 12 minutes");
    assert_eq!(text(&mut b, "t"), "Then: Council Tax");
    assert_eq!(
        b.execute("return document.querySelector('.n').textContent", &[]),
        "A042"
    );
    assert_eq!(
        b.execute("return document.querySelector('h2').textContent", &[]),
        "Housing"
    );
    assert_eq!(
        b.execute("return document.querySelector('#f button').textContent", &[]),
        "I need more time"
    );
    assert_eq!(b.execute("return document.title", &[]), "Ticket A042");
    assert_eq!(assert_targets(&mut b), 1, "the one button is visible");
    assert_eq!(b.execute("return innerWidth", &[]), 412, "a phone's width");
    assert_reflows(&mut b);
    let start_edge = "var r = document.createRange(); r.selectNodeContents(document.querySelector('h2')); \
                      var x = r.getBoundingClientRect(); return [x.left, innerWidth - x.right];";
    let edges = b.execute(start_edge, &[]);
    assert!(edges[0].as_f64().unwrap() < 30.0, "English starts at the left: {edges}");
    shot(&mut b, "en-GB-waiting");

    // Live: 3rd → 2nd → called to counter 2, over SSE.
    wait_for(|| site.hits("subscribed", "en") >= 1, "the page to open its events");
    site.push("en", waiting("en-GB", 2));
    b.wait_until(
        "document.getElementById('m').textContent === 'You are 2nd in the queue'",
        wait,
    );
    assert_eq!(text(&mut b, "w"), "About 8 minutes");
    assert_eq!(
        b.execute(
            "return document.getElementById('m').parentNode.getAttribute('aria-live')",
            &[]
        ),
        "polite"
    );
    site.push("en", called("en-GB", 2));
    b.wait_until(
        "document.getElementById('c').textContent.indexOf('counter 2') >= 0",
        wait,
    );
    assert_eq!(text(&mut b, "c"), "Your turn: go to counter 2");
    assert_eq!(b.execute("return document.title", &[]), "Your turn: go to counter 2");
    assert_eq!(b.execute("return window.__vibrations", &[]), json!([[400, 150, 400]]));
    assert_eq!(
        b.execute(
            "return document.getElementById('c').parentNode.getAttribute('aria-live')",
            &[]
        ),
        "assertive"
    );
    assert_eq!(b.execute("return document.getElementById('f').hidden", &[]), true);
    assert_eq!(text(&mut b, "m"), "");
    assert_eq!(site.hits("status", "en"), 0, "no polling while SSE works");
    shot(&mut b, "en-GB-called");
    assert_reflows(&mut b);
    site.push(
        "en",
        TicketStatus {
            phase: Phase::Called { counter: 2, recalls: 1 },
            ..called("en-GB", 2)
        },
    );
    b.wait_until("document.getElementById('c').textContent.indexOf('again') >= 0", wait);
    assert_eq!(text(&mut b, "c"), "Your turn: go to counter 2, again");
    assert_eq!(
        b.execute("return window.__vibrations.length", &[]),
        2,
        "a recall buzzes again"
    );
    assert_own_origin_only(&mut b);
    assert_eq!(csp_violations(&mut b), json!([]));
    // The probe does see violations: an image from elsewhere is blocked and counted.
    b.execute(
        "var i = document.createElement('img'); i.src = 'http://192.0.2.1/x.png'; document.body.appendChild(i);",
        &[],
    );
    b.wait_until("window.__csp.length === 1", wait);

    // Urdu: right to left, its own words, mirrored.
    b.goto(&format!("{origin}/t/ur"));
    assert_eq!(
        b.execute("return document.documentElement.lang + ' ' + document.dir", &[]),
        "ur rtl"
    );
    assert_eq!(
        b.execute("return getComputedStyle(document.body).direction", &[]),
        "rtl"
    );
    let ur = words(&waiting("ur", 3));
    assert_eq!(text(&mut b, "m"), ur.main);
    assert!(ur.main.contains("قطار") && ur.main.contains('3'), "{}", ur.main);
    assert_eq!(text(&mut b, "w"), ur.sub);
    assert!(text(&mut b, "t").contains("کونسل ٹیکس"));
    assert_eq!(
        b.execute("return document.querySelector('h2').textContent", &[]),
        "رہائش"
    );
    assert_eq!(
        b.execute("return document.querySelector('#f button').textContent", &[]),
        "مجھے مزید وقت چاہیے"
    );
    assert_eq!(assert_targets(&mut b), 1);
    let edges = b.execute(start_edge, &[]);
    assert!(edges[1].as_f64().unwrap() < 30.0, "Urdu starts at the right: {edges}");
    assert!(edges[0].as_f64().unwrap() > 100.0, "and not at the left: {edges}");
    shot(&mut b, "ur-waiting");
    assert_reflows(&mut b);

    // "I need more time" by fetch: back 3 places, then the line saying it was used.
    wait_for(
        || site.hits("subscribed", "ur") >= 1,
        "the Urdu page to open its events",
    );
    b.execute("document.querySelector('#f button').click()", &[]);
    b.wait_until(
        "!document.getElementById('g').hidden && document.getElementById('f').hidden",
        wait,
    );
    assert_eq!(site.hits("more-time", "ur"), 1);
    let later = words(&TicketStatus {
        phase: Phase::Waiting {
            position: 6,
            wait_minutes: Some(24),
        },
        more_time: MoreTime::Used,
        ..waiting("ur", 3)
    });
    assert_eq!(text(&mut b, "m"), later.main);
    assert_eq!(text(&mut b, "g"), "آپ نے مزید وقت مانگا ہے");

    site.push("ur", called("ur", 2));
    let ur_called = words(&called("ur", 2));
    b.wait_until(
        &format!(
            "document.getElementById('c').textContent === {}",
            json!(ur_called.called)
        ),
        wait,
    );
    assert!(ur_called.called.contains("کاؤنٹر") && ur_called.called.contains('2'));
    assert_eq!(b.execute("return document.title", &[]), json!(ur_called.called));
    shot(&mut b, "ur-called");
    assert_own_origin_only(&mut b);
    assert_eq!(csp_violations(&mut b), json!([]));

    // No events URL: three failures, then polling /status. And no flashing for those who ask
    // for reduced motion.
    b.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
    );
    b.goto(&format!("{origin}/t/poll"));
    assert_eq!(text(&mut b, "m"), "You are 3rd in the queue");
    site.push("poll", called("en-GB", 2));
    b.wait_until(
        "document.getElementById('c').textContent === 'Your turn: go to counter 2'",
        Duration::from_secs(20),
    );
    assert!(site.hits("events", "poll") >= 3, "{:?}", site.hits.lock().unwrap());
    assert!(site.hits("status", "poll") >= 1);
    assert_eq!(b.execute("return document.getAnimations().length", &[]), 0);
    assert_eq!(csp_violations(&mut b), json!([]));

    // No script at all: "I need more time" is a plain form post, answered 303 to the page.
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));
    b.goto(&format!("{origin}/t/noscript"));
    b.click("#f button");
    wait_for(|| site.hits("page", "noscript") >= 2, "the page after the form post");
    assert_eq!(site.hits("more-time", "noscript"), 1);
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": false }));
    b.goto(&format!("{origin}/t/noscript"));
    assert_eq!(text(&mut b, "m"), "You are 5th in the queue");
    assert_eq!(text(&mut b, "g"), "You asked for more time");
    assert_eq!(b.execute("return document.getElementById('f').hidden", &[]), true);

    // An unknown token: the one "not available" page.
    b.goto(&format!("{origin}/t/0000"));
    assert_eq!(
        b.execute("return document.body.textContent.trim()", &[]),
        "This ticket page is not available. Ask at reception."
    );
}

fn wait_for(mut done: impl FnMut() -> bool, what: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
