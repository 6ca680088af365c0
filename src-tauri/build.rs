//! Generates Tauri's context (embedded UI, capabilities) at build time.
fn main() {
    tauri_build::build();
}
