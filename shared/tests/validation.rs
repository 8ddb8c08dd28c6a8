//! Validating answers: every field type accepts what a visitor would type and refuses the rest
//! with a per-field message id; hostile answers (wrong types, unknown ids, control characters,
//! a megabyte string) are refused without panicking; hidden questions are never submitted.

use onestop::forms::{Answers, FieldError, FormDef, Today, Value, parse_form, validate};
use serde_json::json;

const FORM: &str = r#"
id = "all"
version = 3
category = "test"
[[question]]
id = "name"
type = "short-text"
max_length = 20
pattern = "[A-Za-z' -]+"
[[question]]
id = "story"
type = "long-text"
required = false
min_length = 5
[[question]]
id = "count"
type = "number"
min = 1
max = 10
[[question]]
id = "when"
type = "date"
earliest_days = 0
latest_days = 30
[[question]]
id = "problem"
type = "single-choice"
options = ["pothole", "graffiti"]
[[question]]
id = "offensive"
type = "yes-no"
show_if = { question = "problem", any_of = ["graffiti"] }
[[question]]
id = "items"
type = "multiple-choice"
options = ["sofa", "fridge", "bed", "table"]
max_selected = 3
[[question]]
id = "email"
type = "email"
required = false
[[question]]
id = "phone"
type = "uk-phone"
required = false
[[question]]
id = "postcode"
type = "uk-postcode"
required = false
[[question]]
id = "address"
type = "address"
[[question]]
id = "agree"
type = "consent"
"#;

fn form() -> FormDef {
    parse_form(FORM).unwrap()
}

const TODAY: Today = Today(time::macros::date!(2026 - 11 - 23));

fn good() -> Answers {
    serde_json::from_value(json!({
        "name": "  Ali O'Brien ",
        "count": "3",
        "when": {"day": "1", "month": "12", "year": "2026"},
        "problem": "pothole",
        "items": ["table", "sofa"],
        "email": "ali@Example.org",
        "phone": "+44 7700 900123",
        "postcode": "le11aa",
        "address": {"postcode": "sw1a2aa", "house": "10", "street": "Downing Street", "town": ""},
        "agree": true
    }))
    .unwrap()
}

fn errors_for(edit: impl FnOnce(&mut Answers)) -> Vec<FieldError> {
    let mut a = good();
    edit(&mut a);
    validate(&form(), &a, TODAY).unwrap_err()
}

fn one(edit: impl FnOnce(&mut Answers)) -> (String, String) {
    let e = errors_for(edit);
    assert_eq!(e.len(), 1, "{e:?}");
    (e[0].field.clone(), e[0].message.clone())
}

#[test]
fn good_answers_validate_and_normalise() {
    let v = validate(&form(), &good(), TODAY).unwrap();
    assert_eq!(v.form_id, "all");
    assert_eq!(v.form_version, 3);
    assert_eq!(v.values["name"], Value::Text("Ali O'Brien".into()));
    assert_eq!(v.values["count"], Value::Number(3));
    assert_eq!(v.values["when"], Value::Date("2026-12-01".into()));
    assert_eq!(v.values["items"], Value::Choices(vec!["sofa".into(), "table".into()]));
    assert_eq!(v.values["email"], Value::Email("ali@example.org".into()));
    assert_eq!(v.values["phone"], Value::Phone("07700 900123".into()));
    assert_eq!(v.values["postcode"], Value::Postcode("LE1 1AA".into()));
    match &v.values["address"] {
        Value::Address(a) => assert_eq!(a.postcode, "SW1A 2AA"),
        other => panic!("{other:?}"),
    }
    assert!(!v.values.contains_key("story"), "blank optional is left out");
}

#[test]
fn required_answers_missing_each_get_their_own_error() {
    let e = validate(&form(), &Answers::new(), TODAY).unwrap_err();
    let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "name", "count", "when", "problem", "items", "address", "address", "address", "agree"
        ]
    );
    // A blank address says which lines are needed, not one vague error.
    let parts: Vec<_> = e
        .iter()
        .filter(|e| e.field == "address")
        .map(|e| e.message.as_str())
        .collect();
    assert_eq!(
        parts,
        ["error-address-postcode", "error-address-house", "error-address-street"]
    );
    assert_eq!(e[0].message, "error-required");
    assert_eq!(e[3].message, "error-choose");
    assert_eq!(e.last().unwrap().message, "error-consent");
}

#[test]
fn each_rule_names_its_field_and_message() {
    assert_eq!(
        one(|a| {
            a.insert("name".into(), json!("x".repeat(21)));
        }),
        ("name".into(), "error-too-long".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("name".into(), json!("R2D2"));
        }),
        ("name".into(), "error-pattern".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("story".into(), json!("hi"));
        }),
        ("story".into(), "error-too-short".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("count".into(), json!(11));
        }),
        ("count".into(), "error-too-large".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("count".into(), json!("three"));
        }),
        ("count".into(), "error-number".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("when".into(), json!("2026-11-22"));
        }),
        ("when".into(), "error-date-past".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("when".into(), json!("2027-01-30"));
        }),
        ("when".into(), "error-date-too-late".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("when".into(), json!({"day": "31", "month": "2", "year": "2027"}));
        }),
        ("when".into(), "error-date-invalid".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("when".into(), json!({"day": "1", "month": "", "year": "2027"}));
        }),
        ("when".into(), "error-date-part".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("when".into(), json!({"day": "1", "month": "1", "year": "27"}));
        }),
        ("when".into(), "error-date-year".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("problem".into(), json!("volcano"));
        }),
        ("problem".into(), "error-choice".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("items".into(), json!(["sofa", "fridge", "bed", "table"]));
        }),
        ("items".into(), "error-too-many".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("email".into(), json!("ali@"));
        }),
        ("email".into(), "error-email".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("phone".into(), json!("12345"));
        }),
        ("phone".into(), "error-phone".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("postcode".into(), json!("QQ1 1AA"));
        }),
        ("postcode".into(), "error-postcode".into())
    );
    assert_eq!(
        one(|a| {
            a.insert("agree".into(), json!(false));
        }),
        ("agree".into(), "error-consent".into())
    );
}

#[test]
fn address_errors_name_the_part() {
    let e = errors_for(|a| {
        a.insert(
            "address".into(),
            json!({"postcode": "nonsense", "house": "", "street": "High St"}),
        );
    });
    let parts: Vec<_> = e.iter().map(|e| (e.part.as_deref(), e.message.as_str())).collect();
    assert_eq!(
        parts,
        [
            (Some("postcode"), "error-postcode"),
            (Some("house"), "error-address-house")
        ]
    );
}

#[test]
fn limits_are_passed_as_arguments_for_the_message() {
    let e = errors_for(|a| {
        a.insert("items".into(), json!(["sofa", "fridge", "bed", "table"]));
    });
    assert_eq!(e[0].args["max"], 3);
}

#[test]
fn a_conditional_question_is_asked_only_when_its_condition_holds() {
    // graffiti → "offensive" becomes required
    let e = errors_for(|a| {
        a.insert("problem".into(), json!("graffiti"));
    });
    assert_eq!(e[0].field, "offensive");
    let mut a = good();
    a.insert("problem".into(), json!("graffiti"));
    a.insert("offensive".into(), json!("no"));
    assert_eq!(
        validate(&form(), &a, TODAY).unwrap().values["offensive"],
        Value::YesNo(false)
    );
    // back to pothole: the stale answer is dropped, never submitted
    a.insert("problem".into(), json!("pothole"));
    assert!(!validate(&form(), &a, TODAY).unwrap().values.contains_key("offensive"));
}

#[test]
fn hostile_answers_get_errors_not_panics() {
    for bad in [
        json!(null),
        json!(42),
        json!([1, 2]),
        json!({"a": {"b": []}}),
        json!(true),
        json!(1e308),
        json!(-0.5),
    ] {
        for field in [
            "name", "count", "when", "problem", "items", "email", "phone", "postcode", "address", "agree",
        ] {
            let mut a = good();
            a.insert(field.into(), bad.clone());
            let r = validate(&form(), &a, TODAY);
            if let Err(e) = &r {
                assert!(
                    e.iter().all(|e| e.message.starts_with("error-")),
                    "{field} {bad}: {e:?}"
                );
            }
        }
    }
}

#[test]
fn unknown_question_ids_are_refused() {
    let (field, msg) = one(|a| {
        a.insert("__proto__".into(), json!("x"));
    });
    assert_eq!((field.as_str(), msg.as_str()), ("__proto__", "error-unknown-question"));
}

#[test]
fn control_and_bidi_override_characters_are_refused() {
    for s in ["Ali\u{0}", "Ali\u{7}Khan", "Ali\u{202E}nahK", "Ali\nKhan"] {
        let (f, m) = one(|a| {
            a.insert("name".into(), json!(s));
        });
        assert_eq!((f.as_str(), m.as_str()), ("name", "error-characters"), "{s:?}");
    }
    // Newlines are fine in long text.
    let mut a = good();
    a.insert("story".into(), json!("line one\nline two"));
    assert!(validate(&form(), &a, TODAY).is_ok());
}

#[test]
fn a_megabyte_answer_is_refused_as_too_long() {
    for field in ["name", "story", "email", "phone", "postcode"] {
        let mut a = good();
        a.insert(field.into(), json!("a".repeat(1_000_000)));
        let e = validate(&form(), &a, TODAY).unwrap_err();
        assert_eq!(e[0].field, field);
        assert!(
            ["error-too-long", "error-phone", "error-postcode"].contains(&e[0].message.as_str()),
            "{e:?}"
        );
    }
}

#[test]
fn errors_serialise_for_scripts() {
    let e = errors_for(|a| {
        a.insert("count".into(), json!(0));
    });
    let j = serde_json::to_value(&e).unwrap();
    assert_eq!(
        j,
        json!([{"field": "count", "message": "error-too-small", "args": {"min": 1}}])
    );
}
