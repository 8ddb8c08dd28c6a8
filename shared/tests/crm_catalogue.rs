//! Mapping the CRM's Open311 catalogue onto our forms: every datatype, description-only services,
//! and hostile lists and definitions (missing fields, wrong types, bombs, duplicate codes, bidi
//! overrides, Fluent syntax in names). Every generated form must load through the same loaders
//! as bundled ones, and its answers must reach the CRM under the CRM's own keys.

use onestop::crm::Outgoing;
use onestop::crm::catalogue::{MAX_SERVICES, Service, map_service, parse_service_list};
use onestop::crm::open311::request_fields;
use onestop::forms::schema::is_valid_id;
use onestop::forms::{Answers, Catalogue, FieldKind, FormDef, Today, validate};
use onestop::i18n::Translations;
use serde_json::json;

/// A definition with every datatype, required and optional attributes, informational ones,
/// orders out of sequence, and value keys that are not valid option ids.
fn full_definition() -> serde_json::Value {
    json!({
        "service_code": "BULKY",
        "attributes": [
            {"variable": true, "code": "item_count", "datatype": "number", "required": true, "order": 3,
             "description": "How many items?", "datatype_description": "A whole number"},
            {"variable": false, "code": "note", "datatype": "string", "required": false, "order": 1,
             "description": "Collections are on Tuesdays."},
            {"variable": true, "code": "ITEM_TYPE", "datatype": "singlevaluelist", "required": true, "order": 2,
             "description": "What kind of item?",
             "values": [{"key": "1", "name": "Sofa"}, {"key": "Large item", "name": "Other large item"},
                        {"key": "fridge", "name": "Fridge"}]},
            {"variable": true, "code": "access", "datatype": "multivaluelist", "required": false, "order": 4,
             "description": "How can we reach them?",
             "values": [{"key": "gate", "name": "Through the gate"}, {"key": "drive", "name": "On the drive"}]},
            {"variable": true, "code": "when", "datatype": "datetime", "required": false, "order": 5,
             "description": "When will they be out?"},
            {"variable": true, "code": "colour", "datatype": "string", "required": false, "order": 6,
             "description": "What colour is it?"},
            {"variable": true, "code": "more", "datatype": "text", "required": false, "order": 7,
             "description": "Anything else about the items?"}
        ]
    })
}

fn service(code: &str, metadata: bool) -> Service {
    let list = json!([{"service_code": code, "service_name": "Bulky waste", "description": "Book a collection",
                       "metadata": metadata, "type": "realtime", "group": "Waste & Recycling"}]);
    parse_service_list(list.to_string().as_bytes())
        .unwrap()
        .services
        .remove(0)
}

/// Load generated files exactly as the kiosk does: Catalogue::load and Translations::load.
fn load(g: &onestop::crm::catalogue::Generated) -> (FormDef, Translations) {
    let toml = g.form_toml(1);
    let file = format!("{}.toml", g.form_id);
    let forms = Catalogue::load([(file.as_str(), toml.as_str())]).expect("the generated form loads");
    let mut files: Vec<(String, String)> = onestop::embedded::locale_files()
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    files.push((format!("en-GB/forms/{}.ftl", g.form_id), g.ftl.clone()));
    let translations = Translations::load(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
        .expect("the generated words load beside the bundled ones");
    (forms.get(&g.form_id).unwrap().clone(), translations)
}

fn outgoing(form: &FormDef, answers: serde_json::Value) -> Outgoing {
    let answers: Answers = serde_json::from_value(answers).unwrap();
    Outgoing {
        submission_id: "0190-test".into(),
        reference: "K7QF-9M2A".into(),
        form_id: form.id.clone(),
        form_version: form.version,
        locale: "en-GB".into(),
        created_at: "2026-11-23T10:00:00Z".into(),
        attempts: 0,
        reconcile_first: false,
        answers: validate(form, &answers, Today::fixed(2026, 11, 23)).expect("valid answers"),
        identity: None,
    }
}

#[test]
fn every_datatype_maps_onto_a_question_in_the_crms_order() {
    let g = map_service(&service("BULKY", true), Some(full_definition().to_string().as_bytes())).unwrap();
    assert_eq!(g.form_id, "crm-bulky");
    let (form, tr) = load(&g);
    let shape: Vec<(&str, FieldKind, bool)> = form
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.kind, q.required))
        .collect();
    assert_eq!(
        shape,
        [
            ("location", FieldKind::Address, true),
            ("item-type", FieldKind::SingleChoice, true),
            ("item-count", FieldKind::Number, true),
            ("access", FieldKind::MultipleChoice, false),
            ("when", FieldKind::Date, false),
            ("colour", FieldKind::ShortText, false),
            ("more", FieldKind::LongText, false),
            ("description", FieldKind::LongText, false),
        ]
    );
    assert_eq!(form.category, "waste-recycling");
    let t = |id: &str, attr: Option<&str>| tr.form_text("en-GB", &form.id, id, attr);
    assert_eq!(t("title", None), "Bulky waste");
    assert_eq!(t("summary", None), "Book a collection");
    // The informational attribute (order 1) is read as the hint of the next question.
    assert_eq!(t("item-type", Some("hint")), "Collections are on Tuesdays.");
    assert_eq!(t("item-count", Some("hint")), "A whole number");
    assert_eq!(t("item-type", Some("opt-v-1")), "Sofa");
    assert!(
        g.notes.iter().any(|n| n.contains("note") && n.contains("hint")),
        "{:?}",
        g.notes
    );
    assert!(
        !g.ftl.contains("next-steps"),
        "the CRM gives none; the kiosk has its own"
    );
}

#[test]
fn answers_reach_the_crm_under_its_own_codes_and_value_keys() {
    let g = map_service(&service("BULKY", true), Some(full_definition().to_string().as_bytes())).unwrap();
    let (form, _) = load(&g);
    let item_type = form.question("item-type").unwrap();
    let large = item_type
        .options
        .iter()
        .find(|o| o.as_str() == "large-item")
        .unwrap()
        .clone();
    let out = outgoing(
        &form,
        json!({
            "location": {"postcode": "LE1 1AA", "house": "12", "street": "High Street"},
            "item-type": large, "item-count": 3, "access": ["gate"], "when": "2026-11-30",
            "description": "By the bins"
        }),
    );
    let f = request_fields(&form, &out, None, "", "");
    let get = |k: &str| {
        f.iter()
            .filter(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(get("service_code"), ["BULKY"]);
    assert_eq!(get("attribute[ITEM_TYPE]"), ["Large item"]);
    assert_eq!(get("attribute[item_count]"), ["3"]);
    assert_eq!(get("attribute[access][]"), ["gate"]);
    assert_eq!(get("attribute[when]"), ["2026-11-30"]);
    assert_eq!(get("address_string"), ["12 High Street, LE1 1AA"]);
    assert_eq!(get("description"), ["By the bins\n[Ref K7QF-9M2A]"]);
}

#[test]
fn a_service_without_a_definition_gets_a_description_only_form() {
    let g = map_service(&service("graffiti", false), None).unwrap();
    assert!(!g.has_definition);
    assert_eq!(g.form_id, "crm-graffiti");
    let (form, tr) = load(&g);
    let ids: Vec<(&str, bool)> = form.questions.iter().map(|q| (q.id.as_str(), q.required)).collect();
    assert_eq!(ids, [("location", true), ("description", true)]);
    assert_eq!(form.crm.service_code.as_deref(), Some("graffiti"));
    assert_eq!(form.crm.description, ["description"]);
    assert_eq!(
        tr.form_text("en-GB", &form.id, "description", None),
        "Describe the problem or request"
    );
}

#[test]
fn fluent_syntax_and_bidi_overrides_in_crm_text_are_shown_as_plain_text() {
    let list = json!([{"service_code": "x", "metadata": true,
        "service_name": "Pot{ $x }hole\n-term = evil\n[other] *x \u{202E}desrever\u{202C}",
        "description": "a\\\"b\" } { \"c"}]);
    let svc = parse_service_list(list.to_string().as_bytes())
        .unwrap()
        .services
        .remove(0);
    let def = json!({"attributes": [{"variable": true, "code": "q", "datatype": "singlevaluelist", "required": true,
        "description": ".attr = { -term }\n    .hint = injected",
        "values": [{"key": "a", "name": "}{"}, {"key": "b", "name": "* [b]"}]}]});
    let g = map_service(&svc, Some(def.to_string().as_bytes())).unwrap();
    let (form, tr) = load(&g);
    let t = |id: &str, attr: Option<&str>| tr.form_text("en-GB", &form.id, id, attr);
    assert_eq!(t("title", None), "Pot{ $x }hole -term = evil [other] *x desrever");
    assert_eq!(t("summary", None), "a\\\"b\" } { \"c");
    assert_eq!(t("q", None), ".attr = { -term } .hint = injected");
    assert_eq!(
        tr.form_text_opt("en-GB", &form.id, "q", Some("hint")),
        None,
        "no hint was injected"
    );
    assert_eq!(t("q", Some("opt-a")), "}{");
    assert_eq!(t("q", Some("opt-b")), "* [b]");
}

#[test]
fn hostile_codes_become_valid_distinct_stable_ids() {
    let long = "Ü".repeat(150);
    let list = json!([
        {"service_code": "POT"}, {"service_code": "pot"}, {"service_code": "p.o.t"},
        {"service_code": "١٢٣"}, {"service_code": 42}, {"service_code": long},
        {"service_code": "a".repeat(120)}, {"service_code": "../../etc/passwd"},
    ]);
    let parsed = parse_service_list(list.to_string().as_bytes()).unwrap();
    let ids: Vec<&str> = parsed.services.iter().map(|s| s.form_id.as_str()).collect();
    assert_eq!(ids.len(), 8, "{:?}", parsed.skipped);
    for id in &ids {
        assert!(is_valid_id(id) && id.starts_with("crm-"), "{id}");
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert_eq!(ids[0], "crm-pot");
    assert_eq!(ids[4], "crm-42");
    assert_eq!(ids[7], "crm-etc-passwd");
    assert!(
        ids[1].starts_with("crm-pot-") && ids[2].starts_with("crm-p-o-t"),
        "{ids:?}"
    );
    // The same list read again gives the same ids.
    let again = parse_service_list(list.to_string().as_bytes()).unwrap();
    assert_eq!(again.services, parsed.services);
    // Each maps to a loadable description-only form.
    for s in &parsed.services {
        load(&map_service(s, None).unwrap());
    }
}

#[test]
fn broken_list_entries_are_skipped_with_a_reason_and_the_rest_kept() {
    let list = json!([
        {"service_name": "no code"}, {"service_code": ""}, {"service_code": ["x"]}, "just a string", null,
        {"service_code": "ok", "metadata": "true", "service_name": 7},
        {"service_code": "ok", "service_name": "again"},
    ]);
    let parsed = parse_service_list(list.to_string().as_bytes()).unwrap();
    assert_eq!(parsed.services.len(), 1);
    let ok = &parsed.services[0];
    assert!(ok.metadata, "\"true\" as text counts");
    assert_eq!(ok.name, "7");
    assert_eq!(parsed.skipped.len(), 6);
    assert!(parsed.skipped[5].reason.contains("twice"), "{:?}", parsed.skipped);
    assert!(parsed.skipped[0].reason.contains("service_code"));
}

#[test]
fn an_unusable_list_is_an_error_not_an_empty_catalogue() {
    for body in [
        &b"<html><body>502 Bad Gateway</body></html>"[..],
        b"{\"services\": []}",
        b"",
        b"\xff\xfe",
    ] {
        assert!(parse_service_list(body).is_err(), "{:?}", String::from_utf8_lossy(body));
    }
    assert!(
        parse_service_list(b"[]").unwrap().services.is_empty(),
        "an empty list is the CRM's answer"
    );
}

#[test]
fn a_huge_list_is_cut_at_the_limit() {
    let list: Vec<serde_json::Value> = (0..MAX_SERVICES + 50)
        .map(|n| json!({"service_code": format!("s{n}")}))
        .collect();
    let parsed = parse_service_list(serde_json::to_vec(&list).unwrap().as_slice()).unwrap();
    assert_eq!(parsed.services.len(), MAX_SERVICES);
    assert_eq!(parsed.skipped.len(), 50);
}

#[test]
fn hostile_definitions_are_refused_with_a_reason() {
    let svc = service("x", true);
    let attrs = |n: usize| {
        let a: Vec<_> = (0..n)
            .map(|i| json!({"code": format!("a{i}"), "datatype": "string", "variable": true}))
            .collect();
        json!({ "attributes": a }).to_string()
    };
    let cases: Vec<(String, &str)> = vec![
        ("not json".into(), "not JSON"),
        ("[1, 2]".into(), "not an object"),
        (json!({"attributes": "lots"}).to_string(), "not an object"),
        (attrs(10_000), "at most 1000"),
        (attrs(99), "at most 98"),
        (
            json!({"attributes": [{"code": "c", "datatype": "photo", "required": true}]}).to_string(),
            "photo",
        ),
        (
            json!({"attributes": [{"code": "c", "datatype": "singlevaluelist", "required": true,
                                   "values": [{"key": "only"}]}]})
            .to_string(),
            "1 usable values",
        ),
        (
            json!({"attributes": [{"code": "c", "datatype": "string", "required": true},
                                  {"code": "c", "datatype": "number", "required": true}]})
            .to_string(),
            "repeats",
        ),
        (
            json!({"attributes": [{"datatype": "string", "required": true}]}).to_string(),
            "no usable code",
        ),
    ];
    for (body, wanted) in cases {
        let e = map_service(&svc, Some(body.as_bytes())).unwrap_err();
        assert!(
            e.contains(wanted),
            "{wanted:?} not in {e:?} for {}",
            &body[..body.len().min(80)]
        );
    }
}

#[test]
fn optional_attributes_the_kiosk_cannot_ask_are_left_out_and_noted() {
    let values: Vec<_> = (0..60).map(|i| json!({"key": format!("k{i}"), "name": "x"})).collect();
    let def = json!({"attributes": [
        {"code": "photo", "datatype": "image", "required": false},
        {"code": "many", "datatype": "multivaluelist", "required": false, "values": values},
        "not an object",
        {"code": "dup", "datatype": "string", "required": false, "values": null},
        {"code": "dup", "datatype": "string", "required": false},
        {"code": 7, "datatype": "STRING", "required": "false", "description": ["wrong type"]},
        {"code": "list", "datatype": "singlevaluelist", "required": true,
         "values": [{"key": "a"}, {"key": "a", "name": "same key"}, {"key": {"no": 1}}, {"key": 2, "name": "Two"}]},
    ]});
    let g = map_service(&service("x", true), Some(def.to_string().as_bytes())).unwrap();
    let (form, tr) = load(&g);
    let ids: Vec<&str> = form.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["location", "dup", "q-7", "list", "description"]);
    assert_eq!(form.question("list").unwrap().options, ["a", "v-2"]);
    assert_eq!(
        tr.form_text("en-GB", &form.id, "list", Some("opt-a")),
        "a",
        "a missing name shows the key"
    );
    assert_eq!(
        tr.form_text("en-GB", &form.id, "q-7", None),
        "7",
        "a missing text shows the code"
    );
    assert_eq!(g.notes.len(), 4, "{:?}", g.notes);
    assert!(g.notes.iter().any(|n| n.contains("photo") && n.contains("image")));
    assert!(
        g.notes
            .iter()
            .any(|n| n.contains("many") && n.contains("60 usable values"))
    );
}

#[test]
fn long_crm_text_is_cut_and_control_characters_dropped() {
    let list = json!([{"service_code": "x", "service_name": format!("{}\u{0007}\u{0000}", "N".repeat(5000)),
                       "description": "d".repeat(100_000)}]);
    let svc = parse_service_list(list.to_string().as_bytes())
        .unwrap()
        .services
        .remove(0);
    assert_eq!(svc.name.chars().count(), 150);
    assert!(svc.name.ends_with('…'));
    assert!(svc.description.chars().count() <= 600);
    let g = map_service(&svc, None).unwrap();
    assert!(g.ftl.len() < 4000, "{}", g.ftl.len());
    load(&g);
}

#[test]
fn a_definition_wrapped_in_a_list_or_without_attributes_still_maps() {
    let svc = service("x", true);
    let wrapped = json!([full_definition()]).to_string();
    assert_eq!(
        map_service(&svc, Some(wrapped.as_bytes()))
            .unwrap()
            .form_toml(1)
            .matches("[[question]]")
            .count(),
        8
    );
    let bare = map_service(&svc, Some(br#"{"service_code": "x"}"#)).unwrap();
    assert!(bare.has_definition);
    let (form, _) = load(&bare);
    assert_eq!(form.questions.len(), 2);
    assert!(
        !form.questions[1].required,
        "with a definition, the free text is optional"
    );
}

#[test]
fn a_value_map_must_name_real_questions_and_options() {
    let head = "id = \"t\"\nversion = 1\ncategory = \"x\"\n[[question]]\nid = \"size\"\ntype = \"single-choice\"\noptions = [\"small\", \"large\"]\n";
    let ok = format!("{head}[crm.values.size]\nsmall = \"S 1\"\n");
    let form = onestop::forms::parse_form(&ok).unwrap();
    assert_eq!(form.crm.crm_value("size", "small"), "S 1");
    assert_eq!(
        form.crm.crm_value("size", "large"),
        "large",
        "unlisted options go as their id"
    );
    let bad = format!("{head}[crm.values.size]\nhuge = \"H\"\n[crm.values.colour]\nred = \"R\"\n");
    let problems: Vec<String> = onestop::forms::parse_form(&bad)
        .unwrap_err()
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("\"huge\"")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("\"colour\"")), "{problems:?}");
}
