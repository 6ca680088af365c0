//! The PDF of a summary: fonts embedded, the paper size asked for, the version stamped, a missing
//! font named (in the catalogue's words) instead of printing boxes, and the fonts an installer
//! ships looked for before the system's.

use fieldbook_core::i18n::Catalog;
use fieldbook_core::summary::{summarise, Audience, Paper};
use fieldbook_core::{Entity, Op, Passphrase, RecordId, SessionDoc, Store};
use fieldbook_pdf::{bundled_font_dirs, default_font_dirs, render_pdf, Error, PdfOptions};
use std::path::{Path, PathBuf};

const FIXTURE: &str = include_str!("../../tests/fixtures/at-risk-session.json");

fn store() -> (tempfile::TempDir, Store, RecordId) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::init(dir.path(), &Passphrase::new("correct horse battery")).expect("init");
    let doc: SessionDoc = serde_json::from_str(FIXTURE).expect("fixture");
    let id = store.put_session_doc(doc).expect("put");
    (dir, store, id)
}

fn noto_dir() -> PathBuf {
    default_font_dirs()
        .into_iter()
        .find(|d| d.join("NotoSans-Regular.ttf").is_file())
        .expect("Noto fonts are needed for PDF tests: sudo apt install fonts-noto-core (make test installs it)")
}

#[test]
fn a_pdf_is_made_with_embedded_fonts() {
    let (_dir, store, id) = store();
    let s = summarise(&store, id, Audience::Participants, "en").expect("summary");
    let pdf = render_pdf(&s, &PdfOptions { paper: Paper::Letter, font_dirs: vec![noto_dir()] }).expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/FontFile2") || raw.contains("/FontFile3"), "fonts are embedded");
    assert!(raw.contains("612") && raw.contains("792"), "US Letter media box");
    // The version that made it, in the document's keywords (and its footer).
    assert!(raw.contains(&format!("Fieldbook {}", env!("CARGO_PKG_VERSION"))), "version stamped");
}

#[test]
fn a_missing_font_is_named() {
    let (_dir, mut store, id) = store();
    let q: RecordId = "0190a000-0000-7000-8000-000000000022".parse().expect("id");
    let mut f = serde_json::Map::new();
    f.insert("answer".into(), "កិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ".into());
    store.write(vec![Op::Update { entity: Entity::Question, id: q, fields: f }]).expect("edit");
    let s = summarise(&store, id, Audience::Participants, "en").expect("summary");
    let only_latin = tempfile::tempdir().expect("tempdir");
    std::fs::copy(noto_dir().join("NotoSans-Regular.ttf"), only_latin.path().join("NotoSans-Regular.ttf"))
        .expect("copy");
    let opts = PdfOptions { paper: Paper::A4, font_dirs: vec![only_latin.path().into()] };
    match render_pdf(&s, &opts) {
        Err(Error::FontMissing { script, font }) => {
            assert_eq!((script.as_str(), font.as_str()), ("Khmer", "NotoSansKhmer-Regular.ttf"));
        }
        other => panic!("expected a missing Khmer font, got {other:?}"),
    }
    let msg = Error::FontMissing { script: "Khmer".into(), font: "NotoSansKhmer-Regular.ttf".into() }
        .localised(&Catalog::new("en"));
    assert!(msg.contains("NotoSansKhmer-Regular.ttf") && msg.contains("fonts-noto-core"), "{msg}");
    // Characters of a script no known font covers are named too, not printed as boxes.
    let mut cjk = s.clone();
    cjk.title = "合同".into();
    match render_pdf(&cjk, &PdfOptions::default()) {
        Err(Error::NoFontFor(chars)) => assert!(chars.contains("U+5408"), "{chars}"),
        other => panic!("expected uncovered characters, got {other:?}"),
    }
}

#[test]
fn shipped_fonts_are_looked_for_where_each_installer_puts_them_before_the_system_fonts() {
    let linux = bundled_font_dirs(Path::new("/usr/bin/fieldbook"));
    assert_eq!(linux[0], Path::new("/usr/bin/fonts"));
    assert!(linux.contains(&PathBuf::from("/usr/lib/Fieldbook/fonts")), "{linux:?}");
    let mac = bundled_font_dirs(Path::new("/Applications/Fieldbook.app/Contents/MacOS/fieldbook"));
    assert!(mac.contains(&PathBuf::from("/Applications/Fieldbook.app/Contents/Resources/fonts")), "{mac:?}");
    // This test binary's own folder comes first, the system's after.
    let all = default_font_dirs();
    let system = all.iter().position(|d| d.starts_with("/usr/share/fonts")).expect("system fonts are a fallback");
    let exe = std::env::current_exe().and_then(|e| e.canonicalize()).expect("this test binary");
    assert_eq!(all[..system], bundled_font_dirs(&exe)[..]);
}
