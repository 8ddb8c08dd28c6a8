//! The one-question-per-screen walk, driven with a compact notation:
//! `"problem=graffiti > offensive=yes > back > change:problem"`.

use onestop::forms::{Step, Today, Walk, parse_form};
use serde_json::{Value, json};
use std::sync::Arc;

const FORM: &str = r#"
id = "street"
version = 1
category = "streets"
[[question]]
id = "problem"
type = "single-choice"
options = ["pothole", "graffiti"]
[[question]]
id = "offensive"
type = "yes-no"
show_if = { question = "problem", any_of = ["graffiti"] }
[[question]]
id = "where"
type = "short-text"
[[question]]
id = "details"
type = "long-text"
required = false
"#;

const TODAY: Today = Today(time::macros::date!(2026 - 11 - 23));

/// Run steps: `id=value` answers the current question (which must be `id`), `id=!value` expects
/// it to be refused, `back`, `change:id`, `check` asserts the check page.
fn run(walk: &mut Walk, script: &str) {
    for step in script.split('>').map(str::trim).filter(|s| !s.is_empty()) {
        if step == "back" {
            walk.back();
        } else if step == "check" {
            assert_eq!(walk.step(), Step::Check, "expected the check page");
        } else if let Some(id) = step.strip_prefix("change:") {
            assert!(walk.change(id), "change {id}");
        } else {
            let (id, value) = step.split_once('=').expect("id=value");
            let Step::Question(i) = walk.step() else {
                panic!("at check, wanted {id}")
            };
            assert_eq!(walk.form().questions[i].id, id, "at the wrong question");
            let (refused, value) = match value.strip_prefix('!') {
                Some(v) => (true, v),
                None => (false, value),
            };
            let raw = if value.is_empty() { Value::Null } else { json!(value) };
            assert_eq!(walk.submit(raw, TODAY).is_err(), refused, "{step}");
        }
    }
}

fn walk() -> Walk {
    Walk::new(Arc::new(parse_form(FORM).unwrap()))
}

fn current(w: &Walk) -> &str {
    match w.step() {
        Step::Question(i) => &w.form().questions[i].id,
        Step::Check => "check",
    }
}

#[test]
fn a_plain_walk_skips_hidden_questions_and_optional_blanks() {
    let mut w = walk();
    run(&mut w, "problem=pothole > where=outside 12 High St > details= > check");
    let v = w.finish(TODAY).unwrap();
    assert_eq!(v.values.len(), 2);
}

#[test]
fn a_refused_answer_keeps_what_was_typed_and_stays() {
    let mut w = walk();
    run(&mut w, "problem=!volcano");
    assert_eq!(current(&w), "problem");
    assert_eq!(w.answer("problem"), Some(&json!("volcano")));
}

#[test]
fn a_condition_adds_a_question_and_progress_counts_it() {
    let mut w = walk();
    assert_eq!(w.progress(), (1, 3));
    run(&mut w, "problem=graffiti");
    assert_eq!(w.progress(), (2, 4));
    run(&mut w, "offensive=yes > where=bridge > details= > check");
}

#[test]
fn back_retraces_and_the_first_question_has_no_back() {
    let mut w = walk();
    assert!(!w.back());
    run(&mut w, "problem=graffiti > offensive=no > back");
    assert_eq!(current(&w), "offensive");
    assert_eq!(w.answer("offensive"), Some(&json!("no")), "answers survive going back");
}

#[test]
fn change_from_the_check_page_returns_to_it() {
    let mut w = walk();
    run(
        &mut w,
        "problem=pothole > where=A6 > details= > check > change:where > where=A50 > check",
    );
    assert_eq!(
        w.finish(TODAY).unwrap().values["where"],
        onestop::forms::Value::Text("A50".into())
    );
}

#[test]
fn a_change_that_reveals_a_question_asks_it_before_returning() {
    let mut w = walk();
    run(
        &mut w,
        "problem=pothole > where=A6 > details= > check > change:problem > problem=graffiti > offensive=yes > check",
    );
    assert!(w.finish(TODAY).is_ok());
}

#[test]
fn resuming_a_draft_lands_on_the_first_unanswered_question() {
    let form = Arc::new(parse_form(FORM).unwrap());
    let answers = serde_json::from_value(json!({"problem": "graffiti"})).unwrap();
    let w = Walk::resume(form, answers);
    assert_eq!(current(&w), "offensive");
}
