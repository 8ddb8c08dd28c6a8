//! What the queue's loopback tests share: a real hub in this process on a free port, with its
//! `queue.db` in a test's folder, and a client connected to it. Each test file that uses it says
//! `mod hub;` (not every one uses every part).
#![allow(dead_code)]

use onestop::queue::server::{self, HubError, Settings};
use onestop::queue::{Client, Hello, QueueStore};
use std::net::SocketAddr;
use std::time::Duration;

/// A hub serving on loopback until [`Hub::stop`].
pub struct Hub {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its WebSocket URL.
    pub url: String,
    stop: onestop::shutdown::Stop,
    task: tokio::task::JoinHandle<Result<(), HubError>>,
}

impl Hub {
    /// Serve `settings` with the log in `dir/queue.db`; `tune` may change the settings once the
    /// port is known (e.g. a mobile page address).
    pub async fn start(dir: &std::path::Path, settings: Settings, tune: impl FnOnce(&mut Settings, SocketAddr)) -> Hub {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut settings = settings;
        tune(&mut settings, addr);
        let store = QueueStore::open(&dir.join("queue.db")).unwrap();
        let (stop, shutdown) = onestop::shutdown::channel();
        let task = tokio::spawn(server::run(listener, store, settings, async move {
            shutdown.signalled().await
        }));
        Hub {
            addr,
            url: format!("ws://{addr}/v1/queue"),
            stop,
            task,
        }
    }

    /// Stop it and check it stopped cleanly.
    pub async fn stop(self) {
        self.stop.signal();
        self.task.await.unwrap().unwrap();
    }
}

/// A client connected to `url` (waits up to 5 s for the welcome).
pub async fn client(url: &str, hello: Hello) -> Client {
    let c = Client::connect(url, hello);
    let mut view = c.view();
    tokio::time::timeout(Duration::from_secs(5), view.wait_for(|v| v.connected))
        .await
        .unwrap()
        .unwrap();
    c
}
