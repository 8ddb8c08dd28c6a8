//! Any bytes as a form definition: parsing must return a form or a list of problems, never
//! panic, hang or allocate without bound.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        match onestop::forms::parse_form(text) {
            Ok(form) => assert!(!form.questions.is_empty()),
            Err(problems) => assert!(!problems.is_empty()),
        }
    }
});
