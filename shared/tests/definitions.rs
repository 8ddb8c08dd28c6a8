//! Loading form definitions: the bundled forms, and hostile or broken definitions, each of which
//! must give every problem as a clear message and never panic.

use onestop::embedded;
use onestop::forms::{Catalogue, FieldKind, parse_form};

fn problems(text: &str) -> Vec<String> {
    parse_form(text)
        .unwrap_err()
        .into_iter()
        .map(|p| p.to_string())
        .collect()
}

fn has(ps: &[String], needle: &str) -> bool {
    ps.iter().any(|p| p.contains(needle))
}

#[test]
fn the_seven_bundled_forms_load() {
    let c = embedded::forms().expect("bundled forms are valid");
    for id in [
        "missed-bin",
        "street-problem",
        "bulky-collection",
        "housing-repair",
        "library-join",
        "moving-home",
        "feedback",
    ] {
        assert!(c.get(id).is_some(), "{id} missing");
    }
}

#[test]
fn graffiti_asks_whether_it_is_offensive_only_for_graffiti() {
    let c = embedded::forms().unwrap();
    let f = c.get("street-problem").unwrap();
    let conditional: Vec<_> = f
        .questions
        .iter()
        .filter(|q| q.show_if.as_ref().is_some_and(|s| s.any_of == ["graffiti"]))
        .collect();
    assert!(!conditional.is_empty());
    assert!(conditional.iter().any(|q| q.kind == FieldKind::YesNo));
}

#[test]
fn bulky_collection_takes_up_to_three_items() {
    let c = embedded::forms().unwrap();
    let f = c.get("bulky-collection").unwrap();
    assert!(
        f.questions
            .iter()
            .any(|q| q.kind == FieldKind::MultipleChoice && q.max_selected == Some(3))
    );
}

#[test]
fn empty_and_garbage_files_are_refused_clearly() {
    assert!(has(&problems(""), "`id` is missing"));
    assert!(has(&problems(""), "no [[question]]"));
    assert!(has(&problems("this is not toml ]]"), "not valid TOML"));
    assert!(has(&problems("\u{0}\u{1}\u{2}"), "not valid TOML"));
    assert!(has(
        &problems("id = 3\nversion = \"one\"\ncategory = []"),
        "`id` must be a string"
    ));
}

#[test]
fn a_huge_file_is_refused_before_parsing() {
    let big = format!("id = \"x\"\n# {}\n", "a".repeat(1_000_000));
    assert!(has(&problems(&big), "at most"));
}

const HEAD: &str = "id = \"t\"\nversion = 1\ncategory = \"test\"\n";

#[test]
fn unknown_type_is_named_with_the_valid_ones() {
    let p = problems(&format!("{HEAD}[[question]]\nid = \"a\"\ntype = \"colour\"\n"));
    assert!(has(&p, "question \"a\""), "{p:?}");
    assert!(has(&p, "colour") && has(&p, "short-text"), "{p:?}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = format!(
        "{HEAD}bogus = 1\n\
         [[question]]\nid = \"a\"\ntype = \"short-text\"\nmin = 3\n\
         [[question]]\nid = \"a\"\ntype = \"yes-no\"\n\
         [[question]]\nid = \"c\"\ntype = \"single-choice\"\noptions = [\"x\"]\n\
         [[question]]\nid = \"d\"\ntype = \"short-text\"\nshow_if = {{ question = \"later\", any_of = [\"x\"] }}\n\
         [[question]]\nid = \"later\"\ntype = \"yes-no\"\n"
    );
    let p = problems(&text);
    assert!(has(&p, "unknown key `bogus`"), "{p:?}");
    assert!(has(&p, "`min` does not apply"), "{p:?}");
    assert!(has(&p, "duplicate id \"a\""), "{p:?}");
    assert!(has(&p, "at least 2 options"), "{p:?}");
    assert!(has(&p, "not an earlier question"), "{p:?}");
    assert!(p.len() >= 5, "{p:?}");
}

#[test]
fn conditions_must_name_an_earlier_choice_and_a_real_option() {
    let p = problems(&format!(
        "{HEAD}[[question]]\nid = \"n\"\ntype = \"number\"\n\
         [[question]]\nid = \"k\"\ntype = \"yes-no\"\nshow_if = {{ question = \"n\", any_of = [\"1\"] }}\n\
         [[question]]\nid = \"y\"\ntype = \"yes-no\"\n\
         [[question]]\nid = \"m\"\ntype = \"yes-no\"\nshow_if = {{ question = \"y\", any_of = [\"maybe\"] }}\n\
         [[question]]\nid = \"s\"\ntype = \"yes-no\"\nshow_if = {{ question = \"s\", any_of = [\"yes\"] }}\n"
    ));
    assert!(has(&p, "conditions need a choice"), "{p:?}");
    assert!(has(&p, "\"maybe\" is not an option"), "{p:?}");
    assert!(has(&p, "cannot depend on the question itself"), "{p:?}");
}

#[test]
fn bad_ids_ranges_and_patterns_are_refused() {
    let p = problems(&format!(
        "{HEAD}[[question]]\nid = \"Bad Id\"\ntype = \"short-text\"\npattern = \"(unclosed\"\n\
         [[question]]\nid = \"n\"\ntype = \"number\"\nmin = 10\nmax = 1\n\
         [[question]]\nid = \"t\"\ntype = \"long-text\"\nmin_length = 9\nmax_length = 2\n\
         [[question]]\nid = \"m\"\ntype = \"multiple-choice\"\noptions = [\"a\", \"a\"]\nmax_selected = 5\n\
         [[question]]\nid = \"d\"\ntype = \"date\"\nearliest_days = 5\nlatest_days = -5\n"
    ));
    for needle in [
        "lowercase letters",
        "not a valid regular expression",
        "min 10 is more than max 1",
        "min_length 9",
        "listed twice",
        "max_selected 5",
        "earliest_days is after",
    ] {
        assert!(has(&p, needle), "{needle}: {p:?}");
    }
}

#[test]
fn a_megabyte_id_is_reported_short() {
    let p = problems(&format!(
        "{HEAD}[[question]]\nid = \"{}\"\ntype = \"yes-no\"\n",
        "x".repeat(1_000_000)
    ));
    assert!(p.iter().all(|m| m.len() < 300), "messages stay readable");
}

#[test]
fn too_many_questions_are_refused() {
    let mut text = HEAD.to_owned();
    for i in 0..150 {
        text.push_str(&format!("[[question]]\nid = \"q{i}\"\ntype = \"yes-no\"\n"));
    }
    assert!(has(&problems(&text), "at most 100"));
}

#[test]
fn file_names_must_match_ids() {
    let text = format!("{HEAD}[[question]]\nid = \"a\"\ntype = \"yes-no\"\n");
    let err = Catalogue::load([("other.toml", text.as_str())]).unwrap_err();
    assert!(err[0].to_string().contains("call the file t.toml"));
    assert!(Catalogue::load([("t.toml", text.as_str())]).is_ok());
}

#[test]
fn crm_mapping_must_name_real_questions() {
    let p = problems(&format!(
        "{HEAD}[[question]]\nid = \"a\"\ntype = \"yes-no\"\n[crm]\nfields = {{ ghost = \"email\" }}\n"
    ));
    assert!(has(&p, "\"ghost\""), "{p:?}");
}

#[test]
fn toml_problems_name_the_line_and_column_once_on_one_line() {
    let ps = problems(
        "id = \"x\"\nversion = 1\ncategory = 3\n\n[[question]]\nid = \"a\"\ntype = \"short-text\"\n\n[[question]]\nid = \"b\"\ntype = \"short-text\"\nmax_length = \"long\"\n",
    );
    assert!(has(&ps, "line 3, column 12: `category` must be a string"), "{ps:?}");
    let q = ps.iter().find(|p| p.starts_with("question \"b\"")).expect("question b");
    assert!(q.contains("line 12, column 14: max_length: invalid type"), "{q}");
    assert!(!q.contains('\n') && q.matches("max_length").count() == 1, "{q}");
    let ps = problems("id = \"x\"\nversion = 1\n[[question]\n");
    assert!(has(&ps, "not valid TOML: line 3, column 12: "), "{ps:?}");
    assert!(ps.iter().all(|p| !p.contains('\n')), "{ps:?}");
}
