//! Any bytes as a frame to the queue hub, or from it: parsing gives a message or a protocol
//! error with a code, never a panic, and a message that parses survives a round trip.
#![no_main]

use onestop::queue::protocol::{parse_client, parse_hub, to_frame};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_client(text) {
        Ok(msg) => assert_eq!(parse_client(&to_frame(&msg)).unwrap(), msg),
        Err(e) => {
            let _ = e.code();
            assert!(e.to_string().len() < 400, "error messages stay short");
        }
    }
    if let Ok(msg) = parse_hub(text) {
        assert_eq!(parse_hub(&to_frame(&msg)).unwrap(), msg);
    }
});
