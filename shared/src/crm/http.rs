//! Reading one HTTP reply for a connector: status, the two headers delivery cares about, and a
//! body bounded at [`MAX_REPLY_BYTES`]; network errors become one short line for staff. Shared
//! by the Open311 and webhook connectors; what the reply *means* is [`super::reply`]'s job.

use super::reply::MAX_REPLY_BYTES;
use std::time::Duration;

/// The client every connector uses: `url` must be http(s); one attempt may take `timeout`
/// (connecting at most 10 s of it), body included. Redirects are never followed: a 307 or 308
/// would re-send the signed body, personal data included, to wherever the `Location` points,
/// another host too; a CRM's API does not move without the council changing `crm.url`, and a
/// captive portal's redirect is a sign to retry later. [`read`] reports where it pointed.
pub fn client(url: &str, timeout: Duration) -> Result<reqwest::Client, String> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!("crm.url \"{url}\" must start with http:// or https://"));
    }
    reqwest::Client::builder()
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("could not set up the HTTP client: {e}"))
}

/// Status, content type, Retry-After and body.
pub type Read = (u16, Option<String>, Option<String>, Vec<u8>);

/// Status, content type, Retry-After and a size-bounded body, or why there is none (a
/// transient reason: unreachable, cut off, too large, or a redirect, which is not followed).
pub async fn read(result: Result<reqwest::Response, reqwest::Error>) -> Result<Read, String> {
    let mut response = result.map_err(|e| format!("could not reach the CRM: {}", chain(&e)))?;
    let status = response.status().as_u16();
    let header = |n: &str| {
        response
            .headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let (ctype, retry_after) = (header("content-type"), header("retry-after"));
    if (300..400).contains(&status) {
        let to: String = header("location")
            .unwrap_or_else(|| "nowhere".into())
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        return Err(format!(
            "HTTP {status}: the CRM redirected to {to}, and redirects are not followed; check crm.url"
        ));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("HTTP {status}: reply cut off: {}", chain(&e)))?
    {
        if body.len() + chunk.len() > MAX_REPLY_BYTES {
            // A refusal stays a refusal however long its page: keep its start and stop reading,
            // so the row is parked for staff rather than retried for ever.
            if (400..500).contains(&status) && !matches!(status, 408 | 425 | 429) {
                let room = MAX_REPLY_BYTES - body.len();
                body.extend_from_slice(&chunk[..room.min(chunk.len())]);
                return Ok((status, ctype, retry_after, body));
            }
            return Err(format!("HTTP {status}: reply larger than 1 MiB"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((status, ctype, retry_after, body))
}

/// An error with its causes, on one short line.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server on loopback answering every request with `status` and a body of `size` bytes.
    async fn server(status: u16, size: usize) -> String {
        let app = axum::Router::new().fallback(move || async move {
            (
                axum::http::StatusCode::from_u16(status).unwrap(),
                [("content-type", "application/json")],
                vec![b'x'; size],
            )
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://127.0.0.1:{port}/")
    }

    #[tokio::test]
    async fn an_oversized_refusal_is_still_a_refusal_and_an_oversized_success_is_not_read() {
        let url = server(422, 3 * MAX_REPLY_BYTES).await;
        let c = client(&url, Duration::from_secs(10)).unwrap();
        let (status, _, _, body) = read(c.get(&url).send().await).await.unwrap();
        assert_eq!((status, body.len()), (422, MAX_REPLY_BYTES), "kept the start only");
        let outcome = crate::crm::reply::open311(
            &crate::crm::reply::Reply {
                status,
                content_type: Some("application/json"),
                retry_after: None,
                body: &body,
            },
            0,
        );
        assert!(
            matches!(outcome, crate::outbox::Outcome::Permanent { .. }),
            "{outcome:?}"
        );

        let url = server(200, 3 * MAX_REPLY_BYTES).await;
        let e = read(c.get(&url).send().await).await.unwrap_err();
        assert!(e.contains("larger than 1 MiB"), "{e}");
        let url = server(429, 3 * MAX_REPLY_BYTES).await;
        assert!(
            read(c.get(&url).send().await).await.is_err(),
            "429 is retried, never parked"
        );
    }
}
