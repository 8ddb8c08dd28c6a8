//! Any bytes as a gazetteer CSV (LLPG columns): the record reader and the row parser must return
//! records and properties or refusals, never panic; a property they accept has a UPRN of 1 to 12
//! digits and a normalised postcode, and the reading order stays antisymmetric.
#![no_main]

use onestop::gazetteer::columns::{Columns, Format};
use onestop::gazetteer::order::natural;
use onestop::gazetteer::records::{Record, parse_all};
use onestop::gazetteer::{row, sample};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let header: Vec<&[u8]> = sample::HEADER.split(',').map(str::as_bytes).collect();
    let columns = Columns::from_first_record(Format::Llpg, &header).expect("the sample header");
    let mut last = String::new();
    for (record, fields) in parse_all(data) {
        let Record::Fields { .. } = record else { continue };
        let fields: Vec<&[u8]> = fields.iter().map(Vec::as_slice).collect();
        if let Ok(p) = row::parse(&columns, &fields) {
            assert!((1..=999_999_999_999).contains(&p.uprn));
            assert_eq!(onestop::forms::normalize::uk_postcode(&p.postcode).as_deref(), Some(p.postcode.as_str()));
            assert_eq!(natural(&p.pao, &last), natural(&last, &p.pao).reverse());
            last = p.label();
        }
    }
});
