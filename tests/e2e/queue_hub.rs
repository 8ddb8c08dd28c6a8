//! The queue hub end to end: a real `queue-display serve` process on loopback, and real
//! WebSocket clients (`onestop::queue::Client`, as the kiosk, counter and board use it). A kiosk
//! issues, a counter calls, two boards see the call. Then the hub is SIGKILLed mid-day and
//! started again on the same data folder: the queue is intact, and every client reconnects and
//! resyncs by itself.

use onestop::queue::client::{Client, ClientError, wait_connected};
use onestop::queue::{Command, Event, Hello, Sequenced};
use onestop_e2e::hub_process::serve;
use std::process::Command as Process;
use std::time::Duration;
use tokio::sync::broadcast;

const KIOSK: &str = "kiosk-token-0123";
const C1: &str = "counter-one-token";

async fn next_call(events: &mut broadcast::Receiver<Sequenced>) -> (u64, u32) {
    loop {
        let e = tokio::time::timeout(Duration::from_secs(5), events.recv())
            .await
            .expect("the board hears within 5 s")
            .unwrap();
        if let Event::Called { ticket, counter } = e.event {
            return (ticket, counter);
        }
    }
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boards_see_calls_and_everyone_resyncs_after_the_hub_is_killed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.toml"),
        format!("[queue]\nkiosk_token = \"{KIOSK}\"\n\n[queue.tokens]\n1 = \"{C1}\"\n"),
    )
    .unwrap();
    let (hub, url) = serve(dir.path(), "127.0.0.1:0");
    let kiosk = Client::connect(&url, Hello::kiosk(Some(KIOSK.into())));
    let counter = Client::connect(&url, Hello::counter(1, C1));
    let boards = [
        Client::connect(&url, Hello::board()),
        Client::connect(&url, Hello::board()),
    ];
    for c in [&kiosk, &counter, &boards[0], &boards[1]] {
        assert!(wait_connected(&mut c.view(), Duration::from_secs(5)).await);
    }
    let mut heard: Vec<_> = boards.iter().map(Client::events).collect();

    let first = match &kiosk.command(issue("housing")).await.unwrap()[..] {
        [
            Sequenced {
                event: Event::Issued { ticket },
                ..
            },
        ] => ticket.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(first.label, "A001");
    kiosk.command(issue("general")).await.unwrap();
    counter.command(Command::CallNext { counter: 1 }).await.unwrap();
    for h in &mut heard {
        assert_eq!(next_call(h).await, (first.id, 1), "each board sees the call");
    }
    for b in &boards {
        let v = b.view().borrow().clone();
        assert_eq!(v.engine.unwrap().at_counter(1).unwrap().label, "A001");
    }
    // A board's command is refused by the hub, not the client.
    assert!(matches!(
        boards[0].command(Command::CallNext { counter: 1 }).await,
        Err(ClientError::Rejected { .. })
    ));
    let before = counter.view().borrow().engine.clone().unwrap();

    // SIGKILL mid-day.
    let port = url
        .trim_start_matches("ws://127.0.0.1:")
        .trim_end_matches("/v1/queue")
        .to_owned();
    drop(hub);
    for c in [&kiosk, &counter, &boards[0], &boards[1]] {
        let mut v = c.view();
        tokio::time::timeout(Duration::from_secs(5), v.wait_for(|v| !v.connected))
            .await
            .expect("clients notice the hub is gone")
            .unwrap();
    }
    let stale = boards[0].view().borrow().clone();
    assert_eq!(
        stale.engine.unwrap().at_counter(1).unwrap().label,
        "A001",
        "a board stays readable while the hub is down"
    );
    assert_eq!(kiosk.command(issue("housing")).await, Err(ClientError::Unavailable));

    // Same data folder, same port: the clients find it again by themselves.
    let (_hub, url2) = serve(dir.path(), &format!("127.0.0.1:{port}"));
    assert_eq!(url2, url);
    for c in [&kiosk, &counter, &boards[0], &boards[1]] {
        assert!(
            wait_connected(&mut c.view(), Duration::from_secs(10)).await,
            "reconnected"
        );
        assert_eq!(
            *c.view().borrow().engine.clone().unwrap(),
            *before,
            "state intact after the kill"
        );
    }
    // And the day goes on: the next ticket is A002; the counter finishes and calls C001, which
    // has waited longer.
    let next = kiosk.command(issue("housing")).await.unwrap();
    assert!(matches!(&next[0].event, Event::Issued { ticket } if ticket.label == "A002"));
    assert_eq!(next[0].seq, before.seq() + 1, "the sequence continues without a gap");
    counter.command(Command::Finish { counter: 1 }).await.unwrap();
    counter.command(Command::CallNext { counter: 1 }).await.unwrap();
    for h in &mut heard {
        let (ticket, counter) = next_call(h).await;
        let b = boards[0].view().borrow().engine.clone().unwrap();
        assert_eq!((b.ticket(ticket).unwrap().label.as_str(), counter), ("C001", 1));
    }
}

/// A morning at a real hub, then `queue-display stats` over its log: the CSV has the day's
/// figures per service, and a bad date or an existing file is a clear error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_are_read_from_the_hubs_log() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.toml"),
        format!("[queue]\n\n[queue.tokens]\n1 = \"{C1}\"\n3 = \"counter-three-token\"\n"),
    )
    .unwrap();
    let (hub, url) = serve(dir.path(), "127.0.0.1:0");
    // No kiosk token in the config: the hub made one at its first start.
    let token = std::fs::read_to_string(dir.path().join("data/queue-kiosk.token")).unwrap();
    let kiosk = Client::connect(&url, Hello::kiosk(Some(token.trim().to_owned())));
    let one = Client::connect(&url, Hello::counter(1, C1));
    let three = Client::connect(&url, Hello::counter(3, "counter-three-token"));
    for c in [&kiosk, &one, &three] {
        assert!(wait_connected(&mut c.view(), Duration::from_secs(5)).await);
    }
    for service in ["housing", "housing", "general"] {
        kiosk.command(issue(service)).await.unwrap();
    }
    // Counter 1 serves the first housing ticket, then sends the second to general enquiries.
    for c in [
        Command::CallNext { counter: 1 },
        Command::Start { counter: 1 },
        Command::Finish { counter: 1 },
        Command::CallNext { counter: 1 },
        Command::Transfer {
            counter: 1,
            target: onestop::queue::Target::Service("general".into()),
        },
    ] {
        one.command(c).await.unwrap();
    }
    // Counter 3 calls general: the transferred ticket kept its earlier place; the next no-shows.
    three.command(Command::CallNext { counter: 3 }).await.unwrap();
    three.command(Command::Finish { counter: 3 }).await.unwrap();
    three.command(Command::CallNext { counter: 3 }).await.unwrap();
    three.command(Command::NoShow { counter: 3 }).await.unwrap();
    drop(hub);

    let stats = |args: &[&str]| {
        Process::new(onestop_e2e::binary("queue-display"))
            .arg("stats")
            .arg("--data-dir")
            .arg(dir.path().join("data"))
            .args(args)
            .output()
            .unwrap()
    };
    let csv_path = dir.path().join("day.csv");
    let out = stats(&["--csv", csv_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&csv_path).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split(',').collect()).collect();
    let row = |service: &str| {
        rows.iter()
            .find(|r| r[1] == service)
            .unwrap_or_else(|| panic!("{text}"))
    };
    // date,service,tickets,priority,called,mean_wait,p90_wait,served,mean_service,no_shows,transfers
    let housing = row("housing");
    assert_eq!(
        (housing[2], housing[4], housing[7], housing[9], housing[10]),
        ("2", "2", "1", "0", "1"),
        "{text}"
    );
    let general = row("general");
    assert_eq!(
        (general[2], general[4], general[9], general[10]),
        ("1", "1", "1", "0"),
        "{text}"
    );
    let date = housing[0].to_owned();
    let table = stats(&["--date", &date]);
    assert!(String::from_utf8_lossy(&table.stdout).contains("housing"));

    let again = stats(&["--csv", csv_path.to_str().unwrap()]);
    assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("never overwritten"));
    let bad = stats(&["--date", "23/11/2026"]);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("must be a date like"));
}

/// A finished day's figures reach the council's CRM (the real test CRM, signed webhook) once: at the
/// hub's start, and not again when it starts a second time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finished_days_summary_reaches_the_crm_once() {
    use onestop::queue::{Engine, QueueConfig, QueueStore};
    use onestop_e2e::crm_process::{SECRET, start_crm, stats, stored};
    let dir = tempfile::tempdir().unwrap();
    let crm_db = dir.path().join("crm.db");
    let crm = start_crm(&crm_db, 0.0, &[]);
    std::fs::write(
        dir.path().join("site.toml"),
        format!(
            "[crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{}/webhook\"\nsecret = \"{SECRET}\"\n",
            crm.port
        ),
    )
    .unwrap();
    // Yesterday at the hub: two housing tickets, one served.
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let mut log = QueueStore::open(&dir.path().join("data/queue.db")).unwrap();
    let mut engine = Engine::new(QueueConfig::example());
    // 30 hours ago: a finished day in any time zone, even with the minutes the day takes.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let mut at = now_ms - 30 * 3_600_000;
    for c in [
        issue("housing"),
        issue("housing"),
        Command::CallNext { counter: 1 },
        Command::Start { counter: 1 },
        Command::Finish { counter: 1 },
    ] {
        at += 60_000;
        let events = engine.apply(&c, at).unwrap();
        log.append(&events).unwrap();
    }
    drop(log);

    let summary_sent = || {
        stored(&crm_db)
            .iter()
            .filter(|(r, _)| r.starts_with("summary:"))
            .count()
    };
    let wait_for = |n: usize| async move {
        for _ in 0..200 {
            if summary_sent() >= n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let (hub, _url) = serve(dir.path(), "127.0.0.1:0");
    wait_for(1).await;
    assert_eq!(summary_sent(), 1, "yesterday's summary was sent at start");
    let posts = stats(crm.port)["requests"].as_u64().unwrap();
    drop(hub);
    let (_hub, _url) = serve(dir.path(), "127.0.0.1:0");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(summary_sent(), 1, "a day is summarised once");
    assert_eq!(
        stats(crm.port)["requests"].as_u64().unwrap(),
        posts,
        "nothing was posted again"
    );
}
