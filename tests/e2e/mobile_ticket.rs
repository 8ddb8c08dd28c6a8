//! The mobile ticket, end to end on one machine with no internet, as a visitor meets it: the real
//! kiosk in a real window under Xvfb hosts the hub (as on the bus) and prints to emupos; with keys
//! alone the visitor takes a Council Tax ticket behind two others; `zbarimg` reads the printed
//! ticket's QR code; headless Chromium (a phone) opens that address and sees the ticket's place
//! go 3rd → 2nd → next, then "Your turn: go to counter 2" when counter 2 calls it. A ticket
//! taken in Urdu gets its page in Urdu, mirrored. The pages' screenshots are kept in
//! `target/mobile-shots/`. Needs features `xvfb`, `devices` and `chromium` (`.ci/run`).
#![cfg(all(feature = "xvfb", feature = "devices", feature = "chromium"))]

use onestop::queue::engine::Command;
use onestop::queue::{Client, Hello};
use onestop_e2e::chromium::Browser;
use onestop_e2e::emupos::{Emupos, qr_codes};
use onestop_e2e::xvfb::{Killed, onestop_window_listed, spawn_kiosk, start_xvfb};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

const COUNTER: &str = "counter-two-token";

fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Process::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool is installed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn press(display: &str, key: &str) {
    xdotool(display, &["key", "--clearmodifiers", key]);
    std::thread::sleep(Duration::from_millis(700));
}

fn client(rt: &tokio::runtime::Runtime, url: &str, hello: Hello) -> Client {
    rt.block_on(async {
        let c = Client::connect(url, hello);
        let mut view = c.view();
        tokio::time::timeout(Duration::from_secs(10), view.wait_for(|v| v.connected))
            .await
            .expect("the kiosk's hub answers")
            .unwrap();
        c
    })
}

fn shots() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe
        .parent()
        .and_then(|d| d.parent())
        .and_then(|d| d.parent())
        .unwrap()
        .join("mobile-shots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Wait until the page's text (Fluent's isolation marks taken out) contains `text`.
fn page_says(b: &mut Browser, text: &str) {
    let text: String = text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
    let js = format!(
        "document.body.innerText.replace(/[\\u2068\\u2069]/g, '').includes({})",
        serde_json::to_string(&text).unwrap()
    );
    b.wait_until(&js, Duration::from_secs(15));
}

#[test]
fn a_visitor_follows_a_printed_tickets_qr_code_on_a_phone_until_called_to_counter_2() {
    let printer = Emupos::start();
    let port = onestop_e2e::crm_process::free_port();
    let (xvfb, display) = start_xvfb(1080, 1920);
    let data = tempfile::tempdir().unwrap();
    let cfg = data.path().join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[kiosk]\nfullscreen = true\nwindow_size = \"1080x1920\"\n\
             [printer]\nconnection = \"{}\"\n\
             [queue]\ntickets = true\nstandalone = true\nlisten = \"127.0.0.1:{port}\"\n\
             hub = \"ws://127.0.0.1:{port}/v1/queue\"\n\
             [queue.tokens]\n2 = \"{COUNTER}\"\n\
             [queue.mobile]\nbase_url = \"http://127.0.0.1:{port}\"\n",
            printer.connection()
        ),
    )
    .unwrap();
    let _kiosk: Killed = spawn_kiosk(&display, &cfg, data.path(), Stdio::null());
    let deadline = Instant::now() + Duration::from_secs(30);
    while !onestop_window_listed(&display) {
        assert!(Instant::now() < deadline, "no Onestop window within 30 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(1));
    let id = xdotool(&display, &["search", "--name", "Onestop"]);
    xdotool(&display, &["windowfocus", id.lines().next().expect("the window")]);

    // Two visitors ahead, from another kiosk with the standalone kiosk's own token.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = format!("ws://127.0.0.1:{port}/v1/queue");
    let token = std::fs::read_to_string(data.path().join("queue-kiosk.token")).unwrap();
    let other = client(
        &rt,
        &hub,
        Hello::kiosk(Some(token.trim().to_owned())).named("other-kiosk"),
    );
    let issue = |locale: &str| Command::Issue {
        service: "council-tax".into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: Some(locale.into()),
    };
    for _ in 0..2 {
        rt.block_on(other.command(issue("en-GB"))).unwrap();
    }

    // English; "Take a ticket"; the second service (Council Tax); no other service.
    for key in ["Down", "Return", "Return", "Down", "Return", "Return"] {
        press(&display, key);
    }
    let printed = printer.wait_for(1);
    let codes = qr_codes(&printed[0].png, data.path());
    let url = codes
        .iter()
        .find(|c| c.starts_with(&format!("http://127.0.0.1:{port}/t/")))
        .unwrap_or_else(|| panic!("the printed ticket's QR code holds its page: {codes:?}"))
        .clone();
    assert!(
        printed[0].text.contains("B003"),
        "the ticket printed: {}",
        printed[0].text
    );

    let mut phone = Browser::start();
    phone.goto(&url);
    page_says(&mut phone, "B003");
    page_says(&mut phone, "3rd");
    std::fs::write(shots().join("e2e-en-GB-waiting.png"), phone.screenshot()).unwrap();

    let counter = client(&rt, &hub, Hello::counter(2, COUNTER));
    let call = |finish: bool| {
        if finish {
            rt.block_on(counter.command(Command::Finish { counter: 2 })).unwrap();
        }
        rt.block_on(counter.command(Command::CallNext { counter: 2 })).unwrap();
    };
    call(false);
    page_says(&mut phone, "2nd");
    call(true);
    page_says(&mut phone, "You are next");
    call(true);
    page_says(&mut phone, "Your turn: go to counter 2");
    assert_eq!(
        phone
            .execute("return document.title", &[])
            .as_str()
            .map(|t| t.contains("counter 2")),
        Some(true)
    );
    // After the call's three flashes.
    std::thread::sleep(Duration::from_millis(3_200));
    std::fs::write(shots().join("e2e-en-GB-called.png"), phone.screenshot()).unwrap();

    // A visitor who chose Urdu: the page is in Urdu, right to left.
    let done = rt.block_on(other.command_done(issue("ur"))).unwrap();
    phone.goto(&done.ticket_url.expect("a page address"));
    phone.wait_until("document.documentElement.dir === 'rtl'", Duration::from_secs(10));
    page_says(&mut phone, "B004");
    std::fs::write(shots().join("e2e-ur-waiting.png"), phone.screenshot()).unwrap();
    call(true);

    let tr = onestop::embedded::translations().unwrap();
    let words = tr.file_text(
        "ur",
        "queue.ftl",
        "mobile-called",
        &[("counter", onestop::i18n::ArgValue::Num(2))],
    );
    page_says(&mut phone, &words);
    std::thread::sleep(Duration::from_millis(3_200));
    std::fs::write(shots().join("e2e-ur-called.png"), phone.screenshot()).unwrap();
    drop(xvfb);
}
