//! The address question's answer: the postal lines a visitor typed or picked, and, when they
//! picked their home from the council's gazetteer, its UPRN, USRN and where it is. This file
//! checks one raw address answer; looking an address up is [`crate::gazetteer`]'s job, and the
//! kiosk fills these fields from it.
//!
//! The wire shape (webhook documents, stored answers) is frozen: `uprn` is always present, `null`
//! for an address typed by hand ("My address is not listed"), so a back office can tell a
//! gazetteer address from a rekey job; `usrn` and `location` are left out when unknown.

use super::normalize;
use super::schema::{FieldKind, Question};
use super::validate::{FieldError, Value, bad_char};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value as Json;

/// The largest UPRN: they are at most 12 digits.
const UPRN_MAX: u64 = 999_999_999_999;
/// The largest USRN: at most 8 digits.
const USRN_MAX: u64 = 99_999_999;

/// A postal address as the address question collects it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Normalised, e.g. `LE1 1AA`.
    pub postcode: String,
    /// House number or name.
    pub house: String,
    /// Street.
    pub street: String,
    /// Town or city (optional on the form; may be empty).
    pub town: String,
    /// The property's Unique Property Reference Number, when the visitor picked it from the
    /// gazetteer; `null` when they typed the address.
    #[serde(default)]
    pub uprn: Option<u64>,
    /// The street's Unique Street Reference Number, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usrn: Option<u64>,
    /// Where the property is, when the gazetteer said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl Address {
    /// Typed by hand: no UPRN.
    pub fn typed(postcode: &str, house: &str, street: &str, town: &str) -> Address {
        Address {
            postcode: postcode.to_owned(),
            house: house.to_owned(),
            street: street.to_owned(),
            town: town.to_owned(),
            uprn: None,
            usrn: None,
            location: None,
        }
    }

    /// One line as a letter is addressed: "12 High Street, Leicester, LE1 1AA".
    pub fn line(&self) -> String {
        [
            format!("{} {}", self.house, self.street).trim().to_owned(),
            self.town.clone(),
            self.postcode.clone(),
        ]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// A point in WGS84 degrees, kept to six decimal places (about 10 cm) so answers stay comparable,
/// and the British National Grid easting and northing in whole metres when the gazetteer gave them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// Latitude.
    #[serde(serialize_with = "micro_out", deserialize_with = "micro_in")]
    pub lat: i64,
    /// Longitude.
    #[serde(rename = "long", serialize_with = "micro_out", deserialize_with = "micro_in")]
    pub long: i64,
    /// Easting (BNG, metres).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub easting: Option<u32>,
    /// Northing (BNG, metres).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub northing: Option<u32>,
}

impl Location {
    /// From degrees (rounded to millionths) and optional BNG metres (rounded).
    pub fn new(lat: f64, long: f64, easting: Option<f64>, northing: Option<f64>) -> Location {
        let metres = |v: Option<f64>| v.filter(|v| v.is_finite() && *v >= 0.0).map(|v| v.round() as u32);
        Location {
            lat: (lat * 1e6).round() as i64,
            long: (long * 1e6).round() as i64,
            easting: metres(easting),
            northing: metres(northing),
        }
    }

    /// Latitude in degrees.
    pub fn lat_degrees(&self) -> f64 {
        self.lat as f64 / 1e6
    }

    /// Longitude in degrees.
    pub fn long_degrees(&self) -> f64 {
        self.long as f64 / 1e6
    }

    /// Both as text with six decimals, as Open311's `lat` and `long` take them.
    pub fn texts(&self) -> (String, String) {
        (
            format!("{:.6}", self.lat_degrees()),
            format!("{:.6}", self.long_degrees()),
        )
    }

    /// In or near Great Britain and Northern Ireland (with the Channel Islands and Shetland).
    fn plausible(&self) -> bool {
        (49_000_000..=61_000_000).contains(&self.lat) && (-9_000_000..=2_500_000).contains(&self.long)
    }
}

fn micro_out<S: Serializer>(v: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(*v as f64 / 1e6)
}

fn micro_in<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let v = f64::deserialize(d)?;
    if !v.is_finite() || v.abs() > 180.0 {
        return Err(serde::de::Error::custom("degrees out of range"));
    }
    Ok((v * 1e6).round() as i64)
}

/// A reference number as JSON gives it: a whole number or a string of digits, in `1..=max`.
fn reference(raw: &Json, max: u64) -> Option<u64> {
    let n = match raw {
        Json::Number(n) => n.as_u64()?,
        Json::String(s) if !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok()?,
        _ => return None,
    };
    (1..=max).contains(&n).then_some(n)
}

/// Check one raw address answer: `{"postcode", "house", "street", "town"}` and, from the
/// gazetteer, `uprn`, `usrn` and `location`.
pub(super) fn validate_address(q: &Question, raw: &Json) -> Result<Value, Vec<FieldError>> {
    let Json::Object(o) = raw else {
        return Err(vec![FieldError::new(&q.id, "error-wrong-type")]);
    };
    let wrong = || Err(vec![FieldError::new(&q.id, "error-wrong-type")]);
    for (k, v) in o {
        let known = match k.as_str() {
            "postcode" | "house" | "street" | "town" => v.is_string() || v.is_null(),
            "uprn" | "usrn" | "location" => true,
            _ => false,
        };
        if !known {
            return wrong();
        }
    }
    let number = |k: &str, max: u64| match o.get(k) {
        None | Some(Json::Null) => Ok(None),
        Some(v) => reference(v, max).map(Some).ok_or(()),
    };
    let (Ok(uprn), Ok(usrn)) = (number("uprn", UPRN_MAX), number("usrn", USRN_MAX)) else {
        return wrong();
    };
    let location = match o.get("location") {
        None | Some(Json::Null) => None,
        Some(v) => match serde_json::from_value::<Location>(v.clone()) {
            Ok(l) if l.plausible() => Some(l),
            _ => return wrong(),
        },
    };
    let mut errors = Vec::new();
    let get = |k: &str| o.get(k).and_then(Json::as_str).unwrap_or("").trim().to_owned();
    let postcode = get("postcode");
    let postcode = if postcode.is_empty() {
        errors.push(FieldError::new(&q.id, "error-address-postcode").part("postcode"));
        String::new()
    } else {
        match normalize::uk_postcode(&postcode) {
            Some(p) => p,
            None => {
                errors.push(FieldError::new(&q.id, "error-postcode").part("postcode"));
                String::new()
            }
        }
    };
    let mut line = |part: &str, required: bool| {
        let v = get(part);
        if v.is_empty() && required {
            errors.push(FieldError::new(&q.id, &format!("error-address-{part}")).part(part));
        } else if v.chars().take(101).count() > 100 {
            errors.push(FieldError::new(&q.id, "error-too-long").part(part).arg("max", 100));
        } else if v.chars().any(|c| bad_char(FieldKind::ShortText, c)) {
            errors.push(FieldError::new(&q.id, "error-characters").part(part));
        }
        v
    };
    let house = line("house", true);
    let street = line("street", true);
    let town = line("town", false);
    if errors.is_empty() {
        Ok(Value::Address(Address {
            postcode,
            house,
            street,
            town,
            uprn,
            usrn,
            location,
        }))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{Today, validate_answer};
    use serde_json::json;

    fn question() -> Question {
        let forms = crate::embedded::forms().unwrap();
        let form = forms.get("missed-bin").unwrap();
        form.questions
            .iter()
            .find(|q| q.kind == FieldKind::Address)
            .unwrap()
            .clone()
    }

    fn check(raw: Json) -> Result<Address, Vec<FieldError>> {
        match validate_answer(&question(), Some(&raw), Today::fixed(2026, 12, 5))? {
            Some(Value::Address(a)) => Ok(a),
            other => panic!("not an address: {other:?}"),
        }
    }

    #[test]
    fn a_typed_address_says_uprn_null() {
        let a = check(json!({"postcode": "le1 1aa", "house": "12", "street": "High Street"})).unwrap();
        assert_eq!(a, Address::typed("LE1 1AA", "12", "High Street", ""));
        let wire = serde_json::to_value(&a).unwrap();
        assert_eq!(
            wire,
            json!({"postcode": "LE1 1AA", "house": "12", "street": "High Street", "town": "", "uprn": null})
        );
    }

    #[test]
    fn a_gazetteer_address_keeps_its_references_and_place() {
        let raw = json!({"postcode": "LE1 1AA", "house": "Flat 1, 12", "street": "High Street", "town": "Leicester",
            "uprn": 100030000012u64, "usrn": "2700123", "location": {"lat": 52.634, "long": -1.1321, "easting": 458600, "northing": 304400}});
        let a = check(raw).unwrap();
        assert_eq!(a.uprn, Some(100_030_000_012));
        assert_eq!(a.usrn, Some(2_700_123));
        let l = a.location.unwrap();
        assert_eq!((l.lat, l.long, l.easting), (52_634_000, -1_132_100, Some(458_600)));
        assert_eq!(l.texts(), ("52.634000".to_owned(), "-1.132100".to_owned()));
        let back: Address = serde_json::from_value(serde_json::to_value(&a).unwrap()).unwrap();
        assert_eq!(back, a, "the wire form reads back the same");
    }

    #[test]
    fn answers_stored_before_uprns_still_read() {
        let old: Address =
            serde_json::from_str(r#"{"postcode":"LE1 1AA","house":"1","street":"A Road","town":""}"#).unwrap();
        assert_eq!(old.uprn, None);
        assert_eq!(old.location, None);
    }

    #[test]
    fn hostile_references_and_places_are_refused() {
        let base = || json!({"postcode": "LE1 1AA", "house": "1", "street": "A Road"});
        for (key, bad) in [
            ("uprn", json!(0)),
            ("uprn", json!(1_000_000_000_000u64)),
            ("uprn", json!(-5)),
            ("uprn", json!("12a")),
            ("uprn", json!(1.5)),
            ("usrn", json!(100_000_000)),
            ("location", json!({"lat": 0.0, "long": 0.0})),
            ("location", json!({"lat": 52.6})),
            ("location", json!("here")),
            ("lat", json!(52.6)),
        ] {
            let mut raw = base();
            raw[key] = bad.clone();
            let errors = check(raw).unwrap_err();
            assert_eq!(errors[0].message, "error-wrong-type", "{key} = {bad}");
        }
    }
}
