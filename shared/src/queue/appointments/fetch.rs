//! Appointments from the booking system's export URL, with a cached copy for when it cannot be
//! reached (a bus out of signal, a server down, a login page in place of the file). It fetches,
//! bounds and parses one body and keeps the last good one on disk; how often to fetch is the
//! hub's business.

use std::io::Write as _;
use std::path::Path;
use std::time::Duration;

use time::Date;

use super::{AppointmentsError, Loaded, parse};
use crate::hours::Zone;

/// The longest a fetch may take, body included.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest body read: a week of a busy site's bookings is well under 1 MiB.
pub const MAX_BODY_BYTES: usize = 5 * 1024 * 1024;

/// Where the bookings came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The URL, just now (and the cache now holds the same body).
    Fresh,
    /// The cached copy, because the fetch failed.
    FromCache {
        /// Why the fetch failed, for staff.
        why: String,
    },
}

/// GETs `url` (https, or http to a loopback host only) within 10 s, reads at most 5 MiB and
/// parses it. On success the body is written to `cache` atomically (a temporary file, fsync,
/// rename); when the fetch or the parse fails, `cache` is parsed instead if it exists, and the
/// result says why. Only when neither gives bookings is it an error.
pub async fn fetch_url(
    client: &reqwest::Client,
    url: &str,
    cache: &Path,
    zone: &Zone,
    day: Date,
    services: &[&str],
) -> Result<(Loaded, Fetched), AppointmentsError> {
    let parsed = allowed(url)?;
    let shown = without_query(&parsed);
    let why = match get(client, parsed).await {
        Ok(body) => match parse(&body, zone, day, services) {
            Ok(loaded) => {
                if let Err(e) = write_atomically(cache, &body) {
                    tracing::warn!(
                        "appointments from {shown} loaded, but the cached copy {} could not be written: {e}",
                        cache.display()
                    );
                }
                return Ok((loaded, Fetched::Fresh));
            }
            Err(e) => format!("what it sent was refused: {}", e.in_file("the fetched file")),
        },
        Err(why) => why,
    };
    let bytes = match std::fs::read(cache) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(AppointmentsError::Fetch {
                url: shown,
                why: format!("{why}; and there is no cached copy yet"),
            });
        }
        Err(e) => {
            return Err(AppointmentsError::Fetch {
                url: shown,
                why: format!("{why}; and the cached copy {} could not be read: {e}", cache.display()),
            });
        }
    };
    match parse(&bytes, zone, day, services) {
        Ok(loaded) => Ok((loaded, Fetched::FromCache { why })),
        Err(e) => Err(AppointmentsError::Fetch {
            url: shown,
            why: format!(
                "{why}; and the cached copy is refused too: {}",
                e.in_file(&cache.display().to_string())
            ),
        }),
    }
}

/// `url` parsed, if the hub may fetch it: https, or http to this machine (a test server).
pub(crate) fn allowed(url: &str) -> Result<reqwest::Url, AppointmentsError> {
    let refuse = |why: &str| AppointmentsError::BadUrl {
        url: super::shown(url.split('?').next().unwrap_or_default()),
        why: why.to_owned(),
    };
    let parsed = reqwest::Url::parse(url).map_err(|_| refuse("it is not a URL like https://host/path"))?;
    let host = parsed.host_str().unwrap_or_default();
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if is_loopback(host) => Ok(parsed),
        "http" => Err(refuse("plain http is only allowed to this machine; use https")),
        _ => Err(refuse("it must start with https://")),
    }
}

/// Whether `host` (as a URL has it) is this machine: `localhost`, 127.0.0.0/8 or `[::1]`.
fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost") || bare.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The URL as messages show it: no query (it may carry a key) and no password.
fn without_query(url: &reqwest::Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.set_fragment(None);
    let _ = url.set_password(None);
    let _ = url.set_username("");
    url.to_string()
}

/// The body at `url`, or why there is none, in one short sentence.
async fn get(client: &reqwest::Client, url: reqwest::Url) -> Result<Vec<u8>, String> {
    let fetch = async {
        let mut response = client.get(url).timeout(FETCH_TIMEOUT).send().await.map_err(network)?;
        // A redirect may not leave https (the client follows redirects by default).
        if allowed(response.url().as_str()).is_err() {
            return Err("the server redirected to an address that is not https".to_owned());
        }
        let status = response.status();
        if !status.is_success() {
            return Err(format!("the server answered {status}"));
        }
        let html = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/html"));
        if html {
            return Err("the server sent a web page (perhaps a login page), not appointments".to_owned());
        }
        let too_big = || "the server sent more than 5 MiB".to_owned();
        if response.content_length().is_some_and(|n| n > MAX_BODY_BYTES as u64) {
            return Err(too_big());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(network)? {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(too_big());
            }
            body.extend_from_slice(&chunk);
        }
        let start = super::strip_bom(&body);
        let start = &start[start
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(start.len())..];
        if start.first() == Some(&b'<') {
            return Err("the server sent a web page (perhaps a login page), not appointments".to_owned());
        }
        Ok(body)
    };
    // reqwest's timeout covers the body too; this one also covers a client built without it.
    tokio::time::timeout(FETCH_TIMEOUT, fetch)
        .await
        .unwrap_or_else(|_| Err("the server did not answer within 10 seconds".to_owned()))
}

/// A network error as one short line (reqwest's own text can name the URL's query).
fn network(e: reqwest::Error) -> String {
    if e.is_timeout() {
        "the server did not answer within 10 seconds".to_owned()
    } else if e.is_connect() {
        "the server could not be reached (no network, or it is down)".to_owned()
    } else {
        "the connection failed while fetching".to_owned()
    }
}

/// Replaces `path` with `bytes` so that a reader sees the old file or the new one, never half:
/// a temporary file beside it, written and synced, then renamed over it, then the folder synced.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("appointments");
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written?;
    // The rename is durable only once the folder is synced; not every system allows it.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_whole_file_or_leaves_the_old_one_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("appointments.cache");
        write_atomically(&cache, b"old").unwrap();
        write_atomically(&cache, b"new and longer").unwrap();
        assert_eq!(std::fs::read(&cache).unwrap(), b"new and longer");

        // A folder where the cache should be: the rename fails, the folder stays, no temporary.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("inside"), b"kept").unwrap();
        assert!(write_atomically(&blocked, b"x").is_err());
        assert_eq!(std::fs::read(blocked.join("inside")).unwrap(), b"kept");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["appointments.cache", "blocked"]);
        assert!(write_atomically(&dir.path().join("missing/cache"), b"x").is_err());
    }

    #[test]
    fn messages_never_show_a_query_or_a_password() {
        let url = allowed("https://user:pw@bookings.example.gov.uk/export.ics?key=SECRET#x").unwrap();
        assert_eq!(without_query(&url), "https://bookings.example.gov.uk/export.ics");
        let e = allowed("http://bookings.example.gov.uk/export.ics?key=SECRET").unwrap_err();
        assert!(!e.to_string().contains("SECRET"), "{e}");
        assert!(allowed("http://[::1]:8080/a.ics").is_ok());
        assert!(allowed("http://localhost/a.ics").is_ok());
        assert!(allowed("http://127.0.0.2/a.ics").is_ok());
        assert!(allowed("http://10.0.0.1/a.ics").is_err());
    }
}
