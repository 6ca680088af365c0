//! The localisation catalogue (Project Fluent). The same `.ftl` files serve the CLI, printed
//! summaries and the UI (which formats them with @fluent/bundle).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Languages with a complete catalogue, as (code, name in that language).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("ne", "नेपाली"),
    ("km", "ខ្មែរ"),
    ("ar", "العربية"),
];

/// Languages written right to left: the interface mirrors for them (`dir="rtl"`).
pub const RIGHT_TO_LEFT: &[&str] = &["ar"];

/// What separates the items of a list in a language: the Arabic comma in Arabic (the one its
/// keyboards type), else the Latin one. The PDF's lists and the lists people edit in the app.
pub fn list_separator(lang: &str) -> &'static str {
    if lang == "ar" {
        "، "
    } else {
        ", "
    }
}

/// The digits a language writes numbers with by default, when they are not 0–9 (CLDR's default
/// numbering system: Devanagari for Nepali, Arabic-Indic for Arabic), as the interface's `Intl`.
pub fn native_digits(lang: &str) -> Option<[char; 10]> {
    match lang {
        "ne" => Some(['०', '१', '२', '३', '४', '५', '६', '७', '८', '९']),
        "ar" => Some(['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩']),
        _ => None,
    }
}

/// `text` (something Fieldbook wrote: a date, a count; never what was typed) with the
/// language's own digits.
pub fn localize_digits(lang: &str, text: &str) -> String {
    match native_digits(lang) {
        Some(d) => text.chars().map(|c| c.to_digit(10).map_or(c, |n| d[n as usize])).collect(),
        None => text.to_string(),
    }
}

/// The language for a code (`pt-BR` → `pt`), or `None` when Fieldbook has no catalogue for it.
pub fn supported(code: &str) -> Option<&'static str> {
    let base = code.split(['-', '_', '.']).next().unwrap_or_default().to_ascii_lowercase();
    LANGUAGES.iter().map(|(c, _)| *c).find(|c| *c == base)
}

/// The catalogues as built (deflated by `build.rs`), in [`LANGUAGES`]' order.
const DEFLATED: [&[u8]; 7] = [
    include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.z")),
    include_bytes!(concat!(env!("OUT_DIR"), "/es.ftl.z")),
    include_bytes!(concat!(env!("OUT_DIR"), "/fr.ftl.z")),
    include_bytes!(concat!(env!("OUT_DIR"), "/pt.ftl.z")),
    include_bytes!(concat!(env!("OUT_DIR"), "/ne.ftl.z")),
    include_bytes!(concat!(env!("OUT_DIR"), "/km.ftl.z")),
    include_bytes!(concat!(env!("OUT_DIR"), "/ar.ftl.z")),
];

/// Each catalogue's text, inflated when its language is first used.
static SOURCES: [std::sync::OnceLock<String>; 7] = [const { std::sync::OnceLock::new() }; 7];

/// The Fluent source of a language's catalogue; unknown codes get English.
pub fn ftl_source(lang: &str) -> &'static str {
    if lang == crate::pseudo::PSEUDO {
        return crate::pseudo::source(|| ftl_source("en"));
    }
    let i = LANGUAGES.iter().position(|(code, _)| *code == lang).unwrap_or(0);
    SOURCES[i].get_or_init(|| {
        use std::io::Read;
        let mut text = String::new();
        // Made by this build from its own files: a failure here is a broken build, and an empty
        // catalogue falls back to the message ids.
        let _ = flate2::read::DeflateDecoder::new(DEFLATED[i]).read_to_string(&mut text);
        text
    })
}

/// A catalogue for one language, falling back to English for any missing message.
pub struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
    lang: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Catalog")
    }
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Isolation marks confuse terminals and PDFs; the UI sets text direction itself.
    b.set_use_isolating(false);
    let res = FluentResource::try_new(ftl_source(lang).to_string()).unwrap_or_else(|(r, _)| r);
    b.add_resource_overriding(res);
    b
}

impl Catalog {
    /// The catalogue for `lang` (`en`, `es`, `fr`).
    pub fn new(lang: &str) -> Catalog {
        let mut bundles = vec![bundle(lang)];
        if lang != "en" {
            bundles.push(bundle("en"));
        }
        Catalog { bundles, lang: lang.to_string() }
    }

    /// Formats message `id` with named arguments; the id itself if no catalogue has it.
    pub fn msg(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// Formats message `id` whose argument `name` is a number, so plural variants
    /// (`[one]`, `[other]`) are chosen by the language's rules; the number in the language's
    /// digits (such a message holds no other number).
    pub fn count(&self, id: &str, name: &str, n: usize) -> String {
        let mut fargs = FluentArgs::new();
        fargs.set(name, FluentValue::from(n));
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return self.digits(&b.format_pattern(pattern, Some(&fargs), &mut errors));
            }
        }
        id.to_string()
    }

    /// Items written as a list in this language (`a, b`; `a، b` in Arabic).
    pub fn list(&self, items: &[String]) -> String {
        items.join(list_separator(&self.lang))
    }

    /// Fieldbook's own text (a date, a number) in this language's digits.
    pub fn digits(&self, text: &str) -> String {
        localize_digits(&self.lang, text)
    }

    /// The localised, actionable message for a core error.
    pub fn error(&self, e: &crate::Error) -> String {
        use crate::Error as E;
        if let E::InFile { file, source } = e {
            return self.msg("error-in-file", &[("file", file), ("message", &self.error(source))]);
        }
        let detail = match e {
            E::AboveTier(tier) => self.msg(&format!("tier-{tier}"), &[]),
            E::File { reason, .. } => format!("{} ({reason})", e.to_string().split(':').next().unwrap_or_default()),
            other => other.detail(),
        };
        self.error_message(e.code(), &detail, &e.args())
    }

    /// The localised message of an error known by its code, `{ $detail }` and named arguments:
    /// core's, and those of the crates built on it (the PDF's, publishing's).
    pub fn error_message(&self, code: &str, detail: &str, named: &[(&'static str, String)]) -> String {
        let min = crate::Passphrase::MIN_CHARS.to_string();
        let mut args: Vec<(&str, &str)> = vec![("detail", detail), ("min", &min)];
        args.extend(named.iter().map(|(k, v)| (*k, v.as_str())));
        self.msg(&format!("error-{code}"), &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(src: &str) -> Vec<String> {
        src.lines()
            .filter(|l| !l.starts_with([' ', '#', '.', '\t', '[', '*']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap_or_default().trim().to_string())
            .collect()
    }

    #[test]
    fn the_built_catalogues_are_the_files() {
        for (lang, _) in LANGUAGES {
            let file =
                std::fs::read_to_string(format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"))).expect("file");
            assert_eq!(ftl_source(lang), file, "{lang}");
        }
        assert_eq!(ftl_source("xx"), ftl_source("en"));
    }

    #[test]
    fn catalogues_parse_and_have_the_same_messages() {
        let en = ids(ftl_source("en"));
        assert!(en.len() > 100, "English catalogue looks truncated");
        for (lang, _) in LANGUAGES {
            let src = ftl_source(lang);
            assert!(FluentResource::try_new(src.to_string()).is_ok(), "{lang}.ftl has syntax errors");
            let mine = ids(src);
            let missing: Vec<_> = en.iter().filter(|i| !mine.contains(i)).collect();
            let extra: Vec<_> = mine.iter().filter(|i| !en.contains(i)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
        }
    }

    /// The variables each message of a catalogue uses, by message id.
    fn variables(src: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        let var = regex::Regex::new(r"\{\s*\$([a-zA-Z_][a-zA-Z0-9_-]*)").unwrap_or_else(|e| panic!("{e}"));
        let mut out = std::collections::BTreeMap::new();
        let mut current = None;
        for line in src.lines() {
            if !line.starts_with([' ', '#', '.', '\t', '[', '*']) && line.contains(" =") {
                current = line.split(" =").next().map(|i| i.trim().to_string());
            }
            if let Some(id) = &current {
                let entry: &mut std::collections::BTreeSet<String> = out.entry(id.clone()).or_default();
                entry.extend(var.captures_iter(line).map(|c| c[1].to_string()));
            }
        }
        out
    }

    #[test]
    fn every_message_uses_the_variables_english_gives_it() {
        let en = variables(ftl_source("en"));
        for (lang, _) in LANGUAGES {
            for (id, vars) in variables(ftl_source(lang)) {
                assert_eq!(Some(&vars), en.get(&id), "{lang}: {id} uses other variables than English");
            }
        }
    }

    #[test]
    fn plural_variants_follow_each_languages_rules() {
        // A count formats without errors in every language, for the numbers whose plural
        // category differs somewhere (Arabic has six).
        for (lang, _) in LANGUAGES {
            let c = Catalog::new(lang);
            for n in [0, 1, 2, 3, 11, 100, 101] {
                let text = c.count("sessions-count", "count", n);
                assert!(!text.is_empty() && !text.contains("sessions-count"), "{lang} {n}: {text}");
            }
        }
    }

    #[test]
    fn counts_use_each_languages_digits() {
        assert!(Catalog::new("ne").count("sessions-count", "count", 12).contains("१२"));
        assert!(Catalog::new("ar").count("sessions-count", "count", 12).contains("١٢"));
        assert!(Catalog::new("pt").count("sessions-count", "count", 12).contains("12"));
        assert_eq!(localize_digits("ar", "2026-03-12 14:00"), "٢٠٢٦-٠٣-١٢ ١٤:٠٠");
    }

    #[test]
    fn codes_from_the_environment_map_to_catalogues() {
        assert_eq!(supported("pt_BR.UTF-8"), Some("pt"));
        assert_eq!(supported("ar-EG"), Some("ar"));
        assert_eq!(supported("km"), Some("km"));
        assert_eq!(supported("de_DE"), None);
    }

    #[test]
    fn errors_are_localised() {
        let es = Catalog::new("es");
        let msg = es.error(&crate::Error::WrongPassphrase);
        assert!(msg.contains("contraseña"), "{msg}");
        for code in ["wrong-passphrase", "weak-passphrase", "disk-full", "not-found", "invalid-value", "store-too-new"]
        {
            for (lang, _) in LANGUAGES {
                assert_ne!(Catalog::new(lang).msg(&format!("error-{code}"), &[]), format!("error-{code}"));
            }
        }
    }
}
