//! Arabic words as people look for them. Arabic joins the article and one-letter conjunctions
//! and prepositions to the front of a word (والمدرسة: "and the school"), writes the first alef
//! with or without its hamza, and often writes a final ة as ه or ى as ي. The index keeps words
//! as written, so the query asks for every such form of the word, each as a prefix (a light
//! stemming on the query side, as Lucene's Arabic analyser does on both).

/// The article, alone or behind a conjunction or preposition, longest first. It comes off a
/// query word when two letters or more are left.
const ARTICLES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
/// What the text may have joined to the front of the word looked for.
const PREFIXES: [&str; 12] = ["", "ال", "و", "ف", "ب", "ك", "ل", "وال", "فال", "بال", "كال", "لل"];
/// "And" (و) typed joined to a query word of four letters or more is also tried off, as
/// Lucene's Arabic stemmer does; the word as typed is still asked for, so `وزارة` (ministry)
/// is found too. The other one-letter prefixes start too many words to take off.
const CONJUNCTION: char = 'و';
/// The alef forms a word may start with (bare, hamza above, hamza below, madda).
const ALEFS: [char; 4] = ['ا', 'أ', 'إ', 'آ'];
/// Endings written more than one way (ة or ه, final ى for ي): the query drops them.
const LOOSE_ENDINGS: [char; 3] = ['ة', 'ه', 'ى'];

/// Whether the word is in Arabic script.
pub(super) fn is_arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// The vowel marks (harakat), the superscript alef and the tatweel: people rarely type them.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// The word as it may be written at the end: a loose ending dropped (four letters or more, so
/// على stays على); a final ي may be written ى, which the text's other form covers.
fn endings(stem: &str) -> Vec<String> {
    let mut out = vec![stem.to_string()];
    if letters(stem) >= 4 {
        if stem.ends_with(LOOSE_ENDINGS) {
            let mut s = stem.to_string();
            s.pop();
            out = vec![s];
        } else if let Some(s) = stem.strip_suffix('ي') {
            out.push(format!("{s}ى"));
        }
    }
    out
}

/// The forms of `word` to ask the index for, each to be matched as a prefix. Empty when the
/// word has no letter (a lone vowel mark would otherwise match every word).
pub(super) fn forms(word: &str) -> Vec<String> {
    let bare: String = word.chars().filter(|&c| !is_mark(c)).collect();
    if !bare.chars().any(char::is_alphanumeric) {
        return vec![];
    }
    let mut stems = vec![ARTICLES
        .iter()
        .find_map(|a| bare.strip_prefix(a).filter(|rest| letters(rest) >= 2))
        .unwrap_or(&bare)
        .to_string()];
    // Not off وال whose article stayed on (والد, father: الد would find every "the d…").
    if stems[0] == bare && letters(&bare) >= 4 && !bare.starts_with("وال") {
        stems.extend(bare.strip_prefix(CONJUNCTION).map(str::to_string));
    }
    let heads: Vec<String> = stems
        .iter()
        .flat_map(|s| endings(s))
        .flat_map(|stem| match stem.chars().next() {
            Some(first) if ALEFS.contains(&first) => {
                let rest: String = stem.chars().skip(1).collect();
                ALEFS.iter().map(|a| format!("{a}{rest}")).collect()
            }
            _ => vec![stem],
        })
        .collect();
    // The word exactly as typed, vowel marks and all: the index keeps the marks of a text
    // written with them (محمّد).
    let typed = (bare != word).then(|| word.to_string());
    let mut out: Vec<String> = vec![];
    for f in typed.into_iter().chain(PREFIXES.iter().flat_map(|p| heads.iter().map(move |h| format!("{p}{h}")))) {
        if !out.contains(&f) {
            out.push(f);
        }
    }
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

    #[test]
    fn and_typed_on_the_word_is_tried_off_and_marks_are_kept_as_typed() {
        let f = forms("ومدرسة");
        assert!(f.contains(&"مدرس".to_string()) && f.contains(&"ومدرس".to_string()), "{f:?}");
        // Short words keep their و: ورد (roses) is not رد.
        assert!(!forms("ورد").contains(&"رد".to_string()));
        // والد (father) is not و + الد ("the d…").
        assert!(forms("والد").iter().all(|f| f.ends_with("والد")), "{:?}", forms("والد"));
        assert_eq!(forms("محمّد")[0], "محمّد");
        assert!(forms("محمّد").contains(&"محمد".to_string()));
        // A final ي is also looked for as ى, and the other way round by dropping ى.
        assert!(forms("مستشفي").contains(&"مستشفى".to_string()));
        assert_eq!(forms("مستشفى")[0], "مستشف");
        // Nothing but marks: nothing to look for.
        assert!(forms("\u{064E}\u{0651}").is_empty());
    }
}
