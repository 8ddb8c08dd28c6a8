//! Any bytes, any status and headers as a CRM reply: classification gives an outcome, never
//! panics, and never calls a reply "received" without an id-bearing or JSON body.
#![no_main]

use onestop::crm::reply::{Reply, open311, webhook};
use onestop::outbox::Outcome;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let status = u16::from_le_bytes([data[0], data[1]]) % 700;
    let html = data[2] & 1 == 1;
    let reply = Reply {
        status,
        content_type: Some(if html { "text/html" } else { "application/json" }),
        retry_after: std::str::from_utf8(&data[3..data.len().min(12)]).ok(),
        body: &data[3..],
    };
    if let Outcome::Accepted { crm_id, .. } = open311(&reply, 0) {
        assert!((200..300).contains(&status) && !crm_id.is_empty());
    }
    if let Outcome::Accepted { .. } = webhook(&reply, 0) {
        assert!((200..300).contains(&status));
    }
});
