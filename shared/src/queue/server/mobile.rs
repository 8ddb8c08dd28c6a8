//! Mobile ticket pages, served by the hub: `GET /t/{token}` (the page), `…/status` (its JSON),
//! `…/events` (a live stream of it, Server-Sent Events) and `POST …/more-time`. A follower task
//! keeps a whole replica of the engine from the hub's own event broadcast (`replica`), knows today's tokens,
//! and after each batch of events works out the status of every ticket with a page open, once,
//! for all of them; each open page waits on its ticket's `watch`. A token that is not today's
//! (guessed, expired, another day's) gets the same 404 as any other.

use super::Shared;
use super::owner::Msg;
use super::settings::MobileHub;
use crate::queue::engine::{Command, Engine, Event, Sequenced};
use crate::queue::mobile::{TicketKeys, TicketStatus, page};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{oneshot, watch};

/// A ticket's status as its open pages see it; `None` once the ticket is gone (a new day).
type Slot = watch::Sender<Option<Arc<TicketStatus>>>;

/// What the page routes share.
pub(crate) struct Pages {
    hub: MobileHub,
    book: Mutex<Book>,
    streams: AtomicUsize,
}

#[derive(Default)]
struct Book {
    /// The replica, whole; `None` until the follower has it.
    engine: Option<Engine>,
    /// Today's tokens.
    tokens: HashMap<String, u64>,
    /// Tickets with a page open (or opened), by id.
    open: HashMap<u64, Slot>,
}

impl Pages {
    pub(crate) fn new(hub: MobileHub) -> Arc<Pages> {
        Arc::new(Pages {
            hub,
            book: Mutex::new(Book::default()),
            streams: AtomicUsize::new(0),
        })
    }

    /// Ticket `id`'s page address.
    pub(crate) fn url(&self, id: u64) -> String {
        self.hub.url(id)
    }

    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        self.book.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The ticket behind `token`, and a receiver of its status.
    fn find(&self, token: &str) -> Option<(u64, watch::Receiver<Option<Arc<TicketStatus>>>)> {
        if !TicketKeys::well_formed(token) {
            return None;
        }
        let mut book = self.book();
        let id = *book.tokens.get(token)?;
        if let Some(slot) = book.open.get(&id) {
            return Some((id, slot.subscribe()));
        }
        let engine = book.engine.as_ref()?;
        let status = TicketStatus::of(engine, id, None)?;
        let (slot, rx) = watch::channel(Some(Arc::new(status)));
        book.open.insert(id, slot);
        Some((id, rx))
    }

    /// Start again from a whole engine.
    fn reset(&self, engine: Engine) {
        let mut book = self.book();
        book.tokens = engine.tickets().map(|t| (self.hub.keys.token(t.id), t.id)).collect();
        book.engine = Some(engine);
        Self::refresh(&mut book);
    }

    /// Fold stored events in order; `false` when they do not follow on (then reset).
    fn fold(&self, events: &[Sequenced]) -> bool {
        let mut book = self.book();
        let Some(engine) = book.engine.as_mut() else {
            return false;
        };
        let mut issued = Vec::new();
        let mut new_day = false;
        for s in events {
            if s.seq <= engine.seq() {
                continue;
            }
            if s.seq != engine.seq() + 1 {
                return false;
            }
            engine.fold(s);
            match &s.event {
                Event::Issued { ticket } => issued.push(ticket.id),
                Event::DayStarted => {
                    new_day = true;
                    issued.clear();
                }
                _ => {}
            }
        }
        if new_day {
            book.tokens.clear();
        }
        for id in issued {
            book.tokens.insert(self.hub.keys.token(id), id);
        }
        Self::refresh(&mut book);
        true
    }

    /// Work out every open page's status once, and tell those that changed.
    fn refresh(book: &mut Book) {
        let Some(engine) = book.engine.as_ref() else {
            return;
        };
        let positions = engine.positions();
        book.open.retain(|id, slot| {
            let status = TicketStatus::of(engine, *id, positions.get(id).copied()).map(Arc::new);
            let gone = status.is_none();
            slot.send_if_modified(|now| {
                if *now == status {
                    false
                } else {
                    *now = status;
                    true
                }
            });
            // A ticket that is gone, or no longer watched, is forgotten (found again if asked).
            !gone && slot.receiver_count() > 0
        });
    }
}

/// Keep `pages` following the hub: a whole engine from the owner, then every stored event.
pub(crate) async fn follow(shared: Arc<Shared>, pages: Arc<Pages>) {
    super::replica::follow(shared, pages).await
}

impl super::replica::Follower for Pages {
    fn reset(&self, engine: Engine) {
        Pages::reset(self, engine)
    }

    fn fold(&self, events: &[Sequenced]) -> bool {
        Pages::fold(self, events)
    }
}

/// The headers every page answer carries.
fn page_headers(content_type: &'static str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if let Ok(v) = HeaderValue::from_str(&page::csp()) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h
}

/// The one answer for any token that is not a ticket of today's.
fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        page_headers("text/html; charset=utf-8"),
        page::not_found(),
    )
        .into_response()
}

/// `GET /t/{token}`.
pub(crate) async fn show(State(shared): State<Arc<Shared>>, Path(token): Path<String>) -> Response {
    let Some(pages) = &shared.pages else { return not_found() };
    let Some((_, rx)) = pages.find(&token) else {
        return not_found();
    };
    let Some(status) = rx.borrow().clone() else {
        return not_found();
    };
    let html = page::render(&pages.hub.translations, &status, &token);
    (page_headers("text/html; charset=utf-8"), html).into_response()
}

/// `GET /t/{token}/status`.
pub(crate) async fn status(State(shared): State<Arc<Shared>>, Path(token): Path<String>) -> Response {
    let Some(pages) = &shared.pages else { return not_found() };
    let Some((_, rx)) = pages.find(&token) else {
        return not_found();
    };
    let Some(status) = rx.borrow().clone() else {
        return not_found();
    };
    let json = page::update_json(&pages.hub.translations, &status);
    (page_headers("application/json"), json).into_response()
}

/// Counts a live page while it is open.
struct Open(Arc<Pages>);

impl Drop for Open {
    fn drop(&mut self) {
        self.0.streams.fetch_sub(1, Ordering::SeqCst);
    }
}

/// `GET /t/{token}/events`: the status now, then every change, until the ticket's day ends or
/// the hub stops.
pub(crate) async fn events(State(shared): State<Arc<Shared>>, Path(token): Path<String>) -> Response {
    let Some(pages) = shared.pages.clone() else {
        return not_found();
    };
    let Some((_, rx)) = pages.find(&token) else {
        return not_found();
    };
    if pages.streams.fetch_add(1, Ordering::SeqCst) >= pages.hub.max_streams {
        pages.streams.fetch_sub(1, Ordering::SeqCst);
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "20")],
            "too many live pages; this page will reload by itself",
        )
            .into_response();
    }
    let open = Open(pages.clone());
    let stop = shared.stop.clone();
    let stream = futures_util::stream::unfold((rx, stop, open, true), |(mut rx, mut stop, open, first)| async move {
        if !first {
            tokio::select! {
                changed = rx.changed() => changed.ok()?,
                _ = stop.wait_for(|s| *s) => return None,
            }
        }
        let status = rx.borrow_and_update().clone()?;
        let json = page::update_json(&open.0.hub.translations, &status);
        let event = SseEvent::default().event("status").data(json);
        Some((Ok::<_, std::convert::Infallible>(event), (rx, stop, open, false)))
    });
    let mut headers = page_headers("text/event-stream");
    headers.remove(header::CONTENT_TYPE);
    (
        headers,
        Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))),
    )
        .into_response()
}

/// `POST /t/{token}/more-time`: move the ticket back, once. A form post is sent back to the
/// page; a script asking for JSON gets the new status.
pub(crate) async fn more_time(
    State(shared): State<Arc<Shared>>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(pages) = shared.pages.clone() else {
        return not_found();
    };
    let Some((id, mut rx)) = pages.find(&token) else {
        return not_found();
    };
    let (reply, answer) = oneshot::channel();
    let command = Command::MoreTime { ticket: id };
    let done = match shared.cmds.send(Msg::Command { command, reply }).await {
        Ok(()) => matches!(answer.await, Ok(Ok(_))),
        Err(_) => false,
    };
    if done {
        // The follower folds the change shortly; wait for it (briefly) so the answer shows it.
        let _ = tokio::time::timeout(Duration::from_secs(2), rx.changed()).await;
    }
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    if !wants_json {
        return (
            StatusCode::SEE_OTHER,
            [
                (header::LOCATION, format!("/t/{token}")),
                (header::CACHE_CONTROL, "no-store".into()),
            ],
        )
            .into_response();
    }
    let Some(status) = rx.borrow().clone() else {
        return not_found();
    };
    let code = if done { StatusCode::OK } else { StatusCode::CONFLICT };
    let json = page::update_json(&pages.hub.translations, &status);
    (code, page_headers("application/json"), json).into_response()
}
