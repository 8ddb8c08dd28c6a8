//! The bundled Noto fonts (OFL, `assets/fonts/`), compiled into the binary once as bytes, in
//! fallback order, so every script we ship renders on a machine with no fonts installed. This
//! module only holds the bytes; handing them to a renderer is the caller's job (the kiosk's
//! `fonts.rs` gives them to Slint, [`crate::print::raster`] to cosmic-text).

/// (file name, contents) in fallback order: Latin first (the most common mixed-in script),
/// symbols, then each script. CJK comes last because it also carries Latin glyphs we would rather
/// take from Noto Sans. A `static`, not a `const`, so every user shares the one copy of the bytes.
pub static BUNDLED: &[(&str, &[u8])] = &[
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSansSymbols2-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSansSymbols2-Regular.ttf"),
    ),
    (
        "NotoSansMath-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSansMath-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoNastaliqUrdu-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf"),
    ),
    (
        "NotoNastaliqUrdu-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Bold.ttf"),
    ),
    (
        "NotoSansDevanagari-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    ),
    (
        "NotoSansDevanagari-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold.ttf"),
    ),
    (
        "NotoSansBengali-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf"),
    ),
    (
        "NotoSansBengali-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoSansBengali-Bold.ttf"),
    ),
    (
        "NotoSansGujarati-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSansGujarati-Regular.ttf"),
    ),
    (
        "NotoSansGujarati-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoSansGujarati-Bold.ttf"),
    ),
    (
        "NotoSansGurmukhi-Regular.ttf",
        include_bytes!("../../assets/fonts/NotoSansGurmukhi-Regular.ttf"),
    ),
    (
        "NotoSansGurmukhi-Bold.ttf",
        include_bytes!("../../assets/fonts/NotoSansGurmukhi-Bold.ttf"),
    ),
    (
        "NotoSansCJKsc-Regular.otf",
        include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular.otf"),
    ),
    (
        "NotoSansCJKsc-Bold.otf",
        include_bytes!("../../assets/fonts/NotoSansCJKsc-Bold.otf"),
    ),
];
