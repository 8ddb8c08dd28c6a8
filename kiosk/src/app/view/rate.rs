//! "How was this?" as a plain struct: the question, a hint, the five faces (very good first) and
//! Skip.

use super::Words;
use crate::app::{App, Env};

/// The rating page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateView {
    /// "How was this?".
    pub title: String,
    /// "Tap a face, or Skip. We do not keep anything about you."
    pub hint: String,
    /// Each face's score and words, very good first.
    pub faces: Vec<(u8, String)>,
    /// "Skip".
    pub skip: String,
}

/// The rating page.
pub fn rate(app: &App, env: &Env) -> RateView {
    let w = Words::of(app, env);
    RateView {
        title: w.t("rate-title"),
        hint: w.t("rate-hint"),
        faces: crate::app::rate::faces(&w),
        skip: w.t("rate-skip"),
    }
}
