//! What a `.ftl` file may ask of the Fluent parser and formatter, checked at load so a hostile or
//! mistaken file fails with an error naming the file and message instead of crashing the kiosk
//! or showing a raw id: placeables nested too deep (fluent-syntax's parser recurses, so 100,000
//! levels overflow the stack), messages that refer to themselves, and messages that expand
//! exponentially ("billion laughs"). It parses one file; bundling and fallback are
//! [`super`]'s job.

mod nesting;
mod references;

use super::LocaleError;
use fluent_bundle::FluentResource;

/// How deep `{ }` placeables and `( )` call arguments may nest. The bundled translations use at
/// most 2 (a plural select holding a placeable); 16 leaves ample room and keeps the parser's
/// recursion far from the stack's end.
pub const MAX_NESTING: usize = 16;

/// How many placeables showing one message may resolve, following references. Fluent's formatter
/// gives up past 100 (its own billion-laughs guard), so beyond this the kiosk would show the id.
/// The dearest bundled message resolves 3.
pub const MAX_PLACEABLES: u64 = 100;

/// How long one message may become when shown, following references, in bytes (not counting
/// the arguments passed in). The longest bundled message is 750 bytes; 64 KiB keeps one
/// message from filling memory through references to long ones.
pub const MAX_EXPANDED_BYTES: u64 = 64 * 1024;

/// Parse one `.ftl` file, refusing it when it breaks any limit. `file` is its name in messages
/// (e.g. `ur/kiosk.ftl`). Every problem found is returned, not just the first.
pub fn parse(file: &str, text: &str) -> Result<FluentResource, Vec<LocaleError>> {
    let error = |message: String| LocaleError {
        file: file.to_owned(),
        message,
    };
    if let Err(deep) = nesting::check(text) {
        return Err(vec![error(deep)]);
    }
    let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errs)| {
        errs.into_iter()
            .map(|e| {
                let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                error(format!("line {line}: {}", e.kind))
            })
            .collect::<Vec<_>>()
    })?;
    let problems = references::check(&resource);
    if problems.is_empty() {
        Ok(resource)
    } else {
        Err(problems.into_iter().map(error).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match parse("en-GB/kiosk.ftl", text) {
            Ok(_) => Vec::new(),
            Err(errs) => errs
                .into_iter()
                .map(|e| {
                    assert_eq!(e.file, "en-GB/kiosk.ftl");
                    e.message
                })
                .collect(),
        }
    }

    #[test]
    fn placeables_nested_100000_deep_are_refused_naming_the_message_without_recursing() {
        let n = 100_000;
        let text = format!("ok = fine\ndeep = {}x{}\n", "{ ".repeat(n), " }".repeat(n));
        let p = problems(&text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("message \"deep\", line 2") && p[0].contains("16 deep"),
            "{p:?}"
        );
        // Nested function calls recurse in the parser too.
        let calls = format!("calls = {{ {}$x{} }}\n", "F(".repeat(n), ")".repeat(n));
        assert!(problems(&calls)[0].contains("\"calls\""));
    }

    #[test]
    fn braces_in_strings_and_variant_text_do_not_hide_nesting() {
        // A `}` inside a string closes nothing, even as a select's selector.
        let level = "{ \"}\" ->\n *[a] ";
        let text = format!("s = {}x\n", level.repeat(40));
        assert!(problems(&text)[0].contains("\"s\""), "{:?}", problems(&text));
        // A quote in variant text is text: the braces after it count.
        let level = "{ $v ->\n *[a] \"";
        let text = format!("t = {}x\n", level.repeat(40));
        assert!(problems(&text)[0].contains("\"t\""), "{:?}", problems(&text));
        // A string full of braces counts towards the depth where it is.
        let text = format!("u = {{ \"{}\" }}\n", "{".repeat(100));
        assert!(problems(&text)[0].contains("\"u\""));
    }

    #[test]
    fn ordinary_nesting_strings_and_selects_are_accepted() {
        let text = "-brand = Onestop\n\
                    # { a comment { is { not { counted { at { all { { { { { { { { { { { {\n\
                    a = { \"{\" } and { -brand }\n\
                    b = { $n ->\n    [one] one (item)\n   *[other] { NUMBER($n, minimumFractionDigits: 0) } items :)\n}\n\
                    c = { a } { b }\n";
        assert_eq!(problems(text), Vec::<String>::new());
    }

    #[test]
    fn a_cycle_is_reported_with_its_chain() {
        let p = problems("a = { b }\nb = x { a }\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("a → b → a"), "{p:?}");
        assert!(p[0].contains("message \"a\" refers to itself"), "{p:?}");
    }

    #[test]
    fn a_self_reference_through_an_attribute_or_term_is_reported() {
        let p = problems("a = { a }\n");
        assert!(p[0].contains("a → a"), "{p:?}");
        let p = problems("m = x\n    .title = { m.title }\n");
        assert!(p[0].contains("m.title → m.title"), "{p:?}");
        let p = problems("-t = { $c ->\n   *[x] { -t(c: \"y\") }\n}\nuse = { -t }\n");
        assert!(p[0].contains("term \"-t\"") && p[0].contains("-t → -t"), "{p:?}");
    }

    #[test]
    fn billion_laughs_is_reported_once_where_it_passes_the_limit() {
        let mut text = String::from("a0 = lol\n");
        for i in 1..=30 {
            text.push_str(&format!("a{i} = {{ a{} }}{{ a{} }}\n", i - 1, i - 1));
        }
        let p = problems(&text);
        assert_eq!(p.len(), 1, "{p:?}");
        // a5 resolves 62 placeables; a6 resolves 126.
        assert!(
            p[0].contains("message \"a6\"") && p[0].contains("more than 100"),
            "{p:?}"
        );
    }

    #[test]
    fn a_long_chain_and_a_long_expansion_are_costed_without_recursion() {
        let mut text = String::from("m0 = end\n");
        for i in 1..20_000 {
            text.push_str(&format!("m{i} = {{ m{} }}\n", i - 1));
        }
        let p = problems(&text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("\"m101\""), "{p:?}");
        let long = "x".repeat(40_000);
        let p = problems(&format!("big = {long}\ntwice = {{ big }}{{ big }}\n"));
        assert!(p[0].contains("\"twice\"") && p[0].contains("65536 bytes"), "{p:?}");
    }

    #[test]
    fn a_select_costs_its_dearest_variant_not_the_sum() {
        let text = "w = { $n ->\n    [one] { x }{ x }\n   *[other] { x }\n}\nx = word\n";
        assert_eq!(problems(text), Vec::<String>::new());
    }

    #[test]
    fn syntax_errors_keep_their_line() {
        let p = problems("ok = fine\nbroken = { ! }\nnext = fine\n");
        assert!(p[0].starts_with("line 2"), "{p:?}");
    }

    #[test]
    fn every_bundled_translation_is_well_within_the_limits() {
        let mut worst = references::Cost::default();
        for (path, text) in crate::embedded::locale_files() {
            if path.ends_with(".ftl") {
                nesting::check(text).unwrap_or_else(|e| panic!("{path}: {e}"));
                let res = FluentResource::try_new(text.to_string()).unwrap();
                let (problems, cost) = references::analyse(&res);
                assert_eq!(problems, Vec::<String>::new(), "{path}");
                worst = worst.max(cost);
            }
        }
        // The limits leave the real translations ample room (the module's docs quote these).
        assert!(worst.placeables <= MAX_PLACEABLES / 10, "{}", worst.placeables);
        assert!(worst.bytes <= MAX_EXPANDED_BYTES / 32, "{}", worst.bytes);
    }
}
