//! How the address question reads while the gazetteer is used: its heading, its hint and, on
//! "Select your address", the properties as choices with "My address is not listed" last. The
//! rest of the question page is [`super::pages`]'s.

use super::Words;
use super::pages::ChoiceView;
use crate::app::address::{NOT_LISTED, Stage, Why};
use crate::app::form::FormState;
use onestop::i18n::ArgValue;

/// The words the address question shows at its stage: heading, hint, choices. `None` when the
/// question is not an address looked up in the gazetteer.
pub(super) fn words(w: &Words, f: &FormState, label: &str) -> Option<(String, String, Vec<ChoiceView>)> {
    if !f.looks_up() {
        return None;
    }
    let a = &f.address;
    let postcode = ArgValue::Str(&a.postcode);
    Some(match a.stage {
        Stage::Postcode => (
            label.to_owned(),
            format!("{}\n{}", w.t("address-find-hint"), w.t("postcode-hint")),
            Vec::new(),
        ),
        Stage::Pick => {
            let picked = |id: &str| f.selected.iter().any(|s| s == id);
            let mut options: Vec<ChoiceView> = a
                .places
                .iter()
                .map(|p| {
                    let id = p.uprn.to_string();
                    ChoiceView {
                        selected: picked(&id),
                        id,
                        label: p.label.clone(),
                        icon: String::new(),
                    }
                })
                .collect();
            options.push(ChoiceView {
                id: NOT_LISTED.into(),
                label: w.t("address-not-listed"),
                selected: picked(NOT_LISTED),
                icon: String::new(),
            });
            let count = ArgValue::Num(a.places.len() as i64);
            (
                w.t("address-select"),
                w.ta("address-found", &[("count", count), ("postcode", postcode)]),
                options,
            )
        }
        Stage::Manual => {
            let hint = match a.why {
                Why::Typed => String::new(),
                Why::NotListed => w.t("address-enter"),
                Why::NoneFound => w.ta("address-none-found", &[("postcode", postcode)]),
                Why::Unavailable => w.t("address-unavailable"),
            };
            (label.to_owned(), hint, Vec::new())
        }
    })
}
