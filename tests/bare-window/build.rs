//! Generates Tauri's context (the embedded page) at build time.
fn main() {
    tauri_build::build();
}
