//! The bus: a kiosk with `[queue] tickets = true` and `standalone = true` hosts the queue hub
//! itself (its own `queue.db` beside the kiosk's database) and issues tickets through it, while
//! a board on the LAN (a real client, here on loopback) connects to that same hub and sees them.
//! When the window closes, the hub stops and gives its port back.

mod common;

use kiosk::ui::{Page, Ticket};
use onestop::queue::link::pump_all;
use onestop::queue::{Client, Hello};
use slint::ComponentHandle as _;
use std::time::{Duration, Instant};

#[test]
fn a_standalone_kiosk_hosts_the_hub_that_boards_join() {
    // The bus also has a ticket printer.
    let printer = common::printer::FakePrinter::start(common::printer::Mode::Ready);
    let k = common::start_with_config(&format!(
        "[queue]\ntickets = true\nstandalone = true\nlisten = \"127.0.0.1:0\"\n{}",
        printer.config()
    ));
    let _readers = k.start_devices();
    // The kiosk's one runtime carries the link to the hub, as in main.
    let io = kiosk::shell::workers::io_runtime().unwrap();
    let queue = kiosk::queue_hub::start(&k.ctx, &k.controller, io.handle().clone())
        .unwrap()
        .expect("tickets are on");
    let addr = queue.hosted.expect("the kiosk hosts the hub");
    assert!(
        k.ctx.data_dir.join("queue.db").exists(),
        "the hub's log sits in the kiosk's data folder"
    );

    let rt = tokio::runtime::Runtime::new().unwrap();
    let board = {
        let _e = rt.enter();
        Client::connect(format!("ws://{addr}/v1/queue"), Hello::board())
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    let up = || onestop::queue::link::QueueLink::view(&*queue.link).is_some_and(|(_, c)| c);
    while !(up() && board.view().borrow().connected) {
        assert!(
            Instant::now() < deadline,
            "the kiosk and the board reach the kiosk's hub"
        );
        std::thread::sleep(Duration::from_millis(10));
    }

    k.tap("English");
    k.tap("Take a ticket");
    k.tap("General enquiries");
    k.tap("Get my ticket");
    while k.page() != Page::TicketIssued {
        assert!(Instant::now() < deadline, "the hosted hub answers");
        std::thread::sleep(Duration::from_millis(10));
        pump_all();
        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(10));
    }
    assert_eq!(k.window.global::<Ticket>().get_number(), "C001");
    k.wait_for(&k.text("en-GB", "print-ticket-done"));
    let printed = printer.received();
    assert!(
        printed.windows(4).any(|w| w == b"C001"),
        "the ticket's number was printed"
    );
    let seen = |label: &str| {
        board
            .view()
            .borrow()
            .engine
            .as_ref()
            .is_some_and(|e| e.tickets().any(|t| t.label == label))
    };
    while !seen("C001") {
        assert!(Instant::now() < deadline, "the board sees the kiosk's ticket");
        std::thread::sleep(Duration::from_millis(10));
    }

    // The window closes: the hosted hub stops, with a board and the kiosk still connected, and
    // its port is free for the next start.
    let mut queue = queue;
    let hub = queue.hub.take().expect("the kiosk hosts the hub");
    let started = Instant::now();
    assert!(kiosk::background::stop_all(vec![hub], Duration::from_secs(10)).is_empty());
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    std::net::TcpListener::bind(addr).expect("the hub's port is released");
}
