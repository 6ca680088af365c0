//! Arabic words as people look for them. Arabic joins the article and one-letter conjunctions
//! and prepositions to the front of a word (والمدرسة: "and the school"), writes the first alef
//! with or without its hamza, and often writes a final ة as ه or ى as ي. The index keeps words
//! as written, so the query asks for every such form of the word, each as a prefix (a light
//! stemming on the query side, as Lucene's Arabic analyser does on both).

/// What can join the front of a word, longest first: the article with a conjunction or
/// preposition before it, the article alone, and the one-letter ones (for these the word itself
/// is tried too, so `بيت`, house, is never read as ب + يت).
const ARTICLES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
const PREFIXES: [&str; 12] = ["", "ال", "و", "ف", "ب", "ك", "ل", "وال", "فال", "بال", "كال", "لل"];
/// The alef forms a word may start with (bare, hamza above, hamza below, madda).
const ALEFS: [char; 4] = ['ا', 'أ', 'إ', 'آ'];
/// Endings written more than one way (ة or ه, ى or ي): the query drops them.
const LOOSE_ENDINGS: [char; 3] = ['ة', 'ه', 'ى'];

/// Whether the word is in Arabic script.
pub(super) fn is_arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// The vowel marks (harakat), the superscript alef and the tatweel: people rarely type them.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The forms of `word` to ask the index for, each to be matched as a prefix.
pub(super) fn forms(word: &str) -> Vec<String> {
    let bare: String = word.chars().filter(|&c| !is_mark(c)).collect();
    let letters = |s: &str| s.chars().count();
    // The article (with what joins it) is taken off when a word of two letters or more is left.
    let mut stem = ARTICLES
        .iter()
        .find_map(|a| bare.strip_prefix(a).filter(|rest| letters(rest) >= 2))
        .unwrap_or(&bare)
        .to_string();
    if letters(&stem) >= 4 && stem.ends_with(LOOSE_ENDINGS) {
        stem.pop();
    }
    let heads: Vec<String> = match stem.chars().next() {
        Some(first) if ALEFS.contains(&first) => {
            let rest: String = stem.chars().skip(1).collect();
            ALEFS.iter().map(|a| format!("{a}{rest}")).collect()
        }
        _ => vec![stem],
    };
    let mut out: Vec<String> = PREFIXES.iter().flat_map(|p| heads.iter().map(move |h| format!("{p}{h}"))).collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_and_a_loose_ending_come_off_the_query() {
        let f = forms("والمدرسة");
        assert!(f.contains(&"مدرس".to_string()) && f.contains(&"للمدرس".to_string()), "{f:?}");
        // One-letter words that look like prefixes stay whole.
        assert_eq!(forms("بيت")[0], "بيت");
        // A short word keeps its ending: على is not عل.
        assert_eq!(forms("على")[0], "على");
        // Every alef form, behind every prefix.
        let f = forms("أحمد");
        assert!(["احمد", "إحمد", "وأحمد", "والاحمد"].iter().all(|w| f.contains(&w.to_string())), "{f:?}");
        assert_eq!(f.len(), PREFIXES.len() * ALEFS.len());
    }
}
