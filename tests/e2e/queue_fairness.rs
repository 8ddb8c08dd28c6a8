//! The queue hub under a misbehaving LAN client, end to end: a real `queue-display serve`
//! process on its embedded defaults plus a daily cap, attackers that hold the kiosk token and
//! reconnect as soon as they are refused, from their own loopback address (127.0.0.2), and a
//! real kiosk client (the kiosk's hello: its token and host name) from 127.0.0.1. The hub makes
//! its kiosk token at first start, holds the attackers to the per-address limit across
//! reconnects, still issues the kiosk's ticket, stops a service at its cap, and lets staff at a
//! counter allow more.

use futures_util::{SinkExt, StreamExt};
use onestop::queue::client::{Client, ClientError, wait_connected};
use onestop::queue::{Command, Event, Hello, QueueError};
use onestop_e2e::hub_process::Hub;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;

const C1: &str = "counter-one-token";

fn serve(dir: &Path, site: &str) -> (Hub, String) {
    std::fs::write(dir.join("site.toml"), site).unwrap();
    onestop_e2e::hub_process::serve(dir, "127.0.0.1:0")
}

fn issue(service: &str) -> Command {
    Command::Issue {
        service: service.into(),
        priority: false,
        appointment: None,
        also: Vec::new(),
        locale: None,
    }
}

/// What one attacking connection got before the hub refused it.
enum Round {
    /// Tickets issued on this connection, then a refusal (or the hub closed it).
    Refused(usize),
    /// The hello was refused.
    NotLetIn(String),
}

/// Connect from `from`, say hello with `token` and a new name, and issue `service` tickets as fast as the hub
/// answers until it refuses one; then hang up, as a client that just reconnects would.
async fn attack_once(hub: SocketAddr, from: &str, token: Option<&str>, service: &str) -> Round {
    // A new made-up name each time: the address limit must hold whatever the names.
    static NAMES: AtomicUsize = AtomicUsize::new(0);
    let name = format!("not-a-kiosk-{}", NAMES.fetch_add(1, Ordering::SeqCst));
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(format!("{from}:0").parse().unwrap()).unwrap();
    let tcp = socket.connect(hub).await.unwrap();
    let (mut ws, _) = tokio_tungstenite::client_async(format!("ws://{hub}/v1/queue"), tcp)
        .await
        .unwrap();
    let mut hello = serde_json::json!({"v": 1, "type": "hello", "role": "kiosk", "name": name});
    if let Some(t) = token {
        hello["token"] = t.into();
    }
    ws.send(Message::text(hello.to_string())).await.unwrap();
    let mut issued = 0;
    let mut id = 0u64;
    let mut welcomed = false;
    loop {
        let Some(Ok(msg)) = ws.next().await else {
            return Round::Refused(issued);
        };
        let Message::Text(text) = msg else { continue };
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        match v["type"].as_str() {
            Some("welcome") => welcomed = true,
            Some("error") if !welcomed => return Round::NotLetIn(v["message"].as_str().unwrap_or("").to_owned()),
            Some("error") if v["id"].as_u64() == Some(id) => {
                let _ = ws.close(None).await;
                return Round::Refused(issued);
            }
            Some("result") if v["id"].as_u64() == Some(id) => issued += 1,
            _ => continue,
        }
        id += 1;
        let cmd = serde_json::json!({"v": 1, "type": "command", "id": id, "command": {"command": "issue", "service": service, "priority": false, "appointment": null}});
        ws.send(Message::text(cmd.to_string())).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnecting_clients_cannot_drain_a_service_and_a_real_kiosk_still_gets_its_ticket() {
    let dir = tempfile::tempdir().unwrap();
    // The embedded defaults (kiosk token left empty), with counter 1 staffed.
    let (_hub, url) = serve(dir.path(), &format!("[queue]\n\n[queue.tokens]\n1 = \"{C1}\"\n"));
    let hub: SocketAddr = url
        .trim_start_matches("ws://")
        .trim_end_matches("/v1/queue")
        .parse()
        .unwrap();

    // A fresh install is not open: the hub made a token, and a kiosk without it is refused.
    let token_file = dir.path().join("data").join("queue-kiosk.token");
    let token = std::fs::read_to_string(&token_file)
        .expect("the hub made its kiosk token at first start")
        .trim()
        .to_owned();
    assert_eq!(token.len(), 32);
    match attack_once(hub, "127.0.0.2", None, "housing").await {
        Round::NotLetIn(why) => assert!(why.contains("kiosk token"), "{why}"),
        Round::Refused(n) => panic!("a kiosk without the token issued {n} tickets"),
    }

    // Ten attackers with the token (a stolen one), all from 127.0.0.2, reconnecting at once
    // each time they are refused, for 6 s.
    let issued = Arc::new(AtomicUsize::new(0));
    let connections = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let run_for = Duration::from_secs(6);
    let mut attackers = Vec::new();
    for _ in 0..10 {
        let (issued, connections, token) = (issued.clone(), connections.clone(), token.clone());
        attackers.push(tokio::spawn(async move {
            while started.elapsed() < run_for {
                connections.fetch_add(1, Ordering::SeqCst);
                match attack_once(hub, "127.0.0.2", Some(&token), "housing").await {
                    Round::Refused(n) => issued.fetch_add(n, Ordering::SeqCst),
                    Round::NotLetIn(why) => panic!("the attacker's hello was refused: {why}"),
                };
            }
        }));
    }

    // Meanwhile the real kiosk, from its own address, with its token and host name.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let kiosk = Client::connect(&url, Hello::kiosk(Some(token.clone())).named("library-foyer-1"));
    assert!(wait_connected(&mut kiosk.view(), Duration::from_secs(5)).await);
    let got = kiosk
        .command(issue("housing"))
        .await
        .expect("the real kiosk gets its ticket");
    assert!(matches!(&got[0].event, Event::Issued { ticket } if ticket.service == "housing"));

    for a in attackers {
        a.await.unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let issued = issued.load(Ordering::SeqCst);
    let connections = connections.load(Ordering::SeqCst);
    // The address's limit (the defaults: 20 at once, then 12 a minute), however many
    // connections: without it, ten reconnecting clients issued 9,999 in under 10 s.
    let limit = 20.0 + 12.0 * elapsed / 60.0;
    eprintln!("10 attackers, {connections} connections in {elapsed:.1} s: {issued} tickets (limit {limit:.1})");
    assert!(
        connections > 10,
        "the attackers reconnected ({connections} connections)"
    );
    assert!(
        issued as f64 <= limit.floor() + 1.0,
        "{issued} tickets in {elapsed:.1} s from one address is over its limit of {limit:.1}"
    );
    assert!(
        issued >= 20,
        "the burst was issued ({issued}): the limit is a rate, not a ban"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_at_its_daily_cap_says_so_and_staff_can_allow_more() {
    let dir = tempfile::tempdir().unwrap();
    let (_hub, url) = serve(
        dir.path(),
        &format!("[queue]\nkiosk_token = \"site-kiosk-token-1\"\ndaily_cap = 5\n\n[queue.tokens]\n1 = \"{C1}\"\n"),
    );
    let hub: SocketAddr = url
        .trim_start_matches("ws://")
        .trim_end_matches("/v1/queue")
        .parse()
        .unwrap();
    // Five addresses share the cap out between them; none of them is over its own limit.
    let mut total = 0;
    for i in 2..7 {
        match attack_once(hub, &format!("127.0.0.{i}"), Some("site-kiosk-token-1"), "housing").await {
            Round::Refused(n) => total += n,
            Round::NotLetIn(why) => panic!("{why}"),
        }
    }
    assert_eq!(total, 5, "the cap, and not one more");

    let kiosk = Client::connect(
        &url,
        Hello::kiosk(Some("site-kiosk-token-1".into())).named("library-foyer-1"),
    );
    let staff = Client::connect(&url, Hello::counter(1, C1));
    for c in [&kiosk, &staff] {
        assert!(wait_connected(&mut c.view(), Duration::from_secs(5)).await);
    }
    assert_eq!(
        kiosk.command(issue("housing")).await.unwrap_err(),
        ClientError::Refused(QueueError::CapReached("housing".into()))
    );
    // Other services are not touched.
    kiosk.command(issue("general")).await.unwrap();
    // What staff see: issued and cap, from their replica.
    let seen = staff.view().borrow().engine.clone().unwrap();
    assert_eq!((seen.issued_today("housing"), seen.daily_cap("housing")), (5, 5));
    staff
        .command(Command::AllowMore {
            counter: 1,
            service: "housing".into(),
            more: 10,
        })
        .await
        .unwrap();
    let got = kiosk
        .command(issue("housing"))
        .await
        .expect("allowed after staff raised the cap");
    assert!(matches!(&got[0].event, Event::Issued { ticket } if ticket.label == "A006"));
    // A kiosk may not raise a cap.
    let refused = kiosk
        .command(Command::AllowMore {
            counter: 1,
            service: "housing".into(),
            more: 10,
        })
        .await
        .unwrap_err();
    assert!(matches!(refused, ClientError::Rejected { .. }), "{refused:?}");
}
