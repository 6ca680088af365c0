//! Text folded the way names are compared: every form a person may type of the same name ends
//! as the same characters, and each folded character remembers where it came from, so a match
//! found in the folded text is replaced in the text as typed.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The separator between words in folded text; a folded text starts and ends with one.
pub const SPACE: char = ' ';

/// One character of folded text and the bytes of the original text it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// Where it starts in the folded string.
    pub at: usize,
    /// The character.
    pub ch: char,
    /// The bytes of the original text it came from (with any ignored characters after it).
    pub src: (usize, usize),
}

/// A text folded for comparison: ` word word … ` with single spaces, and its units.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// One unit per character of `text`.
    pub units: Vec<Unit>,
}

/// Characters that change nothing a reader sees, or only how letters join: zero-width spaces
/// and joiners, bidi controls, the soft hyphen, the Arabic tatweel, variation selectors. A name
/// typed with one inside (by a keyboard, a copy from a chat, or on purpose) is the same name.
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{0640}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// Whether a mark is dropped: accents on Latin, Greek and Cyrillic letters (people type José
/// and Jose alike), Arabic and Hebrew vowel marks and the hamza that NFKD takes off its alef,
/// and the Devanagari nukta and Khmer signs often left out. The vowel signs and viramas of
/// Indic and South-East Asian scripts are letters of the word and stay.
fn drops_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}'
        | '\u{093C}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Letters written more than one way for the same sound: Arabic's alef wasla, ta marbuta and
/// alef maqsura, the Persian yeh and kaf Arabic keyboards also make; Devanagari's candrabindu
/// for the anusvara.
fn letter_variant(c: char) -> char {
    match c {
        'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' | 'ی' | 'ې' => 'ي',
        'ک' => 'ك',
        'ە' => 'ه',
        '\u{0901}' => '\u{0902}',
        other => other,
    }
}

/// Whether `c` is part of a word once folded.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Folds `text`: NFKC's compatibility forms (full-width letters, ligatures, presentation
/// forms), full case folding, ignorable characters and dropped marks left out, letter
/// variants made one, and every run of other characters (spaces, punctuation, digits' neighbours)
/// made one space.
pub fn fold(text: &str) -> Folded {
    let mut out = Folded { text: String::with_capacity(text.len() + 2), units: Vec::with_capacity(text.len() + 2) };
    let push = |out: &mut Folded, ch: char, src: (usize, usize)| {
        out.units.push(Unit { at: out.text.len(), ch, src });
        out.text.push(ch);
    };
    push(&mut out, SPACE, (0, 0));
    for (i, c) in text.char_indices() {
        let src = (i, i + c.len_utf8());
        let mut produced = false;
        if !is_ignorable(c) {
            let mut parts: Vec<char> = Vec::with_capacity(4);
            decompose_compatible(c, |d| parts.push(d));
            for d in parts {
                if is_combining_mark(d) {
                    if drops_mark(d) {
                        continue;
                    }
                    push(&mut out, d, src);
                    produced = true;
                    continue;
                }
                for f in caseless::default_case_fold_str(d.encode_utf8(&mut [0; 4])).chars() {
                    if is_combining_mark(f) && drops_mark(f) {
                        continue;
                    }
                    let f = letter_variant(f);
                    if is_word_char(f) {
                        push(&mut out, f, src);
                    } else if out.units.last().is_some_and(|u| u.ch != SPACE) {
                        push(&mut out, SPACE, src);
                    } else if let Some(last) = out.units.last_mut() {
                        last.src.1 = src.1;
                    }
                    produced = true;
                }
            }
        }
        if !produced {
            // An ignored character belongs with what came before it (a mark after its letter).
            if let Some(last) = out.units.last_mut().filter(|u| u.ch != SPACE) {
                last.src.1 = src.1;
            }
        }
    }
    if out.units.last().is_some_and(|u| u.ch != SPACE) {
        push(&mut out, SPACE, (text.len(), text.len()));
    }
    out
}

/// `name` folded, without the spaces around it: the form patterns are compared in.
pub fn fold_plain(name: &str) -> String {
    fold(name).text.trim_matches(SPACE).to_string()
}

/// The folded words of a name.
pub fn words(name: &str) -> Vec<String> {
    fold(name).text.split(SPACE).filter(|w| !w.is_empty()).map(str::to_string).collect()
}
