//! `GET /metrics` over HTTP on a listener the caller bound (loopback or the LAN), until
//! `shutdown` resolves. Each scrape calls the given [`Scrape`] on tokio's blocking pool, so a
//! scrape that reads SQLite never holds up the runtime, and never the kiosk's UI thread. Every
//! other path is a 404 that says where the metrics are. What a scrape contains is
//! [`super::kiosk`]'s; binding and choosing the address are the binary's.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::future::Future;
use std::sync::Arc;

/// Makes one scrape's text (called once per request, off the runtime's threads).
pub type Scrape = Arc<dyn Fn() -> String + Send + Sync>;

/// Serve `scrape` at `/metrics` on `listener` until `shutdown` resolves.
pub async fn run(
    listener: tokio::net::TcpListener,
    scrape: Scrape,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = Router::new()
        .route("/metrics", get(metrics))
        .fallback(|| async { (StatusCode::NOT_FOUND, "not here: the metrics are at /metrics\n") })
        .with_state(scrape);
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}

async fn metrics(State(scrape): State<Scrape>) -> Response {
    match tokio::task::spawn_blocking(move || scrape()).await {
        Ok(text) => reply(text),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "the scrape failed; see the log\n").into_response(),
    }
}

/// A scrape's text as an HTTP answer with the Prometheus text format's content type.
pub fn reply(text: String) -> Response {
    ([(header::CONTENT_TYPE, super::CONTENT_TYPE)], text).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn get(port: u16, path: &str) -> String {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let req = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        s.write_all(req.as_bytes()).await.unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).await.unwrap();
        text
    }

    #[tokio::test]
    async fn metrics_are_served_with_the_text_format_and_other_paths_are_404() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = calls.clone();
        let scrape: Scrape = Arc::new(move || {
            let n = counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            format!("# TYPE x gauge\nx {n}\n")
        });
        let (stop, shutdown) = crate::shutdown::channel();
        let server = tokio::spawn(run(listener, scrape, async move { shutdown.signalled().await }));
        let first = get(port, "/metrics").await;
        assert!(first.starts_with("HTTP/1.1 200"), "{first}");
        assert!(
            first
                .to_ascii_lowercase()
                .contains("content-type: text/plain; version=0.0.4"),
            "{first}"
        );
        assert!(first.ends_with("x 1\n"), "{first}");
        assert!(
            get(port, "/metrics").await.ends_with("x 2\n"),
            "each scrape reads afresh"
        );
        let other = get(port, "/").await;
        assert!(
            other.starts_with("HTTP/1.1 404") && other.contains("/metrics"),
            "{other}"
        );
        stop.signal();
        server.await.unwrap().unwrap();
    }
}
