//! The localisation catalogue (Project Fluent). The same `.ftl` files serve the CLI, printed
//! summaries and the UI (which formats them with @fluent/bundle).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Languages with a complete catalogue, as (code, name in that language).
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("es", "Español"), ("fr", "Français")];

/// The Fluent source of a language's catalogue; unknown codes get English.
pub fn ftl_source(lang: &str) -> &'static str {
    match lang {
        "es" => include_str!("../locales/es.ftl"),
        "fr" => include_str!("../locales/fr.ftl"),
        _ => include_str!("../locales/en.ftl"),
    }
}

/// A catalogue for one language, falling back to English for any missing message.
pub struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
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
        Catalog { bundles }
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
    /// (`[one]`, `[other]`) are chosen by the language's rules.
    pub fn count(&self, id: &str, name: &str, n: usize) -> String {
        let mut fargs = FluentArgs::new();
        fargs.set(name, FluentValue::from(n));
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            }
        }
        id.to_string()
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
        let min = crate::Passphrase::MIN_CHARS.to_string();
        let named = e.args();
        let mut args: Vec<(&str, &str)> = vec![("detail", &detail), ("min", &min)];
        args.extend(named.iter().map(|(k, v)| (*k, v.as_str())));
        self.msg(&format!("error-{}", e.code()), &args)
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
