//! The address question when the kiosk holds the council's gazetteer: the postcode first, then
//! "Select your address" from the properties there (the gazetteer sorts them as a person reads
//! them), with "My address is not listed" last, which opens the four boxes to type it (the answer
//! then says `uprn: null`). Which stage shows, how it is shown (as a postcode box, a list of
//! choices or the address boxes, so focus, keys and speech work as on any question), and the
//! answer each stage makes. Pure: the lookup is the shell's ([`super::Effect::FindAddresses`]),
//! and without a gazetteer the question is the four boxes as before.

use super::form::FormState;
use onestop::forms::{FieldError, FieldKind, Location};
use serde_json::{Value as Json, json};

/// The choice that opens the boxes.
pub const NOT_LISTED: &str = "__not-listed";

/// One property the visitor may pick, as the gazetteer gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Its UPRN.
    pub uprn: u64,
    /// Its street's USRN.
    pub usrn: Option<u64>,
    /// One line a visitor reads: "Flat 1, 12 High Street".
    pub label: String,
    /// What goes in the house box: "Flat 1, 12".
    pub house: String,
    /// The street.
    pub street: String,
    /// The town (or locality when there is no town).
    pub town: String,
    /// The postcode, normalised.
    pub postcode: String,
    /// Where it is.
    pub location: Option<Location>,
}

impl Place {
    /// A property as the gazetteer holds it.
    pub fn of(p: &onestop::gazetteer::Property) -> Place {
        Place {
            uprn: p.uprn,
            usrn: p.usrn,
            label: p.label(),
            house: p.house(),
            street: p.street.clone(),
            town: if p.town.is_empty() {
                p.locality.clone()
            } else {
                p.town.clone()
            },
            postcode: p.postcode.clone(),
            location: p
                .lat
                .zip(p.long)
                .map(|(lat, long)| Location::new(lat, long, p.easting, p.northing)),
        }
    }

    /// The answer picking it makes, in the shape validation takes.
    pub fn answer(&self) -> Json {
        let mut a = json!({
            "postcode": self.postcode, "house": self.house, "street": self.street,
            "town": self.town, "uprn": self.uprn,
        });
        if let Some(usrn) = self.usrn {
            a["usrn"] = json!(usrn);
        }
        if let Some(l) = self.location {
            a["location"] = serde_json::to_value(l).expect("a location serialises");
        }
        a
    }
}

/// Which part of the address question shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    /// The postcode box alone.
    #[default]
    Postcode,
    /// The properties at the postcode.
    Pick,
    /// The four boxes.
    Manual,
}

/// Why the four boxes show after a lookup (the hint says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Why {
    /// No lookup was made (no gazetteer, or a typed answer came back).
    #[default]
    Typed,
    /// The visitor chose "My address is not listed".
    NotListed,
    /// The gazetteer has nothing at that postcode.
    NoneFound,
    /// It could not be read.
    Unavailable,
}

/// The address question's progress.
#[derive(Debug, Clone, Default)]
pub struct AddressStep {
    /// What shows.
    pub stage: Stage,
    /// The postcode looked up, normalised.
    pub postcode: String,
    /// The properties there.
    pub places: Vec<Place>,
    /// The UPRN of an earlier answer, chosen again once the list is back.
    pub chosen: Option<u64>,
    /// Why the boxes show.
    pub why: Why,
}

/// What Continue does on an address question with a gazetteer.
#[derive(Debug, PartialEq)]
pub enum Next {
    /// Look this postcode up.
    Find(String),
    /// Show these errors.
    Errors(Vec<FieldError>),
    /// The stage changed: show it.
    Shown,
    /// Check and keep this answer, as any question's.
    Submit(Json),
}

fn error(field: &str, message: &str, part: Option<&str>) -> FieldError {
    FieldError {
        field: field.to_owned(),
        part: part.map(str::to_owned),
        message: message.to_owned(),
        args: Default::default(),
    }
}

impl FormState {
    /// Whether the question showing is an address looked up in the gazetteer.
    pub fn looks_up(&self) -> bool {
        self.lookup
            && self
                .current()
                .is_some_and(|(f, i)| f.questions[i].kind == FieldKind::Address)
    }

    /// The kind the question shows as: an address with a gazetteer shows as a postcode box, a
    /// list of choices, or the address boxes.
    pub(super) fn shown_as(&self, kind: FieldKind) -> FieldKind {
        if kind != FieldKind::Address || !self.lookup {
            return kind;
        }
        match self.address.stage {
            Stage::Postcode => FieldKind::UkPostcode,
            Stage::Pick => FieldKind::SingleChoice,
            Stage::Manual => FieldKind::Address,
        }
    }

    /// Set the stage from a saved answer: a picked one looks its postcode up again (and picks
    /// it), a typed one opens the boxes, none starts at the postcode.
    pub(super) fn load_address(&mut self, raw: &Json) {
        let text = |k: &str| raw.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
        let typed = !text("house").trim().is_empty() || !text("street").trim().is_empty();
        let chosen = raw.get("uprn").and_then(Json::as_u64);
        let stage = [Stage::Postcode, Stage::Manual][usize::from(typed && chosen.is_none())];
        self.address = AddressStep {
            stage,
            chosen,
            ..Default::default()
        };
        if self.address.stage == Stage::Postcode {
            self.fields = [text("postcode"), String::new(), String::new(), String::new()];
        }
    }

    /// The answer on screen, for drafts and for Continue.
    pub(super) fn collect_address(&self) -> Json {
        let [f0, f1, f2, f3] = &self.fields;
        match self.address.stage {
            Stage::Postcode => json!({"postcode": f0}),
            Stage::Pick => match self.picked() {
                Some(place) => place.answer(),
                None => json!({"postcode": self.address.postcode}),
            },
            Stage::Manual => json!({"postcode": f0, "house": f1, "street": f2, "town": f3}),
        }
    }

    fn picked(&self) -> Option<&Place> {
        let id = self.selected.first()?;
        self.address.places.iter().find(|p| p.uprn.to_string() == *id)
    }

    /// Continue on an address question with a gazetteer.
    pub fn address_continue(&mut self) -> Next {
        let Some(qid) = self.current().map(|(f, i)| f.questions[i].id.clone()) else {
            return Next::Shown;
        };
        match self.address.stage {
            Stage::Postcode => {
                let typed = self.fields[0].trim();
                if typed.is_empty() {
                    return Next::Errors(vec![error(&qid, "error-address-postcode", Some("postcode"))]);
                }
                match onestop::forms::normalize::uk_postcode(typed) {
                    Some(p) => Next::Find(p),
                    None => Next::Errors(vec![error(&qid, "error-postcode", Some("postcode"))]),
                }
            }
            Stage::Pick => match self.selected.first().map(String::as_str) {
                None => Next::Errors(vec![error(&qid, "error-address-select", None)]),
                Some(NOT_LISTED) => {
                    self.manual(Why::NotListed);
                    Next::Shown
                }
                Some(_) => Next::Submit(self.collect_address()),
            },
            Stage::Manual => Next::Submit(self.collect_address()),
        }
    }

    /// Open the four boxes, the postcode already in.
    fn manual(&mut self, why: Why) {
        let postcode = self.address.postcode.clone();
        self.address.stage = Stage::Manual;
        self.address.why = why;
        self.selected.clear();
        self.fields = [postcode, String::new(), String::new(), String::new()];
        self.part = 1;
    }

    /// The gazetteer's answer for `postcode` (`Err`: it could not be read).
    pub fn addresses_found(&mut self, postcode: &str, found: Result<Vec<Place>, String>) {
        if !self.looks_up() || self.address.stage != Stage::Postcode {
            return;
        }
        self.address.postcode = postcode.to_owned();
        self.errors.clear();
        match found {
            Ok(places) if !places.is_empty() => {
                let chosen = self.address.chosen.take().map(|u| u.to_string());
                self.selected = chosen
                    .into_iter()
                    .filter(|c| places.iter().any(|p| p.uprn.to_string() == *c))
                    .collect();
                self.address.places = places;
                self.address.stage = Stage::Pick;
            }
            Ok(_) => self.manual(Why::NoneFound),
            Err(e) => {
                tracing::warn!("the gazetteer could not be read: {e}");
                self.manual(Why::Unavailable);
            }
        }
    }

    /// Back within the address question: the boxes go back to the list (or the postcode), the
    /// list to the postcode. `false` at the postcode: Back leaves the question as usual.
    pub fn address_back(&mut self) -> bool {
        if !self.looks_up() {
            return false;
        }
        let to = match self.address.stage {
            Stage::Postcode => return false,
            Stage::Manual if !self.address.places.is_empty() => Stage::Pick,
            _ => Stage::Postcode,
        };
        self.errors.clear();
        self.part = 0;
        self.address.stage = to;
        if to == Stage::Postcode {
            self.fields = [
                self.address.postcode.clone(),
                String::new(),
                String::new(),
                String::new(),
            ];
            self.selected.clear();
            self.address.places.clear();
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use onestop::forms::{Step, Walk};
    use std::sync::Arc;

    /// Two properties at LE1 1AA.
    fn places() -> Vec<Place> {
        let place = |uprn, house: &str| Place {
            uprn,
            usrn: Some(2_700_123),
            label: format!("{house} High Street"),
            house: house.to_owned(),
            street: "High Street".into(),
            town: "Leicester".into(),
            postcode: "LE1 1AA".into(),
            location: Some(Location::new(52.634, -1.1321, Some(458_600.0), Some(304_400.0))),
        };
        vec![place(100_030_000_002, "2"), place(100_030_000_010, "Flat 1, 10")]
    }

    fn at_address() -> FormState {
        let forms = onestop::embedded::forms().unwrap();
        let form = Arc::new(forms.get("missed-bin").unwrap().clone());
        let mut walk = Walk::new(form);
        let address = walk
            .form()
            .questions
            .iter()
            .position(|q| q.kind == FieldKind::Address)
            .unwrap();
        let id = walk.form().questions[address].id.clone();
        walk.change(&id);
        assert_eq!(walk.step(), Step::Question(address));
        let mut f = FormState {
            walk: Some(walk),
            lookup: true,
            ..Default::default()
        };
        f.load();
        f
    }

    #[test]
    fn postcode_then_pick_makes_an_answer_with_the_uprn() {
        let mut f = at_address();
        assert_eq!(f.kind(), Some(FieldKind::UkPostcode));
        assert!(matches!(f.address_continue(), Next::Errors(e) if e[0].message == "error-address-postcode"));
        f.fields[0] = "le11aa".into();
        assert_eq!(f.address_continue(), Next::Find("LE1 1AA".into()));
        f.addresses_found("LE1 1AA", Ok(places()));
        assert_eq!(f.kind(), Some(FieldKind::SingleChoice));
        assert!(matches!(f.address_continue(), Next::Errors(e) if e[0].message == "error-address-select"));
        f.toggle("100030000010");
        let Next::Submit(raw) = f.address_continue() else {
            panic!("a pick submits")
        };
        assert_eq!(raw["uprn"], 100_030_000_010u64);
        assert_eq!(raw["house"], "Flat 1, 10");
        assert_eq!(raw["location"]["easting"], 458_600);
    }

    #[test]
    fn not_listed_opens_the_boxes_with_the_postcode_and_no_uprn() {
        let mut f = at_address();
        f.fields[0] = "LE1 1AA".into();
        f.address_continue();
        f.addresses_found("LE1 1AA", Ok(places()));
        f.toggle(NOT_LISTED);
        assert_eq!(f.address_continue(), Next::Shown);
        assert_eq!(f.kind(), Some(FieldKind::Address));
        assert_eq!(f.address.why, Why::NotListed);
        assert_eq!((f.fields[0].as_str(), f.part), ("LE1 1AA", 1));
        f.fields[1] = "7".into();
        f.fields[2] = "Back Lane".into();
        let Next::Submit(raw) = f.address_continue() else {
            panic!("the boxes submit")
        };
        assert!(raw.get("uprn").is_none(), "typed: validation records uprn null");
        assert!(f.address_back(), "Back from the boxes");
        assert_eq!(f.address.stage, Stage::Pick);
        assert!(f.address_back());
        assert_eq!((f.address.stage, f.fields[0].as_str()), (Stage::Postcode, "LE1 1AA"));
        assert!(!f.address_back(), "Back from the postcode leaves the question");
    }

    #[test]
    fn nothing_found_or_no_gazetteer_means_the_boxes() {
        let mut f = at_address();
        f.fields[0] = "LE1 1AA".into();
        f.address_continue();
        f.addresses_found("LE1 1AA", Ok(Vec::new()));
        assert_eq!((f.address.stage, f.address.why), (Stage::Manual, Why::NoneFound));
        let mut f = at_address();
        f.addresses_found("LE1 1AA", Err("disk I/O error".into()));
        assert_eq!(f.address.why, Why::Unavailable);
        let mut f = at_address();
        f.lookup = false;
        f.load();
        assert_eq!(f.kind(), Some(FieldKind::Address));
    }

    #[test]
    fn a_saved_pick_is_picked_again_and_a_typed_one_reopens_the_boxes() {
        let mut f = at_address();
        f.load_address(&json!({"postcode": "LE1 1AA", "house": "2", "street": "High Street", "uprn": 100030000002u64}));
        assert_eq!((f.address.stage, f.fields[0].as_str()), (Stage::Postcode, "LE1 1AA"));
        f.addresses_found("LE1 1AA", Ok(places()));
        assert_eq!(f.selected, ["100030000002"]);
        f.load_address(&json!({"postcode": "LE1 1AA", "house": "7", "street": "Back Lane"}));
        assert_eq!(f.address.stage, Stage::Manual);
    }
}
