//! UPRNs in answers that did not come through the window (`kiosk submit`): an address answer
//! that names a `uprn` is checked against this kiosk's gazetteer and its lines, USRN and place
//! are taken from it, so a back office gets the gazetteer's address for that UPRN and never a
//! made-up pairing. A UPRN the gazetteer does not hold (or a kiosk with no gazetteer) is refused,
//! with the question named. Answers typed without a UPRN pass unchanged.

use crate::app::address::Place;
use onestop::forms::{Answers, FieldKind, FormDef};
use onestop::gazetteer::Shared;
use serde_json::{Value as Json, json};

/// Fill every address answer that names a UPRN from `gazetteer`; the refusals, as `kiosk
/// submit` prints its errors.
pub fn resolve(gazetteer: &Shared, form: &FormDef, answers: &mut Answers) -> Vec<Json> {
    let mut errors = Vec::new();
    for q in form.questions.iter().filter(|q| q.kind == FieldKind::Address) {
        let Some(uprn) = answers.get(&q.id).and_then(|a| a.get("uprn")).filter(|u| !u.is_null()) else {
            continue;
        };
        let refuse = |detail: String| json!({"field": q.id, "message": "error-wrong-type", "detail": detail});
        let Some(n) = uprn.as_u64().or_else(|| uprn.as_str().and_then(|s| s.parse().ok())) else {
            errors.push(refuse(format!("uprn {uprn} is not a UPRN (1 to 12 digits)")));
            continue;
        };
        let found = gazetteer.current().map_err(|e| e.to_string()).and_then(|g| match g {
            Some(g) => g.by_uprn(n).map_err(|e| e.to_string()),
            None => Err("this kiosk has no gazetteer to check it against (kiosk addresses import)".into()),
        });
        match found {
            Ok(Some(property)) => {
                answers.insert(q.id.clone(), Place::of(&property).answer());
            }
            Ok(None) => errors.push(refuse(format!("UPRN {n} is not in this kiosk's gazetteer"))),
            Err(e) => errors.push(refuse(format!("UPRN {n} could not be checked: {e}"))),
        }
    }
    errors
}
