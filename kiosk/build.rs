//! Compiles the kiosk's Slint UI. Debug info is kept so UI tests can find elements by label.

fn main() {
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    slint_build::compile_with_config("ui/app.slint", config).expect("the kiosk UI compiles");
}
