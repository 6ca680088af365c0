//! One model of how a person's name is written, used wherever Fieldbook looks for a name in
//! text: the tier of free text that mentions someone (`tier::Mentions`), the summary's scrubber,
//! a withdrawal's erasure, the egress gate and the sign-in sheet. A name is found however it
//! was typed: composed or decomposed accents, any case, with zero-width or bidi characters
//! inside, Arabic with its proclitics or any alef, Nepali with a postposition joined to it, and
//! Khmer, Thai, Lao or Myanmar written without spaces (docs/names.md).
//!
//! The model errs towards finding a name: a text that only looks as if it names someone is
//! withheld or scrubbed (what that costs a reader is measured in docs/names.md), never the
//! other way round.

mod fold;
mod script;
#[cfg(test)]
mod tests;

pub use fold::{fold, fold_plain, is_ignorable, Folded};

use aho_corasick::{AhoCorasick, MatchKind};
use fold::SPACE;
use script::{cluster_boundary, Script};
use std::collections::HashMap;

/// A name or query as it is kept: composed (NFC), without the invisible characters that would
/// hide it from a reader (zero-width, bidi and other ignorables), spaces made single. What a
/// sign-in sheet brings in and what search looks for.
pub fn tidy(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let visible: String = text.chars().filter(|c| !is_ignorable(*c) || matches!(c, '\u{200C}' | '\u{200D}')).collect();
    visible.nfc().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parts of a name shorter than this (in characters, once folded) are looked for only as part
/// of the whole name: "Li" alone would match too much unrelated text.
pub const MIN_PART: usize = 3;

/// The terms that find `name`: the whole name (also without spaces when it is written in a
/// script without them), each part long enough to stand alone, and an Arabic part also without
/// its article (الزهراء is written زهراء too).
pub fn terms(name: &str) -> Vec<String> {
    let mut out = whole_terms(name);
    for w in fold::words(name) {
        if w.chars().count() >= MIN_PART {
            out.push(w.clone());
        }
        if let Some(bare) = w.strip_prefix("ال").filter(|b| b.chars().count() >= MIN_PART) {
            out.push(bare.to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The terms that find `name` only whole (a pseudonym: "Participant 3").
pub fn whole_terms(name: &str) -> Vec<String> {
    let words = fold::words(name);
    if words.is_empty() {
        return vec![];
    }
    let mut out = vec![words.join(" ")];
    // Run together: as scripts without spaces write it, and as a handle or a hashtag would
    // ("DoloresQuispe").
    if words.len() > 1 {
        out.push(words.concat());
    }
    out
}

/// The parts of `name` that stand alone, folded (see [`terms`]).
pub fn parts(name: &str) -> Vec<String> {
    fold::words(name).into_iter().filter(|w| w.chars().count() >= MIN_PART).collect()
}

/// Names to look for, each term with what the caller attaches to it (a tier, a replacement).
#[derive(Debug, Clone)]
pub struct Builder<T> {
    terms: Vec<(String, T)>,
}

impl<T> Default for Builder<T> {
    fn default() -> Self {
        Builder { terms: vec![] }
    }
}

impl<T: Clone> Builder<T> {
    /// An empty set.
    pub fn new() -> Builder<T> {
        Builder::default()
    }

    /// Looks for `name` whole and by its parts ([`terms`]).
    pub fn name(&mut self, name: &str, payload: T) -> &mut Self {
        for t in terms(name) {
            self.terms.push((t, payload.clone()));
        }
        self
    }

    /// Looks for `name` only whole.
    pub fn whole(&mut self, name: &str, payload: T) -> &mut Self {
        for t in whole_terms(name) {
            self.terms.push((t, payload.clone()));
        }
        self
    }

    /// Looks for one term already folded (from [`terms`], [`parts`] or [`whole_terms`]).
    pub fn term(&mut self, folded: &str, payload: T) -> &mut Self {
        if !folded.is_empty() {
            self.terms.push((folded.to_string(), payload));
        }
        self
    }

    /// The matcher.
    pub fn build(&self) -> Names<T> {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<&str> = vec![];
        let mut payloads: Vec<Vec<T>> = vec![];
        for (t, p) in &self.terms {
            let i = *index.entry(t.as_str()).or_insert_with(|| {
                patterns.push(t);
                payloads.push(vec![]);
                patterns.len() - 1
            });
            payloads[i].push(p.clone());
        }
        let ends = patterns.iter().map(|p| p.chars().last()).collect();
        let ac = (!patterns.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::Standard).build(&patterns).ok())
            .flatten();
        Names { ac, payloads, ends, proclitics: script::arabic_proclitics() }
    }
}

/// A built set of names to look for.
#[derive(Debug, Clone)]
pub struct Names<T> {
    ac: Option<AhoCorasick>,
    payloads: Vec<Vec<T>>,
    ends: Vec<Option<char>>,
    proclitics: Vec<String>,
}

impl<T> Default for Names<T> {
    fn default() -> Self {
        Names { ac: None, payloads: vec![], ends: vec![], proclitics: vec![] }
    }
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a, T> {
    /// The bytes of the text as typed that hold it.
    pub range: (usize, usize),
    /// What was attached to the term found (several when several names share it).
    pub payloads: &'a [T],
}

impl<T> Names<T> {
    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.ac.is_none()
    }

    /// Every name found in `text`, overlapping ones included, in order of where they end.
    pub fn hits(&self, text: &str) -> Vec<Hit<'_, T>> {
        let Some(ac) = &self.ac else { return vec![] };
        if text.is_empty() {
            return vec![];
        }
        let folded = fold::fold(text);
        self.hits_in(ac, &folded)
    }

    /// Whether `text` names anyone.
    pub fn found_in(&self, text: &str) -> bool {
        !self.hits(text).is_empty()
    }

    fn hits_in(&self, ac: &AhoCorasick, folded: &Folded) -> Vec<Hit<'_, T>> {
        let unit_at = |byte: usize| folded.units.binary_search_by_key(&byte, |u| u.at).ok();
        let mut out = vec![];
        for m in ac.find_overlapping_iter(&folded.text) {
            let (Some(us), Some(ue)) = (unit_at(m.start()), unit_at(m.end())) else { continue };
            if us == 0 || ue <= us {
                continue;
            }
            let Some(last) = self.ends[m.pattern().as_usize()] else { continue };
            let next = folded.units[ue].ch;
            if starts_ok(folded, us, &self.proclitics) && ends_ok(last, next) {
                let range = (folded.units[us].src.0, folded.units[ue - 1].src.1);
                out.push(Hit { range, payloads: &self.payloads[m.pattern().as_usize()] });
            }
        }
        out
    }
}

/// Whether a name may start at unit `us` of `folded`: at a word's start, after another script,
/// after an Arabic proclitic, or at a cluster boundary in a script without spaces.
fn starts_ok(folded: &Folded, us: usize, proclitics: &[String]) -> bool {
    let (Some(prev), Some(first)) = (us.checked_sub(1).map(|i| folded.units[i].ch), folded.units.get(us).map(|u| u.ch))
    else {
        return false;
    };
    if first == SPACE {
        return false;
    }
    // A digit beside a letter is a boundary too ("Dolores2").
    if prev == SPACE || prev.is_numeric() || script::of(prev) != script::of(first) && !is_mark(prev) {
        return true;
    }
    match script::of(first) {
        Script::Unspaced => cluster_boundary(Some(prev), Some(first)),
        Script::Arabic => {
            let word_start = folded.units[..us].iter().rposition(|u| u.ch == SPACE).map_or(0, |i| i + 1);
            let prefix: String = folded.units[word_start..us].iter().map(|u| u.ch).collect();
            proclitics.contains(&prefix)
        }
        _ => false,
    }
}

/// Whether a match may end before `next`: at a word's end, before another script, or at a
/// cluster boundary in a script that joins suffixes or has no spaces.
fn ends_ok(last: char, next: char) -> bool {
    if next == SPACE || next.is_numeric() || script::of(next) != script::of(last) && !is_mark(next) {
        return true;
    }
    match script::of(last) {
        Script::Suffixing | Script::Unspaced => cluster_boundary(Some(last), Some(next)),
        _ => false,
    }
}

/// Every stretch of `folded` (as unit ranges) that could be a name of at most `max_words`
/// words and `max_units` characters, starting and ending where [`Names::hits`] lets a name
/// start and end: what a set of hashed names is looked up with.
pub fn candidates(folded: &Folded, max_words: usize, max_units: usize) -> Vec<(usize, usize)> {
    let proclitics = script::arabic_proclitics();
    let units = &folded.units;
    let mut out = vec![];
    for us in 1..units.len() {
        if !starts_ok(folded, us, &proclitics) {
            continue;
        }
        let mut words = 1;
        for ue in us + 1..units.len().min(us + max_units + 1) {
            let (last, next) = (units[ue - 1].ch, units[ue].ch);
            if last == SPACE {
                continue;
            }
            if ends_ok(last, next) {
                out.push((us, ue));
            }
            if next == SPACE {
                words += 1;
                if words > max_words {
                    break;
                }
            }
        }
    }
    out
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

impl<T> Names<T> {
    /// `text` with every name replaced by what `replacement` makes of the payloads of its term
    /// and the text it replaces: the longest names first, none overlapping. `None` when it names
    /// nobody.
    pub fn replace(&self, text: &str, replacement: impl Fn(&[T], &str) -> String) -> Option<String> {
        let chosen = self.longest(text);
        if chosen.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut last: Option<String> = None;
        for h in chosen {
            let gap = &text[at..h.range.0];
            let instead = replacement(h.payloads, &text[h.range.0..h.range.1]);
            // One person's given and family names side by side ("Chan Maria", or written as
            // one word in Khmer) are one mention: replaced once.
            if last.as_deref() == Some(instead.as_str())
                && gap.chars().all(char::is_whitespace)
                && instead != text[h.range.0..h.range.1]
            {
                at = h.range.1;
                continue;
            }
            out.push_str(gap);
            out.push_str(&instead);
            last = Some(instead);
            at = h.range.1;
        }
        out.push_str(&text[at..]);
        Some(out)
    }

    /// The hits a reader sees as names: the longest first, none overlapping, in text order.
    pub fn longest(&self, text: &str) -> Vec<Hit<'_, T>> {
        let mut hits = self.hits(text);
        hits.sort_by_key(|h| (std::cmp::Reverse(h.range.1 - h.range.0), h.range.0));
        let mut chosen: Vec<Hit<'_, T>> = vec![];
        for h in hits {
            if chosen.iter().all(|c| h.range.1 <= c.range.0 || h.range.0 >= c.range.1) {
                chosen.push(h);
            }
        }
        chosen.sort_by_key(|h| h.range.0);
        chosen
    }
}
