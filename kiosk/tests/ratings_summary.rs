//! The daily ratings summary end to end: the kiosk's real background service (and its one round,
//! `send_due`) against the real test CRM process on loopback (`tests/crm/test_crm.py`), over
//! signed HTTP, with the kiosk's real SQLite file. A finished day is sent once and today never;
//! a 503, or a reply lost after the CRM stored the day, is tried again, and the CRM's "duplicate"
//! counts as sent; a refusal is recorded and not retried; a restart sends nothing twice.

use kiosk::context::Context;
use kiosk::ratings_summary::{Origin, Round, send_due, start_every};
use onestop::crm::webhook::Webhook;
use onestop::store::{Store, Subject};
use onestop_e2e::crm_process::{Crm, SECRET, bodies, post, start_crm, stats};
use std::path::Path;
use std::time::{Duration, Instant};

/// A kiosk named `bus-1` whose webhook CRM is the test CRM on `port`, signing with `secret`.
fn kiosk(dir: &Path, port: u16, secret: &str) -> Context {
    let cfg = dir.join("kiosk.toml");
    std::fs::write(
        &cfg,
        format!(
            "[kiosk]\ncouncil_name = \"Cyngor Môn\"\nid = \"bus-1\"\n\n\
             [crm]\nkind = \"webhook\"\nurl = \"http://127.0.0.1:{port}/webhook\"\nsecret = \"{secret}\"\ntimeout_secs = 2\n"
        ),
    )
    .unwrap();
    Context::load(Some(&cfg), Some(&dir.join("data"))).unwrap()
}

/// The local date `days` ago, as the kiosk writes it.
fn day(days: i64) -> String {
    (kiosk::clock::local_now().date() - time::Duration::days(days)).to_string()
}

/// Ratings on three days: three days ago, yesterday and today.
fn rate_three_days(store: &Store) {
    let bin = Subject::Form("missed-bin".into());
    let housing = Subject::Service("housing".into());
    store.record_rating(&day(3), &bin, 2).unwrap();
    for score in [5, 5, 4] {
        store.record_rating(&day(1), &bin, score).unwrap();
    }
    store.record_rating(&day(1), &housing, 1).unwrap();
    store.record_rating(&day(0), &bin, 3).unwrap();
}

/// The ratings documents the CRM stored, by reference (`ratings:<kiosk>:<date>`).
fn received(crm_db: &Path) -> Vec<(String, serde_json::Value)> {
    bodies(crm_db)
        .into_iter()
        .filter(|(r, _)| r.starts_with("ratings:"))
        .map(|(r, b)| (r, serde_json::from_str(&b).unwrap()))
        .collect()
}

fn posts(crm: &Crm) -> u64 {
    stats(crm.port)["requests"].as_u64().unwrap()
}

fn round(store: &Store, ctx: &Context) -> Round {
    let c = &ctx.config.crm;
    let hook = Webhook::new(&c.url, c.secret.as_bytes(), Duration::from_secs(2)).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let today = day(0);
    runtime
        .block_on(send_due(
            store,
            &hook,
            &Origin::of(ctx),
            &today,
            &onestop::shutdown::Shutdown::never(),
        ))
        .unwrap()
}

/// A temp folder, the test CRM storing into `crm.db` there, and a kiosk signing with `secret`
/// whose database holds [`rate_three_days`].
struct Site {
    dir: tempfile::TempDir,
    crm: Crm,
    ctx: Context,
}

impl Site {
    fn new(secret: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
        let ctx = kiosk(dir.path(), crm.port, secret);
        rate_three_days(&ctx.open_store().unwrap());
        Site { dir, crm, ctx }
    }

    fn crm_db(&self) -> std::path::PathBuf {
        self.dir.path().join("crm.db")
    }
}

#[test]
fn finished_days_are_sent_once_today_never_and_nothing_again_after_a_restart() {
    let site = Site::new(SECRET);
    let (crm, ctx, crm_db) = (&site.crm, &site.ctx, site.crm_db());

    let service = start_every(ctx, Duration::from_millis(100))
        .unwrap()
        .expect("a webhook CRM");
    let deadline = Instant::now() + Duration::from_secs(20);
    while received(&crm_db).len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    // Many more rounds: nothing is sent again, and today is not over.
    std::thread::sleep(Duration::from_millis(1500));
    let got = received(&crm_db);
    let refs: Vec<&str> = got.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(
        refs,
        [format!("ratings:bus-1:{}", day(3)), format!("ratings:bus-1:{}", day(1))]
    );
    assert_eq!(posts(crm), 2, "one POST a day, none for today");
    assert_eq!(
        got[1].1,
        serde_json::json!({
            "version": 1, "kind": "kiosk-daily-ratings", "site": "Cyngor Môn", "kiosk": "bus-1",
            "date": day(1),
            "ratings": [
                {"kind": "form", "id": "missed-bin", "counts": [0, 0, 0, 1, 2]},
                {"kind": "service", "id": "housing", "counts": [1, 0, 0, 0, 0]}
            ]
        })
    );
    assert!(kiosk::background::stop_all(vec![service], Duration::from_secs(5)).is_empty());
    let store = ctx.open_store().unwrap();
    assert_eq!(store.ratings_summaries_done().unwrap(), [day(3), day(1)].into());

    // A restart, with one more rating for a day already sent: it is not sent again.
    store
        .record_rating(&day(1), &Subject::Form("missed-bin".into()), 1)
        .unwrap();
    let service = start_every(ctx, Duration::from_millis(100)).unwrap().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(kiosk::background::stop_all(vec![service], Duration::from_secs(5)).is_empty());
    assert_eq!(posts(crm), 2, "nothing was posted again after the restart");
    assert_eq!(received(&crm_db).len(), 2);
}

#[test]
fn a_day_the_crm_could_not_take_is_sent_at_the_next_round_and_a_duplicate_counts_as_sent() {
    let site = Site::new(SECRET);
    let (crm, ctx, crm_db) = (&site.crm, &site.ctx, site.crm_db());
    let store = ctx.open_store().unwrap();

    // Busy: a 503 with Retry-After. The first day waits, and so does the one after it.
    assert!(post(crm.port, "/admin/faults", r#"{"next": ["retryafter"]}"#).contains("200"));
    let first = round(&store, ctx);
    assert!(first.done.is_empty(), "{first:?}");
    let (date, why) = first.later.expect("tried again later");
    assert_eq!(date, day(3));
    assert!(why.contains("503"), "{why}");
    assert!(store.ratings_summaries_done().unwrap().is_empty(), "nothing recorded");

    // The CRM stores the day, then its answer is lost (a 500): the kiosk cannot know.
    assert!(post(crm.port, "/admin/faults", r#"{"next": ["commit500"]}"#).contains("200"));
    let second = round(&store, ctx);
    assert_eq!(second.later.map(|l| l.0), Some(day(3)));
    assert_eq!(received(&crm_db).len(), 1, "the CRM has it");

    // The next round sends it again under the same key: the CRM says duplicate, which is sent.
    let third = round(&store, ctx);
    assert_eq!(third.done, [(day(3), "sent".to_owned()), (day(1), "sent".to_owned())]);
    assert_eq!(third.later, None);
    assert_eq!(received(&crm_db).len(), 2, "each day stored once");
    assert_eq!(posts(crm), 4, "503, lost answer, duplicate, then the next day");
    assert_eq!(round(&store, ctx), Round::default(), "nothing is due any more");
}

#[test]
fn a_day_the_crm_refuses_is_recorded_as_refused_and_never_sent_again() {
    // Signed with the wrong secret: the CRM answers 401, which no retry mends.
    let site = Site::new("not-the-crms-secret-0000");
    let (crm, ctx, crm_db) = (&site.crm, &site.ctx, site.crm_db());
    let store = ctx.open_store().unwrap();
    let r = round(&store, ctx);
    assert_eq!(r.done.len(), 2, "{r:?}");
    assert!(
        r.done
            .iter()
            .all(|(_, o)| o.starts_with("refused: ") && o.contains("401")),
        "{r:?}"
    );
    assert_eq!(round(&store, ctx), Round::default());
    assert_eq!(posts(crm), 2);
    assert!(received(&crm_db).is_empty());
}

#[test]
fn a_document_the_crm_cannot_read_gets_its_error_page_and_is_tried_again_not_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let crm = start_crm(&dir.path().join("crm.db"), 0.0, &[]);
    let hook = Webhook::new(
        &format!("http://127.0.0.1:{}/webhook", crm.port),
        SECRET.as_bytes(),
        Duration::from_secs(2),
    )
    .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let torn = br#"{"version":1,"kind":"kiosk-daily-ratings","site":"x","kiosk":null,"date":"2026-11-22","ratings":[{"kind":"form","id":"missed-bin","counts":[1]}]}"#;
    let outcome = runtime.block_on(hook.post_signed("ratings-summary:x:2026-11-22", torn.to_vec()));
    let posted = onestop::crm::daily::Posted::from(outcome);
    assert!(
        matches!(&posted, onestop::crm::daily::Posted::Later(why) if why.contains("500")),
        "{posted:?}"
    );
}

#[test]
fn no_service_starts_without_a_webhook_crm() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::load(None, Some(dir.path())).unwrap();
    assert!(start_every(&ctx, Duration::from_millis(100)).unwrap().is_none());
}
