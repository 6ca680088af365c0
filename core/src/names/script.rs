//! What each script lets a name be joined to, so a match can start or end inside a word: Arabic
//! joins conjunctions, prepositions and the article to the front of a name (وفاطمة, "and
//! Fatima"); Nepali joins its postpositions to the end (सीतालाई, "to Sita"); Khmer, Thai, Lao
//! and Myanmar put no spaces between words at all, so a name is looked for anywhere a
//! character cluster starts or ends.

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};

/// How a script joins words to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Words are separated by spaces or punctuation (Latin, Cyrillic, Greek, …).
    Spaced,
    /// Arabic script: proclitics joined to the front.
    Arabic,
    /// Indic scripts written with spaces, whose postpositions and suffixes join the end
    /// (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
    /// Sinhala).
    Suffixing,
    /// Scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, the
    /// Tai scripts, and CJK.
    Unspaced,
}

/// The script class of a character.
pub fn of(c: char) -> Script {
    match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Script::Arabic,
        '\u{0900}'..='\u{0DFF}' | '\u{A8E0}'..='\u{A8FF}' => Script::Suffixing,
        '\u{0E00}'..='\u{0FFF}'
        | '\u{1000}'..='\u{109F}'
        | '\u{1780}'..='\u{17FF}'
        | '\u{19E0}'..='\u{19FF}'
        | '\u{1950}'..='\u{19DF}'
        | '\u{1A20}'..='\u{1AAF}'
        | '\u{AA60}'..='\u{AADF}'
        | '\u{A9E0}'..='\u{A9FF}'
        | '\u{2E80}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}' => Script::Unspaced,
        _ => Script::Spaced,
    }
}

/// What the Arabic script joins to the front of a name, folded (the article's alef needs no
/// variants: folding made every alef bare): an optional conjunction (و, ف), an optional
/// preposition (ب, ك, ل) and an optional article (ال; ل + ال is written لل).
pub fn arabic_proclitics() -> Vec<String> {
    let mut out = vec![];
    for conj in ["", "و", "ف"] {
        for prep in ["", "ب", "ك", "ل"] {
            for article in ["", "ال"] {
                let joined =
                    if prep == "ل" && article == "ال" { "لل".to_string() } else { format!("{prep}{article}") };
                let p = format!("{conj}{joined}");
                if !p.is_empty() && !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }
    out
}

/// Whether a character cluster may end before `next` after `prev`: `next` is no mark or joiner
/// of the cluster, and `prev` is no virama or coeng binding the next consonant to it.
pub fn cluster_boundary(prev: Option<char>, next: Option<char>) -> bool {
    let binds = prev.is_some_and(|p| canonical_combining_class(p) == 9 || p == '\u{200D}');
    let joins = next.is_some_and(|n| is_combining_mark(n) || n == '\u{200D}');
    !binds && !joins
}
