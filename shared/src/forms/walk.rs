//! The one-question-per-screen walk through a form, as a value: where the visitor is, what they
//! have answered, what "Back", "Continue" and "Change" do. The kiosk renders a [`Walk`] and calls
//! its methods on taps; tests drive it with a compact notation
//! (`"bin-type=general > address=… > check"`). Saving drafts and sending are the caller's job.

use super::schema::{FieldKind, FormDef};
use super::validate::{Answers, FieldError, Today, ValidAnswers, Value, is_visible, validate, validate_answer};
use serde_json::Value as Json;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Which screen of the form is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The question at this index of the form.
    Question(usize),
    /// "Check your answers".
    Check,
}

/// A visitor's progress through one form.
#[derive(Debug, Clone)]
pub struct Walk {
    form: Arc<FormDef>,
    answers: Answers,
    step: Step,
    /// Set by a Change link: after answering, go back to the check page.
    changing: bool,
    /// The screens visited, so Back retraces the visitor's own path.
    history: Vec<Step>,
    /// Questions the visitor has been past (an optional one left blank counts as seen).
    seen: BTreeSet<String>,
}

impl Walk {
    /// Start at the first question.
    pub fn new(form: Arc<FormDef>) -> Walk {
        Walk::resume(form, Answers::new())
    }

    /// Continue a saved draft: answers kept, placed at the first visible unanswered question,
    /// or the check page if all are answered.
    pub fn resume(form: Arc<FormDef>, answers: Answers) -> Walk {
        let seen = answers.keys().cloned().collect();
        let mut w = Walk {
            form,
            answers,
            step: Step::Check,
            changing: false,
            history: Vec::new(),
            seen,
        };
        w.step = w.next_unanswered(0).map_or(Step::Check, Step::Question);
        w
    }

    /// The form being filled.
    pub fn form(&self) -> &Arc<FormDef> {
        &self.form
    }

    /// The screen showing now.
    pub fn step(&self) -> Step {
        self.step
    }

    /// Every raw answer so far, including ones to questions now hidden (kept in case the
    /// visitor changes their mind back; never submitted).
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Fills in an answer the visitor has not given yet (from their card, after they agreed),
    /// without moving: the visitor still sees and can change it on its screen. Returns whether it
    /// was used (the question exists, takes text or an address, and is unanswered).
    pub fn prefill(&mut self, id: &str, raw: Json) -> bool {
        let Some(q) = self.form.questions.iter().find(|q| q.id == id) else {
            return false;
        };
        let fits = matches!(
            q.kind,
            FieldKind::ShortText | FieldKind::Email | FieldKind::UkPhone | FieldKind::Address
        );
        let empty = match self.answers.get(id) {
            None | Some(Json::Null) => true,
            Some(Json::String(s)) => s.trim().is_empty(),
            Some(_) => false,
        };
        if !fits || !empty {
            return false;
        }
        self.answers.insert(id.to_owned(), raw);
        true
    }

    /// The raw answer to one question, for pre-filling its screen.
    pub fn answer(&self, id: &str) -> Option<&Json> {
        self.answers.get(id)
    }

    /// Valid answers to the visible questions that conditions can name (choice, yes-no,
    /// consent), in form order. Those kinds never depend on the date, so no clock is needed.
    fn condition_values(&self) -> BTreeMap<String, Value> {
        let any_day = Today::fixed(2000, 1, 1);
        let mut values = BTreeMap::new();
        for q in &self.form.questions {
            let can_be_named = matches!(
                q.kind,
                FieldKind::SingleChoice | FieldKind::MultipleChoice | FieldKind::YesNo | FieldKind::Consent
            );
            if can_be_named
                && is_visible(q, &values)
                && let Ok(Some(v)) = validate_answer(q, self.answers.get(&q.id), any_day)
            {
                values.insert(q.id.clone(), v);
            }
        }
        values
    }

    /// Indices of the questions shown for the current answers.
    pub fn visible(&self) -> Vec<usize> {
        let values = self.condition_values();
        (0..self.form.questions.len())
            .filter(|&i| is_visible(&self.form.questions[i], &values))
            .collect()
    }

    /// (position of the current question among the visible ones, 1-based; how many are visible).
    pub fn progress(&self) -> (usize, usize) {
        let visible = self.visible();
        let at = match self.step {
            Step::Question(i) => visible.iter().position(|&v| v == i).map_or(1, |p| p + 1),
            Step::Check => visible.len(),
        };
        (at, visible.len())
    }

    fn next_unanswered(&self, from: usize) -> Option<usize> {
        let visible = self.visible();
        visible
            .into_iter()
            .filter(|&i| i >= from)
            .find(|&i| !self.seen.contains(&self.form.questions[i].id))
    }

    fn next_visible_after(&self, i: usize) -> Option<usize> {
        self.visible().into_iter().find(|&v| v > i)
    }

    /// Answer the current question. On success the walk moves on (to the next visible question,
    /// or back to the check page after a Change); on failure it stays, keeping what was typed so
    /// the screen can show it with the errors.
    pub fn submit(&mut self, raw: Json, today: Today) -> Result<(), Vec<FieldError>> {
        let Step::Question(i) = self.step else {
            return Ok(());
        };
        let q = &self.form.questions[i];
        let result = validate_answer(q, Some(&raw), today);
        let blank = super::validate::is_blank(Some(&raw));
        if blank {
            self.answers.remove(&q.id);
        } else {
            self.answers.insert(q.id.clone(), raw);
        }
        result?;
        self.seen.insert(q.id.clone());
        self.history.push(self.step);
        self.step = if self.changing {
            // A changed answer can reveal questions not yet answered: ask those first.
            match self.next_unanswered(0) {
                Some(n) => Step::Question(n),
                None => {
                    self.changing = false;
                    Step::Check
                }
            }
        } else {
            self.next_visible_after(i).map_or(Step::Check, Step::Question)
        };
        Ok(())
    }

    /// Keep what is typed on the current screen without validating (language switch, timeout
    /// warning, draft save), so nothing is lost.
    pub fn keep(&mut self, raw: Json) {
        if let Step::Question(i) = self.step {
            let id = self.form.questions[i].id.clone();
            if super::validate::is_blank(Some(&raw)) {
                self.answers.remove(&id);
            } else {
                self.answers.insert(id, raw);
            }
        }
    }

    /// Go back one screen. Returns false on the first question (the kiosk then leaves the form).
    pub fn back(&mut self) -> bool {
        let visible = self.visible();
        while let Some(prev) = self.history.pop() {
            let still_shown = match prev {
                Step::Question(i) => visible.contains(&i),
                Step::Check => true,
            };
            if still_shown && prev != self.step {
                self.step = prev;
                if prev == Step::Check {
                    self.changing = false;
                }
                return true;
            }
        }
        match self.step {
            Step::Check => {
                self.step = visible.last().map_or(Step::Check, |&i| Step::Question(i));
                visible.last().is_some()
            }
            Step::Question(i) => match visible.iter().rev().find(|&&v| v < i) {
                Some(&p) => {
                    self.step = Step::Question(p);
                    true
                }
                None => false,
            },
        }
    }

    /// Follow a "Change" link on the check page.
    pub fn change(&mut self, id: &str) -> bool {
        let Some(i) = self.form.index_of(id) else { return false };
        if !self.visible().contains(&i) {
            return false;
        }
        self.history.push(self.step);
        self.step = Step::Question(i);
        self.changing = true;
        true
    }

    /// Validate everything for sending.
    pub fn finish(&self, today: Today) -> Result<ValidAnswers, Vec<FieldError>> {
        let visible = self.visible();
        let relevant: Answers = self
            .answers
            .iter()
            .filter(|(id, _)| self.form.index_of(id).is_some_and(|i| visible.contains(&i)))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        validate(&self.form, &relevant, today)
    }
}
