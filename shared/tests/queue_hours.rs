//! The hub keeps the site's opening hours: a real hub on loopback with a clock the test moves.
//! Inside the hours a kiosk's ticket is issued; outside, the same request is refused with the
//! protocol error `refused`, reason `closed` and when it opens, and nothing changes; a counter
//! still calls the tickets already waiting; boards get the hours in their snapshot.

use futures_util::{SinkExt, StreamExt};
use onestop::hours::Hours;
use onestop::queue::engine::{Command, Snapshot};
use onestop::queue::server::{self, Clock, Settings};
use onestop::queue::{Client, ClientError, Hello, QueueConfig, QueueError, QueueStore};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

/// Monday 7 December 2026, 16:59 UTC (GMT: local time too).
const MONDAY_1659: i64 = 1_796_662_740_000;

fn hours() -> Hours {
    Hours::weekdays("09:00-17:00").unwrap()
}

async fn next_json(
    ws: &mut tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
) -> Value {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("the hub answers")
            .expect("still open")
            .unwrap();
        if let Message::Text(t) = m {
            let v: Value = serde_json::from_str(&t).unwrap();
            if v["type"] == "result" || v["type"] == "error" {
                return v;
            }
        }
    }
}

#[tokio::test]
async fn tickets_are_issued_in_opening_hours_refused_outside_and_waiting_ones_still_called() {
    assert_eq!(
        time::OffsetDateTime::from_unix_timestamp(MONDAY_1659 / 1000)
            .unwrap()
            .weekday(),
        time::Weekday::Monday
    );
    let now = Arc::new(AtomicI64::new(MONDAY_1659));
    let mut settings = Settings::new(QueueConfig {
        hours: hours(),
        ..QueueConfig::example()
    });
    settings.tokens = [(1, "counter-one-token".to_owned())].into();
    settings.clock = Clock::manual(now.clone(), 0);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/queue", listener.local_addr().unwrap());
    let (stop, shutdown) = onestop::shutdown::channel();
    let hub = tokio::spawn(server::run(
        listener,
        QueueStore::open_in_memory().unwrap(),
        settings,
        async move { shutdown.signalled().await },
    ));

    // A raw kiosk, to see the protocol as any client would.
    let (mut kiosk, _) = tokio_tungstenite::connect_async(&url).await.unwrap();
    let issue_frame = |id: u64| {
        let issue = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        };
        json!({"v": 1, "type": "command", "id": id, "command": issue}).to_string()
    };
    kiosk
        .send(Message::Text(
            json!({"v": 1, "type": "hello", "role": "kiosk"}).to_string().into(),
        ))
        .await
        .unwrap();
    kiosk.send(Message::Text(issue_frame(1).into())).await.unwrap();
    let open = next_json(&mut kiosk).await;
    assert_eq!(open["type"], "result", "{open}");
    assert_eq!(open["events"][0]["event"]["ticket"]["label"], "A001");

    // 17:00: closed until Tuesday 09:00.
    now.store(MONDAY_1659 + 60_000, Ordering::SeqCst);
    kiosk.send(Message::Text(issue_frame(2).into())).await.unwrap();
    let closed = next_json(&mut kiosk).await;
    assert_eq!(closed["type"], "error", "{closed}");
    assert_eq!(closed["id"], 2);
    assert_eq!(closed["code"], "refused");
    assert_eq!(
        closed["reason"],
        json!({"error": "closed", "detail": {"opens": "2026-12-08T09:00"}})
    );
    let message = closed["message"].as_str().unwrap();
    assert!(message.contains("closed") && message.contains("09:00"), "{message}");

    // The kiosk's own client reads the reason, so it can word it in the visitor's language.
    let client = Client::connect(&url, Hello::kiosk(None));
    let mut view = client.view();
    assert!(onestop::queue::client::wait_connected(&mut view, Duration::from_secs(5)).await);
    let refused = client
        .command(Command::Issue {
            service: "general".into(),
            priority: true,
            appointment: None,
            also: Vec::new(),
            locale: None,
        })
        .await
        .unwrap_err();
    let ClientError::Refused(QueueError::Closed { opens: Some(opens) }) = refused else {
        panic!("{refused:?}")
    };
    assert_eq!(opens.to_string(), "2026-12-08T09:00");
    let snapshot: Snapshot = {
        let v = client.view();
        let e = v.borrow().engine.clone().expect("a replica");
        e.summary()
    };
    assert_eq!(
        snapshot.config.hours,
        hours(),
        "clients learn the hours from the snapshot"
    );
    assert_eq!(snapshot.tickets.len(), 1, "the refusals changed nothing");

    // Staff still call the visitor who took A001 before closing.
    let counter = Client::connect(&url, Hello::counter(1, "counter-one-token"));
    let mut cv = counter.view();
    assert!(onestop::queue::client::wait_connected(&mut cv, Duration::from_secs(5)).await);
    counter.command(Command::Open { counter: 1 }).await.unwrap();
    let called = counter.command(Command::CallNext { counter: 1 }).await.unwrap();
    assert!(format!("{called:?}").contains("Called"), "{called:?}");

    // Tuesday 09:00: tickets again (a new day, so numbering starts again).
    now.store(MONDAY_1659 + 60_000 + 16 * 3_600_000, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(200)).await;
    kiosk.send(Message::Text(issue_frame(3).into())).await.unwrap();
    let morning = next_json(&mut kiosk).await;
    assert_eq!(morning["type"], "result", "{morning}");
    assert_eq!(morning["events"][0]["event"]["ticket"]["label"], "A001");

    drop((client, counter));
    stop.signal();
    hub.await.unwrap().unwrap();
}
