//! The reference check of [`super`]: in one parsed `.ftl` file, every message or term that
//! refers to itself (directly or through others), and every message whose worst-case expansion
//! passes the limits, costed once each so the check stays linear.

use super::{MAX_EXPANDED_BYTES, MAX_PLACEABLES};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::HashMap;

/// One thing a reference can point at: a message's or term's value, or one of its attributes.
type Key<'a> = (bool, &'a str, Option<&'a str>);

/// The worst case of showing a pattern: placeables resolved, bytes written.
#[derive(Clone, Copy, Default)]
pub(super) struct Cost {
    /// Placeables resolved.
    pub(super) placeables: u64,
    /// Bytes of text written.
    pub(super) bytes: u64,
}

impl Cost {
    fn add(self, other: Cost) -> Cost {
        Cost {
            placeables: self.placeables.saturating_add(other.placeables),
            bytes: self.bytes.saturating_add(other.bytes),
        }
    }

    pub(super) fn max(self, other: Cost) -> Cost {
        Cost {
            placeables: self.placeables.max(other.placeables),
            bytes: self.bytes.max(other.bytes),
        }
    }
}

/// The references between a file's messages and terms: every cycle (with its chain of ids), and
/// every message whose worst-case expansion passes [`MAX_PLACEABLES`] or [`MAX_EXPANDED_BYTES`].
/// Linear in the file: each message is costed once, from the costs of what it refers to.
pub(super) fn check(resource: &FluentResource) -> Vec<String> {
    analyse(resource).0
}

/// [`check`]'s problems, and the worst cost of any message in the file.
pub(super) fn analyse(resource: &FluentResource) -> (Vec<String>, Cost) {
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
/// placeables' nesting, which [`super::nesting`] has bounded.
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
