//! A hub client for boards, counters and kiosks: [`Client::connect`] keeps one WebSocket to the
//! hub in a background task, reconnecting with backoff, and holds a replica [`Engine`] built from
//! the hub's snapshot and events (resyncing when a seq is skipped). Screens read [`Client::view`]
//! and [`Client::events`], and act with [`Client::command`]. What a screen shows is its own job.

use super::engine::{Command, Engine, QueueError, Sequenced};
use super::protocol::{
    BoardReport, ClientMessage, DeviceStatus, ErrorCode, Hello, HubMessage, MAX_HUB_FRAME, parse_hub, to_frame,
};
use futures_util::{SinkExt, StreamExt};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, oneshot, watch};
use tokio::time::{Instant, timeout};
use tokio_tungstenite::tungstenite::{Message, protocol::WebSocketConfig};

/// What a screen sees.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// The replica: `None` until the first welcome; kept (stale) while disconnected, so a board
    /// stays readable.
    pub engine: Option<Arc<Engine>>,
    /// Connected and in step with the hub.
    pub connected: bool,
}

/// Why a command did not happen (or may not have).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    /// Not connected: nothing was sent.
    #[error("the queue hub cannot be reached, so tickets are unavailable; please see reception")]
    Unavailable,
    /// The connection dropped after the command was sent: it may or may not have been done.
    #[error("the connection to the queue hub dropped before it answered; check the queue before trying again")]
    Lost,
    /// No answer within the timeout: it may or may not have been done.
    #[error("the queue hub did not answer in time; check the queue before trying again")]
    Timeout,
    /// The engine refused it; nothing changed.
    #[error("{0}")]
    Refused(QueueError),
    /// The hub refused it for another reason (`forbidden`, `rate-limited`…); nothing changed.
    #[error("the queue hub refused: {message}")]
    Rejected {
        /// The protocol's error code.
        code: ErrorCode,
        /// The hub's message.
        message: String,
    },
}

/// This machine's host name, as a client names itself in its hello (see
/// [`super::protocol::Hello::name`]); `None` when it cannot be read or is not a usable name.
pub fn host_name() -> Option<String> {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()?;
    let name: String = name.trim().chars().take(super::protocol::MAX_NAME).collect();
    (!name.is_empty() && !name.chars().any(char::is_control)).then_some(name)
}

/// Timings; [`Default`] suits a LAN.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// How long [`Client::command`] waits for the hub.
    pub command_timeout: Duration,
    /// First wait before reconnecting; doubles per failure.
    pub backoff_min: Duration,
    /// Longest wait before reconnecting.
    pub backoff_max: Duration,
    /// Ping the hub this often; three silent periods mean the connection is dead.
    pub ping_every: Duration,
}

impl Default for ClientOptions {
    fn default() -> ClientOptions {
        ClientOptions {
            command_timeout: Duration::from_secs(5),
            backoff_min: Duration::from_millis(200),
            backoff_max: Duration::from_secs(5),
            ping_every: Duration::from_secs(10),
        }
    }
}

/// What a carried-out command gave: its stored events, and for an issue at a hub that serves
/// mobile ticket pages, the ticket's page address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// The events, as stored.
    pub events: Vec<Sequenced>,
    /// The new ticket's mobile page, for its QR code.
    pub ticket_url: Option<String>,
}

type Reply = oneshot::Sender<Result<Done, ClientError>>;

/// What a screen asks the hub.
enum Request {
    Command(Command),
    /// A visitor's number for queue texts (its `Debug` hides it).
    Sms {
        ticket: u64,
        phone: super::sms::Phone,
    },
}

/// A connection to the hub, kept up in the background. Cheap to clone; the background task
/// ends when the last clone is dropped.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    view: watch::Receiver<View>,
    boards: watch::Receiver<Vec<BoardReport>>,
    status: watch::Sender<Option<DeviceStatus>>,
    events: broadcast::Sender<Sequenced>,
    commands: mpsc::Sender<(Request, Reply)>,
    timeout: Duration,
    /// Dropped with the last clone, which stops the background task.
    _stop: oneshot::Sender<()>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("connected", &self.inner.view.borrow().connected)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Start connecting to `url` (`ws://HOST:PORT/v1/queue`) as `hello` says; returns at once.
    /// Must be called within a tokio runtime.
    pub fn connect(url: impl Into<String>, hello: Hello) -> Client {
        Client::connect_with(url, hello, ClientOptions::default())
    }

    /// [`Client::connect`] with other timings.
    pub fn connect_with(url: impl Into<String>, hello: Hello, options: ClientOptions) -> Client {
        let (view_tx, view) = watch::channel(View::default());
        let (events, _) = broadcast::channel(1024);
        let (commands, cmd_rx) = mpsc::channel(64);
        let (stop, stop_rx) = oneshot::channel();
        let (boards_tx, boards) = watch::channel(Vec::new());
        let (status, status_rx) = watch::channel(None);
        let task = Task {
            url: url.into(),
            hello,
            options: options.clone(),
            view: view_tx,
            events: events.clone(),
            commands: cmd_rx,
            boards: boards_tx,
            status: status_rx,
        };
        tokio::spawn(async move {
            tokio::select! {
                _ = stop_rx => {}
                _ = task.run() => {}
            }
        });
        Client {
            inner: Arc::new(Inner {
                view,
                boards,
                status,
                events,
                commands,
                timeout: options.command_timeout,
                _stop: stop,
            }),
        }
    }

    /// The replica and the connection state, updated as they change.
    pub fn view(&self) -> watch::Receiver<View> {
        self.inner.view.clone()
    }

    /// The connected boards that report a problem, and what (counters only; empty for others).
    pub fn boards(&self) -> watch::Receiver<Vec<BoardReport>> {
        self.inner.boards.clone()
    }

    /// What this board reports of itself, for staff: sent now if connected and again after
    /// every reconnect.
    pub fn report(&self, status: DeviceStatus) {
        self.inner.status.send_if_modified(|s| {
            let changed = s.as_ref() != Some(&status);
            *s = Some(status);
            changed
        });
    }

    /// Live events, in order, once the replica holds them: an event heard while a fresh
    /// snapshot was on its way is told when the snapshot is in; one the client never heard
    /// (a gap) is not told at all, only folded in the snapshot.
    pub fn events(&self) -> broadcast::Receiver<Sequenced> {
        self.inner.events.subscribe()
    }

    /// Ask the hub to carry out `command`; its events once stored. Fails at once with
    /// [`ClientError::Unavailable`] while disconnected.
    pub async fn command(&self, command: Command) -> Result<Vec<Sequenced>, ClientError> {
        self.command_done(command).await.map(|d| d.events)
    }

    /// [`Client::command`], with the ticket's page address for an issue.
    pub async fn command_done(&self, command: Command) -> Result<Done, ClientError> {
        self.ask(Request::Command(command)).await
    }

    /// Text the visitor holding `ticket` (just issued, still waiting) at `phone` when their turn
    /// is near and when called; they agreed to it on the kiosk's screen. The hub refuses a
    /// number that is not a UK mobile (`bad-message`) and says `sms-off` when it sends no texts
    /// ([`ClientError::Rejected`]). A second number for the same ticket replaces the first.
    pub async fn sms(&self, ticket: u64, phone: &str) -> Result<(), ClientError> {
        let phone = super::sms::Phone::new(phone);
        self.ask(Request::Sms { ticket, phone }).await.map(|_| ())
    }

    async fn ask(&self, request: Request) -> Result<Done, ClientError> {
        if !self.inner.view.borrow().connected {
            return Err(ClientError::Unavailable);
        }
        let (reply, rx) = oneshot::channel();
        self.inner
            .commands
            .send((request, reply))
            .await
            .map_err(|_| ClientError::Unavailable)?;
        match timeout(self.inner.timeout, rx).await {
            Err(_) => Err(ClientError::Timeout),
            Ok(Err(_)) => Err(ClientError::Lost),
            Ok(Ok(r)) => r,
        }
    }
}

struct Task {
    url: String,
    hello: Hello,
    options: ClientOptions,
    view: watch::Sender<View>,
    events: broadcast::Sender<Sequenced>,
    commands: mpsc::Receiver<(Request, Reply)>,
    boards: watch::Sender<Vec<BoardReport>>,
    status: watch::Receiver<Option<DeviceStatus>>,
}

/// How a session ended.
enum Ended {
    /// The [`Client`] is gone.
    Dropped,
    /// Reconnect; `welcomed` says whether it got as far as a snapshot.
    Retry { welcomed: bool },
}

impl Task {
    async fn run(mut self) {
        let mut backoff = self.options.backoff_min;
        loop {
            let ended = self.session().await;
            self.view
                .send_if_modified(|v| std::mem::replace(&mut v.connected, false));
            match ended {
                Ended::Dropped => return,
                Ended::Retry { welcomed: true } => backoff = self.options.backoff_min,
                Ended::Retry { welcomed: false } => {}
            }
            // Wait with jitter (so a restarted hub is not hit by every client at once),
            // refusing commands meanwhile.
            let wait = backoff.mul_f64(0.5 + f64::from(random_u8()) / 255.0);
            let until = Instant::now() + wait;
            loop {
                tokio::select! {
                    _ = tokio::time::sleep_until(until) => break,
                    c = self.commands.recv() => match c {
                        Some((_, reply)) => { let _ = reply.send(Err(ClientError::Unavailable)); }
                        None => return,
                    },
                }
            }
            backoff = (backoff * 2).min(self.options.backoff_max);
        }
    }

    async fn session(&mut self) -> Ended {
        let config = WebSocketConfig::default()
            .max_message_size(Some(MAX_HUB_FRAME))
            .max_frame_size(Some(MAX_HUB_FRAME));
        let connecting = tokio_tungstenite::connect_async_with_config(self.url.as_str(), Some(config), true);
        let ws = match timeout(Duration::from_secs(5), connecting).await {
            Ok(Ok((ws, _))) => ws,
            Ok(Err(e)) => {
                tracing::debug!("queue hub {} not reachable: {e}", self.url);
                return Ended::Retry { welcomed: false };
            }
            Err(_) => return Ended::Retry { welcomed: false },
        };
        let (mut tx, mut rx) = ws.split();
        let hello = to_frame(&ClientMessage::Hello(self.hello.clone()));
        if tx.send(Message::Text(hello.into())).await.is_err() {
            return Ended::Retry { welcomed: false };
        }
        let mut replica: Option<Engine> = None;
        let mut resyncing = false;
        // Events that came while a fresh snapshot was on its way: told to screens once it is
        // here (those it includes), so a board still announces the call that caused it.
        let mut held: Vec<Sequenced> = Vec::new();
        let mut welcomed = false;
        let mut pending: HashMap<u64, Reply> = HashMap::new();
        let mut next_id = 0u64;
        let mut heard = Instant::now();
        let mut ping = tokio::time::interval(self.options.ping_every);
        ping.tick().await;
        let ended = loop {
            tokio::select! {
                m = rx.next() => {
                    heard = Instant::now();
                    let text = match m {
                        Some(Ok(Message::Text(t))) => t,
                        Some(Ok(Message::Close(f))) => {
                            if let Some(f) = f {
                                tracing::warn!("the queue hub closed the connection: {}", f.reason);
                            }
                            break Ended::Retry { welcomed };
                        }
                        Some(Ok(_)) => continue,
                        None | Some(Err(_)) => break Ended::Retry { welcomed },
                    };
                    let msg = match parse_hub(&text) {
                        Ok(m) => m,
                        Err(e) => {
                            tracing::warn!("ignoring a message from the queue hub: {e}");
                            continue;
                        }
                    };
                    match msg {
                        HubMessage::Welcome { snapshot } => {
                            let engine = Engine::from_snapshot(*snapshot);
                            self.view.send_replace(View { engine: Some(Arc::new(engine.clone())), connected: true });
                            for event in held.drain(..).filter(|e| e.seq <= engine.seq()) {
                                let _ = self.events.send(event);
                            }
                            replica = Some(engine);
                            resyncing = false;
                            if !welcomed {
                                // A new connection: the hub knows nothing of this board yet.
                                self.status.mark_changed();
                            }
                            welcomed = true;
                        }
                        HubMessage::Boards { boards } => {
                            self.boards.send_replace(boards);
                        }
                        HubMessage::Event { event } => {
                            let Some(r) = replica.as_mut() else { continue };
                            if event.seq <= r.seq() {
                                continue;
                            }
                            if resyncing {
                                if held.len() < 1024 {
                                    held.push(event);
                                }
                                continue;
                            }
                            let gap = event.seq != r.seq() + 1;
                            if gap {
                                tracing::info!("queue events {}..{} missed; resyncing", r.seq() + 1, event.seq);
                            } else {
                                r.fold(&event);
                            }
                            // After a gap, or when a ticket the summarised snapshot only counted
                            // was called: the fresh snapshot will hold it, and screens hear of the
                            // event then.
                            if gap || r.needs_resync() {
                                resyncing = true;
                                held.push(event);
                                let frame = to_frame(&ClientMessage::Resync);
                                if tx.send(Message::Text(frame.into())).await.is_err() {
                                    break Ended::Retry { welcomed };
                                }
                                continue;
                            }
                            self.view.send_replace(View { engine: Some(Arc::new(r.clone())), connected: true });
                            let _ = self.events.send(event);
                        }
                        HubMessage::Result { id, events, ticket_url } => {
                            if let Some(reply) = pending.remove(&id) {
                                let _ = reply.send(Ok(Done { events, ticket_url }));
                            }
                        }
                        HubMessage::Error { id, code, message, reason } => {
                            let err = match (code, reason) {
                                (ErrorCode::Refused, Some(r)) => ClientError::Refused(r),
                                _ => ClientError::Rejected { code, message: message.clone() },
                            };
                            match id.and_then(|id| pending.remove(&id)) {
                                Some(reply) => { let _ = reply.send(Err(err)); }
                                None => tracing::warn!("the queue hub says: {message}"),
                            }
                        }
                    }
                }
                Ok(()) = self.status.changed(), if welcomed => {
                    let status = self.status.borrow_and_update().clone();
                    if let Some(status) = status {
                        let frame = to_frame(&ClientMessage::Status(status));
                        if tx.send(Message::Text(frame.into())).await.is_err() {
                            break Ended::Retry { welcomed };
                        }
                    }
                }
                c = self.commands.recv() => {
                    let Some((request, reply)) = c else { break Ended::Dropped };
                    // While a fresh snapshot is on its way a command may still go: the hub answers
                    // this connection's messages in order, so the snapshot comes before the
                    // command's events and result, and the view holds them when it returns.
                    // (Refusing here made a counter's button fail, as if the hub were gone,
                    // whenever a call had just fetched a fresh snapshot.)
                    if !welcomed {
                        let _ = reply.send(Err(ClientError::Unavailable));
                        continue;
                    }
                    next_id += 1;
                    let frame = match request {
                        Request::Command(command) => to_frame(&ClientMessage::Command { id: next_id, command }),
                        Request::Sms { ticket, phone } => to_frame(&ClientMessage::Sms(super::protocol::SmsRequest {
                            id: next_id,
                            ticket,
                            phone,
                            consent: true,
                        })),
                    };
                    if tx.send(Message::Text(frame.into())).await.is_err() {
                        let _ = reply.send(Err(ClientError::Unavailable));
                        break Ended::Retry { welcomed };
                    }
                    pending.retain(|_, r| !r.is_closed());
                    pending.insert(next_id, reply);
                }
                _ = ping.tick() => {
                    if heard.elapsed() > self.options.ping_every * 3 {
                        tracing::warn!("the queue hub stopped answering; reconnecting");
                        break Ended::Retry { welcomed };
                    }
                    if tx.send(Message::Ping(Vec::new().into())).await.is_err() {
                        break Ended::Retry { welcomed };
                    }
                }
            }
        };
        for (_, reply) in pending.drain() {
            let _ = reply.send(Err(ClientError::Lost));
        }
        ended
    }
}

fn random_u8() -> u8 {
    let mut b = [0u8; 1];
    let _ = getrandom::fill(&mut b);
    b[0]
}

/// Wait until `view` says connected (for tests and start-up screens), at most `limit`.
pub async fn wait_connected(view: &mut watch::Receiver<View>, limit: Duration) -> bool {
    matches!(timeout(limit, view.wait_for(|v| v.connected)).await, Ok(Ok(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn commands_fail_at_once_while_disconnected() {
        // Nothing listens on port 9 of loopback here.
        let c = Client::connect("ws://127.0.0.1:9/v1/queue", Hello::board());
        let t = Instant::now();
        assert_eq!(c.command(Command::NewDay).await, Err(ClientError::Unavailable));
        assert!(t.elapsed() < Duration::from_millis(500));
        assert!(!c.view().borrow().connected);
        assert!(ClientError::Unavailable.to_string().contains("see reception"));
    }
}
