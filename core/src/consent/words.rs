//! Finding an erased name in text without keeping the name: an install keeps only keyed hashes
//! of the name's terms, folded by the name model (`crate::names`), so text typed elsewhere
//! before the withdrawal arrived, which reaches this install later, is scrubbed too, however
//! the name was written there. Hashes made before the name model (version 1: lower-cased words
//! split at spaces and punctuation) are still looked up the old way.

use sha2::{Digest, Sha256};
use std::collections::HashSet;

/// What replaces an erased name in text: the same in every language, so that every install
/// writes the same value.
pub const MARK: &str = "[…]";

/// The longest run of words looked up as one name ("Maria da Silva Santos").
const MAX_NAME_WORDS: usize = 4;

/// The longest term looked up, in folded characters (a name of four long words).
const MAX_TERM: usize = 64;

/// Whether `c` separates words: spaces and punctuation, including the Arabic, Devanagari and
/// Khmer marks that end phrases.
fn separates(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '۔'
                | '।'
                | '॥'
                | '។'
                | '៕'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '…'
                | '–'
                | '—'
        )
}

/// The words of `text`, as byte ranges.
fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (separates(c), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The hashing key of one install plus the hashes of the words to find.
#[derive(Debug, Clone, Default)]
pub struct Words {
    salt: Vec<u8>,
    hashes: HashSet<[u8; 32]>,
}

impl Words {
    /// An empty set hashed with `salt` (the install's own, kept in the encrypted store).
    pub fn new(salt: Vec<u8>) -> Words {
        Words { salt, hashes: HashSet::new() }
    }

    /// Adds a known hash.
    pub fn insert(&mut self, hash: [u8; 32]) {
        self.hashes.insert(hash);
    }

    /// A folded term's hash (version 2).
    fn hash_term(&self, term: &str) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(b"fieldbook-erased-name-v2\0");
        h.update(&self.salt);
        h.update(term.as_bytes());
        h.finalize().into()
    }

    fn hash(&self, words: &[&str]) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(&self.salt);
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                h.update(b" ");
            }
            h.update(w.to_lowercase().as_bytes());
        }
        h.finalize().into()
    }

    /// The hashes that find `name`: the whole name, and each part long enough to stand alone,
    /// in every form the name model looks for.
    pub fn of_name(&self, name: &str) -> Vec<[u8; 32]> {
        let mut out: Vec<[u8; 32]> = crate::names::terms(name).iter().map(|t| self.hash_term(t)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The hash that finds `name` only whole (a pseudonym: "Participant 3").
    pub fn of_whole(&self, name: &str) -> Vec<[u8; 32]> {
        if crate::names::fold_plain(name).split(' ').count() > MAX_NAME_WORDS {
            return vec![];
        }
        crate::names::whole_terms(name).iter().map(|t| self.hash_term(t)).collect()
    }

    /// `text` with every name found by a version 2 hash replaced by [`MARK`].
    fn scrub_folded(&self, text: &str) -> Option<String> {
        let folded = crate::names::fold(text);
        let mut hits: Vec<(usize, usize)> = vec![];
        for (us, ue) in crate::names::candidates(&folded, MAX_NAME_WORDS, MAX_TERM) {
            let term: String = folded.units[us..ue].iter().map(|u| u.ch).collect();
            if self.hashes.contains(&self.hash_term(&term)) {
                hits.push((folded.units[us].src.0, folded.units[ue - 1].src.1));
            }
        }
        if hits.is_empty() {
            return None;
        }
        // The longest first, none overlapping, then in order.
        hits.sort_by_key(|&(a, b)| (std::cmp::Reverse(b - a), a));
        let mut chosen: Vec<(usize, usize)> = vec![];
        for h in hits {
            if chosen.iter().all(|c| h.1 <= c.0 || h.0 >= c.1) {
                chosen.push(h);
            }
        }
        chosen.sort_unstable();
        Some(replace(text, &chosen))
    }

    /// `text` with every name this install erased replaced by [`MARK`], or `None` when it
    /// names nobody known.
    pub fn scrub(&self, text: &str) -> Option<String> {
        if self.hashes.is_empty() {
            return None;
        }
        let once = self.scrub_words(text);
        let after = once.as_deref().unwrap_or(text);
        self.scrub_folded(after).or(once)
    }

    /// `text` with every run of words that hashes to a version 1 name replaced by [`MARK`].
    fn scrub_words(&self, text: &str) -> Option<String> {
        let spans = spans(text);
        let words: Vec<&str> = spans.iter().map(|&(a, b)| &text[a..b]).collect();
        let mut hits: Vec<(usize, usize)> = vec![];
        let mut i = 0;
        while i < words.len() {
            // The longest run first, so "Maria Chan" is one mark, not two.
            let longest = (1..=MAX_NAME_WORDS.min(words.len() - i))
                .rev()
                .find(|&n| self.hashes.contains(&self.hash(&words[i..i + n])));
            match longest {
                Some(n) => {
                    hits.push((spans[i].0, spans[i + n - 1].1));
                    i += n;
                }
                None => i += 1,
            }
        }
        if hits.is_empty() {
            return None;
        }
        Some(replace(text, &hits))
    }
}

/// `text` with each of `hits` (byte ranges, in order, not overlapping) replaced by [`MARK`].
fn replace(text: &str, hits: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(a, b) in hits {
        out.push_str(&text[at..a]);
        out.push_str(MARK);
        at = b;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(names: &[&str]) -> Words {
        let mut w = Words::new(b"salt".to_vec());
        for n in names {
            for h in w.of_name(n) {
                w.insert(h);
            }
        }
        w
    }

    #[test]
    fn finds_whole_names_and_long_parts_in_any_case_and_script() {
        let w = words(&["Maria Chan", "Li Na", "فاطمة الزهراء", "សុខា"]);
        assert_eq!(w.scrub("maria chan said, and MARIA agreed").as_deref(), Some("[…] said, and […] agreed"));
        assert_eq!(w.scrub("Chan's idea").as_deref(), Some("[…]'s idea"));
        assert_eq!(w.scrub("Li Na spoke; Li did not").as_deref(), Some("[…] spoke; Li did not"));
        assert_eq!(w.scrub("قالت فاطمة، ثم").as_deref(), Some("قالت […]، ثم"));
        assert_eq!(w.scrub("សុខា។").as_deref(), Some("[…]។"));
        assert_eq!(w.scrub("Mariana and Chang"), None, "a longer word is another word");
        assert_eq!(words(&[]).scrub("Maria"), None);
    }

    #[test]
    fn another_salt_finds_nothing() {
        let a = words(&["Maria"]);
        let mut b = Words::new(b"other".to_vec());
        for h in a.of_name("x") {
            b.insert(h);
        }
        assert_eq!(b.scrub("Maria"), None);
        assert_ne!(a.of_name("Maria"), Words::new(b"other".to_vec()).of_name("Maria"));
    }
}
