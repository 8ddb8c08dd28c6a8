//! What a `.ftl` file may ask of the Fluent parser and formatter, checked at load so a hostile or
//! mistaken file fails with an error naming the file and message instead of crashing the kiosk
//! or showing a raw id: placeables nested too deep (fluent-syntax's parser recurses, so 100,000
//! levels overflow the stack), messages that refer to themselves, and messages that expand
//! exponentially ("billion laughs"). It parses one file; bundling and fallback are
//! [`super`]'s job.

use super::LocaleError;
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::HashMap;

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
    if let Err(deep) = check_nesting(text) {
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
    let problems = check_references(&resource);
    if problems.is_empty() {
        Ok(resource)
    } else {
        Err(problems.into_iter().map(error).collect())
    }
}

/// Where a structural character leaves the scan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// A `{ }` placeable; `text` once a select variant's key (`[one]`) has been read, as its
    /// value is text again, where `"` and `(` mean nothing.
    Brace { text: bool },
    /// A function's `( )` arguments.
    Paren,
}

/// Refuse text whose placeables nest deeper than [`MAX_NESTING`], in one pass without recursion.
/// It errs on the side of counting: braces inside string literals count towards the deepest
/// point (without staying open), and a brace never closed keeps counting for the rest of the
/// file, which the message mentions.
fn check_nesting(text: &str) -> Result<(), String> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut entry: Option<&str> = None;
    for (n, line) in text.split('\n').enumerate() {
        if stack.is_empty() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(id) = entry_id(line) {
                entry = Some(id);
            }
        }
        let too_deep = || {
            let place = match entry {
                Some(id) if id.starts_with('-') => format!("term \"{id}\", line {}", n + 1),
                Some(id) => format!("message \"{id}\", line {}", n + 1),
                None => format!("line {}", n + 1),
            };
            format!(
                "{place}: placeables `{{ }}` or arguments `( )` nest more than {MAX_NESTING} deep here (or one opened above is never closed); the kiosk's own translations use at most 2"
            )
        };
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let top = stack.last().copied();
            let expression = matches!(top, Some(Frame::Brace { text: false } | Frame::Paren));
            match bytes[i] {
                b'{' => stack.push(Frame::Brace { text: false }),
                b'}' => {
                    while let Some(f) = stack.pop() {
                        if matches!(f, Frame::Brace { .. }) {
                            break;
                        }
                    }
                }
                b'(' if expression => stack.push(Frame::Paren),
                b')' if top == Some(Frame::Paren) => {
                    stack.pop();
                }
                b']' if top == Some(Frame::Brace { text: false }) => {
                    stack.pop();
                    stack.push(Frame::Brace { text: true });
                }
                b'"' if expression => {
                    // A string literal ends at its quote or the line's end. Its braces count
                    // towards the depth here, in case the parser does not read it as a string.
                    let mut inside = 0;
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        match bytes[i] {
                            b'\\' => i += 1,
                            b'{' | b'(' => inside += 1,
                            _ => {}
                        }
                        if stack.len() + inside > MAX_NESTING {
                            return Err(too_deep());
                        }
                        i += 1;
                    }
                }
                _ => {}
            }
            if stack.len() > MAX_NESTING {
                return Err(too_deep());
            }
            i += 1;
        }
    }
    Ok(())
}

/// The id a line starts an entry for (`hello = …` or `-brand = …`), if it does.
fn entry_id(line: &str) -> Option<&str> {
    let name = line.strip_prefix('-').unwrap_or(line);
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(name.len());
    let len = end + (line.len() - name.len());
    line[len..].trim_start().starts_with('=').then(|| &line[..len])
}

/// One thing a reference can point at: a message's or term's value, or one of its attributes.
type Key<'a> = (bool, &'a str, Option<&'a str>);

/// The worst case of showing a pattern: placeables resolved, bytes written.
#[derive(Clone, Copy, Default)]
struct Cost {
    placeables: u64,
    bytes: u64,
}

impl Cost {
    fn add(self, other: Cost) -> Cost {
        Cost {
            placeables: self.placeables.saturating_add(other.placeables),
            bytes: self.bytes.saturating_add(other.bytes),
        }
    }

    fn max(self, other: Cost) -> Cost {
        Cost {
            placeables: self.placeables.max(other.placeables),
            bytes: self.bytes.max(other.bytes),
        }
    }
}

/// The references between a file's messages and terms: every cycle (with its chain of ids), and
/// every message whose worst-case expansion passes [`MAX_PLACEABLES`] or [`MAX_EXPANDED_BYTES`].
/// Linear in the file: each message is costed once, from the costs of what it refers to.
fn check_references(resource: &FluentResource) -> Vec<String> {
    analyse(resource).0
}

/// [`check_references`]' problems, and the worst cost of any message in the file.
fn analyse(resource: &FluentResource) -> (Vec<String>, Cost) {
    let mut keys: Vec<Key> = Vec::new();
    let mut patterns: Vec<&Pattern<&str>> = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut add = |key, pattern| {
        index.entry(key).or_insert_with(|| {
            keys.push(key);
            patterns.push(pattern);
            keys.len() - 1
        });
    };
    for entry in resource.entries() {
        let (term, id, value, attributes) = match entry {
            Entry::Message(m) => (false, m.id.name, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (true, t.id.name, Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            add((term, id, None), value);
        }
        for a in attributes {
            add((term, id, Some(a.id.name)), &a.value);
        }
    }
    let deps: Vec<Vec<usize>> = patterns
        .iter()
        .map(|p| {
            let mut out = Vec::new();
            refs_in_pattern(p, &mut |k| out.extend(index.get(&k).copied()));
            out
        })
        .collect();

    let mut problems = Vec::new();
    let order = post_order(&keys, &deps, &mut problems);
    let mut costs: Vec<Option<Cost>> = vec![None; keys.len()];
    let mut too_big = vec![false; keys.len()];
    for v in order {
        let lookup = |k: Key| index.get(&k).and_then(|&i| costs[i]);
        let cost = cost_of_pattern(patterns[v], &lookup);
        // A long message with no references is only as long as its file allows: not expansion.
        too_big[v] = cost.placeables > MAX_PLACEABLES || (cost.bytes > MAX_EXPANDED_BYTES && !deps[v].is_empty());
        // Report where the expansion starts, not every message that uses it.
        let inherited = deps[v].iter().any(|&d| too_big[d]);
        if too_big[v] && !inherited {
            problems.push(format!(
                "{} could expand to more than {MAX_PLACEABLES} placeables or {MAX_EXPANDED_BYTES} bytes when shown, through references to other messages (the kiosk would show its id instead); refer to fewer messages, or to shorter ones",
                name(keys[v])
            ));
        }
        costs[v] = Some(cost);
    }
    let worst = costs.into_iter().flatten().fold(Cost::default(), Cost::max);
    (problems, worst)
}

/// `message "a"`, `message "a.attr"`, `term "-t"`.
fn name((term, id, attr): Key) -> String {
    let what = if term { "term" } else { "message" };
    let dash = if term { "-" } else { "" };
    match attr {
        Some(a) => format!("{what} \"{dash}{id}.{a}\""),
        None => format!("{what} \"{dash}{id}\""),
    }
}

/// Depth-first over the references without recursion (a chain of 20,000 messages must not
/// overflow the stack): the post-order, and a problem for each cycle found.
fn post_order(keys: &[Key], deps: &[Vec<usize>], problems: &mut Vec<String>) -> Vec<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnPath,
        Done,
    }
    let mut seen = vec![Seen::No; keys.len()];
    let mut order = Vec::with_capacity(keys.len());
    for start in 0..keys.len() {
        if seen[start] != Seen::No {
            continue;
        }
        seen[start] = Seen::OnPath;
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some((v, next)) = path.last_mut() {
            let v = *v;
            if let Some(&w) = deps[v].get(*next) {
                *next += 1;
                match seen[w] {
                    Seen::No => {
                        seen[w] = Seen::OnPath;
                        path.push((w, 0));
                    }
                    Seen::OnPath => {
                        let from = path.iter().position(|&(u, _)| u == w).unwrap_or(0);
                        let chain: Vec<String> = path[from..]
                            .iter()
                            .map(|&(u, _)| id_of(keys[u]))
                            .chain([id_of(keys[w])])
                            .collect();
                        problems.push(format!(
                            "{} refers to itself through {} (the kiosk would show its id instead); break the loop",
                            name(keys[w]),
                            chain.join(" → ")
                        ));
                    }
                    Seen::Done => {}
                }
            } else {
                seen[v] = Seen::Done;
                order.push(v);
                path.pop();
            }
        }
    }
    order
}

/// `a`, `a.attr`, `-t`, as written in a `.ftl` file.
fn id_of((term, id, attr): Key) -> String {
    let dash = if term { "-" } else { "" };
    match attr {
        Some(a) => format!("{dash}{id}.{a}"),
        None => format!("{dash}{id}"),
    }
}

/// Every message or term a pattern refers to, anywhere in it. Recursion here follows the
/// placeables' nesting, which [`check_nesting`] has bounded.
fn refs_in_pattern<'a>(p: &Pattern<&'a str>, found: &mut impl FnMut(Key<'a>)) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            refs_in_expression(expression, found);
        }
    }
}

fn refs_in_expression<'a>(e: &Expression<&'a str>, found: &mut impl FnMut(Key<'a>)) {
    match e {
        Expression::Inline(i) => refs_in_inline(i, found),
        Expression::Select { selector, variants } => {
            refs_in_inline(selector, found);
            for v in variants {
                refs_in_pattern(&v.value, found);
            }
        }
    }
}

fn refs_in_inline<'a>(i: &InlineExpression<&'a str>, found: &mut impl FnMut(Key<'a>)) {
    match i {
        InlineExpression::MessageReference { id, attribute } => {
            found((false, id.name, attribute.as_ref().map(|a| a.name)));
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            found((true, id.name, attribute.as_ref().map(|a| a.name)));
            for a in arguments.iter().flat_map(|a| a.positional.iter()) {
                refs_in_inline(a, found);
            }
            for a in arguments.iter().flat_map(|a| a.named.iter()) {
                refs_in_inline(&a.value, found);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                refs_in_inline(a, found);
            }
            for a in &arguments.named {
                refs_in_inline(&a.value, found);
            }
        }
        InlineExpression::Placeable { expression } => refs_in_expression(expression, found),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::VariableReference { .. } => {}
    }
}

/// The worst case of showing a pattern, given the costs of what it refers to (`None` for a
/// missing message or one on a cycle, already reported). A select costs its dearest variant.
fn cost_of_pattern(p: &Pattern<&str>, lookup: &impl Fn(Key) -> Option<Cost>) -> Cost {
    p.elements.iter().fold(Cost::default(), |total, el| match el {
        PatternElement::TextElement { value } => total.add(Cost {
            placeables: 0,
            bytes: value.len() as u64,
        }),
        PatternElement::Placeable { expression } => total
            .add(Cost {
                placeables: 1,
                bytes: 0,
            })
            .add(cost_of_expression(expression, lookup)),
    })
}

fn cost_of_expression(e: &Expression<&str>, lookup: &impl Fn(Key) -> Option<Cost>) -> Cost {
    match e {
        Expression::Inline(i) => cost_of_inline(i, lookup),
        Expression::Select { selector, variants } => variants
            .iter()
            .map(|v| cost_of_pattern(&v.value, lookup))
            .fold(Cost::default(), Cost::max)
            .add(cost_of_inline(selector, lookup)),
    }
}

fn cost_of_inline(i: &InlineExpression<&str>, lookup: &impl Fn(Key) -> Option<Cost>) -> Cost {
    let text = |s: &str| Cost {
        placeables: 0,
        bytes: s.len() as u64,
    };
    let args = |a: Option<&fluent_syntax::ast::CallArguments<&str>>| {
        a.into_iter()
            .flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value)))
            .fold(Cost::default(), |t, x| t.add(cost_of_inline(x, lookup)))
    };
    match i {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => text(value),
        InlineExpression::VariableReference { .. } => Cost::default(),
        InlineExpression::MessageReference { id, attribute } => {
            lookup((false, id.name, attribute.as_ref().map(|a| a.name))).unwrap_or_default()
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => lookup((true, id.name, attribute.as_ref().map(|a| a.name)))
            .unwrap_or_default()
            .add(args(arguments.as_ref())),
        InlineExpression::FunctionReference { arguments, .. } => args(Some(arguments)),
        InlineExpression::Placeable { expression } => cost_of_expression(expression, lookup),
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
        let mut worst = Cost::default();
        for (path, text) in crate::embedded::locale_files() {
            if path.ends_with(".ftl") {
                check_nesting(text).unwrap_or_else(|e| panic!("{path}: {e}"));
                let res = FluentResource::try_new(text.to_string()).unwrap();
                let (problems, cost) = analyse(&res);
                assert_eq!(problems, Vec::<String>::new(), "{path}");
                worst = worst.max(cost);
            }
        }
        // The limits leave the real translations ample room (the module's docs quote these).
        assert!(worst.placeables <= MAX_PLACEABLES / 10, "{}", worst.placeables);
        assert!(worst.bytes <= MAX_EXPANDED_BYTES / 32, "{}", worst.bytes);
    }
}
