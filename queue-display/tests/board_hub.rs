//! The board against a real hub: `onestop::queue::server` on loopback, the board's own feed
//! (`board::feed::follow`) on a real board client, a real kiosk client issuing and a real
//! counter client calling. The board announces the call, then the recall as a recall, in order.

use onestop::queue::client::wait_connected;
use onestop::queue::server::Settings;
use onestop::queue::{Client, Command, Hello, QueueConfig, QueueStore};
use queue_display::board::feed::{Announcement, follow};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_board_announces_a_real_call_and_its_recall() {
    let mut settings = Settings::from_config(&onestop::config::Config::defaults().queue, 0);
    settings.config = QueueConfig::example();
    settings.tokens.insert(1, "counter-one-token".into());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/queue", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let hub = tokio::spawn(onestop::queue::server::run(
        listener,
        QueueStore::open_in_memory().unwrap(),
        settings,
        async move {
            let _ = stopped.await;
        },
    ));

    let board = Client::connect(&url, Hello::board());
    let kiosk = Client::connect(&url, Hello::kiosk(None));
    let counter = Client::connect(&url, Hello::counter(1, "counter-one-token"));
    for c in [&board, &kiosk, &counter] {
        assert!(wait_connected(&mut c.view(), Duration::from_secs(5)).await);
    }
    let (said_tx, mut said) = tokio::sync::mpsc::unbounded_channel::<Announcement>();
    let (seen_tx, mut seen) = tokio::sync::watch::channel(false);
    tokio::spawn(follow(
        board.view(),
        board.events(),
        move |t| {
            let _ = seen_tx.send(t.input().connected);
        },
        move |a| {
            let _ = said_tx.send(a);
        },
    ));

    kiosk
        .command(Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        })
        .await
        .unwrap();
    counter.command(Command::CallNext { counter: 1 }).await.unwrap();
    counter.command(Command::Recall { counter: 1 }).await.unwrap();
    let call = next(&mut said).await;
    assert_eq!((call.label.as_str(), call.counter, call.recall), ("A001", 1, false));
    let recall = next(&mut said).await;
    assert_eq!(
        (recall.label.as_str(), recall.counter, recall.recall),
        ("A001", 1, true)
    );
    assert!(recall.seq > call.seq);

    // The hub stops: the board's input says so (it keeps the last state to show).
    drop(stop);
    hub.await.unwrap().unwrap();
    tokio::time::timeout(Duration::from_secs(10), seen.wait_for(|up| !*up))
        .await
        .expect("the board notices the hub has gone")
        .unwrap();
}

async fn next(said: &mut tokio::sync::mpsc::UnboundedReceiver<Announcement>) -> Announcement {
    tokio::time::timeout(Duration::from_secs(5), said.recv())
        .await
        .expect("the board announces within 5 s")
        .expect("the feed is running")
}
