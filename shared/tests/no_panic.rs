//! Property tests standing in for the fuzz targets on stable Rust: arbitrary definition text
//! and arbitrary JSON answers never panic; they give a result or clear errors.

use onestop::forms::{Answers, Today, parse_form, validate};
use proptest::prelude::*;

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        ".{0,40}".prop_map(serde_json::Value::String),
        prop_oneof![
            Just("yes"),
            Just("no"),
            Just("LE1 1AA"),
            Just("2026-12-01"),
            Just("general"),
            Just("sofa")
        ]
        .prop_map(|s| serde_json::json!(s)),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("day".to_string()),
                    Just("postcode".to_string()),
                    Just("house".to_string()),
                    ".{0,6}".prop_map(|s| s)
                ],
                inner,
                0..4
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_definition_text_parses_or_lists_problems(text in ".{0,400}") {
        match parse_form(&text) {
            Ok(f) => prop_assert!(!f.questions.is_empty()),
            Err(p) => prop_assert!(!p.is_empty()),
        }
    }

    #[test]
    fn mangled_real_definitions_never_panic(cut in 0usize..2000, insert in ".{0,20}") {
        let (_, text) = onestop::embedded::form_files()[cut % 7];
        let at = text.char_indices().map(|(i, _)| i).nth(cut % text.chars().count()).unwrap_or(0);
        let mangled = format!("{}{}{}", &text[..at], insert, &text[at..]);
        let _ = parse_form(&mangled);
    }

    #[test]
    fn any_answers_validate_or_give_field_errors(
        answers in prop::collection::btree_map(
            prop_oneof![Just("bin-type".to_string()), Just("address".to_string()), Just("items".to_string()), Just("preferred-date".to_string()), Just("email".to_string()), Just("phone".to_string()), ".{0,8}".prop_map(|s| s)],
            json_value(),
            0..6,
        )
    ) {
        let forms = onestop::embedded::forms().unwrap();
        let answers: Answers = answers;
        for form in forms.all() {
            if let Err(errors) = validate(form, &answers, Today::fixed(2026, 11, 23)) {
                prop_assert!(!errors.is_empty());
                prop_assert!(errors.iter().all(|e| e.message.starts_with("error-")));
            }
        }
    }
}
