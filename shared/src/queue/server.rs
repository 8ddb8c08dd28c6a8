//! The queue hub: [`run`] serves the protocol of `docs/QUEUE.md` at `/v1/queue` (WebSocket),
//! `/v1/health` (JSON) and, when asked, `/metrics` (Prometheus) on a listener the caller bound, until `shutdown` resolves. One thread
//! ([`owner`]) owns the engine and its log, so decisions are serialised and stored before anyone
//! hears of them; each client's socket is a task ([`connection`]) that can only ask. Binding,
//! signals and reading the config file belong to the binary (`queue-display serve`, or the
//! kiosk when standalone).

mod boards;
mod bookings;
mod connection;
mod fairness;
pub mod kiosk_token;
mod mobile;
mod owner;
mod replica;
pub mod settings;
pub(crate) mod sms;

pub use bookings::AppointmentFeed;
pub use settings::{Clock, Limits, MobileHub, Rate, Settings};
pub use sms::{NOTIFY_URL, SmsHub};

use crate::queue::engine::{Engine, Event};
use crate::queue::store::{QueueStore, QueueStoreError};
use axum::Router;
use axum::extract::{ConnectInfo, State, WebSocketUpgrade};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use owner::{Frame, Msg, Owner};
use std::collections::BTreeMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use tokio::sync::{broadcast, mpsc, watch};

/// Why the hub could not start or had to stop.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The site's queue config has problems.
    #[error("the [queue] config cannot be used: {0}")]
    Config(String),
    /// The log could not be read or written.
    #[error(transparent)]
    Store(#[from] QueueStoreError),
    /// The listener failed.
    #[error("the hub's network listener failed: {0}")]
    Io(#[from] std::io::Error),
}

/// What every connection shares.
pub(crate) struct Shared {
    cmds: mpsc::Sender<Msg>,
    events: broadcast::Sender<Frame>,
    tokens: BTreeMap<u32, [u8; 32]>,
    kiosk_token: Option<[u8; 32]>,
    limits: Limits,
    issue: fairness::IssueLimiter,
    seq: Arc<AtomicU64>,
    clients: AtomicUsize,
    stop: watch::Receiver<bool>,
    /// Connected boards and what they report, by connection.
    boards: watch::Sender<BTreeMap<u64, crate::queue::protocol::BoardReport>>,
    next_board: AtomicU64,
    /// Clients past their hello, by role: boards, counters, kiosks (for metrics).
    in_role: [AtomicUsize; 3],
    /// Mobile ticket pages, when served.
    pages: Option<Arc<mobile::Pages>>,
    /// Queue texts, when sent (`[queue.sms]`).
    texts: Option<Arc<sms::Texts>>,
}

/// Serve the queue on `listener` from the log in `store` until `shutdown` resolves (or the log
/// fails, which is returned). The log is replayed under `settings.config` first; if its last
/// event was on an earlier business day, a new day starts at once.
pub async fn run(
    listener: tokio::net::TcpListener,
    store: QueueStore,
    settings: Settings,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), HubError> {
    let problems = settings.config.problems();
    if !problems.is_empty() {
        return Err(HubError::Config(problems.join("; ")));
    }
    let texts = match settings.sms.clone() {
        Some(hub) => Some(sms::Texts::open(hub, store.path()).map_err(HubError::Config)?),
        None => None,
    };
    let log = store.load()?;
    let last = log.last().map(|s| (s.at_ms, s.event == Event::DayStarted));
    let engine = Engine::replay(settings.config.clone(), &log);
    drop(log);

    let (cmds, cmd_rx) = mpsc::channel(1024);
    let (events, _) = broadcast::channel(settings.limits.broadcast_capacity.max(16));
    let (stop_tx, stop_rx) = watch::channel(false);
    let stop_tx = Arc::new(stop_tx);
    let seq = Arc::new(AtomicU64::new(engine.seq()));
    let owner = Owner {
        engine,
        store,
        clock: settings.clock.clone(),
        events: events.clone(),
        seq: seq.clone(),
        last,
        heartbeat: settings.heartbeat.as_ref().map(|(h, _)| h.clone()),
    };
    let owner_stop = stop_tx.clone();
    let owner = std::thread::Builder::new().name("queue-hub".into()).spawn(move || {
        let r = owner.run(cmd_rx);
        if let Err(e) = &r {
            tracing::error!("the queue hub stops: {e}");
        }
        // Whatever the reason, the connections must end too.
        owner_stop.send_replace(true);
        r
    })?;

    let shared = Arc::new(Shared {
        cmds: cmds.clone(),
        events,
        tokens: settings.tokens.iter().map(|(c, t)| (*c, settings::digest(t))).collect(),
        kiosk_token: settings.kiosk_token.as_deref().map(settings::digest),
        limits: settings.limits.clone(),
        issue: fairness::IssueLimiter::new(settings.limits.kiosk_tickets, settings.limits.address_tickets),
        seq,
        clients: AtomicUsize::new(0),
        stop: stop_rx.clone(),
        boards: watch::Sender::new(BTreeMap::new()),
        next_board: AtomicU64::new(1),
        in_role: Default::default(),
        pages: settings.mobile.clone().map(mobile::Pages::new),
        texts,
    });
    let feed = settings.appointments.clone().map(|feed| {
        tokio::spawn(bookings::follow(
            shared.clone(),
            feed,
            settings.config.clone(),
            settings.clock.clone(),
        ))
    });
    let follower = shared
        .pages
        .clone()
        .map(|pages| tokio::spawn(mobile::follow(shared.clone(), pages)));
    let texter = shared
        .texts
        .clone()
        .map(|texts| tokio::spawn(replica::follow(shared.clone(), texts)));
    let ticker = {
        let cmds = cmds.clone();
        let every = settings.clock.check_every;
        tokio::spawn(async move {
            let mut t = tokio::time::interval(every);
            loop {
                t.tick().await;
                if cmds.send(Msg::Tick).await.is_err() {
                    break;
                }
            }
        })
    };
    // Through the same queue as every command: a beat proves both the runtime and the engine
    // thread are moving.
    let beats = settings.heartbeat.as_ref().map(|(_, every)| {
        let (cmds, every) = (cmds.clone(), *every);
        tokio::spawn(async move {
            loop {
                if cmds.send(Msg::Beat).await.is_err() {
                    break;
                }
                tokio::time::sleep(every).await;
            }
        })
    });
    let mut app = Router::new()
        .route("/v1/queue", get(upgrade))
        .route("/v1/health", get(health));
    if settings.metrics {
        app = app.route("/metrics", get(metrics));
    }
    if shared.pages.is_some() {
        app = app
            .route("/t/{token}", get(mobile::show))
            .route("/t/{token}/status", get(mobile::status))
            .route("/t/{token}/events", get(mobile::events))
            .route("/t/{token}/more-time", axum::routing::post(mobile::more_time));
    }
    let app = app.with_state(shared.clone());
    let mut stopped = stop_rx.clone();
    let serve_stop = stop_tx.clone();
    // Small frames, sent at once: without NODELAY an event followed by a result waits for the
    // client's delayed ACK (40 ms).
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let served = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            tokio::select! {
                _ = shutdown => {}
                _ = stopped.wait_for(|s| *s) => {}
            }
            serve_stop.send_replace(true);
        })
        .await;
    ticker.abort();
    if let Some(f) = follower {
        f.abort();
    }
    if let Some(f) = texter {
        f.abort();
    }
    if let Some(f) = feed {
        f.abort();
    }
    if let Some(b) = beats {
        b.abort();
    }
    // Connections saw `stop` and are closing; the owner finishes what is queued, then stops.
    let _ = cmds.send(Msg::Stop).await;
    drop(shared);
    let owned = tokio::task::spawn_blocking(move || owner.join())
        .await
        .expect("joining the hub thread");
    served?;
    match owned {
        Ok(r) => r.map_err(HubError::from),
        Err(_) => panic!("the queue hub thread panicked"),
    }
}

async fn upgrade(
    ws: WebSocketUpgrade,
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Response {
    if shared.clients.load(Ordering::SeqCst) >= shared.limits.max_clients {
        return (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "the queue hub has too many clients; try again later",
        )
            .into_response();
    }
    let max = shared.limits.transport_max;
    ws.max_message_size(max)
        .max_frame_size(max)
        .on_upgrade(move |socket| connection::serve(socket, shared, peer.ip()))
}

/// `GET /metrics` (with `[metrics] hub = true`): the figures come from the owner thread, which
/// holds the engine; no token, as they carry no personal data and less than a board is sent.
async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    let (reply, rx) = tokio::sync::oneshot::channel();
    let asked = shared.cmds.send(Msg::Figures { reply }).await;
    let Ok(mut figures) = (match asked {
        Ok(()) => rx.await.map_err(|_| ()),
        Err(_) => Err(()),
    }) else {
        return (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "the queue hub is stopping\n",
        )
            .into_response();
    };
    let count = |slot: usize| shared.in_role[slot].load(Ordering::SeqCst) as u64;
    figures.clients = crate::metrics::hub::Clients {
        boards: count(0),
        counters: count(1),
        kiosks: count(2),
    };
    crate::metrics::http::reply(crate::metrics::hub::render(
        &figures,
        &crate::metrics::BuildInfo::of("hub"),
    ))
}

async fn health(State(shared): State<Arc<Shared>>) -> Response {
    let boards: Vec<_> = shared.boards.borrow().values().cloned().collect();
    let body = serde_json::json!({
        "status": "ok",
        "seq": shared.seq.load(Ordering::SeqCst),
        "clients": shared.clients.load(Ordering::SeqCst),
        "boards": boards,
    });
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}
