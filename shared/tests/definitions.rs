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

/// A form with one choice question `c` (options a, b) carrying `extra`.
fn choice_with(extra: &str) -> String {
    format!("{HEAD}[[question]]\nid = \"c\"\ntype = \"single-choice\"\noptions = [\"a\", \"b\"]\n{extra}\n")
}

#[test]
fn bundled_choice_questions_carry_their_icons_and_the_home_diagram() {
    let c = embedded::forms().unwrap();
    let bins = c.get("missed-bin").unwrap().question("bin-type").unwrap();
    assert_eq!(bins.icon("general"), Some("bin-black"));
    assert_eq!(bins.icon("recycling"), Some("bin-blue"));
    assert_eq!(bins.icon("garden"), Some("bin-green"));
    assert_eq!(bins.icon("food"), Some("caddy-brown"));
    assert_eq!(bins.icon("compost"), None);
    assert!(bins.diagram.is_none());
    let street = c.get("street-problem").unwrap().question("problem").unwrap();
    for option in &street.options {
        let name = street.icon(option).expect("every street problem has an icon");
        assert!(onestop::pictures::icon(name).is_some(), "{name}");
    }
    let area = c.get("housing-repair").unwrap().question("area").unwrap();
    assert_eq!(area.icons.len(), area.options.len(), "every area has an icon");
    let home = area.diagram.expect("the area question has the home diagram");
    assert_eq!(home.name, "home");
    let placed: Vec<&str> = home.regions.iter().map(|r| r.option).collect();
    let unplaced: Vec<&String> = area.options.iter().filter(|o| !placed.contains(&o.as_str())).collect();
    assert_eq!(
        unplaced,
        ["other"],
        "only 'other' stays a plain choice below the picture"
    );
    // Questions without pictures say so.
    let urgency = c.get("housing-repair").unwrap().question("urgency").unwrap();
    assert!(urgency.icons.is_empty() && urgency.diagram.is_none());
}

#[test]
fn an_icon_that_does_not_exist_is_refused_naming_the_question_and_the_icons() {
    let p = problems(&choice_with("icons = { a = \"unicorn\", b = \"../forms/missed-bin\" }"));
    assert!(
        has(&p, "question \"c\": icon \"unicorn\" (for option \"a\") does not exist"),
        "{p:?}"
    );
    assert!(has(&p, "icon \"../forms/missed-bin\""), "{p:?}");
    assert!(
        has(&p, "bin-blue, ") && has(&p, "damp-wall"),
        "the message lists the icons: {p:?}"
    );
    assert_eq!(p.len(), 2, "{p:?}");
}

#[test]
fn an_icon_for_an_option_the_question_lacks_is_refused() {
    let p = problems(&choice_with("icons = { a = \"bath\", zebra = \"bath\" }"));
    assert_eq!(
        p,
        ["question \"c\": icons names option \"zebra\", which this question does not have (its options: a, b)"]
    );
}

#[test]
fn icons_and_diagrams_belong_only_to_choice_questions() {
    let p = problems(&format!(
        "{HEAD}[[question]]\nid = \"y\"\ntype = \"yes-no\"\nicons = {{}}\n\
         [[question]]\nid = \"t\"\ntype = \"short-text\"\ndiagram = \"home\"\n\
         [[question]]\nid = \"a\"\ntype = \"address\"\ndiagram = \"home\"\nicons = {{ yes = \"bath\" }}\n"
    ));
    assert!(
        has(&p, "question \"y\": `icons` does not apply to a yes-no question"),
        "{p:?}"
    );
    assert!(
        has(&p, "question \"t\": `diagram` does not apply to a short-text question"),
        "{p:?}"
    );
    assert!(has(&p, "question \"a\": `icons` does not apply to a address"), "{p:?}");
    assert!(has(&p, "question \"a\": `diagram` does not apply"), "{p:?}");
    assert_eq!(p.len(), 4, "{p:?}");
    // A multiple-choice question may have them.
    let ok = format!(
        "{HEAD}[[question]]\nid = \"m\"\ntype = \"multiple-choice\"\noptions = [\"a\", \"b\"]\nicons = {{ b = \"window\" }}\n"
    );
    assert_eq!(parse_form(&ok).unwrap().questions[0].icon("b"), Some("window"));
}

#[test]
fn a_diagram_that_does_not_exist_is_refused() {
    let p = problems(&choice_with("diagram = \"castle\""));
    assert_eq!(
        p,
        ["question \"c\": diagram \"castle\" does not exist; the diagrams are: home"]
    );
}

#[test]
fn a_diagram_with_places_the_question_has_no_option_for_is_refused() {
    let text = format!(
        "{HEAD}[[question]]\nid = \"where\"\ntype = \"single-choice\"\n\
         options = [\"kitchen\", \"bathroom\", \"heating-hot-water\", \"electrics\", \"doors-windows\", \"roof-gutters\"]\n\
         diagram = \"home\"\n"
    );
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(
            "question \"where\": diagram \"home\" has places for \"damp-mould\", which this question does not have"
        ),
        "{p:?}"
    );
    assert!(p[0].ends_with("add them to `options`, or drop `diagram`"), "{p:?}");
    // With the missing option added it loads.
    let fixed = text.replace("\"roof-gutters\"]", "\"roof-gutters\", \"damp-mould\"]");
    assert_eq!(parse_form(&fixed).unwrap().questions[0].diagram.unwrap().name, "home");
}

#[test]
fn every_picture_problem_is_reported_at_once_with_the_others() {
    let p = problems(&format!(
        "{HEAD}[[question]]\nid = \"c\"\ntype = \"single-choice\"\noptions = [\"a\", \"b\"]\n\
         icons = {{ a = \"nope\", ghost = \"bath\" }}\ndiagram = \"home\"\n\
         [[question]]\nid = \"d\"\ntype = \"single-choice\"\noptions = [\"a\", \"b\"]\ndiagram = \"flat\"\n\
         [[question]]\nid = \"e\"\ntype = \"consent\"\nicons = {{ yes = \"bath\" }}\nmin = 3\n"
    ));
    for needle in [
        "question \"c\": icon \"nope\"",
        "question \"c\": icons names option \"ghost\"",
        "question \"c\": diagram \"home\" has places",
        "question \"d\": diagram \"flat\" does not exist",
        "question \"e\": `icons` does not apply",
        "question \"e\": `min` does not apply",
    ] {
        assert!(has(&p, needle), "{needle}: {p:?}");
    }
    assert_eq!(p.len(), 6, "{p:?}");
}

#[test]
fn hostile_picture_values_get_clear_short_messages() {
    let p = problems(&choice_with("icons = \"bin-blue\""));
    assert!(has(&p, "question \"c\"") && has(&p, "icons"), "{p:?}");
    let p = problems(&choice_with("icons = { a = 3 }"));
    assert!(has(&p, "question \"c\"") && has(&p, "icons"), "{p:?}");
    let p = problems(&choice_with("diagram = [\"home\"]"));
    assert!(has(&p, "question \"c\"") && has(&p, "diagram"), "{p:?}");
    let huge = "x".repeat(60_000);
    let p = problems(&choice_with(&format!(
        "icons = {{ {huge} = \"{huge}\" }}\ndiagram = \"{huge}\""
    )));
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p.iter().all(|m| m.len() < 600), "messages stay readable");
}
