//! The offline gazetteer: both file formats, every kind of hostile row refused with its line, a
//! wrong header refusing the file, reading order, grid to lat/long against the OS worked
//! example, and the import's atomicity and resumption, on real SQLite files.

use onestop::gazetteer::import::{Event, Options, import, partial_path};
use onestop::gazetteer::order::{natural, reading_order};
use onestop::gazetteer::records::{Record, parse_all};
use onestop::gazetteer::{Format, Gazetteer, GazetteerError, Property, Shared, coords, sample};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

const LLPG_HEADER: &str = "UPRN,USRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,SAO_TEXT,\
PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTOR,LOCALITY,TOWN,POSTCODE,\
X_COORDINATE,Y_COORDINATE";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Imports, collecting refusals as `line: why`.
fn run(
    src: &Path,
    db: &Path,
    opts: &Options,
) -> (Result<onestop::gazetteer::import::Report, GazetteerError>, Vec<String>) {
    let mut said = Vec::new();
    let r = import(src, db, opts, &mut |e| match e {
        Event::Refused { line, why } => said.push(format!("{line}: {why}")),
        Event::Resuming { line } => said.push(format!("resuming at line {line}")),
        Event::StartingFresh { why } => said.push(format!("fresh: {why}")),
    });
    (r, said)
}

fn lenient(format: Format) -> Options {
    Options {
        max_refused: Some(1000),
        ..Options::new(format)
    }
}

#[test]
fn llpg_rows_become_properties_written_as_a_person_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "{LLPG_HEADER}\n\
         100,200,,,,,,12,,,,,HIGH STREET,,LEICESTER,le11aa,458000,304000\n\
         101,200,1,,,,FLAT,12,,,,,HIGH STREET,,LEICESTER,LE1 1AA,458000,304000\n\
         102,200,,,,,,12,a,,,,HIGH STREET,,LEICESTER,LE1 1AA,,\n\
         103,200,,,,,,10,,14,,,HIGH STREET,,LEICESTER,LE1 1AA,,\n\
         104,201,,,,,,3,,,,ROSE COURT,\"ST JOHN'S ROAD\",\"BELGRAVE, NORTH\",LEICESTER,LE1 1AA,,\n\
         105,201,2,,,,,,,,,Rose Court,\"ST JOHN'S ROAD\",,LEICESTER,LE1 1AA,,\n"
    );
    let src = write(dir.path(), "llpg.csv", csv.as_bytes());
    let db = dir.path().join("gazetteer.db");
    let (r, said) = run(&src, &db, &Options::new(Format::Llpg));
    let r = r.unwrap();
    assert!(said.is_empty(), "{said:?}");
    assert_eq!((r.imported, r.refused, r.postcodes), (6, 0, 1));
    let g = Gazetteer::open(&db).unwrap().expect("imported");
    let labels: Vec<String> = g.lookup("le1 1aa").unwrap().iter().map(Property::label).collect();
    assert_eq!(
        labels,
        [
            "10-14 High Street",
            "12 High Street",
            "Flat 1, 12 High Street",
            "12A High Street",
            "2, Rose Court, St John's Road",
            "Rose Court, 3 St John's Road",
        ]
    );
    let flat = g.by_uprn(101).unwrap().unwrap();
    assert_eq!(
        (flat.sao.as_str(), flat.pao.as_str(), flat.house()),
        ("Flat 1", "12", "Flat 1, 12".to_string())
    );
    assert_eq!(flat.postcode, "LE1 1AA");
    assert_eq!((flat.easting, flat.northing), (Some(458000.0), Some(304000.0)));
    // Worked out from the grid: Leicester is about 52.6 N, 1.1 W.
    let (lat, long) = (flat.lat.unwrap(), flat.long.unwrap());
    assert!(
        (52.5..52.7).contains(&lat) && (-1.2..-1.0).contains(&long),
        "{lat} {long}"
    );
    assert_eq!(g.by_uprn(102).unwrap().unwrap().lat, None, "no grid, no lat/long");
    assert_eq!(g.by_uprn(104).unwrap().unwrap().locality, "Belgrave, North");
    let streets = g.streets("LE11AA").unwrap();
    assert_eq!(
        streets.iter().map(|s| (s.usrn, s.name.as_str())).collect::<Vec<_>>(),
        [(200, "High Street"), (201, "St John's Road")]
    );
    let s = g.summary().unwrap();
    assert_eq!(
        (s.rows, s.postcodes, s.source.as_str(), s.format.as_str()),
        (6, 1, "llpg.csv", "llpg")
    );
    assert!(s.imported_at.starts_with("20"), "{}", s.imported_at);
    assert!(g.lookup("LE1 1AB").unwrap().is_empty() && g.lookup("not a postcode").unwrap().is_empty());
    assert!(!partial_path(&db).exists());
}

/// An AddressBase Plus row of 77 columns with the fields the gazetteer keeps at their places.
fn addressbase_row(uprn: &str, usrn: &str, pao: &str, sao_text: &str, postcode: &str) -> String {
    let mut cols = vec![String::new(); 77];
    let set = |c: &mut Vec<String>, i: usize, v: &str| c[i] = v.to_string();
    set(&mut cols, 0, uprn);
    set(&mut cols, 7, "458000.00");
    set(&mut cols, 8, "304000.00");
    set(&mut cols, 9, "52.6300000");
    set(&mut cols, 10, "-1.1300000");
    set(&mut cols, 28, sao_text);
    set(&mut cols, 30, pao);
    set(&mut cols, 36, usrn);
    set(&mut cols, 49, "LONDON ROAD");
    set(&mut cols, 57, "");
    set(&mut cols, 60, "LEICESTER");
    set(&mut cols, 65, postcode);
    cols.join(",")
}

#[test]
fn addressbase_without_a_header_is_read_in_the_products_fixed_order() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        addressbase_row("200001", "300", "4", "", "LE2 0AB"),
        addressbase_row("200002", "300", "2", "", "LE2 0AB"),
        addressbase_row("200003", "300", "4", "FLAT 2", "LE2 0AB"),
    ];
    let src = write(dir.path(), "abp.csv", rows.join("\r\n").as_bytes());
    let db = dir.path().join("gazetteer.db");
    let (r, said) = run(&src, &db, &Options::new(Format::AddressBase));
    assert_eq!(r.unwrap().imported, 3, "{said:?}");
    let g = Gazetteer::open(&db).unwrap().unwrap();
    let found = g.lookup("LE20AB").unwrap();
    let labels: Vec<String> = found.iter().map(Property::label).collect();
    assert_eq!(labels, ["2 London Road", "4 London Road", "Flat 2, 4 London Road"]);
    // Given lat/long are kept as given.
    assert_eq!((found[0].lat, found[0].long), (Some(52.63), Some(-1.13)));
    assert_eq!(g.summary().unwrap().format, "addressbase");
}

#[test]
fn addressbase_with_its_header_is_mapped_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let header = "UPRN,UDPRN,CHANGE_TYPE,STATE,STATE_DATE,CLASS,PARENT_UPRN,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,RPC,LOCAL_CUSTODIAN_CODE,COUNTRY,LA_START_DATE,LAST_UPDATE_DATE,ENTRY_DATE,RM_ORGANISATION_NAME,LA_ORGANISATION,DEPARTMENT_NAME,LEGAL_NAME,SUB_BUILDING_NAME,BUILDING_NAME,BUILDING_NUMBER,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,SAO_TEXT,ALT_LANGUAGE_SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,ALT_LANGUAGE_PAO_TEXT,USRN,USRN_MATCH_INDICATOR,AREA_NAME,LEVEL,OFFICIAL_FLAG,OS_ADDRESS_TOID,OS_ADDRESS_TOID_VERSION,OS_ROADLINK_TOID,OS_ROADLINK_TOID_VERSION,OS_TOPO_TOID,OS_TOPO_TOID_VERSION,VOA_CT_RECORD,VOA_NDR_RECORD,STREET_DESCRIPTION,ALT_LANGUAGE_STREET_DESCRIPTION,DEPENDENT_THOROUGHFARE,THOROUGHFARE,WELSH_DEPENDENT_THOROUGHFARE,WELSH_THOROUGHFARE,DOUBLE_DEPENDENT_LOCALITY,DEPENDENT_LOCALITY,LOCALITY,WELSH_DEPENDENT_LOCALITY,WELSH_DOUBLE_DEPENDENT_LOCALITY,TOWN_NAME,ADMINISTRATIVE_AREA,POST_TOWN,WELSH_POST_TOWN,POSTCODE,POSTCODE_LOCATOR,POSTCODE_TYPE,DELIVERY_POINT_SUFFIX,ADDRESSBASE_POSTAL,PO_BOX_NUMBER,WARD_CODE,PARISH_CODE,RM_START_DATE,MULTI_OCC_COUNT,VOA_NDR_P_DESC_CODE,VOA_NDR_SCAT_CODE,ALT_LANGUAGE";
    assert_eq!(header.split(',').count(), 77);
    let text = format!("{header}\n{}\n", addressbase_row("7", "8", "5", "", "LE3 9ZZ"));
    let src = write(dir.path(), "abp.csv", text.as_bytes());
    let db = dir.path().join("gazetteer.db");
    let (r, said) = run(&src, &db, &Options::new(Format::AddressBase));
    assert_eq!(r.unwrap().imported, 1, "{said:?}");
    let p = Gazetteer::open(&db).unwrap().unwrap().by_uprn(7).unwrap().unwrap();
    assert_eq!(
        (p.label(), p.usrn, p.postcode.as_str()),
        ("5 London Road".into(), Some(8), "LE3 9ZZ")
    );
    // A header missing one of the fields refuses the file, naming it.
    let short = header.replace("POSTCODE_LOCATOR", "PC");
    let src = write(dir.path(), "bad.csv", format!("{short}\n").as_bytes());
    let err = run(&src, &dir.path().join("other.db"), &Options::new(Format::AddressBase))
        .0
        .unwrap_err();
    assert!(
        err.to_string().contains("line 1") && err.to_string().contains("POSTCODE_LOCATOR"),
        "{err}"
    );
}

#[test]
fn every_hostile_row_is_refused_with_its_line_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let good = |uprn: &str| format!("{uprn},200,,,,,,1,,,,,HIGH STREET,,LEICESTER,LE1 1AA,458000,304000\n");
    let mut csv = format!("{LLPG_HEADER}\n").into_bytes();
    csv.extend(good("1").as_bytes()); // line 2
    csv.extend(good("abc").as_bytes()); // 3
    csv.extend(good("0").as_bytes()); // 4
    csv.extend(good("1234567890123").as_bytes()); // 5: 13 digits
    csv.extend(b"6,123456789,,,,,,1,,,,,HIGH STREET,,LEICESTER,LE1 1AA,,\n"); // 6: USRN 9 digits
    csv.extend(b"7,200,,,,,,1,,,,,HIGH \xff STREET,,LEICESTER,LE1 1AA,,\n"); // 7: not UTF-8
    csv.extend(b"8,200,,,,,,1,,,,,\""); // 8: too long, inside quotes, across no newline
    csv.extend(vec![b'x'; 70 * 1024]);
    csv.extend(b"\",,LEICESTER,LE1 1AA,,\n");
    csv.extend(b"9,200,1\n"); // 9: field count
    csv.extend(b"10,200,,,,,,1,,,,,HIGH STREET,,LEICESTER,,,\n"); // 10: no postcode
    csv.extend(b"11,200,,,,,,1,,,,,HIGH STREET,,LEICESTER,NOT A PC,,\n"); // 11
    csv.extend(b"12,200,,,,,,1,,,,,HIGH STREET,,LEICESTER,LE1 1AA,east,304000\n"); // 12
    csv.extend(b"13,200,,,,,,1,,,,,HIGH STREET,,LEICESTER,LE1 1AA,NaN,304000\n"); // 13
    csv.extend(good("1").as_bytes()); // 14: duplicate of line 2
    csv.extend(b"15,200,,,,,,one,,,,,HIGH STREET,,LEICESTER,LE1 1AA,,\n"); // 15
    csv.extend(b"\"16\",\"200\",,,,,,\"2\",,,,,\"HIGH\nSTREET\",,LEICESTER,LE1 1AA,,\n"); // 16-17: fine
    csv.extend(good("18").as_bytes()); // 18: fine, its line counted past the quoted newline
    csv.extend(b"19,200,,,,,,1,,,,,\"HIGH STREET,,LEICESTER,LE1 1AA,,\n"); // 19: quote never closed
    let src = write(dir.path(), "hostile.csv", &csv);
    let db = dir.path().join("gazetteer.db");
    let (r, said) = run(&src, &db, &lenient(Format::Llpg));
    let r = r.unwrap();
    let expect = [
        "3: UPRN \"abc\" is not 1 to 12 digits",
        "4: UPRN \"0\" is not 1 to 12 digits",
        "5: UPRN \"1234567890123\" is not 1 to 12 digits",
        "6: USRN \"123456789\" is not 1 to 8 digits",
        "7: invalid UTF-8 in the STREET_DESCRIPTOR column",
        "8: longer than 65536 bytes",
        "9: 3 fields where the header has 18",
        "10: no postcode",
        "11: postcode \"NOT A PC\" is not a UK postcode",
        "12: X_COORDINATE \"east\" is not a usable coordinate",
        "13: X_COORDINATE \"NaN\" is not a usable coordinate",
        "14: duplicate UPRN 1 (first on line 2)",
        "15: PAO_START_NUMBER \"one\" is not a whole number",
        "19: a quoted field is never closed",
    ];
    assert_eq!(said.len(), expect.len(), "{said:#?}");
    for (got, want) in said.iter().zip(expect) {
        assert!(got.starts_with(want), "{got} does not start with {want}");
    }
    assert_eq!((r.imported, r.refused), (3, 14));
    let g = Gazetteer::open(&db).unwrap().unwrap();
    // A newline inside a quoted street name is kept as a space.
    assert_eq!(g.by_uprn(16).unwrap().unwrap().street, "High Street");
    assert!(g.by_uprn(18).is_ok_and(|p| p.is_some()));
}

#[test]
fn a_header_without_the_required_columns_refuses_the_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    for (text, says) in [
        (
            "UPRN,USRN,PAO_TEXT,STREET_DESCRIPTOR,TOWN,POSTCODE\n1,2,A,B,C,LE1 1AA\n",
            "PAO_START_NUMBER",
        ),
        ("ID,STREET\n1,A\n", "line 1 is not a header"),
        ("", "empty"),
    ] {
        let src = write(dir.path(), "h.csv", text.as_bytes());
        let err = run(&src, &db, &Options::new(Format::Llpg)).0.unwrap_err();
        assert!(matches!(err, GazetteerError::Header { .. }), "{err}");
        assert!(
            err.to_string().contains(says) && err.to_string().contains("nothing was imported"),
            "{err}"
        );
        assert!(!db.exists() && !partial_path(&db).exists());
    }
    // Names are matched without case, and the alternative names are accepted.
    let src = write(
        dir.path(),
        "alt.csv",
        b"uprn,usrn,pao_start_number,pao_text,street_description,town_name,postcode_locator,easting,northing\n5,6,1,,MILL LANE,LEICESTER,LE1 1AA,458000,304000\n",
    );
    let (r, said) = run(&src, &db, &Options::new(Format::Llpg));
    assert_eq!(r.unwrap().imported, 1, "{said:?}");
    assert!(
        Gazetteer::open(&db)
            .unwrap()
            .unwrap()
            .by_uprn(5)
            .unwrap()
            .unwrap()
            .lat
            .is_some()
    );
}

fn sample_file(dir: &Path, name: &str, rows: u64) -> PathBuf {
    let path = dir.join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    sample::write_llpg(&mut f, rows).unwrap();
    drop(f);
    path
}

#[test]
fn a_failed_or_stopped_import_keeps_the_old_gazetteer_answering() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    let old = sample_file(dir.path(), "old.csv", 100);
    run(&old, &db, &Options::new(Format::Llpg)).0.unwrap();
    let before = Gazetteer::open(&db)
        .unwrap()
        .unwrap()
        .lookup(&sample::postcode(0))
        .unwrap();
    assert_eq!(before.len(), 25);
    // 2 of 101 rows refused: over the default 1%.
    let mut text = std::fs::read_to_string(sample_file(dir.path(), "new.csv", 99)).unwrap();
    text.push_str("x,1,,,,,,1,,,,,A ROAD,,LEICESTER,LE9 9ZZ,,\ny,1,,,,,,1,,,,,A ROAD,,LEICESTER,LE9 9ZZ,,\n");
    let bad = write(dir.path(), "bad.csv", text.as_bytes());
    let err = run(&bad, &db, &Options::new(Format::Llpg)).0.unwrap_err();
    assert!(
        matches!(
            err,
            GazetteerError::TooManyRefused {
                refused: 2,
                rows: 101,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("old gazetteer is kept"), "{err}");
    assert!(!partial_path(&db).exists(), "a refused import leaves no partial file");
    // --max-refused 1 stops at the second.
    let err = run(
        &bad,
        &db,
        &Options {
            max_refused: Some(1),
            ..Options::new(Format::Llpg)
        },
    )
    .0
    .unwrap_err();
    assert!(
        matches!(
            err,
            GazetteerError::TooManyRefused {
                refused: 2,
                limit: 1,
                ..
            }
        ),
        "{err}"
    );
    // Stopped part way (as if killed): the old file is untouched.
    let big = sample_file(dir.path(), "big.csv", 5_000);
    let opts = Options {
        batch_rows: 1000,
        stop_after_batches: Some(2),
        ..Options::new(Format::Llpg)
    };
    assert!(matches!(
        run(&big, &db, &opts).0,
        Err(GazetteerError::Stopped { batches: 2 })
    ));
    assert!(partial_path(&db).exists());
    let g = Gazetteer::open(&db).unwrap().unwrap();
    assert_eq!(g.lookup(&sample::postcode(0)).unwrap(), before);
    assert_eq!(g.summary().unwrap().rows, 100);
    assert!(g.by_uprn(sample::FIRST_UPRN + 150).unwrap().is_none());
}

#[test]
fn an_interrupted_import_resumes_where_it_stopped_with_every_row_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    let src = sample_file(dir.path(), "llpg.csv", 10_000);
    let stop = |n| Options {
        batch_rows: 1000,
        stop_after_batches: Some(n),
        ..Options::new(Format::Llpg)
    };
    assert!(matches!(
        run(&src, &db, &stop(3)).0,
        Err(GazetteerError::Stopped { batches: 3 })
    ));
    // Again, stopping 2 batches later: the second run starts after row 3,000 (line 3,002).
    let (r, said) = run(&src, &db, &stop(2));
    assert!(matches!(r, Err(GazetteerError::Stopped { .. })));
    assert_eq!(said, ["resuming at line 3002"]);
    let (r, said) = run(
        &src,
        &db,
        &Options {
            batch_rows: 1000,
            ..Options::new(Format::Llpg)
        },
    );
    let r = r.unwrap();
    assert_eq!(said, ["resuming at line 5002"]);
    assert_eq!((r.imported, r.refused, r.resumed_at), (10_000, 0, Some(5002)));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (n, lo, hi): (i64, i64, i64) = conn
        .query_row("SELECT count(*), min(uprn), max(uprn) FROM property", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(
        (n, lo as u64, hi as u64),
        (10_000, sample::FIRST_UPRN, sample::FIRST_UPRN + 9_999)
    );
    let lines: i64 = conn
        .query_row("SELECT count(DISTINCT line) FROM property", [], |r| r.get(0))
        .unwrap();
    assert_eq!(lines, 10_000);
    assert_eq!(Gazetteer::open(&db).unwrap().unwrap().summary().unwrap().postcodes, 400);
}

#[test]
fn a_changed_source_or_fresh_starts_again_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    let src = sample_file(dir.path(), "llpg.csv", 3_000);
    let stop = Options {
        batch_rows: 1000,
        stop_after_batches: Some(1),
        ..Options::new(Format::Llpg)
    };
    run(&src, &db, &stop).0.unwrap_err();
    // The same name, other content.
    sample_file(dir.path(), "llpg.csv", 2_500);
    let (r, said) = run(&src, &db, &Options::new(Format::Llpg));
    assert_eq!(r.unwrap().imported, 2_500);
    assert_eq!(said, ["fresh: the source file has changed since the partial import"]);
    run(&src, &db, &stop).0.unwrap_err();
    let (r, said) = run(
        &src,
        &db,
        &Options {
            fresh: true,
            ..Options::new(Format::Llpg)
        },
    );
    assert_eq!((r.unwrap().resumed_at, said.len()), (None, 1));
    assert!(said[0].contains("--fresh"));
}

#[test]
fn no_file_is_none_and_a_damaged_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    assert!(Gazetteer::open(&db).unwrap().is_none());
    std::fs::write(&db, vec![7u8; 8192]).unwrap();
    let err = Gazetteer::open(&db).err().expect("damaged");
    let text = err.to_string();
    assert!(
        text.contains(&db.display().to_string()) && text.contains("kiosk addresses import"),
        "{text}"
    );
    let shared = Shared::new(&db);
    assert!(shared.lookup("LE1 1AA").is_err());
}

#[test]
fn shared_picks_up_a_new_import_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    let shared = Shared::new(&db);
    assert!(shared.current().unwrap().is_none());
    assert!(shared.lookup(&sample::postcode(0)).unwrap().is_empty());
    run(&sample_file(dir.path(), "a.csv", 50), &db, &Options::new(Format::Llpg))
        .0
        .unwrap();
    assert_eq!(shared.lookup(&sample::postcode(1)).unwrap().len(), 25);
    assert!(shared.lookup(&sample::postcode(3)).unwrap().is_empty());
    let held = shared.current().unwrap().unwrap();
    run(&sample_file(dir.path(), "b.csv", 100), &db, &Options::new(Format::Llpg))
        .0
        .unwrap();
    assert_eq!(shared.lookup(&sample::postcode(3)).unwrap().len(), 25);
    // One held across the import still answers from the file it opened.
    assert!(held.lookup(&sample::postcode(3)).unwrap().is_empty());
    assert!(shared.by_uprn(sample::FIRST_UPRN + 99).unwrap().is_some());
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Gazetteer>();
    send_sync::<Shared>();
}

#[test]
fn the_sample_reads_evens_then_10a_then_odds_then_the_block_of_flats() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gazetteer.db");
    run(&sample_file(dir.path(), "a.csv", 25), &db, &Options::new(Format::Llpg))
        .0
        .unwrap();
    let houses: Vec<String> = Gazetteer::open(&db)
        .unwrap()
        .unwrap()
        .lookup(&sample::postcode(0))
        .unwrap()
        .iter()
        .map(Property::house)
        .collect();
    let got = houses.join(" ");
    assert!(
        got.starts_with("2 4 6 8 10 10A 12 14 16 18 20 22 1 3 5 7-9 Flat 1, Rose Court Flat 2, Rose Court"),
        "{got}"
    );
    assert!(got.ends_with("Flat 9, Rose Court"), "{got}");
}

fn prop(uprn: u64, street: &str, pao: &str, sao: &str) -> Property {
    Property {
        uprn,
        usrn: None,
        sao: sao.into(),
        pao: pao.into(),
        street: street.into(),
        locality: String::new(),
        town: "Leicester".into(),
        postcode: "LE1 1AA".into(),
        easting: None,
        northing: None,
        lat: None,
        long: None,
    }
}

#[test]
fn reading_order_is_numbers_then_suffixes_then_text_then_flats() {
    let mut v = vec![
        prop(1, "High Street", "Rose Court", "Flat 2"),
        prop(2, "High Street", "10", ""),
        prop(3, "High Street", "Rose Court", "Flat 10"),
        prop(4, "High Street", "4", ""),
        prop(5, "High Street", "12b", ""),
        prop(6, "High Street", "Rose Court", ""),
        prop(7, "High Street", "12", ""),
        prop(8, "High Street", "2", ""),
        prop(9, "High Street", "Rose Court", "flat 1"),
        prop(10, "High Street", "12A", ""),
        prop(11, "High Street", "14", ""),
        prop(12, "Abbey Lane", "99", ""),
        prop(13, "High Street", "12", "Flat 1"),
    ];
    v.sort_by(reading_order);
    let read: Vec<String> = v.iter().map(|p| format!("{}|{}", p.street, p.house())).collect();
    assert_eq!(
        read,
        [
            "Abbey Lane|99",
            "High Street|2",
            "High Street|4",
            "High Street|10",
            "High Street|12",
            "High Street|Flat 1, 12",
            "High Street|12A",
            "High Street|12b",
            "High Street|14",
            "High Street|Rose Court",
            "High Street|flat 1, Rose Court",
            "High Street|Flat 2, Rose Court",
            "High Street|Flat 10, Rose Court",
        ]
    );
    use std::cmp::Ordering::*;
    assert_eq!(natural("Flat 2", "Flat 10"), Less);
    assert_eq!(natural("007", "7"), Less, "equal numbers fall back to the bytes");
    assert_eq!(
        natural("99999999999999999999999", "100000000000000000000000"),
        Less,
        "no overflow"
    );
    assert_eq!(natural("FLAT 1", "flat 1"), Less);
    assert_eq!(natural("Flat 1", "Flat 1"), Equal);
}

#[test]
fn grid_to_lat_long_matches_the_os_worked_example() {
    // OS "A guide to coordinate systems in Great Britain", the Transverse Mercator example
    // (Caister water tower): E 651409.903, N 313177.270 is 52°39'27.2531"N, 1°43'4.5177"E on
    // OSGB36.
    let dms = |d: f64, m: f64, s: f64| d + m / 60.0 + s / 3600.0;
    let osgb = coords::osgb36_from_grid(651_409.903, 313_177.270);
    assert!((osgb.lat - dms(52.0, 39.0, 27.2531)).abs() < 1e-7, "{}", osgb.lat);
    assert!((osgb.long - dms(1.0, 43.0, 4.5177)).abs() < 1e-7, "{}", osgb.long);
    // Through the Helmert transformation: 52°39'28.723"N, 1°42'57.787"E (WGS84, ~5 m).
    let wgs = coords::wgs84_from_grid(651_409.903, 313_177.270);
    let metres_lat = (wgs.lat - dms(52.0, 39.0, 28.723)).abs() * 111_000.0;
    let metres_long = (wgs.long - dms(1.0, 42.0, 57.787)).abs() * 111_000.0 * 52.66f64.to_radians().cos();
    assert!(metres_lat < 1.0 && metres_long < 1.0, "{wgs:?}");
    // The grid's true origin, 49°N 2°W, lies at E 400000, N -100000.
    let origin = coords::osgb36_from_grid(400_000.0, -100_000.0);
    assert!(
        (origin.lat - 49.0).abs() < 1e-9 && (origin.long + 2.0).abs() < 1e-9,
        "{origin:?}"
    );
}

#[test]
fn the_record_reader_handles_quotes_newlines_and_crlf() {
    let recs = parse_all(b"a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",x\n\nlast");
    let fields: Vec<Vec<String>> = recs
        .iter()
        .map(|(_, f)| f.iter().map(|b| String::from_utf8(b.clone()).unwrap()).collect())
        .collect();
    assert_eq!(
        fields,
        [
            vec!["a", "b,c", "d\"e"],
            vec!["multi\nline", "x"],
            vec![""],
            vec!["last"]
        ]
    );
    let lines: Vec<u64> = recs
        .iter()
        .map(|(r, _)| match r {
            Record::Fields { line } | Record::TooLong { line } | Record::Unterminated { line } => *line,
        })
        .collect();
    assert_eq!(lines, [1, 2, 4, 5]);
}

fn house_string() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,3}",
        "[0-9]{1,3}[A-Da-d]",
        "(Flat|flat|FLAT|Unit) [0-9]{1,2}",
        "[A-Za-z ]{0,8}[0-9]{0,3}",
        "0{0,2}[0-9]{1,2}",
        Just(String::new()),
    ]
}

proptest! {
    #[test]
    fn natural_order_is_a_total_order(a in house_string(), b in house_string(), c in house_string()) {
        use std::cmp::Ordering::*;
        prop_assert_eq!(natural(&a, &b), natural(&b, &a).reverse());
        prop_assert_eq!(natural(&a, &b) == Equal, a == b);
        if natural(&a, &b) != Greater && natural(&b, &c) != Greater {
            prop_assert_ne!(natural(&a, &c), Greater, "{:?} {:?} {:?}", a, b, c);
        }
    }

    #[test]
    fn reading_order_gives_one_answer_whatever_order_rows_arrive_in(
        rows in proptest::collection::vec((house_string(), house_string(), 0..3usize), 1..40),
        seed in any::<u64>(),
    ) {
        let streets = ["High Street", "high street", "Abbey Lane"];
        let props: Vec<Property> = rows.iter().enumerate()
            .map(|(i, (pao, sao, s))| prop(i as u64 + 1, streets[*s], pao, sao)).collect();
        let mut sorted = props.clone();
        sorted.sort_by(reading_order);
        let mut shuffled = props;
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        shuffled.sort_by(reading_order);
        prop_assert_eq!(&sorted, &shuffled);
        for w in sorted.windows(2) {
            prop_assert_eq!(reading_order(&w[0], &w[1]), std::cmp::Ordering::Less);
        }
    }
}
