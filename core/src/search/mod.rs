//! Full-text search across what was said in every session (SQLite FTS5, kept current by the
//! triggers of migration 0007), with the filters an office needs and the matched words marked.

mod arabic;
#[cfg(test)]
mod script_tests;

use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::SESSION_STATUS;
use crate::store::Store;
use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use unicode_normalization::char::is_combining_mark;

/// Most hits returned when the caller does not say.
pub const DEFAULT_LIMIT: usize = 50;
/// How many of the newest matches are ranked by relevance (all of them when there are fewer).
pub const CANDIDATES: usize = 500;
const HIT_START: char = '\u{2}';
const HIT_END: char = '\u{3}';

/// What to look for and where. Empty filters do not filter.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    /// Words to find (all of them, each also as a prefix: `organis` finds `organising`).
    pub text: String,
    /// Only sessions with this movement.
    pub movement_id: Option<RecordId>,
    /// Only sessions with a movement in this country.
    pub country: Option<String>,
    /// Only sessions on or after this date.
    pub from: Option<NaiveDate>,
    /// Only sessions on or before this date.
    pub to: Option<NaiveDate>,
    /// Only sessions with a movement for which the organisation currently plays this role.
    pub role: Option<String>,
    /// Only sessions with this status (draft, reviewed, shared_back).
    pub status: Option<String>,
    /// At most this many hits (`DEFAULT_LIMIT` when 0).
    pub limit: usize,
}

/// A piece of a snippet, matched or not.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Whether it matched the query.
    pub hit: bool,
}

/// One record that matched.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SearchHit {
    /// session, question, quote, priority, risk or support.
    pub kind: String,
    /// The record.
    pub id: String,
    /// Its session.
    pub session_id: String,
    /// The session's title.
    pub session_title: String,
    /// The session's local start.
    pub starts_at: Option<String>,
    /// The session's status.
    pub status: String,
    /// The words around the match, matched words marked.
    pub snippet: Vec<Span>,
}

impl SearchHit {
    /// The snippet as text with matches in `[brackets]`, for terminals.
    pub fn plain(&self) -> String {
        self.snippet.iter().map(|s| if s.hit { format!("[{}]", s.text) } else { s.text.clone() }).collect()
    }
}

/// The user's words as an FTS5 query: each word quoted (so `"` or `AND` are just text) and
/// matched as a prefix; all must appear.
#[cfg(test)]
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = words(text).map(|w| format!("\"{w}\"*")).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The user's words, as the index cuts them (migration 0016): letters, digits and the marks
/// that belong to a letter (Devanagari and Khmer vowel signs, Arabic vowel marks). A "word" of
/// marks alone is no word: as an empty prefix it would match everything.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|w| w.chars().any(|c| c.is_alphanumeric() && !is_combining_mark(c)))
}

/// A prefix stands for at most this many indexed words before FTS5 is left to expand it.
const MAX_EXPANSION: usize = 16;

fn spans(snippet: &str) -> Vec<Span> {
    let mut out = vec![];
    let mut hit = false;
    for part in snippet.split([HIT_START, HIT_END]) {
        if !part.is_empty() {
            out.push(Span { text: part.to_string(), hit });
        }
        hit = !hit;
    }
    // split() alternates only when markers alternate, which FTS5's snippet() guarantees.
    out
}

impl Store {
    /// Records whose text matches, best match first: the most relevant (bm25) among the
    /// [`CANDIDATES`] most recently written matches that pass the filters.
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>> {
        // A query typed decomposed (NFD, as some keyboards write) is looked for composed, as
        // text is stored (`value::normalise`).
        let text: String = unicode_normalization::UnicodeNormalization::nfc(q.text.as_str()).collect();
        let Some(query) = self.expanded_query(&text)? else { return Ok(vec![]) };
        if let Some(s) = q.status.as_deref().filter(|s| !SESSION_STATUS.contains(s)) {
            return Err(Error::InvalidValue { entity: "session".into(), field: "status".into(), reason: s.into() });
        }
        let movements = self.movements_matching(q)?;
        let limit = if q.limit == 0 { DEFAULT_LIMIT } else { q.limit };
        // Ranking every match costs time in proportion to how common the words are (a word in
        // most sessions of a large office store took 300 ms). FTS5 walks matches newest first and
        // stops at the cap; only those are ranked, then snippets are made for the few shown.
        let sql = format!(
            "SELECT search_text.rowid, bm25(search_text)
             FROM search_text JOIN search_doc d ON d.docid = search_text.rowid
             JOIN session s ON s.id = d.session_id AND s.deleted = 0
             WHERE search_text MATCH ?1
               AND (?2 IS NULL OR s.starts_at >= ?2) AND (?3 IS NULL OR s.starts_at < ?3)
               AND (?4 IS NULL OR s.status = ?4)
               {}
             ORDER BY search_text.rowid DESC LIMIT ?6",
            if movements.is_some() {
                "AND EXISTS (SELECT 1 FROM json_each(s.movement_ids) j WHERE j.value IN (SELECT value FROM json_each(?5)))"
            } else {
                "AND ?5 IS NULL"
            }
        );
        let from = q.from.map(|d| d.to_string());
        // Sessions start at a local time: "on or before the 31st" takes the whole day.
        let to = q.to.and_then(|d| d.succ_opt()).map(|d| d.to_string());
        let ids = movements.map(|m| Json::from(m).to_string());
        let mut candidates: Vec<(i64, f64)> = {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt
                .query_map(rusqlite::params![query, from, to, q.status, ids, CANDIDATES.max(limit) as i64], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        // bm25 is lower for better matches; ties go to the newer record.
        candidates.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        candidates.truncate(limit);
        // One pass over the range the chosen hits span: a MATCH constrained to a single rowid
        // still reads the whole doclist of a prefix, so fifty of them cost fifty passes. The
        // `+ 0` keeps SQLite from driving the MATCH once per chosen rowid (10× slower).
        let (Some(lo), Some(hi)) = (candidates.iter().map(|c| c.0).min(), candidates.iter().map(|c| c.0).max()) else {
            return Ok(vec![]);
        };
        let chosen: Vec<i64> = candidates.iter().map(|c| c.0).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT search_text.rowid, d.kind, d.id, d.session_id, s.title, s.starts_at, s.status,
                    snippet(search_text, 0, char(2), char(3), '…', 24)
             FROM search_text JOIN search_doc d ON d.docid = search_text.rowid
             JOIN session s ON s.id = d.session_id
             WHERE search_text MATCH ?1 AND search_text.rowid >= ?2 AND search_text.rowid <= ?3
               AND search_text.rowid + 0 IN (SELECT value FROM json_each(?4))",
        )?;
        let id = |b: Vec<u8>| RecordId::from_slice(&b).map(|i| i.to_string()).unwrap_or_default();
        let rows =
            stmt.query_map(rusqlite::params![query, lo, hi, Json::from(chosen.as_slice()).to_string()], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    SearchHit {
                        kind: r.get(1)?,
                        id: id(r.get(2)?),
                        session_id: id(r.get(3)?),
                        session_title: r.get(4)?,
                        starts_at: r.get(5)?,
                        status: r.get(6)?,
                        snippet: spans(&r.get::<_, String>(7)?),
                    },
                ))
            })?;
        let mut found: std::collections::HashMap<i64, SearchHit> = rows.collect::<rusqlite::Result<_>>()?;
        let hits: Vec<SearchHit> = chosen.iter().filter_map(|docid| found.remove(docid)).collect();
        Ok(hits)
    }

    /// The FTS5 query for the user's words, each a prefix, all required (see [`fts_query`]);
    /// `None` when no record can match. A prefix is spelled out as the indexed words it stands
    /// for when they are few: FTS5 answers `"transport"*` by merging the whole match lists of
    /// every such word before the first result (25 ms for a common word in 100k sessions), while
    /// `"transport" OR "transports"` is walked lazily, newest first, and stops at the cap.
    fn expanded_query(&self, text: &str) -> Result<Option<String>> {
        let mut groups = vec![];
        // The word list, once per search (it lives in this connection's temp schema).
        self.conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_text, 'instance')",
        )?;
        for word in words(text) {
            // An Arabic word: every form it may be written in, each a prefix (`arabic.rs`).
            if arabic::is_arabic(word) {
                let forms: Vec<String> = arabic::forms(word).iter().map(|f| format!("\"{f}\"*")).collect();
                if forms.is_empty() {
                    continue;
                }
                groups.push(format!("({})", forms.join(" OR ")));
                continue;
            }
            // The index holds unicode61 tokens; only ASCII words are folded here the same way.
            let terms = if word.is_ascii() { self.indexed_words(&word.to_ascii_lowercase())? } else { None };
            groups.push(match terms {
                Some(terms) if terms.is_empty() => return Ok(None),
                Some(terms) => {
                    format!("({})", terms.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" OR "))
                }
                None => format!("\"{word}\"*"),
            });
        }
        Ok((!groups.is_empty()).then(|| groups.join(" AND ")))
    }

    /// The indexed words that start with `prefix` (lower-case ASCII), or `None` when there are
    /// more than [`MAX_EXPANSION`]. One seek per word into the index's term list.
    fn indexed_words(&self, prefix: &str) -> Result<Option<Vec<String>>> {
        // The first string after every word with this prefix: its last letter, plus one.
        let mut end = prefix.as_bytes().to_vec();
        if let Some(last) = end.last_mut() {
            *last += 1;
        }
        let end = String::from_utf8(end).unwrap_or_default();
        let mut stmt =
            self.conn.prepare_cached("SELECT term FROM temp.search_terms WHERE term >= ?1 AND term < ?2 LIMIT 1")?;
        let mut terms: Vec<String> = vec![];
        loop {
            // Past the last word found (tokens never hold a control character), so the scan
            // starts at the next word instead of walking every instance of this one.
            let from = terms.last().map_or_else(|| prefix.to_owned(), |t| format!("{t}\u{1}"));
            let next: Option<String> = stmt.query_row(rusqlite::params![from, end], |r| r.get(0)).optional()?;
            match next {
                Some(t) if terms.len() < MAX_EXPANSION => terms.push(t),
                Some(_) => return Ok(None),
                None => return Ok(Some(terms)),
            }
        }
    }

    /// The movement ids the movement, country and role filters allow (`None`: no such filter).
    pub(crate) fn movements_matching(&self, q: &SearchQuery) -> Result<Option<Vec<String>>> {
        let country = q.country.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let role = q.role.as_deref().filter(|r| !r.is_empty());
        if q.movement_id.is_none() && country.is_none() && role.is_none() {
            return Ok(None);
        }
        // One query, not a role timeline per movement (an office has hundreds): the current
        // role is that of the latest dated role change, as in `role_timeline`.
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id FROM movement m WHERE m.deleted = 0
               AND (?1 IS NULL OR m.id = ?1)
               AND (?2 IS NULL OR trim(m.country) = ?2 COLLATE NOCASE)
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM json_each((
                     SELECT rc.roles FROM role_change rc WHERE rc.movement_id = m.id AND rc.deleted = 0
                     ORDER BY rc.date IS NULL, rc.date DESC, rc.id DESC LIMIT 1)) WHERE value = ?3))",
        )?;
        let wanted = q.movement_id.map(|m| m.as_bytes().to_vec());
        let rows = stmt.query_map(rusqlite::params![wanted, country, role], |r| r.get::<_, Vec<u8>>(0))?;
        let mut ids = vec![];
        for id in rows {
            ids.extend(RecordId::from_slice(&id?).map(|id| id.to_string()));
        }
        Ok(Some(ids))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_words_cannot_inject_query_syntax() {
        assert_eq!(fts_query("wages AND \"night"), Some("\"wages\"* \"AND\"* \"night\"*".into()));
        assert_eq!(fts_query("  -- "), None);
        assert_eq!(fts_query("salário mínimo"), Some("\"salário\"* \"mínimo\"*".into()));
        // Marks with no letter to belong to are not a word (an empty prefix matches everything).
        assert_eq!(fts_query("\u{0301} \u{064E}\u{0651}"), None);
        // Devanagari and Khmer vowel signs alone are marks too, though Rust calls them alphabetic.
        assert_eq!(fts_query("\u{093F} \u{17B6}"), None);
        assert_eq!(fts_query("नि\u{0301}"), Some("\"नि\u{0301}\"*".into()));
    }

    #[test]
    fn snippets_split_into_marked_spans() {
        let s = spans("late \u{2}wages\u{3} and \u{2}wage\u{3} theft");
        let hits: Vec<_> = s.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
        assert_eq!(hits, ["wages", "wage"]);
        assert_eq!(s.iter().map(|p| p.text.as_str()).collect::<String>(), "late wages and wage theft");
    }
}
