//! Deflates the localisation catalogues into the build: seven languages are 450 KB of text and
//! 115 KB compressed, against a binary that must fit its size budget (docs/benchmarks.md, "Size
//! of what ships"). Each is inflated once, when its language is first used (`i18n.rs`).

use std::io::Write;

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for lang in ["en", "es", "fr", "pt", "ne", "km", "ar"] {
        let source = format!("locales/{lang}.ftl");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read(&source).expect("a catalogue for every language");
        let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&text).expect("deflate");
        std::fs::write(out.join(format!("{lang}.ftl.z")), z.finish().expect("deflate")).expect("write OUT_DIR");
    }
}
