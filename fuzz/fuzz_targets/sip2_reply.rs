//! Any bytes as a SIP2 reply from a library system: parsing gives a reply or a typed error and
//! never panics, and a patron reply that parses writes back out and reads back the same.
#![no_main]

use onestop::card::sip2::{PatronReplyKind, Reply, SeqNo, parse_reply};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    // 0 to 9: a sequence number to expect; 10: none.
    let expected = SeqNo::new(first % 11);
    let reply = match parse_reply(bytes, expected) {
        Ok(reply) => reply,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let (patron, kind) = match &reply {
        Reply::PatronInformation(patron) => (patron, PatronReplyKind::Information),
        Reply::PatronStatus(patron) => (patron, PatronReplyKind::Status),
        _ => return,
    };
    // Values over SIP2's 255-byte field limit are readable but not writable.
    if let Ok(frame) = patron.to_frame(kind, expected) {
        assert_eq!(parse_reply(&frame, expected), Ok(reply));
    }
});
