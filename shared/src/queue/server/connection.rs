//! One client's WebSocket, from hello to close: it checks who the client is, holds it to its
//! role and its rate, passes its commands to the owner and forwards every event in order. A
//! client that falls behind the broadcast gets a fresh snapshot instead of stalling anyone; one
//! that stops reading is dropped after the write timeout. Deciding is the owner's job.

use super::Shared;
use super::boards::Listed;
use super::fairness::Bucket;
use super::owner::{Frame, Msg, Refusal};
use super::settings::same;
use crate::queue::engine::Command;
use crate::queue::protocol::{
    BoardReport, ClientMessage, ErrorCode, Hello, HubMessage, Role, SmsRequest, error_frame, parse_client, to_frame,
};
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use tokio::sync::{broadcast, oneshot};
use tokio::time::{Instant, sleep_until, timeout};

/// Who a connection turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    /// With the name from its hello, if it gave one.
    Kiosk(Option<String>),
    /// Likewise.
    Board(Option<String>),
    Counter(u32),
}

/// Close codes: policy violation, and message too big.
const POLICY: u16 = 1008;
const TOO_BIG: u16 = 1009;

const BINARY: &str = "send JSON in text frames, not binary ones";

struct Conn {
    shared: Arc<Shared>,
    tx: SplitSink<WebSocket, Message>,
    rx: SplitStream<WebSocket>,
    /// Last seq sent to this client.
    sent: u64,
    /// Where it connects from.
    peer: IpAddr,
}

/// Counts the client in and, however it ends, out.
struct Counted(Arc<Shared>);
impl Drop for Counted {
    fn drop(&mut self) {
        self.0.clients.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Counts the client in its role (for metrics) once its hello is accepted, and out when it ends.
struct InRole(Arc<Shared>, usize);
impl Drop for InRole {
    fn drop(&mut self) {
        self.0.in_role[self.1].fetch_sub(1, Ordering::SeqCst);
    }
}

impl Who {
    /// Its slot in `Shared::in_role`: boards, counters, kiosks.
    fn role_slot(&self) -> usize {
        match self {
            Who::Board(_) => 0,
            Who::Counter(_) => 1,
            Who::Kiosk(_) => 2,
        }
    }
}

/// Serve one upgraded socket until it closes or the hub stops.
pub(crate) async fn serve(socket: WebSocket, shared: Arc<Shared>, peer: IpAddr) {
    shared.clients.fetch_add(1, Ordering::SeqCst);
    let _counted = Counted(shared.clone());
    let (tx, rx) = socket.split();
    let mut c = Conn {
        shared,
        tx,
        rx,
        sent: 0,
        peer,
    };
    let hello_timeout = c.shared.limits.hello_timeout;
    // Pings do not stand in for hello: the hello must come within the time, pings or not.
    let first = async {
        loop {
            match c.next_text().await {
                Incoming::Alive => continue,
                other => break other,
            }
        }
    };
    let who = match timeout(hello_timeout, first).await {
        Err(_) => {
            let msg = format!("say hello within {} s of connecting", hello_timeout.as_secs());
            c.send(error_frame(None, ErrorCode::HelloFirst, &msg)).await;
            return c.close(POLICY, &msg).await;
        }
        Ok(Incoming::Gone | Incoming::Alive) => return,
        Ok(Incoming::Unreadable(msg)) => return c.close(TOO_BIG, &msg).await,
        Ok(Incoming::Binary) => {
            c.send(error_frame(None, ErrorCode::BadJson, BINARY)).await;
            return c.close(POLICY, BINARY).await;
        }
        Ok(Incoming::Text(text)) => match parse_client(&text) {
            Ok(ClientMessage::Hello(h)) => match c.shared.authorise(&h) {
                Ok(who) => who,
                Err((code, msg)) => {
                    c.send(error_frame(None, code, &msg)).await;
                    return c.close(POLICY, &msg).await;
                }
            },
            Ok(_) => {
                let msg = "the first message must be hello";
                c.send(error_frame(None, ErrorCode::HelloFirst, msg)).await;
                return c.close(POLICY, msg).await;
            }
            Err(e) => {
                let msg = e.to_string();
                c.send(error_frame(None, e.code(), &msg)).await;
                return c.close(POLICY, &msg).await;
            }
        },
    };
    c.shared.in_role[who.role_slot()].fetch_add(1, Ordering::SeqCst);
    let _in_role = InRole(c.shared.clone(), who.role_slot());
    let mut events = c.shared.events.subscribe();
    if !c.welcome(&mut events).await {
        return;
    }
    c.main_loop(who, events).await;
}

enum Incoming {
    Text(Utf8Bytes),
    Binary,
    /// The transport refused it (over `transport_max`, or broken framing).
    Unreadable(String),
    /// A ping or pong: no message, but the client is alive (tungstenite answers the ping).
    Alive,
    Gone,
}

impl Conn {
    /// The next data message, or [`Incoming::Alive`] for a ping or pong, which counts as heard.
    async fn next_text(&mut self) -> Incoming {
        match self.rx.next().await {
            None | Some(Ok(Message::Close(_))) => Incoming::Gone,
            Some(Ok(Message::Text(t))) => Incoming::Text(t),
            Some(Ok(Message::Binary(_))) => Incoming::Binary,
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => Incoming::Alive,
            Some(Err(e)) => Incoming::Unreadable(format!(
                "unreadable frame ({e}); frames are limited to {} bytes",
                self.shared.limits.max_frame
            )),
        }
    }

    async fn send(&mut self, text: impl Into<Utf8Bytes>) -> bool {
        let limit = self.shared.limits.write_timeout;
        matches!(
            timeout(limit, self.tx.send(Message::Text(text.into()))).await,
            Ok(Ok(()))
        )
    }

    async fn close(mut self, code: u16, reason: &str) {
        let reason: String = reason.chars().take(100).collect();
        let frame = Message::Close(Some(CloseFrame {
            code,
            reason: reason.into(),
        }));
        let _ = timeout(self.shared.limits.write_timeout, self.tx.send(frame)).await;
        // Wait (briefly) for the client's close, reading and ignoring what it still sends:
        // hanging up on unread data would reset the connection and lose our last words.
        let _ = timeout(std::time::Duration::from_secs(1), async {
            while let Some(Ok(_)) = self.rx.next().await {}
        })
        .await;
    }

    /// Subscribe afresh and send a snapshot; events already in it are skipped later.
    async fn welcome(&mut self, events: &mut broadcast::Receiver<Frame>) -> bool {
        *events = self.shared.events.subscribe();
        let (reply, rx) = oneshot::channel();
        if self.shared.cmds.send(Msg::Snapshot { reply }).await.is_err() {
            return false;
        }
        let Ok(frame) = rx.await else { return false };
        self.sent = frame.seq;
        self.send(frame.text).await
    }

    /// Forward `frame`, and any others already waiting, unless the snapshot held them; one
    /// flush for the lot, so a burst costs one write, not one per event.
    async fn forward(&mut self, first: Frame, events: &mut broadcast::Receiver<Frame>) -> bool {
        let mut next = Some(first);
        let mut fed = false;
        while let Some(frame) = next.take() {
            if frame.seq > self.sent {
                self.sent = frame.seq;
                let feed = self.tx.feed(Message::Text(frame.text));
                if !matches!(timeout(self.shared.limits.write_timeout, feed).await, Ok(Ok(()))) {
                    return false;
                }
                fed = true;
            }
            match events.try_recv() {
                Ok(f) => next = Some(f),
                Err(broadcast::error::TryRecvError::Lagged(_)) => return self.welcome(events).await,
                Err(_) => {}
            }
        }
        !fed || matches!(
            timeout(self.shared.limits.write_timeout, self.tx.flush()).await,
            Ok(Ok(()))
        )
    }

    async fn main_loop(mut self, who: Who, mut events: broadcast::Receiver<Frame>) {
        let limits = self.shared.limits.clone();
        // Counters hear of the boards that report a problem, now and on each change.
        let mut boards = self.shared.boards.subscribe();
        let mut told: Vec<BoardReport> = Vec::new();
        let is_counter = matches!(who, Who::Counter(_));
        if is_counter {
            boards.mark_changed();
        }
        // A board is listed for staff while it is connected.
        let _listed = matches!(who, Who::Board(_)).then(|| {
            let name = match &who {
                Who::Board(Some(name)) => name.clone(),
                _ => self.peer.to_string(),
            };
            Listed::new(&self.shared, name)
        });
        let mut stop = self.shared.stop.clone();
        let stopping = async move {
            let _ = stop.wait_for(|s| *s).await;
        };
        tokio::pin!(stopping);
        let mut bucket = Bucket::new(limits.per_second, limits.burst);
        let mut strikes = 0u32;
        let mut heard = Instant::now();
        loop {
            tokio::select! {
                biased;
                _ = &mut stopping => return self.close(1001, "the hub is stopping").await,
                r = events.recv() => {
                    let ok = match r {
                        Ok(frame) => self.forward(frame, &mut events).await,
                        Err(broadcast::error::RecvError::Lagged(_)) => self.welcome(&mut events).await,
                        Err(broadcast::error::RecvError::Closed) => false,
                    };
                    if !ok {
                        return;
                    }
                }
                Ok(()) = boards.changed(), if is_counter => {
                    let list: Vec<BoardReport> = boards
                        .borrow_and_update()
                        .values()
                        .filter(|b| b.status.sound.is_some())
                        .cloned()
                        .collect();
                    if list != told {
                        if !self.send(to_frame(&HubMessage::Boards { boards: list.clone() })).await {
                            return;
                        }
                        told = list;
                    }
                }
                _ = sleep_until(heard + limits.idle_timeout) => {
                    return self.close(POLICY, "nothing heard for too long; ping every few seconds").await;
                }
                m = self.next_text() => {
                    heard = Instant::now();
                    let text = match m {
                        // Any frame, ping or pong included, is a sign of life: a client that
                        // only pings (ours, when idle) must never be dropped as silent.
                        Incoming::Alive => continue,
                        Incoming::Gone => return,
                        Incoming::Unreadable(msg) => return self.close(TOO_BIG, &msg).await,
                        Incoming::Text(t) => t,
                        Incoming::Binary => Utf8Bytes::from_static(""),
                    };
                    if !bucket.take() {
                        strikes += 1;
                        if strikes > limits.strikes {
                            let msg = "too many messages: disconnected";
                            self.send(error_frame(None, ErrorCode::RateLimited, msg)).await;
                            return self.close(POLICY, msg).await;
                        }
                        let msg = format!("slow down: at most {} messages a second", limits.per_second);
                        if !self.send(error_frame(None, ErrorCode::RateLimited, msg)).await {
                            return;
                        }
                        continue;
                    }
                    strikes = strikes.saturating_sub(1);
                    if !self.handle(&who, &text, &mut events, _listed.as_ref()).await {
                        return;
                    }
                }
            }
        }
    }

    /// One allowed message. `false`: the connection is broken.
    async fn handle(
        &mut self,
        who: &Who,
        text: &str,
        events: &mut broadcast::Receiver<Frame>,
        listed: Option<&Listed>,
    ) -> bool {
        if text.is_empty() {
            // Binary frames arrive here as empty text: no valid message is empty.
            return self.send(error_frame(None, ErrorCode::BadJson, BINARY)).await;
        }
        let (id, command) = match parse_client(text) {
            Err(e) => return self.send(error_frame(None, e.code(), e.to_string())).await,
            Ok(ClientMessage::Hello(_)) => {
                return self
                    .send(error_frame(None, ErrorCode::BadMessage, "hello was already sent"))
                    .await;
            }
            Ok(ClientMessage::Resync) => return self.welcome(events).await,
            Ok(ClientMessage::Status(status)) => {
                return match listed {
                    Some(l) => {
                        l.report(status);
                        true
                    }
                    None => {
                        self.send(error_frame(None, ErrorCode::Forbidden, "only boards report a status"))
                            .await
                    }
                };
            }
            Ok(ClientMessage::Sms(req)) => {
                let frame = match self.sms(who, req).await {
                    Ok(id) => to_frame(&HubMessage::Result {
                        id,
                        events: Vec::new(),
                        ticket_url: None,
                    }),
                    Err((id, code, msg)) => error_frame(Some(id), code, msg),
                };
                return self.send(frame).await;
            }
            Ok(ClientMessage::Command { id, command }) => (id, command),
        };
        if let Err(msg) = permitted(who, &command) {
            return self.send(error_frame(Some(id), ErrorCode::Forbidden, msg)).await;
        }
        // A help call names the kiosk as it introduced itself, whatever the message says.
        let command = match (who, command) {
            (Who::Kiosk(name), Command::CallHelp { .. }) => Command::CallHelp {
                kiosk: name.clone().unwrap_or_else(|| format!("kiosk at {}", self.peer)),
            },
            (_, c) => c,
        };
        if let (Who::Kiosk(name), Command::Issue { .. }) = (who, &command)
            && let Err(t) = self.shared.issue.allow(self.peer, name.as_deref())
        {
            tracing::warn!(
                peer = %self.peer,
                kiosk = name.as_deref().unwrap_or("-"),
                "ticket refused: {} is over its ticket limit",
                t.what
            );
            let msg = format!(
                "{} has issued too many tickets in a short time; try again in {} s",
                t.what,
                t.retry_after.as_secs().max(1)
            );
            return self.send(error_frame(Some(id), ErrorCode::RateLimited, msg)).await;
        }
        let (reply, rx) = oneshot::channel();
        let unavailable = || {
            error_frame(
                Some(id),
                ErrorCode::Unavailable,
                "the hub is stopping; try again shortly",
            )
        };
        if self.shared.cmds.send(Msg::Command { command, reply }).await.is_err() {
            return self.send(unavailable()).await;
        }
        let frame = match rx.await {
            Err(_) => unavailable(),
            Ok(Err(Refusal::Engine(e))) => to_frame(&HubMessage::Error {
                id: Some(id),
                code: ErrorCode::Refused,
                message: e.to_string(),
                reason: Some(e),
            }),
            Ok(Err(Refusal::Unavailable(msg))) => error_frame(Some(id), ErrorCode::Unavailable, msg),
            Ok(Ok(done)) => {
                // The events go out before the result, so a client's replica has them when its
                // command returns.
                if let Some(last) = done.last().map(|s| s.seq) {
                    while self.sent < last {
                        let ok = match events.recv().await {
                            Ok(frame) => self.forward(frame, events).await,
                            Err(broadcast::error::RecvError::Lagged(_)) => self.welcome(events).await,
                            Err(broadcast::error::RecvError::Closed) => false,
                        };
                        if !ok {
                            return false;
                        }
                    }
                }
                let ticket_url = self.shared.pages.as_ref().and_then(|p| {
                    done.iter().find_map(|s| match &s.event {
                        crate::queue::engine::Event::Issued { ticket } => Some(p.url(ticket.id)),
                        _ => None,
                    })
                });
                to_frame(&HubMessage::Result {
                    id,
                    events: done,
                    ticket_url,
                })
            }
        };
        self.send(frame).await
    }
}

impl Conn {
    /// A kiosk's number for queue texts: checked, then kept. The number is in no answer and no
    /// log line.
    async fn sms(&self, who: &Who, req: SmsRequest) -> Result<u64, (u64, ErrorCode, String)> {
        let id = req.id;
        let err = |code, msg: &str| Err((id, code, msg.to_owned()));
        if !matches!(who, Who::Kiosk(_)) {
            return err(ErrorCode::Forbidden, "only a kiosk may give a number for queue texts");
        }
        let Some(texts) = self.shared.texts.clone() else {
            return err(
                ErrorCode::SmsOff,
                "this hub does not send texts ([queue.sms] is not set up); do not offer them",
            );
        };
        if !req.consent {
            return err(
                ErrorCode::BadMessage,
                "the visitor must agree to be texted (\"consent\": true) before their number is sent",
            );
        }
        let phone = match req.phone.uk_mobile() {
            Ok(p) => p,
            Err(what) => {
                return Err((
                    id,
                    ErrorCode::BadMessage,
                    format!("that is not a UK mobile number: {what}"),
                ));
            }
        };
        let (reply, rx) = oneshot::channel();
        if self
            .shared
            .cmds
            .send(Msg::Ticket { id: req.ticket, reply })
            .await
            .is_err()
        {
            return err(ErrorCode::Unavailable, "the hub is stopping; try again shortly");
        }
        let ticket = match rx.await {
            Err(_) => return err(ErrorCode::Unavailable, "the hub is stopping; try again shortly"),
            Ok(None) => {
                return Err((
                    id,
                    ErrorCode::BadMessage,
                    format!("ticket {} is not one of today's tickets", req.ticket),
                ));
            }
            Ok(Some(t)) => t,
        };
        if ticket.state != crate::queue::engine::TicketState::Waiting {
            return Err((
                id,
                ErrorCode::BadMessage,
                format!("ticket {} is no longer waiting, so it will not be texted", ticket.label),
            ));
        }
        match texts.register(&ticket, phone).await {
            Ok(()) => Ok(id),
            Err(e) => Err((
                id,
                ErrorCode::Unavailable,
                format!("the hub could not keep the number: {e}"),
            )),
        }
    }
}

/// Whether `who` may send `command`.
fn permitted(who: &Who, command: &Command) -> Result<(), String> {
    match *who {
        Who::Board(_) => Err("a board is read-only: it may not send commands".into()),
        Who::Kiosk(_) => match command {
            Command::Issue { .. } | Command::CallHelp { .. } => Ok(()),
            _ => Err("a kiosk may only issue tickets and call for help".into()),
        },
        Who::Counter(mine) => match command_counter(command) {
            Some(c) if c == mine => Ok(()),
            Some(c) => Err(format!(
                "this is counter {mine}'s connection: it may not act for counter {c}"
            )),
            None => Err("a counter may only act for its own counter".into()),
        },
    }
}

/// The counter a command acts for, if any.
fn command_counter(command: &Command) -> Option<u32> {
    match command {
        Command::Issue { .. }
        | Command::NewDay
        | Command::MoreTime { .. }
        | Command::SetAppointments { .. }
        | Command::CallHelp { .. } => None,
        Command::Open { counter }
        | Command::Close { counter }
        | Command::CallNext { counter }
        | Command::Recall { counter }
        | Command::Start { counter }
        | Command::Finish { counter }
        | Command::NoShow { counter }
        | Command::Park { counter }
        | Command::Unpark { counter, .. }
        | Command::Transfer { counter, .. }
        | Command::AllowMore { counter, .. }
        | Command::AckHelp { counter, .. } => Some(*counter),
    }
}

impl Shared {
    /// Check a hello against the configured tokens.
    fn authorise(&self, h: &Hello) -> Result<Who, (ErrorCode, String)> {
        if let Some(problem) = h.name_problem() {
            return Err((ErrorCode::BadMessage, problem));
        }
        let given = h.token.as_deref().map(super::settings::digest);
        match h.role {
            Role::Board => Ok(Who::Board(h.name.clone())),
            Role::Kiosk => match (&self.kiosk_token, given) {
                (None, _) => Ok(Who::Kiosk(h.name.clone())),
                (Some(want), Some(got)) if same(want, &got) => Ok(Who::Kiosk(h.name.clone())),
                (Some(_), _) => Err((
                    ErrorCode::Unauthorised,
                    "wrong or missing kiosk token: set [queue] kiosk_token to the hub's".into(),
                )),
            },
            Role::Counter => {
                let Some(c) = h.counter else {
                    return Err((ErrorCode::BadMessage, "a counter's hello must say which counter".into()));
                };
                let Some(want) = self.tokens.get(&c) else {
                    return Err((
                        ErrorCode::Unauthorised,
                        format!("counter {c} has no staff token in the hub's [queue.tokens]: add one there"),
                    ));
                };
                match given {
                    Some(got) if same(want, &got) => Ok(Who::Counter(c)),
                    _ => Err((
                        ErrorCode::Unauthorised,
                        format!("wrong or missing staff token for counter {c}: ask the site's administrator"),
                    )),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue::engine::Target;

    #[test]
    fn each_role_may_send_only_its_own_commands() {
        let issue = Command::Issue {
            service: "housing".into(),
            priority: false,
            appointment: None,
            also: Vec::new(),
            locale: None,
        };
        assert!(permitted(&Who::Kiosk(None), &issue).is_ok());
        assert!(permitted(&Who::Kiosk(None), &Command::CallNext { counter: 1 }).is_err());
        assert!(permitted(&Who::Board(None), &issue).is_err());
        assert!(permitted(&Who::Counter(1), &Command::CallNext { counter: 1 }).is_ok());
        let transfer = Command::Transfer {
            counter: 1,
            target: Target::Counter(2),
        };
        assert!(permitted(&Who::Counter(1), &transfer).is_ok());
        let e = permitted(&Who::Counter(2), &transfer).unwrap_err();
        assert!(e.contains("counter 2's connection") && e.contains("counter 1"), "{e}");
        assert!(permitted(&Who::Counter(1), &issue).is_err());
        assert!(permitted(&Who::Counter(1), &Command::NewDay).is_err());
    }
}
