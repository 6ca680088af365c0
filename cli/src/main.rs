//! The standalone `fieldbook-cli` binary: the command line without the desktop app around it
//! (for Windows, where the app is a windowed program without a console, and for development).

fn main() {
    fieldbook_core::process::no_core_dumps();
    fieldbook_cli::main();
}
