//! Any bytes as en-GB's `kiosk.ftl`, loaded as the kiosk loads a locales folder: it must load or
//! give errors naming the file, never panic, overflow the stack or hang; and every message of a
//! file that loads must format without doing so either.
#![no_main]

const LOCALE: &str =
    "name = \"English\"\nenglish_name = \"English\"\ndirection = \"ltr\"\nfont = \"Noto Sans\"\nstatus = \"reviewed\"\n";

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match onestop::i18n::Translations::load([("en-GB/locale.toml", LOCALE), ("en-GB/kiosk.ftl", text)]) {
        Ok(t) => {
            assert_eq!(t.fallback().tag, "en-GB");
            for id in t.fallback().keys("kiosk.ftl") {
                if !id.contains('.') {
                    // Formatting must return: no stack overflow, no runaway string.
                    std::hint::black_box(t.text("en-GB", &id, &[]));
                }
            }
        }
        Err(errors) => assert!(errors.iter().all(|e| e.file == "en-GB/kiosk.ftl")),
    }
});
