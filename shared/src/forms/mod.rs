//! Forms as data: the schema ([`schema`], with the pictures a choice question may name), format
//! rules ([`normalize`]), pure validation into [`ValidAnswers`] ([`validate`]), whole-catalogue
//! checks including translations ([`check`]), and the one-question-per-screen walk ([`walk`]).
//! Nothing here does I/O.

mod address;
pub mod check;
mod choice_pictures;
pub mod normalize;
pub mod schema;
pub mod validate;
pub mod walk;

pub use schema::{FieldKind, FormDef, Problem, Question, parse_form};
pub use validate::{Address, Answers, FieldError, Location, Today, ValidAnswers, Value, validate, validate_answer};
pub use walk::{Step, Walk};

use std::collections::BTreeMap;

/// A problem with one file of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct CatalogueError {
    /// The definition file, e.g. `missed-bin.toml`.
    pub file: String,
    /// What is wrong in it.
    pub problem: Problem,
}

/// Every form the kiosk offers, by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    forms: BTreeMap<String, FormDef>,
}

impl Catalogue {
    /// Load definitions given as (file name, contents). Every problem in every file is reported;
    /// a file whose name is not `<id>.toml` is a problem too, so ids and files never drift apart.
    pub fn load<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Catalogue, Vec<CatalogueError>> {
        let mut forms = BTreeMap::new();
        let mut errors = Vec::new();
        for (file, text) in files {
            match parse_form(text) {
                Ok(form) => {
                    let expected = format!("{}.toml", form.id);
                    if file.rsplit('/').next() != Some(expected.as_str()) {
                        errors.push(CatalogueError {
                            file: file.to_owned(),
                            problem: Problem {
                                place: "form".into(),
                                message: format!(
                                    "id \"{}\" does not match the file name; call the file {expected}",
                                    form.id
                                ),
                            },
                        });
                    } else if forms.contains_key(&form.id) {
                        errors.push(CatalogueError {
                            file: file.to_owned(),
                            problem: Problem {
                                place: "form".into(),
                                message: format!("a form with id \"{}\" is already loaded", form.id),
                            },
                        });
                    } else {
                        forms.insert(form.id.clone(), form);
                    }
                }
                Err(problems) => errors.extend(problems.into_iter().map(|problem| CatalogueError {
                    file: file.to_owned(),
                    problem,
                })),
            }
        }
        if errors.is_empty() {
            Ok(Catalogue { forms })
        } else {
            Err(errors)
        }
    }

    /// The form with this id.
    pub fn get(&self, id: &str) -> Option<&FormDef> {
        self.forms.get(id)
    }

    /// Every form, by id.
    pub fn all(&self) -> impl Iterator<Item = &FormDef> {
        self.forms.values()
    }

    /// How many forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}
