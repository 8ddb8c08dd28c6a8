//! The client against a scripted hub on loopback (a real WebSocket server that says exactly
//! what the test wants): it folds events in order, resyncs when a seq is skipped, ignores
//! repeats, answers commands from `result` and `error`, and reports `Lost` when the connection
//! drops under a command.

use futures_util::{SinkExt, StreamExt};
use onestop::queue::client::{Client, ClientError, ClientOptions, wait_connected};
use onestop::queue::engine::{Command, Engine, Event, QueueError, Sequenced};
use onestop::queue::protocol::{ClientMessage, HubMessage, parse_client, to_frame};
use onestop::queue::{Hello, QueueConfig};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;

type Ws = tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>;

async fn expect(ws: &mut Ws) -> ClientMessage {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("the client speaks")
            .unwrap()
            .unwrap();
        if let Message::Text(t) = m {
            return parse_client(&t).unwrap();
        }
    }
}

async fn say(ws: &mut Ws, m: &HubMessage) {
    ws.send(Message::Text(to_frame(m).into())).await.unwrap();
}

fn day_started(seq: u64) -> Sequenced {
    Sequenced {
        seq,
        at_ms: 1_000 * seq as i64,
        event: Event::DayStarted,
    }
}

fn welcome(e: &Engine) -> HubMessage {
    HubMessage::Welcome {
        snapshot: Box::new(e.snapshot()),
    }
}

#[tokio::test]
async fn the_client_folds_in_order_and_resyncs_after_a_gap() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/queue", listener.local_addr().unwrap());
    let client = Client::connect(&url, Hello::board());
    let mut view = client.view();
    let mut events = client.events();
    let mut ws = tokio_tungstenite::accept_async(listener.accept().await.unwrap().0)
        .await
        .unwrap();
    assert_eq!(expect(&mut ws).await, ClientMessage::Hello(Hello::board()));

    let mut hub = Engine::new(QueueConfig::example());
    say(&mut ws, &welcome(&hub)).await;
    assert!(wait_connected(&mut view, Duration::from_secs(5)).await);
    for s in [day_started(1), day_started(1), day_started(2)] {
        say(&mut ws, &HubMessage::Event { event: s }).await;
    }
    assert_eq!(events.recv().await.unwrap().seq, 1);
    assert_eq!(events.recv().await.unwrap().seq, 2, "the repeat of 1 is ignored");
    // 3 is lost on the way: 4 arrives, so the client asks for a snapshot.
    for s in 1..=4 {
        hub.fold(&day_started(s));
    }
    say(&mut ws, &HubMessage::Event { event: day_started(4) }).await;
    assert_eq!(expect(&mut ws).await, ClientMessage::Resync);
    say(&mut ws, &welcome(&hub)).await;
    say(&mut ws, &HubMessage::Event { event: day_started(5) }).await;
    hub.fold(&day_started(5));
    assert_eq!(
        events.recv().await.unwrap().seq,
        4,
        "4 was heard live: screens hear of it once the snapshot that holds it is in"
    );
    assert_eq!(events.recv().await.unwrap().seq, 5);
    let v = view.borrow().clone();
    assert_eq!(*v.engine.unwrap(), hub);
}

#[tokio::test]
async fn commands_get_their_answer_or_lost() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/queue", listener.local_addr().unwrap());
    let options = ClientOptions {
        backoff_min: Duration::from_secs(30),
        ..ClientOptions::default()
    };
    let client = Client::connect_with(&url, Hello::counter(1, "token"), options);
    let mut ws = tokio_tungstenite::accept_async(listener.accept().await.unwrap().0)
        .await
        .unwrap();
    expect(&mut ws).await;
    say(&mut ws, &welcome(&Engine::new(QueueConfig::example()))).await;
    assert!(wait_connected(&mut client.view(), Duration::from_secs(5)).await);

    let c = client.clone();
    let asked = tokio::spawn(async move { c.command(Command::Finish { counter: 1 }).await });
    let ClientMessage::Command { id, .. } = expect(&mut ws).await else {
        panic!()
    };
    say(
        &mut ws,
        &HubMessage::Error {
            id: Some(id),
            code: onestop::queue::protocol::ErrorCode::Refused,
            message: "counter 1 has no ticket called or being served".into(),
            reason: Some(QueueError::Idle(1)),
        },
    )
    .await;
    assert_eq!(asked.await.unwrap(), Err(ClientError::Refused(QueueError::Idle(1))));

    let c = client.clone();
    let asked = tokio::spawn(async move { c.command(Command::CallNext { counter: 1 }).await });
    expect(&mut ws).await;
    drop(ws);
    assert_eq!(asked.await.unwrap(), Err(ClientError::Lost), "it may have happened");
    assert_eq!(
        client.command(Command::CallNext { counter: 1 }).await,
        Err(ClientError::Unavailable)
    );
}

/// The client answers the hub's pings (with the same payload), so a hub that checks its clients
/// by pinging them never takes a live one for dead.
#[tokio::test]
async fn the_client_answers_the_hubs_pings() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/queue", listener.local_addr().unwrap());
    let client = Client::connect(&url, Hello::board());
    let mut view = client.view();
    let mut ws = tokio_tungstenite::accept_async(listener.accept().await.unwrap().0)
        .await
        .unwrap();
    assert_eq!(expect(&mut ws).await, ClientMessage::Hello(Hello::board()));
    say(&mut ws, &welcome(&Engine::new(QueueConfig::example()))).await;
    assert!(wait_connected(&mut view, Duration::from_secs(5)).await);
    for n in 0..3u8 {
        ws.send(Message::Ping(vec![n, 42].into())).await.unwrap();
        let pong = loop {
            let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
                .await
                .expect("the client answers")
                .unwrap()
                .unwrap();
            if let Message::Pong(p) = m {
                break p;
            }
        };
        assert_eq!(&pong[..], &[n, 42]);
    }
    assert!(client.view().borrow().connected);
}
