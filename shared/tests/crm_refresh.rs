//! Refreshing the cached CRM catalogue: versions go up only when a service's generated files
//! change, every version stays readable, and a failed refresh (an HTML error page, a broken
//! list, a hanging server, a broken definition) never empties or damages the cache. Served by a
//! small real HTTP server on loopback whose replies each test sets.

use onestop::crm::catalogue::{map_service, parse_service_list};
use onestop::crm::services::{ListError, Services};
use onestop::store::Store;
use onestop::store::catalogue::{Change, Entry, Refresh};
use serde_json::json;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Path (without query) → (status, content type, body); `None` body: never answer.
type Routes = Arc<Mutex<HashMap<String, (u16, &'static str, Option<String>)>>>;

/// A loopback HTTP/1.1 server answering from `routes` (404 otherwise), recording request paths.
async fn serve(routes: Routes, seen: Arc<Mutex<Vec<String>>>) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let (routes, seen) = (routes.clone(), seen.clone());
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 1024];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&buf).to_string();
                let target = head.split_whitespace().nth(1).unwrap_or("").to_owned();
                seen.lock().unwrap().push(target.clone());
                let path = target.split('?').next().unwrap().to_owned();
                let route = routes.lock().unwrap().get(&path).cloned();
                let (status, ctype, body) = route.unwrap_or((404, "application/json", Some("[]".into())));
                let Some(body) = body else {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    return;
                };
                let reply = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(reply.as_bytes()).await;
            });
        }
    });
    port
}

struct Crm {
    routes: Routes,
    seen: Arc<Mutex<Vec<String>>>,
    services: Services,
}

impl Crm {
    async fn start() -> Crm {
        let routes: Routes = Arc::default();
        let seen = Arc::default();
        let port = serve(routes.clone(), Arc::clone(&seen)).await;
        let services = Services::new(
            &format!("http://127.0.0.1:{port}/open311"),
            "leicester.gov.uk",
            Duration::from_secs(1),
        )
        .unwrap();
        Crm { routes, seen, services }
    }

    fn set(&self, path: &str, status: u16, body: Option<serde_json::Value>) {
        self.routes.lock().unwrap().insert(
            format!("/open311/{path}"),
            (status, "application/json", body.map(|b| b.to_string())),
        );
    }

    fn set_raw(&self, path: &str, status: u16, ctype: &'static str, body: &str) {
        self.routes
            .lock()
            .unwrap()
            .insert(format!("/open311/{path}"), (status, ctype, Some(body.to_owned())));
    }
}

fn list() -> serde_json::Value {
    json!([
        {"service_code": "POT", "service_name": "Pothole", "metadata": true},
        {"service_code": "GRAF", "service_name": "Graffiti", "metadata": false},
        {"service_code": "LAMP", "service_name": "Street light", "metadata": true},
    ])
}

fn pothole(question: &str) -> serde_json::Value {
    json!({"service_code": "POT", "attributes": [
        {"variable": true, "code": "depth", "datatype": "singlevaluelist", "required": true, "order": 1,
         "description": question, "values": [{"key": "S", "name": "Shallow"}, {"key": "D", "name": "Deep"}]}]})
}

/// A refresh as the kiosk does it (`kiosk::catalogue`): read the CRM's catalogue over HTTP, then
/// write it to the cache; a list that cannot be read writes nothing.
async fn refresh(store: &mut Store, services: &Services) -> Result<Refresh, ListError> {
    let read = services.read().await?;
    Ok(store.refresh_crm_catalogue(read).expect("the in-memory cache takes it"))
}

fn versions(store: &Store) -> Vec<(String, u32)> {
    store
        .crm_catalogue()
        .unwrap()
        .into_iter()
        .map(|c| (c.form_id, c.version))
        .collect()
}

#[tokio::test]
async fn a_first_refresh_adds_every_service_at_version_one() {
    let crm = Crm::start().await;
    crm.set("services.json", 200, Some(list()));
    crm.set("services/POT.json", 200, Some(pothole("How deep is it?")));
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.crm_catalogue_refreshed_at().unwrap(), None);
    let report = refresh(&mut store, &crm.services).await.unwrap();
    assert_eq!(
        report.changes,
        [
            Change::Added {
                form_id: "crm-pot".into(),
                version: 1
            },
            Change::Added {
                form_id: "crm-graf".into(),
                version: 1
            },
            Change::Added {
                form_id: "crm-lamp".into(),
                version: 1
            },
        ]
    );
    assert!(
        report.notes.iter().any(|n| n.contains("crm-lamp") && n.contains("404")),
        "{:?}",
        report.notes
    );
    let cached = store.crm_catalogue().unwrap();
    assert_eq!(
        cached.iter().map(|c| c.has_definition).collect::<Vec<_>>(),
        [true, false, false],
        "GRAF has no metadata, LAMP's definition 404s"
    );
    assert!(cached[0].form_toml.contains("version = 1"));
    assert!(store.crm_catalogue_refreshed_at().unwrap().is_some());
    let seen = crm.seen.lock().unwrap().clone();
    assert!(
        seen.contains(&"/open311/services.json?jurisdiction_id=leicester.gov.uk".to_owned()),
        "{seen:?}"
    );
    assert!(
        !seen.iter().any(|p| p.contains("GRAF")),
        "no definition is fetched without metadata"
    );
}

#[tokio::test]
async fn versions_go_up_only_when_the_definition_changes_and_old_ones_stay() {
    let crm = Crm::start().await;
    crm.set("services.json", 200, Some(list()));
    crm.set("services/POT.json", 200, Some(pothole("How deep is it?")));
    let mut store = Store::open_in_memory().unwrap();
    refresh(&mut store, &crm.services).await.unwrap();
    let again = refresh(&mut store, &crm.services).await.unwrap();
    assert!(
        again
            .changes
            .iter()
            .all(|c| matches!(c, Change::Unchanged { version: 1, .. })),
        "{:?}",
        again.changes
    );

    crm.set("services/POT.json", 200, Some(pothole("How deep is the pothole?")));
    let changed = refresh(&mut store, &crm.services).await.unwrap();
    assert_eq!(
        changed.changes[0],
        Change::Changed {
            form_id: "crm-pot".into(),
            from: 1,
            to: 2
        }
    );
    assert_eq!(versions(&store)[0], ("crm-pot".into(), 2));
    let (old, old_ftl) = store.crm_form_version("crm-pot", 1).unwrap().unwrap();
    assert!(old.contains("version = 1") && old_ftl.contains("How deep is it?"));
    let (new, _) = store.crm_form_version("crm-pot", 2).unwrap().unwrap();
    assert_eq!(onestop::forms::parse_form(&new).unwrap().version, 2);
}

#[tokio::test]
async fn a_failed_list_leaves_the_cache_as_it_was() {
    let crm = Crm::start().await;
    crm.set("services.json", 200, Some(list()));
    crm.set("services/POT.json", 200, Some(pothole("How deep is it?")));
    let mut store = Store::open_in_memory().unwrap();
    refresh(&mut store, &crm.services).await.unwrap();
    let before = store.crm_catalogue().unwrap();
    let stamp = store.crm_catalogue_refreshed_at().unwrap();

    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let faults: Vec<(u16, &'static str, Option<&str>)> = vec![
        (502, "text/html", Some(html)),
        (200, "text/html", Some(html)),
        (200, "application/json", Some("{\"services\": \"soon\"}")),
        (200, "application/json", Some("[{\"service_code\": ")),
        (
            500,
            "application/json",
            Some("[{\"code\": 500, \"description\": \"down\"}]"),
        ),
        (200, "application/json", None),
    ];
    for (status, ctype, body) in faults {
        crm.routes.lock().unwrap().insert(
            "/open311/services.json".into(),
            (status, ctype, body.map(str::to_owned)),
        );
        let e = refresh(&mut store, &crm.services).await.unwrap_err();
        assert!(matches!(e, ListError(_)), "{e}");
        assert!(e.to_string().contains("unchanged"), "{e}");
        assert_eq!(store.crm_catalogue().unwrap(), before, "after {status} {body:?}");
        assert_eq!(store.crm_catalogue_refreshed_at().unwrap(), stamp);
    }
}

#[tokio::test]
async fn a_broken_definition_keeps_that_services_cached_form() {
    let crm = Crm::start().await;
    crm.set("services.json", 200, Some(list()));
    crm.set("services/POT.json", 200, Some(pothole("How deep is it?")));
    let mut store = Store::open_in_memory().unwrap();
    refresh(&mut store, &crm.services).await.unwrap();
    let before = store.crm_catalogue().unwrap();

    for (status, body) in [
        (200, "{\"attributes\": [{\"code\": "),
        (503, "busy"),
        (200, "<html>oops</html>"),
    ] {
        crm.set_raw("services/POT.json", status, "text/html", body);
        let report = refresh(&mut store, &crm.services).await.unwrap();
        assert_eq!(
            report.changes[0],
            Change::Kept {
                form_id: "crm-pot".into(),
                version: 1
            }
        );
        assert!(
            report.notes.iter().any(|n| n.contains("cached version 1 stays")),
            "{:?}",
            report.notes
        );
        assert_eq!(
            store.crm_catalogue().unwrap()[0],
            before[0],
            "the same row, fetched_at too"
        );
    }
    // A new service whose definition is broken is skipped, not offered half-mapped.
    crm.set(
        "services.json",
        200,
        Some(json!([{"service_code": "NEW", "service_name": "New", "metadata": true}])),
    );
    crm.set_raw("services/NEW.json", 200, "application/json", "not json");
    let report = refresh(&mut store, &crm.services).await.unwrap();
    assert_eq!(report.skipped.len(), 1);
    assert!(report.skipped[0].reason.contains("not JSON"), "{:?}", report.skipped);
    assert!(store.crm_catalogue().unwrap().is_empty());
    assert_eq!(
        report
            .changes
            .iter()
            .filter(|c| matches!(c, Change::Removed { .. }))
            .count(),
        3
    );
}

#[test]
fn removed_services_come_back_at_their_old_version() {
    let mut store = Store::open_in_memory().unwrap();
    let list = parse_service_list(list().to_string().as_bytes()).unwrap();
    let mapped: Vec<Entry> = list
        .services
        .iter()
        .map(|s| Entry::Mapped(map_service(s, None).unwrap()))
        .collect();
    store.replace_crm_catalogue(&mapped).unwrap();
    let removed = store.replace_crm_catalogue(&mapped[..1]).unwrap();
    assert_eq!(
        removed[1..],
        [
            Change::Removed {
                form_id: "crm-graf".into()
            },
            Change::Removed {
                form_id: "crm-lamp".into()
            }
        ]
    );
    let back = store.replace_crm_catalogue(&mapped).unwrap();
    assert_eq!(
        back[2],
        Change::Added {
            form_id: "crm-lamp".into(),
            version: 1
        }
    );
    // An empty list is the CRM saying it offers nothing: the menu loses them.
    store.replace_crm_catalogue(&[]).unwrap();
    assert!(store.crm_catalogue().unwrap().is_empty());
    assert!(
        store.crm_form_version("crm-lamp", 1).unwrap().is_some(),
        "history stays"
    );
}

#[test]
fn the_cache_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.db");
    let key = || onestop::store::Key::load_or_create(&dir.path().join("kiosk.key")).unwrap();
    let list = parse_service_list(list().to_string().as_bytes()).unwrap();
    let entries: Vec<Entry> = list
        .services
        .iter()
        .map(|s| Entry::Mapped(map_service(s, None).unwrap()))
        .collect();
    Store::open(&db, key())
        .unwrap()
        .replace_crm_catalogue(&entries)
        .unwrap();
    let reopened = Store::open(&db, key()).unwrap();
    assert_eq!(
        versions(&reopened),
        [("crm-pot".into(), 1), ("crm-graf".into(), 1), ("crm-lamp".into(), 1)]
    );
}
