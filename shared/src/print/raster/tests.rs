//! The rasteriser's tests: real phrases from our locales in every script we ship, direction and
//! alignment, wrapping, conjuncts, and hostile input.

use super::*;
use proptest::prelude::*;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// One rasteriser for all tests (building one parses every font), as the kiosk keeps one.
fn raster() -> MutexGuard<'static, Rasteriser> {
    static RASTER: OnceLock<Mutex<Rasteriser>> = OnceLock::new();
    let lock = RASTER.get_or_init(|| Mutex::new(Rasteriser::new())).lock();
    // A failed test poisons the lock; the rasteriser itself is still fine for the others.
    lock.unwrap_or_else(|e| e.into_inner())
}

fn style() -> TextStyle {
    TextStyle::default()
}

/// A kiosk message as the visitor sees it in `tag`.
fn phrase(tag: &str, id: &str) -> String {
    static T: OnceLock<crate::i18n::Translations> = OnceLock::new();
    T.get_or_init(|| crate::embedded::translations().unwrap())
        .text(tag, id, &[])
}

/// One glyph as cosmic-text shaped and laid it out.
#[derive(Debug)]
struct Shaped {
    /// 0 is `.notdef`: no bundled font had the character.
    id: u16,
    family: String,
    /// Byte offset of its cluster in the text (after `clean`).
    start: usize,
    /// Left edge in dots.
    x: f32,
}

/// Every glyph cosmic-text shaped for `text` at 576 dots, in visual order.
fn shaped(r: &mut Rasteriser, text: &str, style: TextStyle) -> Vec<Shaped> {
    let text = clean(text, style.rtl_hint);
    let mut buffer = r.shape(&text, &style, size_dots(style.size_px), 576);
    let mut out = Vec::new();
    for i in 0..buffer.lines.len() {
        for glyph in buffer
            .line_layout(&mut r.fonts, i)
            .unwrap()
            .iter()
            .flat_map(|l| &l.glyphs)
        {
            let face = r.fonts.db().face(glyph.font_id).unwrap();
            out.push(Shaped {
                id: glyph.glyph_id,
                family: face.families[0].0.clone(),
                start: glyph.start,
                x: glyph.x,
            });
        }
    }
    out
}

/// The leftmost and rightmost columns with ink.
fn ink_span(b: &Bitmap) -> (u32, u32) {
    let cols: Vec<u32> = (0..b.width).filter(|&x| (0..b.height).any(|y| b.get(x, y))).collect();
    (*cols.first().expect("some ink"), *cols.last().unwrap())
}

const SCRIPTS: &[&str] = &["ur", "ar", "gu", "pa", "bn", "hi", "zh-Hans"];

#[test]
fn every_family_the_fallback_names_is_bundled() {
    let r = raster();
    for family in FAMILIES {
        let found = r
            .fonts
            .db()
            .faces()
            .any(|f| f.families.iter().any(|(name, _)| name == family));
        assert!(
            found,
            "{family} is in the fallback chain but no bundled font has that family name"
        );
    }
    assert_eq!(
        r.fonts.db().len(),
        BUNDLED.len(),
        "every bundled font loads as one face"
    );
}

#[test]
fn english_gives_ink_at_the_paper_width() {
    let b = raster().line(&phrase("en-GB", "confirm-reference"), style(), 576);
    assert_eq!(b.width, 576);
    assert!(b.height >= 24, "a 24-dot line is at least 24 dots tall: {b:?}");
    assert_eq!(b.rows.len(), 72 * b.height as usize);
    assert!(b.ink() > 200, "{b:?}");
}

#[test]
fn every_script_we_ship_renders_with_ink_and_no_missing_glyphs() {
    let mut r = raster();
    for tag in SCRIPTS {
        for id in ["confirm-reference", "confirm-next-generic", "welcome-choose-language"] {
            let text = phrase(tag, id);
            let b = r.line(&text, style(), 576);
            assert!(b.ink() > 100, "{tag} {id}: {b:?}");
            let tofu: Vec<_> = shaped(&mut r, &text, style())
                .into_iter()
                .filter(|g| g.id == 0)
                .collect();
            assert!(tofu.is_empty(), "{tag} {id} {text:?} has .notdef glyphs: {tofu:?}");
        }
    }
}

#[test]
fn every_kiosk_message_in_every_locale_has_a_glyph_for_each_character() {
    let mut r = raster();
    let t = crate::embedded::translations().unwrap();
    for locale in t.all() {
        let tag = &locale.tag;
        for id in locale.keys("kiosk.ftl").iter().filter(|k| !k.contains('.')) {
            let text = t.text(tag, id, &[]);
            let missing = shaped(&mut r, &text, style()).iter().filter(|g| g.id == 0).count();
            assert_eq!(missing, 0, "{tag} {id} {text:?} has characters no bundled font has");
        }
    }
}

#[test]
fn each_locale_is_set_in_the_font_its_locale_toml_names() {
    let mut r = raster();
    let t = crate::embedded::translations().unwrap();
    for locale in t.all() {
        let glyphs = shaped(&mut r, &phrase(&locale.tag, "confirm-reference"), style());
        let font = &locale.info.font;
        assert!(
            glyphs.iter().any(|g| &g.family == font),
            "{}: {font} not used in {glyphs:?}",
            locale.tag
        );
    }
}

#[test]
fn urdu_lines_are_taller_than_english_ones() {
    let mut r = raster();
    let en = r.line(&phrase("en-GB", "confirm-reference"), style(), 576);
    let ur = r.line(&phrase("ur", "confirm-reference"), style(), 576);
    assert!(
        ur.height as f32 > en.height as f32 * 1.4,
        "Nastaliq needs room: {ur:?} vs {en:?}"
    );
}

#[test]
fn start_is_right_for_urdu_and_left_for_english() {
    let mut r = raster();
    let (ur_left, ur_right) = ink_span(&r.line(&phrase("ur", "confirm-reference"), style(), 576));
    assert!(ur_left > 288 && ur_right > 560, "Urdu ink {ur_left}..{ur_right}");
    let (en_left, en_right) = ink_span(&r.line(&phrase("en-GB", "confirm-reference"), style(), 576));
    assert!(en_left < 8 && en_right < 288, "English ink {en_left}..{en_right}");
}

#[test]
fn end_and_centre_follow_the_direction() {
    let mut r = raster();
    let end = TextStyle {
        align: Align::End,
        ..style()
    };
    let (ur_left, _) = ink_span(&r.line(&phrase("ur", "confirm-reference"), end, 576));
    assert!(ur_left < 8, "Urdu End is the left edge: {ur_left}");
    let (_, en_right) = ink_span(&r.line("Reference", end, 576));
    assert!(en_right > 560, "English End is the right edge: {en_right}");
    let centre = TextStyle {
        align: Align::Centre,
        ..style()
    };
    let (l, rt) = ink_span(&r.line("Reference", centre, 576));
    assert!((l as i64 + rt as i64 - 576).abs() < 16, "centred: {l}..{rt}");
}

#[test]
fn the_rtl_hint_sets_the_direction_of_a_line_that_starts_with_latin() {
    let mut r = raster();
    let text = format!("K7QF-9M2A {}", phrase("ur", "confirm-reference"));
    let (_, natural) = ink_span(&r.line(&text, style(), 576));
    let (_, hinted) = ink_span(&r.line(
        &text,
        TextStyle {
            rtl_hint: Some(true),
            ..style()
        },
        576,
    ));
    assert!(natural < 560, "starts with Latin, so left to right: ends at {natural}");
    assert!(
        hinted > 560,
        "hinted right to left, so Start is the right edge: ends at {hinted}"
    );
    // The hint's mark is invisible: no box for it.
    let glyphs = shaped(
        &mut r,
        &text,
        TextStyle {
            rtl_hint: Some(true),
            ..style()
        },
    );
    assert!(glyphs.iter().all(|g| g.id != 0), "{glyphs:?}");
}

#[test]
fn urdu_words_run_right_to_left_and_latin_inside_them_left_to_right() {
    let mut r = raster();
    // "آپ کا ریفرنس K7QF": the first Urdu word is rightmost; the reference still reads K..F.
    let text = "آپ کا ریفرنس K7QF";
    let glyphs = shaped(&mut r, text, style());
    let x_of = |byte: usize| glyphs.iter().find(|g| g.start == byte).map(|g| g.x).unwrap();
    let (first, second) = (0, text.find("کا").unwrap());
    assert!(x_of(first) > x_of(second), "first word right of the second: {glyphs:?}");
    let (k, f) = (text.find('K').unwrap(), text.find('F').unwrap());
    assert!(x_of(k) < x_of(f), "Latin keeps its order: {glyphs:?}");
    assert!(
        x_of(k) < x_of(second),
        "the reference, last in logical order, is leftmost"
    );
}

#[test]
fn a_long_line_wraps_within_the_width() {
    let mut r = raster();
    let one = r.line("Reference", style(), 384);
    for tag in ["en-GB", "ur", "gu", "zh-Hans"] {
        let text = phrase(tag, "confirm-write-down");
        let b = r.line(&text, style(), 384);
        assert_eq!(b.width, 384);
        assert!(b.height >= 2 * one.height, "{tag} wraps to several lines: {b:?}");
        let (left, right) = ink_span(&b);
        assert!(right < 384 && left < right, "{tag}: {left}..{right}");
    }
}

#[test]
fn a_gujarati_conjunct_is_fewer_glyphs_than_code_points() {
    let mut r = raster();
    let ksha = "ક્ષ";
    assert_eq!(ksha.chars().count(), 3);
    let glyphs = shaped(&mut r, ksha, style());
    assert_eq!(glyphs.len(), 1, "ક + ્ + ષ form one conjunct: {glyphs:?}");
    assert_ne!(glyphs[0].id, 0);
}

#[test]
fn bold_lays_down_more_ink() {
    let mut r = raster();
    for tag in ["en-GB", "ur", "gu"] {
        let text = phrase(tag, "confirm-reference");
        let regular = r.line(&text, style(), 576).ink();
        let bold = r.line(&text, TextStyle { bold: true, ..style() }, 576).ink();
        assert!(bold > regular * 11 / 10, "{tag}: bold {bold} vs regular {regular}");
    }
}

#[test]
fn ink_that_overhangs_the_edge_is_moved_inside_not_cut() {
    assert_eq!(
        inside(490, 585, 576),
        -9,
        "a Nastaliq ک poking out on the right moves left"
    );
    assert_eq!(inside(-5, 155, 576), 5, "and on the left, right");
    assert_eq!(inside(3, 580, 576), -3, "only as far as the other side has room");
    assert_eq!(inside(-2, 580, 576), 0, "wider than the paper: left as laid out");
    assert_eq!(inside(0, 576, 576), 0);
    assert_eq!(inside(i64::MAX, i64::MIN, 576), 0, "no ink");
    // Urdu's confirm-next-generic wraps to a second line starting with ک, whose stroke reaches 9
    // dots past the right edge as laid out; every real line must end up wholly on the paper.
    let mut r = raster();
    for tag in ["ur", "ar", "en-GB", "gu", "hi", "bn", "pa", "zh-Hans"] {
        for id in [
            "confirm-reference",
            "confirm-title",
            "confirm-next-generic",
            "confirm-write-down",
        ] {
            for align in [Align::Start, Align::Centre, Align::End] {
                let text = clean(&phrase(tag, id), None);
                for l in r.lay_out(&text, &TextStyle { align, ..style() }, 576) {
                    let on_paper = l.left + l.shift >= 0 && l.right + l.shift <= 576;
                    assert!(
                        on_paper,
                        "{tag} {id} {align:?}: ink {}..{} moved {}",
                        l.left, l.right, l.shift
                    );
                }
            }
        }
    }
}

#[test]
fn the_same_line_always_gives_the_same_bitmap() {
    let mut r = raster();
    let text = phrase("ur", "confirm-next-generic");
    let first = r.line(&text, style(), 576);
    r.line(&phrase("gu", "confirm-next-generic"), style(), 576);
    assert_eq!(r.line(&text, style(), 576), first);
}

#[test]
fn empty_text_gives_no_rows() {
    let mut r = raster();
    assert_eq!(r.line("", style(), 576), Bitmap::blank(576, 0));
    assert_eq!(
        r.line("\u{7}\u{0}", style(), 576).height,
        0,
        "only control characters is empty"
    );
    assert_eq!(
        r.line(
            "",
            TextStyle {
                rtl_hint: Some(true),
                ..style()
            },
            576
        )
        .height,
        0
    );
}

#[test]
fn a_blank_paragraph_keeps_a_line_of_height() {
    let mut r = raster();
    let one = r.line("Reference", style(), 576).height;
    let three = r.line("Reference\n\nReference", style(), 576).height;
    assert!(three >= 3 * one - 3, "{three} vs {one}");
}

#[test]
fn control_characters_are_dropped_not_drawn_as_boxes() {
    let mut r = raster();
    let plain = r.line("Reference 42", style(), 576);
    assert_eq!(r.line("Ref\u{1b}erence\u{7} 42\u{0}", style(), 576), plain);
    assert_eq!(r.line("Reference\t42", style(), 576).height, plain.height);
    assert_eq!(clean("a\r\nb\rc\u{85}d\te\u{1b}", None), "a\nb\nc\nd e");
    assert_eq!(clean("ab\ncd", Some(true)), "\u{200F}ab\n\u{200F}cd");
}

#[test]
fn hostile_text_never_panics_and_stays_within_the_width() {
    let mut r = raster();
    let long: String = phrase("gu", "confirm-write-down")
        .chars()
        .cycle()
        .take(10_000)
        .collect();
    let stacked = format!("a{}", "\u{301}".repeat(500));
    let cases = [
        long.as_str(),
        &"W".repeat(10_000),
        "\u{202E}Reference K7QF-9M2A\u{202C} \u{202D}آپ کا\u{202C}",
        "\u{200D}\u{200D}ક\u{200D}્\u{200D}ષ\u{200C}\u{200D}",
        "\u{0378}\u{E000}\u{10FFFF}\u{FFFE}\u{FFFF}\u{1F600}",
        &stacked,
        "\u{2066}\u{2067}\u{2068}",
        "\u{FEFF}\u{200B}\u{00AD}\u{034F}",
        "\n\n\n",
    ];
    for text in cases {
        let b = r.line(text, style(), 384);
        assert_eq!(b.width, 384);
        assert_eq!(b.rows.len(), 48 * b.height as usize);
    }
    assert!(
        r.line(&long, style(), 384).height > 1000,
        "10,000 characters wrap to many lines"
    );
}

#[test]
fn odd_widths_and_sizes_never_panic() {
    let mut r = raster();
    for width in [0, 1, 7, 8, 9, 385, 4096] {
        let b = r.line("Reference ક્ષ آپ", style(), width);
        assert_eq!(b.width, width / 8 * 8);
    }
    for size in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -3.0, 0.0, 0.5, 1e9] {
        let b = r.line(
            "Reference ક્ષ آپ",
            TextStyle {
                size_px: size,
                ..style()
            },
            384,
        );
        assert_eq!(b.width, 384);
        assert!(b.height > 0 && b.ink() > 0, "{size}: {b:?}");
    }
}

#[test]
fn a_rasteriser_can_move_to_a_printing_thread() {
    fn send<T: Send>() {}
    send::<Rasteriser>();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_text_never_panics_or_exceeds_the_width(
        chars in proptest::collection::vec(any::<char>(), 0..=200),
        rtl in any::<Option<bool>>(),
    ) {
        let text = String::from_iter(chars);
        let b = raster().line(&text, TextStyle { rtl_hint: rtl, ..style() }, 384);
        prop_assert_eq!(b.width, 384);
        prop_assert_eq!(b.rows.len(), 48 * b.height as usize);
    }
}
