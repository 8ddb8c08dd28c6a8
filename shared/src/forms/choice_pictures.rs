//! Checking the pictures a choice question names (`icons` beside its options, a `diagram` to tap)
//! against the ones the kiosk has ([`crate::pictures`]). Only names are checked here; the SVGs
//! themselves are the pictures module's and its tests' concern.

use super::schema::FieldKind;
use crate::pictures::{self, Diagram};
use std::collections::BTreeMap;

/// A choice question's pictures, once every name in them is known to exist.
#[derive(Default)]
pub(super) struct ChoicePictures {
    pub icons: BTreeMap<String, &'static str>,
    pub diagram: Option<&'static Diagram>,
}

/// Check `icons` (option → icon name) and `diagram` as written on a question of `kind` with
/// `options`, telling `bad` every problem. What is wrong is left out of the result.
pub(super) fn check(
    icons: Option<&BTreeMap<String, String>>,
    diagram: Option<&str>,
    kind: FieldKind,
    options: &[String],
    bad: &mut dyn FnMut(String),
) -> ChoicePictures {
    let mut out = ChoicePictures::default();
    if !kind.has_options() {
        for (key, given) in [("icons", icons.is_some()), ("diagram", diagram.is_some())] {
            if given {
                bad(format!(
                    "`{key}` does not apply to a {} question: only single-choice and multiple-choice \
                     questions have options to picture",
                    kind.name()
                ));
            }
        }
        return out;
    }
    for (option, name) in icons.into_iter().flatten() {
        if !options.contains(option) {
            bad(format!(
                "icons names option \"{}\", which this question does not have (its options: {})",
                super::schema::truncate(option),
                listed(options.iter().map(String::as_str))
            ));
        }
        match pictures::icon_names().iter().find(|n| **n == name.as_str()) {
            Some(known) if options.contains(option) => {
                out.icons.insert(option.clone(), *known);
            }
            Some(_) => {}
            None => bad(format!(
                "icon \"{}\" (for option \"{}\") does not exist; the icons are: {}",
                super::schema::truncate(name),
                super::schema::truncate(option),
                listed(pictures::icon_names().iter().copied())
            )),
        }
    }
    if let Some(name) = diagram {
        match pictures::diagram(name) {
            None => bad(format!(
                "diagram \"{}\" does not exist; the diagrams are: {}",
                super::schema::truncate(name),
                listed(pictures::diagram_names())
            )),
            Some(d) => {
                let strangers: Vec<&str> = d
                    .regions
                    .iter()
                    .map(|r| r.option)
                    .filter(|o| !options.iter().any(|opt| opt == o))
                    .collect();
                if strangers.is_empty() {
                    out.diagram = Some(d);
                } else {
                    bad(format!(
                        "diagram \"{name}\" has places for {}, which this question does not have as options; \
                         add them to `options`, or drop `diagram`",
                        quoted(&strangers)
                    ));
                }
            }
        }
    }
    out
}

fn quoted(names: &[&str]) -> String {
    names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
}

/// A hostile question can have thousands of long options; a message names a readable few.
fn listed<'a>(names: impl Iterator<Item = &'a str>) -> String {
    const SHOWN: usize = 20;
    let names: Vec<&str> = names.collect();
    let mut text = names
        .iter()
        .take(SHOWN)
        .map(|n| super::schema::truncate(n))
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        text.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    text
}
