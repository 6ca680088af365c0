//! Which system Noto font each writing system needs, found on disk and loaded only when the
//! summary uses that script, so a PDF embeds what a participant's phone needs to read it and
//! a missing font is named instead of printing empty boxes.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use typst::foundations::Bytes;
use typst::text::Font;

/// A writing system, the Noto family that shows it, and its code point ranges.
struct Script {
    name: &'static str,
    family: &'static str,
    regular: &'static str,
    others: &'static [&'static str],
    ranges: &'static [(u32, u32)],
}

const fn script(
    name: &'static str,
    family: &'static str,
    regular: &'static str,
    others: &'static [&'static str],
    ranges: &'static [(u32, u32)],
) -> Script {
    Script { name, family, regular, others, ranges }
}

/// Latin, Greek and Cyrillic: every summary needs it for its labels.
const BASE: Script = script(
    "Latin",
    "Noto Sans",
    "NotoSans-Regular.ttf",
    &["NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"],
    &[],
);

/// Scripts of the places Fieldbook is used first come first; all are in Debian's `fonts-noto-core`.
const SCRIPTS: &[Script] = &[
    script(
        "Devanagari",
        "Noto Sans Devanagari",
        "NotoSansDevanagari-Regular.ttf",
        &["NotoSansDevanagari-Bold.ttf"],
        &[(0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)],
    ),
    script(
        "Khmer",
        "Noto Sans Khmer",
        "NotoSansKhmer-Regular.ttf",
        &["NotoSansKhmer-Bold.ttf"],
        &[(0x1780, 0x17FF), (0x19E0, 0x19FF)],
    ),
    script(
        "Arabic",
        "Noto Sans Arabic",
        "NotoSansArabic-Regular.ttf",
        &["NotoSansArabic-Bold.ttf"],
        &[(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    ),
    script(
        "Bengali",
        "Noto Sans Bengali",
        "NotoSansBengali-Regular.ttf",
        &["NotoSansBengali-Bold.ttf"],
        &[(0x0980, 0x09FF)],
    ),
    script("Thai", "Noto Sans Thai", "NotoSansThai-Regular.ttf", &["NotoSansThai-Bold.ttf"], &[(0x0E00, 0x0E7F)]),
    script("Lao", "Noto Sans Lao", "NotoSansLao-Regular.ttf", &["NotoSansLao-Bold.ttf"], &[(0x0E80, 0x0EFF)]),
    script(
        "Myanmar",
        "Noto Sans Myanmar",
        "NotoSansMyanmar-Regular.ttf",
        &["NotoSansMyanmar-Bold.ttf"],
        &[(0x1000, 0x109F)],
    ),
    script(
        "Ethiopic",
        "Noto Sans Ethiopic",
        "NotoSansEthiopic-Regular.ttf",
        &["NotoSansEthiopic-Bold.ttf"],
        &[(0x1200, 0x139F)],
    ),
    script(
        "Hebrew",
        "Noto Sans Hebrew",
        "NotoSansHebrew-Regular.ttf",
        &["NotoSansHebrew-Bold.ttf"],
        &[(0x0590, 0x05FF)],
    ),
    script("Tamil", "Noto Sans Tamil", "NotoSansTamil-Regular.ttf", &["NotoSansTamil-Bold.ttf"], &[(0x0B80, 0x0BFF)]),
    script(
        "Sinhala",
        "Noto Sans Sinhala",
        "NotoSansSinhala-Regular.ttf",
        &["NotoSansSinhala-Bold.ttf"],
        &[(0x0D80, 0x0DFF)],
    ),
];

/// Where fonts are looked for: the ones shipped with Fieldbook first ([`bundled_font_dirs`]),
/// then the system's (Debian, Ubuntu, Fedora and Arch, and per user), so a PDF looks the same on
/// every machine and a script the packages lack still prints where the system has it.
pub fn default_font_dirs() -> Vec<PathBuf> {
    let exe = std::env::current_exe().ok().and_then(|e| e.canonicalize().ok());
    let mut dirs = exe.map(|e| bundled_font_dirs(&e)).unwrap_or_default();
    dirs.extend(
        ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto"]
            .into_iter()
            .map(PathBuf::from),
    );
    if let Some(home) = dirs::home_dir() {
        dirs.push(home.join(".local/share/fonts"));
        dirs.push(home.join(".fonts"));
    }
    dirs.push(PathBuf::from("/usr/local/share/fonts"));
    dirs
}

/// The product name the installers use for the resource folder (`tauri.conf.json`).
const PRODUCT: &str = "Fieldbook";

/// Where the installers put the fonts shipped as resources, relative to the executable `exe`
/// (the app, or the CLI beside it): `fonts/` next to it (Windows, and development builds, where
/// the app's build copies them), `../lib/Fieldbook/fonts` (the Linux packages and the
/// AppImage), `../Resources/fonts` (macOS). A folder beside a Unix release binary is not
/// looked in: a binary copied somewhere others can write (`/tmp`) would read their fonts.
pub fn bundled_font_dirs(exe: &Path) -> Vec<PathBuf> {
    let Some(dir) = exe.parent() else { return vec![] };
    let mut dirs = vec![];
    if cfg!(windows) || cfg!(debug_assertions) {
        dirs.push(dir.join("fonts"));
    }
    if let Some(up) = dir.parent() {
        dirs.push(up.join("lib").join(PRODUCT).join("fonts"));
        dirs.push(up.join("Resources").join("fonts"));
    }
    dirs
}

fn find(dirs: &[PathBuf], file: &str) -> Option<PathBuf> {
    dirs.iter().map(|d| d.join(file)).find(|p| p.is_file())
}

fn load(path: &Path) -> Result<Vec<Font>> {
    let data = std::fs::read(path).map_err(fieldbook_core::Error::from)?;
    Ok(Font::iter(Bytes::new(data)).collect())
}

/// Fonts loaded for one summary, and the family list (in fallback order) for the template.
pub struct Loaded {
    /// The fonts, to embed.
    pub fonts: Vec<Font>,
    /// Their family names, Latin first.
    pub families: Vec<String>,
}

/// Loads the fonts that `texts` need from `dirs`; names the missing font, or the characters no
/// loaded font covers, instead of letting them print as empty boxes.
pub fn load_for(texts: &[&str], dirs: &[PathBuf]) -> Result<Loaded> {
    let mut loaded = Loaded { fonts: vec![], families: vec![] };
    let in_script = |s: &Script, c: u32| s.ranges.iter().any(|(a, b)| (*a..=*b).contains(&c));
    let needed: Vec<&Script> = std::iter::once(&BASE)
        .chain(SCRIPTS.iter().filter(|s| texts.iter().any(|t| t.chars().any(|c| in_script(s, c as u32)))))
        .collect();
    for s in needed {
        let missing = || Error::FontMissing { script: s.name.into(), font: s.regular.into() };
        let regular = find(dirs, s.regular).ok_or_else(missing)?;
        loaded.fonts.extend(load(&regular)?);
        // Bold and italic are optional: typst falls back to the regular face.
        for other in s.others.iter().filter_map(|f| find(dirs, f)) {
            loaded.fonts.extend(load(&other)?);
        }
        loaded.families.push(s.family.to_string());
    }
    let mut uncovered: Vec<char> = vec![];
    for c in texts.iter().flat_map(|t| t.chars()) {
        let visible = !c.is_whitespace() && !c.is_control() && !('\u{200B}'..='\u{200F}').contains(&c);
        if visible && !uncovered.contains(&c) && !loaded.fonts.iter().any(|f| f.info().coverage.contains(c as u32)) {
            uncovered.push(c);
        }
    }
    if !uncovered.is_empty() {
        let list: Vec<String> = uncovered.iter().take(5).map(|c| format!("“{c}” (U+{:04X})", *c as u32)).collect();
        return Err(Error::NoFontFor(list.join(", ")));
    }
    Ok(loaded)
}
