//! What erring towards a name costs a reader (not a test): common names of each of the seven
//! languages' countries are looked for, as the name model looks for them, in ordinary sentences
//! with no names in them (the interface's own catalogue, and the built-in question guides), and
//! in the demo data; every sentence where a name is "found" is text that a summary would scrub a
//! word of, or an export would withhold, had someone of that name been at risk.
//! Run: `make bench` or `cargo bench -p fieldbook-tests --bench names`.

use anyhow::Result;
use fieldbook_core::names::Builder;
use fieldbook_core::schema::Entity;
use fieldbook_core::tier::is_free_text;
use fieldbook_core::{Passphrase, Store};
use fieldbook_tests::workspace;
use serde_json::Value as Json;

/// Common given names where each language is spoken in Fieldbook's work.
const NAMES: [(&str, &[&str]); 7] = [
    ("en", &["Mary", "Anna", "Grace", "Joy", "Faith", "Rose", "John", "Peter", "James", "Sam"]),
    ("es", &["María", "Rosa", "Carmen", "Dolores", "Luz", "Ana", "José", "Juan", "Mercedes", "Esperanza"]),
    ("fr", &["Marie", "Fatou", "Aminata", "Awa", "Rose", "Jean", "Pierre", "Claude", "Aïssatou", "Mariam"]),
    ("pt", &["Maria", "Ana", "Graça", "Luz", "Rosa", "João", "Paulo", "Lúcia", "Fátima", "Conceição"]),
    ("ne", &["सीता", "गीता", "माया", "राम", "हरि", "कृष्ण", "बिमला", "सरिता", "लक्ष्मी", "शान्ति"]),
    ("km", &["សុខ", "សុខា", "ដារ៉ា", "ស្រីមុំ", "សុភា", "វណ្ណា", "ចាន់ធា", "រតនា", "បូរ៉ា", "សំណាង"]),
    ("ar", &["فاطمة", "أحمد", "محمد", "علي", "نور", "سلمى", "حسن", "أمل", "سعاد", "خديجة"]),
];

/// The catalogue's messages: ordinary sentences of the language, with no one's name in them.
fn catalogue(lang: &str) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(workspace().join(format!("core/locales/{lang}.ftl")))?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && !l.starts_with('-'))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
        .collect())
}

fn main() -> Result<()> {
    println!("names found in text with no names (each a sentence withheld or scrubbed for nothing):");
    for (lang, names) in NAMES {
        let sentences = catalogue(lang)?;
        let mut b = Builder::new();
        for n in names {
            b.name(n, *n);
        }
        let model = b.build();
        let mut by_name: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        let mut hit = 0;
        for s in &sentences {
            let found = model.hits(s);
            if !found.is_empty() {
                hit += 1;
                for h in found {
                    *by_name.entry(h.payloads[0]).or_default() += 1;
                }
            }
        }
        let share = 100.0 * hit as f64 / sentences.len().max(1) as f64;
        let worst: Vec<String> = by_name.iter().map(|(n, c)| format!("{n} {c}")).collect();
        println!("  {lang}: {hit} of {} sentences ({share:.1}%); by name: {}", sentences.len(), worst.join(", "));
    }
    // The demo data: what an office's store of generated sessions withholds through names.
    let dir = tempfile::tempdir()?;
    let mut store = Store::init(dir.path(), &Passphrase::new("benchmark passphrase words"))?;
    fieldbook_core::demo::generate(&mut store, 120, 7)?;
    let names = store.mentions()?;
    let (mut texts, mut withheld) = (0, 0);
    for e in Entity::ALL {
        for r in store.list(e)? {
            let session = if e == Entity::Session { r.get("id") } else { r.get("session_id") };
            let m = names.of(session.and_then(Json::as_str));
            for f in e.fields().iter().filter(|f| is_free_text(e, f.name)) {
                if let Some(text) = r.get(f.name).and_then(Json::as_str).filter(|t| !t.is_empty()) {
                    texts += 1;
                    withheld += usize::from(m.tier_of(text) > fieldbook_core::tier::Tier::ShareBack);
                }
            }
        }
    }
    println!("demo data (120 sessions): {withheld} of {texts} texts take a name's tier");
    Ok(())
}
