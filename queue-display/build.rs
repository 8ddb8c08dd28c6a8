//! Compiles the Slint UIs, each into its own generated file, so each screen's module includes
//! only its own (`counter::ui` includes `counter_ui.rs`) and another screen can be added with
//! one more call here. Debug info is kept so UI tests can find elements by label.

use std::path::PathBuf;

fn compile(ui: &str, out_name: &str, style: Option<&str>) {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    if let Some(style) = style {
        config = config.with_style(style.into());
    }
    let deps = slint_build::compile_with_output_path(manifest.join(ui), out.join(out_name), config)
        .unwrap_or_else(|e| panic!("{ui} does not compile: {e}"));
    for d in deps {
        println!("cargo:rerun-if-changed={}", d.display());
    }
}

fn main() {
    compile("ui/counter.slint", "counter_ui.rs", Some("fluent"));
    compile("ui/board.slint", "board_ui.rs", None);
}
