//! Any bytes as a JSON answers file against every bundled form: validation must return valid
//! answers or per-field errors, never panic.
#![no_main]

use onestop::forms::{Answers, Today, validate};
use std::sync::OnceLock;

static FORMS: OnceLock<onestop::forms::Catalogue> = OnceLock::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let forms = FORMS.get_or_init(|| onestop::embedded::forms().expect("bundled forms"));
    let Ok(answers) = serde_json::from_slice::<Answers>(data) else { return };
    for form in forms.all() {
        if let Err(errors) = validate(form, &answers, Today::fixed(2026, 11, 23)) {
            assert!(errors.iter().all(|e| e.message.starts_with("error-")));
        }
    }
});
