//! Compiles the board's Slint UI. Debug info is kept so UI tests can find elements by id.

fn main() {
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    slint_build::compile_with_config("ui/board.slint", config).expect("the board UI compiles");
}
