//! The pseudo-locale `en-XA` (as Android and Chromium have it): English with every letter
//! accented, each line of text bracketed and lengthened by 40%. A test switches the interface to
//! it and finds any text that did not come from the catalogue (it has no accents) and any that
//! overflows its button when a language runs longer than English.

use std::sync::OnceLock;

/// The pseudo-locale's code.
pub const PSEUDO: &str = "en-XA";

/// The catalogue of the pseudo-locale made from `english` (the English one), once: the
/// catalogues ask for it (`i18n::ftl_source`), so this module needs nothing of theirs.
pub fn source(english: impl FnOnce() -> &'static str) -> &'static str {
    static MADE: OnceLock<String> = OnceLock::new();
    MADE.get_or_init(|| pseudo_ftl(english()))
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "áƀçđéƒĝĥíĵķļɱñóþǫŕšťúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŤÚṼŴẊÝŽ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

/// Accents the text of one line outside `{ … }` (placeables and selectors stay as they are),
/// then brackets it and pads it by 40% of its letters.
fn pseudo_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut depth = 0usize;
    let mut letters = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && c.is_ascii_alphabetic() {
            letters += 1;
            out.push(accent(c));
        } else {
            out.push(c);
        }
    }
    if letters == 0 {
        return out;
    }
    // A line that opens a selector (`{ $n ->`) ends inside it: the padding goes before it.
    let (text, open) = match out.rfind('{') {
        Some(at) if depth > 0 => (out[..at].trim_end().to_string(), format!(" {}", &out[at..])),
        _ => (out.clone(), String::new()),
    };
    let pad = "·".repeat((letters * 2).div_ceil(5));
    format!("[{text} {pad}]{open}")
}

/// The pseudo-locale's catalogue from the English one, line by line: message values, variant
/// values and continuation lines are transformed; ids, comments, selectors' keys and closing
/// braces are kept.
fn pseudo_ftl(en: &str) -> String {
    let mut out = String::with_capacity(en.len() * 2);
    for line in en.lines() {
        let trimmed = line.trim_start();
        let new = if line.starts_with('#') || trimmed.is_empty() || trimmed.starts_with('}') {
            line.to_string()
        } else if !line.starts_with(' ') {
            match line.split_once(" = ") {
                Some((id, value)) => format!("{id} = {}", pseudo_text(value)),
                None => line.to_string(),
            }
        } else if let Some(at) = trimmed.find(']').filter(|_| trimmed.starts_with('[') || trimmed.starts_with("*[")) {
            let indent = &line[..line.len() - trimmed.len()];
            format!("{indent}{} {}", &trimmed[..=at], pseudo_text(trimmed[at + 1..].trim_start()))
        } else {
            let indent = &line[..line.len() - trimmed.len()];
            format!("{indent}{}", pseudo_text(trimmed))
        };
        out.push_str(&new);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn every_message_is_accented_and_longer_and_still_valid_fluent() {
        let c = Catalog::new(PSEUDO);
        let en = Catalog::new("en");
        for (id, args) in
            [("unlock-button", vec![]), ("publish-done", vec![("written", "3"), ("removed", "1"), ("total", "9")])]
        {
            let (p, e) = (c.msg(id, &args), en.msg(id, &args));
            assert!(p.starts_with('[') && p.chars().any(|c| accent(c) != c || "áéíóúÚ".contains(c)), "{id}: {p}");
            assert!(p.chars().count() >= e.chars().count() * 13 / 10, "{id}: {p} vs {e}");
            assert!(!p.contains("{ $") && args.iter().all(|(_, v)| p.contains(v)), "{id}: {p}");
        }
        // Plural selectors survive.
        assert!(c.count("sessions-count", "count", 1).starts_with('['));
        assert!(fluent_bundle::FluentResource::try_new(source(|| crate::i18n::ftl_source("en")).to_string()).is_ok());
        assert_eq!(crate::i18n::ftl_source(PSEUDO), source(|| crate::i18n::ftl_source("en")));
    }
}
