//! The description of an Open311 request: the visitor's own words (the form's `[crm]
//! description` questions), then, unless the form sets `[crm] answers_in_description = false`, a
//! labelled block of every other answer in the council's working language, then our `[Ref …]`
//! marker, last. A GeoReport server may keep nothing but the description (it may drop
//! `address_string`, names and every attribute without saying so), so the description alone must
//! tell council staff what the visitor asked for. Pure; what the request's other fields hold is
//! [`super::open311`]'s job.
//!
//! ```text
//! Lorry came early & left.
//!
//! Answers given at the kiosk:
//! Bin: Garden waste
//! Address: 12 High Street, Leicester, LE1 1AA
//! Bin out by 7am: Yes
//! [Ref K7QF-9M2A]
//! ```

use crate::forms::{FormDef, ValidAnswers, Value};
use crate::i18n::Translations;
use std::sync::Arc;

/// The longest description we send, in characters. GeoReport servers often cut descriptions
/// short (a database column, a ticketing system's field); a cut one would lose our marker, and
/// reconciling needs it, so we shorten the answers block ourselves and keep the marker.
/// 2,000 is a common default for a CRM's case description field.
pub const DESCRIPTION_LIMIT: usize = 2_000;

/// The words answers are labelled with: the forms' translations in one locale (the staff
/// screen's, `[staff] locale`: the council's working language, en-GB by default).
#[derive(Debug, Clone)]
pub struct Labels {
    /// Every locale's words.
    pub translations: Arc<Translations>,
    /// The council's working language.
    pub locale: String,
}

impl Labels {
    pub(crate) fn question(&self, form: &str, id: &str) -> String {
        let t = &self.translations;
        t.form_text_opt(&self.locale, form, id, Some("check"))
            .or_else(|| t.form_text_opt(&self.locale, form, id, None))
            .unwrap_or_else(|| id.to_owned())
    }

    fn option(&self, form: &str, question: &str, option: &str) -> String {
        self.translations
            .form_text_opt(&self.locale, form, question, Some(&format!("opt-{option}")))
            .unwrap_or_else(|| option.to_owned())
    }

    fn kiosk(&self, id: &str) -> String {
        self.translations.text(&self.locale, id, &[])
    }

    fn staff(&self, id: &str, count: Option<usize>) -> String {
        let args = count.map(|n| ("count", crate::i18n::ArgValue::Num(n as i64)));
        self.translations
            .file_text(&self.locale, "staff.ftl", id, args.as_slice())
    }

    /// An answer as council staff read it: option labels, not ids; an address on one line; yes
    /// and no as words.
    pub(crate) fn answer(&self, form: &str, question: &str, value: &Value) -> String {
        match value {
            Value::Choice(o) => self.option(form, question, o),
            Value::Choices(os) => os
                .iter()
                .map(|o| self.option(form, question, o))
                .collect::<Vec<_>>()
                .join(", "),
            Value::YesNo(b) => self.kiosk(if *b { "yes" } else { "no" }),
            Value::Consent(b) => self.kiosk(if *b { "consent-agree" } else { "no" }),
            other => super::open311::field_text(other).join(", "),
        }
    }
}

/// Text as it may stand in the description: on one line, without Fluent's direction marks, and
/// unable to pass for a reference marker (a visitor typing `[Ref XXXX-XXXX]` must not make us
/// believe another submission already arrived).
pub(crate) fn clean(text: &str, one_line: bool) -> String {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .map(|c| if one_line && c.is_control() { ' ' } else { c })
        .collect();
    let text = text.replace("[Ref ", "(Ref ");
    if one_line {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text.trim().to_owned()
    }
}

/// The description of one submission: the visitor's words, the answers block (when `labels` is
/// given and the form has not turned it off) and `marker`, always whole and last. The block is
/// shortened to keep the whole within [`DESCRIPTION_LIMIT`] characters; the visitor's own words
/// are never cut, so a form allowing more than that can still make a longer description.
pub fn description(form: &FormDef, answers: &ValidAnswers, marker: &str, labels: Option<&Labels>) -> String {
    let mapping = &form.crm;
    let words: Vec<String> = mapping
        .description
        .iter()
        .filter_map(|qid| answers.values.get(qid).map(|v| (qid, v)))
        .flat_map(|(qid, v)| {
            super::open311::field_text(v)
                .into_iter()
                .map(move |t| clean(mapping.crm_value(qid, &t), false))
        })
        .filter(|t| !t.is_empty())
        .collect();
    // The visitor's words are never cut (the form bounds them); the block gets what is left.
    let words = words.join("\n");
    let room = DESCRIPTION_LIMIT.saturating_sub(marker.chars().count() + 1 + words.chars().count());
    let mut parts = vec![words];
    if let Some(labels) = labels.filter(|_| mapping.answers_in_description) {
        let lines: Vec<String> = form
            .questions
            .iter()
            .filter(|q| !mapping.description.contains(&q.id))
            .filter_map(|q| answers.values.get(&q.id).map(|v| (q, v)))
            .map(|(q, v)| {
                let label = clean(&labels.question(&form.id, &q.id), true);
                format!("{label}: {}", clean(&labels.answer(&form.id, &q.id, v), true))
            })
            .collect();
        if !lines.is_empty() {
            // Two newlines part the block from the words before it.
            parts.push(block(labels, &lines, room.saturating_sub(2)));
        }
    }
    let mut text = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(marker);
    text
}

/// The heading and as many whole answer lines as fit in `room` characters; when some do not, a
/// last line saying how many were left out (room for it is kept from the start).
fn block(labels: &Labels, lines: &[String], room: usize) -> String {
    let heading = clean(&labels.staff("crm-answers-heading", None), true);
    let whole: usize = heading.chars().count() + lines.iter().map(|l| l.chars().count() + 1).sum::<usize>();
    if whole <= room {
        return std::iter::once(heading)
            .chain(lines.iter().cloned())
            .collect::<Vec<_>>()
            .join("\n");
    }
    let note = |n: usize| clean(&labels.staff("crm-answers-shortened", Some(n)), true);
    // The longest the note can be: every answer left out.
    let mut left = room.saturating_sub(heading.chars().count() + note(lines.len()).chars().count() + 1);
    let mut kept = vec![heading];
    for line in lines {
        let len = line.chars().count() + 1;
        if len > left {
            break;
        }
        left -= len;
        kept.push(line.clone());
    }
    let shown = kept.len() - 1;
    if shown == 0 && room < kept[0].chars().count() + note(lines.len()).chars().count() + 1 {
        // Not even the heading and the note fit: the visitor's words filled the description.
        return String::new();
    }
    kept.push(note(lines.len() - shown));
    kept.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{Answers, Today, validate};

    fn labels(locale: &str) -> Labels {
        Labels {
            translations: Arc::new(crate::embedded::translations().unwrap()),
            locale: locale.into(),
        }
    }

    fn filled(form_id: &str, answers: &str) -> (FormDef, ValidAnswers) {
        let forms = crate::embedded::forms().unwrap();
        let form = forms.get(form_id).unwrap().clone();
        let answers: Answers = serde_json::from_str(answers).unwrap();
        let valid = validate(&form, &answers, Today::now()).unwrap();
        (form, valid)
    }

    const BULKY: &str = r#"{"items": ["sofa", "fridge-freezer"], "address": {"postcode": "le1 1aa", "house": "12", "street": "High Street", "town": "Leicester"}, "contact-method": "email", "email": "a@example.org"}"#;

    #[test]
    fn every_answer_is_labelled_in_form_order_and_the_marker_is_last() {
        let (form, answers) = filled("bulky-collection", BULKY);
        let d = description(&form, &answers, "[Ref WC3X-67LE]", Some(&labels("en-GB")));
        assert_eq!(
            d,
            "Answers given at the kiosk:\n\
             Items: Sofa, Fridge or freezer\n\
             Collection address: 12 High Street, Leicester, LE1 1AA\n\
             Tell me the date by: Email\n\
             Email address: a@example.org\n\
             [Ref WC3X-67LE]"
        );
    }

    #[test]
    fn the_visitors_words_come_first_and_yes_no_are_words() {
        let (form, answers) = filled(
            "missed-bin",
            r#"{"bin-type": "garden", "address": {"postcode": "LE1 1AA", "house": "12", "street": "High Street"}, "bin-out-by-7am": "yes", "details": "Lorry came early."}"#,
        );
        let d = description(&form, &answers, "[Ref K7QF-9M2A]", Some(&labels("en-GB")));
        let lines: Vec<&str> = d.lines().collect();
        assert_eq!(lines[0], "Lorry came early.");
        assert_eq!(lines[1], "", "a blank line before the block");
        assert!(lines.iter().any(|l| l.ends_with(": Yes")), "{d}");
        assert!(
            !d[d.find("kiosk:").unwrap()..].contains("Lorry"),
            "not repeated in the block: {d}"
        );
        assert_eq!(lines.last(), Some(&"[Ref K7QF-9M2A]"));
    }

    #[test]
    fn labels_come_in_the_councils_language() {
        let (form, answers) = filled("bulky-collection", BULKY);
        let pl = description(&form, &answers, "[Ref WC3X-67LE]", Some(&labels("pl")));
        let en = description(&form, &answers, "[Ref WC3X-67LE]", Some(&labels("en-GB")));
        assert_ne!(pl, en);
        assert!(pl.starts_with("Odpowiedzi udzielone w kiosku:"), "{pl}");
        assert!(pl.ends_with("[Ref WC3X-67LE]"));
    }

    #[test]
    fn a_form_can_turn_the_block_off() {
        let (mut form, answers) = filled("bulky-collection", BULKY);
        form.crm.answers_in_description = false;
        assert_eq!(
            description(&form, &answers, "[Ref WC3X-67LE]", Some(&labels("en-GB"))),
            "[Ref WC3X-67LE]"
        );
    }

    #[test]
    fn a_long_block_is_shortened_and_says_so_and_the_marker_survives() {
        let long = "x".repeat(150);
        let (form, answers) = filled(
            "street-problem",
            &format!(
                r#"{{"problem": "fly-tipping", "dumped-items": ["bags"], "location": "{long}", "details": "{}"}}"#,
                "d".repeat(500)
            ),
        );
        let mut big = answers.clone();
        // Many long answers: more than fits.
        for i in 0..30 {
            big.values.insert(format!("q{i}"), Value::Text(long.clone()));
        }
        let mut form = form;
        for i in 0..30 {
            let mut q = form.questions[0].clone();
            q.id = format!("q{i}");
            form.questions.push(q);
        }
        let d = description(&form, &big, "[Ref K7QF-9M2A]", Some(&labels("en-GB")));
        assert!(d.chars().count() <= DESCRIPTION_LIMIT, "{}", d.chars().count());
        assert!(d.ends_with("\n[Ref K7QF-9M2A]"));
        let note = d.lines().rev().nth(1).unwrap();
        assert!(
            note.starts_with("Answers left out to fit the CRM's length limit: "),
            "{note}"
        );
        let shown = d.lines().filter(|l| l.starts_with("q")).count();
        let left: usize = note.rsplit(' ').next().unwrap().parse().unwrap();
        assert!(shown > 0, "some of the long answers fit: {d}");
        assert_eq!(shown + 3 + left, 33, "every answer but the details is shown or counted");
        let (form, answers) = filled(
            "feedback",
            &format!(
                r#"{{"feedback-type": "comment", "service": "waste", "what-happened": "{}", "reply": "no"}}"#,
                "w".repeat(1990)
            ),
        );
        let d = description(&form, &answers, "[Ref K7QF-9M2A]", Some(&labels("en-GB")));
        assert!(d.starts_with(&"w".repeat(1990)), "the visitor's words are never cut");
        assert!(
            d.ends_with("\n[Ref K7QF-9M2A]") && !d.contains("Answers given"),
            "no room for a block: {}",
            &d[1990..]
        );
    }

    #[test]
    fn a_visitor_cannot_forge_a_reference_marker() {
        let (form, answers) = filled(
            "street-problem",
            r#"{"problem": "pothole", "location": "see [Ref AAAA-BBBB]", "details": "as in [Ref CCCC-DDDD]"}"#,
        );
        let d = description(&form, &answers, "[Ref K7QF-9M2A]", Some(&labels("en-GB")));
        assert_eq!(d.matches("[Ref ").count(), 1, "{d}");
        assert!(d.contains("(Ref CCCC-DDDD]") && d.contains("(Ref AAAA-BBBB]"));
    }

    #[test]
    fn without_labels_the_description_is_the_visitors_words_and_the_marker() {
        let (form, answers) = filled(
            "street-problem",
            r#"{"problem": "pothole", "location": "here", "details": "Deep."}"#,
        );
        assert_eq!(
            description(&form, &answers, "[Ref K7QF-9M2A]", None),
            "Deep.\n[Ref K7QF-9M2A]"
        );
    }
}
