//! Deflates the localisation catalogues and the schema migrations into the build: seven
//! languages are 450 KB of text and 115 KB compressed, the migrations 38 KB and 10 KB, against a
//! binary that must fit its size budget (docs/benchmarks.md, "Size of what ships"). Each is
//! inflated once, when it is first used (`i18n.rs`, `store/mod.rs`).

use std::io::Write;
use std::path::Path;

fn deflate(source: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read(source).expect("a file of the source tree");
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&text).expect("deflate");
    std::fs::write(out, z.finish().expect("deflate")).expect("write OUT_DIR");
}

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for lang in ["en", "es", "fr", "pt", "ne", "km", "ar"] {
        deflate(Path::new(&format!("locales/{lang}.ftl")), &out.join(format!("{lang}.ftl.z")));
    }
    // The migrations in order of their names (`0001_…`), listed for `store/mod.rs`.
    println!("cargo:rerun-if-changed=migrations");
    let mut names: Vec<String> = std::fs::read_dir("migrations")
        .expect("the migrations folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    names.sort();
    let mut list = String::from("&[\n");
    for name in &names {
        let z = out.join(format!("{name}.z"));
        deflate(&Path::new("migrations").join(name), &z);
        list.push_str(&format!("    include_bytes!({:?}),\n", z.display().to_string()));
    }
    list.push(']');
    std::fs::write(out.join("migrations.rs"), list).expect("write OUT_DIR");
}
