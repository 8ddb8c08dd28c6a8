//! A help call over a real hub on loopback: a kiosk presses "I need help", both counters' desks
//! (their replicas) see it named after the kiosk's hello, whatever name the kiosk's message
//! carried; a second press adds nothing; one counter answers it and it leaves every desk; the
//! answer time is in the day's per-counter figures read from the hub's log.

mod hub;

use hub::{Hub, client};
use onestop::queue::engine::Command;
use onestop::queue::server::{Clock, Settings};
use onestop::queue::stats;
use onestop::queue::{Hello, QueueConfig, QueueStore};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosks_help_call_reaches_every_counter_and_its_answer_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(AtomicI64::new(1_796_634_000_000));
    let mut s = Settings::new(QueueConfig::example());
    s.tokens = [(1, "counter-one-token".to_owned()), (2, "counter-two-token".to_owned())].into();
    s.clock = Clock::manual(now.clone(), 0);
    let hub = Hub::start(dir.path(), s, |_, _| {}).await;
    let url = hub.url.clone();

    let one = client(&url, Hello::counter(1, "counter-one-token")).await;
    let two = client(&url, Hello::counter(2, "counter-two-token")).await;
    let kiosk = client(&url, Hello::kiosk(None).named("library-foyer")).await;
    kiosk
        .command(Command::CallHelp {
            kiosk: "pretend-to-be-counter-staff".into(),
        })
        .await
        .unwrap();
    assert!(
        kiosk
            .command(Command::CallHelp { kiosk: String::new() })
            .await
            .unwrap()
            .is_empty(),
        "one open call per kiosk"
    );
    for desk in [&one, &two] {
        let mut view = desk.view();
        let seen = tokio::time::timeout(
            Duration::from_secs(5),
            view.wait_for(|v| v.engine.as_ref().is_some_and(|e| e.open_help().count() == 1)),
        )
        .await
        .expect("every desk hears of the call")
        .unwrap();
        let e = seen.engine.clone().unwrap();
        let call = e.open_help().next().unwrap();
        assert_eq!(call.kiosk, "library-foyer", "named by the hub from the kiosk's hello");
    }
    let id = one
        .view()
        .borrow()
        .engine
        .as_ref()
        .unwrap()
        .open_help()
        .next()
        .unwrap()
        .id;
    now.fetch_add(95_000, Ordering::SeqCst);
    two.command(Command::AckHelp { counter: 2, help: id }).await.unwrap();
    assert!(
        one.command(Command::AckHelp { counter: 1, help: id }).await.is_err(),
        "answered once"
    );
    let mut view = one.view();
    tokio::time::timeout(
        Duration::from_secs(5),
        view.wait_for(|v| v.engine.as_ref().is_some_and(|e| e.open_help().count() == 0)),
    )
    .await
    .expect("the answered call leaves every desk")
    .unwrap();
    // A kiosk may not answer a call, and a counter may not answer for another.
    assert!(kiosk.command(Command::AckHelp { counter: 1, help: id }).await.is_err());

    drop((kiosk, one, two));
    hub.stop().await;
    let log = QueueStore::open(&dir.path().join("queue.db")).unwrap().load().unwrap();
    let desks = stats::counters(&log, time::UtcOffset::UTC);
    let two = desks.iter().find(|d| d.counter == 2).expect("counter 2's figures");
    assert_eq!((two.help_acked, two.mean_help_ack_secs), (1, Some(95)));
}
