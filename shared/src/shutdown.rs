//! The signal that tells a long-running service (the outbox forwarder, the queue hub) to stop:
//! whoever started it keeps the [`Stop`], the service listens on a [`Shutdown`]. Finishing the
//! work under way, and how long that may take, is each service's own business; joining its
//! thread is the caller's.

use tokio::sync::watch;

/// Stops every [`Shutdown`] made with it, when [`Stop::signal`] is called or when it is dropped
/// (an owner that is gone can no longer stop anything, so its services must not outlive it).
#[derive(Debug)]
pub struct Stop {
    /// `true` once signalled; closed when dropped.
    tx: watch::Sender<bool>,
}

/// Listens for a [`Stop`]. Cheap to clone: one per loop or task.
#[derive(Debug, Clone)]
pub struct Shutdown {
    /// `None`: a service nobody will stop (a command-line run that ends by itself).
    rx: Option<watch::Receiver<bool>>,
}

/// A stop signal and its first listener.
pub fn channel() -> (Stop, Shutdown) {
    let (tx, rx) = watch::channel(false);
    (Stop { tx }, Shutdown { rx: Some(rx) })
}

impl Stop {
    /// Tell every listener to stop. Calling it again changes nothing.
    pub fn signal(&self) {
        self.tx.send_replace(true);
    }
}

impl Shutdown {
    /// A listener that is never signalled.
    pub fn never() -> Shutdown {
        Shutdown { rx: None }
    }

    /// Whether the stop has been signalled (or its [`Stop`] dropped).
    pub fn is_signalled(&self) -> bool {
        self.rx
            .as_ref()
            .is_some_and(|rx| *rx.borrow() || rx.has_changed().is_err())
    }

    /// Resolves once the stop is signalled (or its [`Stop`] dropped); never for [`Shutdown::never`].
    pub async fn signalled(&self) {
        match self.rx.clone() {
            Some(mut rx) => {
                let _ = rx.wait_for(|stop| *stop).await;
            }
            None => std::future::pending().await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn a_signal_reaches_every_listener_and_stays() {
        let (stop, shutdown) = channel();
        let other = shutdown.clone();
        assert!(!shutdown.is_signalled());
        let waiting = tokio::spawn(async move { other.signalled().await });
        stop.signal();
        tokio::time::timeout(Duration::from_secs(5), waiting)
            .await
            .unwrap()
            .unwrap();
        assert!(shutdown.is_signalled());
        // A listener that starts waiting after the signal is not kept waiting.
        tokio::time::timeout(Duration::from_secs(5), shutdown.signalled())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn dropping_the_stop_counts_as_a_signal() {
        let (stop, shutdown) = channel();
        drop(stop);
        assert!(shutdown.is_signalled());
        tokio::time::timeout(Duration::from_secs(5), shutdown.signalled())
            .await
            .unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn never_is_never_signalled() {
        let shutdown = Shutdown::never();
        assert!(!shutdown.is_signalled());
        let waited = tokio::time::timeout(Duration::from_secs(3600), shutdown.signalled()).await;
        assert!(waited.is_err());
    }
}
