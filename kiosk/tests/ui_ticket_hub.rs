//! "Take a ticket" against a REAL queue hub: `onestop::queue::server` on loopback with its own
//! SQLite log, reached through the kiosk's `HubLink` over WebSocket. The number on screen is the
//! one the hub stored; a counter (a real client with its staff token) then calls it; and with
//! the hub gone the kiosk says tickets are unavailable instead of inventing a number.

mod common;

use kiosk::queue_link::QueueKioskOptions;
use kiosk::ui::{Page, Ticket};
use onestop::queue::link::{HubLink, pump_all};
use onestop::queue::server::Settings;
use onestop::queue::{Client, Command, Hello, QueueConfig, QueueStore, TicketState};
use slint::ComponentHandle as _;
use std::time::{Duration, Instant};

const TOKEN: &str = "counter-one-token";

/// Run the hub on its own thread; returns its port and a switch that stops it.
fn hub(dir: &std::path::Path) -> (u16, tokio::sync::oneshot::Sender<()>) {
    let store = QueueStore::open(&dir.join("queue.db")).unwrap();
    let mut settings = Settings::from_config(&onestop::config::Config::defaults().queue, 0);
    settings.config = QueueConfig::example();
    settings.tokens.insert(1, TOKEN.into());
    let (port_tx, port_rx) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            port_tx.send(listener.local_addr().unwrap().port()).unwrap();
            onestop::queue::server::run(listener, store, settings, async move {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
    });
    (port_rx.recv().unwrap(), stop)
}

/// Pump replies until `done` or 10 s, as the UI loop would when woken.
fn until(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
        pump_all();
        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(10));
    }
}

#[test]
fn a_ticket_from_the_real_hub_is_called_by_a_real_counter() {
    let k = common::start();
    let dir = tempfile::tempdir().unwrap();
    let (port, stop) = hub(dir.path());
    let url = format!("ws://127.0.0.1:{port}/v1/queue");
    let link = HubLink::start(&url, Hello::kiosk(None), || {}).unwrap();
    until("the kiosk's first snapshot", || {
        onestop::queue::link::QueueLink::view(&*link).is_some_and(|(_, up)| up)
    });
    k.controller.set_queue(link.clone(), QueueKioskOptions::default());

    k.tap("English");
    k.tap("Take a ticket");
    assert_eq!(k.page(), Page::Ticket);
    k.tap("Housing");
    k.tap("Get my ticket");
    let t = k.window.global::<Ticket>();
    until("the hub's answer", || k.page() == Page::TicketIssued);
    assert_eq!(t.get_number(), "A001");
    let (engine, _) = onestop::queue::link::QueueLink::view(&*link).unwrap();
    let mine = engine
        .tickets()
        .find(|x| x.label == "A001")
        .expect("the hub holds the ticket");
    assert_eq!((mine.service.as_str(), mine.state), ("housing", TicketState::Waiting));

    // Counter 1, a separate real client with its staff token, calls it.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let counter = {
        let _e = rt.enter();
        Client::connect(&url, Hello::counter(1, TOKEN))
    };
    let called = rt.block_on(async {
        let mut view = counter.view();
        assert!(onestop::queue::client::wait_connected(&mut view, Duration::from_secs(10)).await);
        counter.command(Command::CallNext { counter: 1 }).await
    });
    assert!(called.is_ok(), "{called:?}");
    until("the kiosk's replica to see the call", || {
        onestop::queue::link::QueueLink::view(&*link)
            .and_then(|(e, _)| e.tickets().find(|x| x.label == "A001").map(|x| x.state))
            == Some(TicketState::Called)
    });
    k.tap("Finish");
    k.tap("Skip");

    // The hub goes away: no number is invented.
    drop(stop);
    until("the kiosk to notice the hub has gone", || {
        onestop::queue::link::QueueLink::view(&*link).is_some_and(|(_, up)| !up)
    });
    k.tap("English");
    k.tap("Take a ticket");
    let shown = format!("{} {}", t.get_result_title(), t.get_number());
    assert_eq!(t.get_number(), "", "no number without the hub: {shown}");
    assert!(
        k.shows(&k.text("en-GB", "ticket-unavailable")),
        "says tickets are unavailable"
    );
}
