//! How each participant may be named for an audience, and a scrubber that takes the names of
//! people who must not be named out of free text too: facilitators type "Maria said…" in the
//! notes, and a share-back sheet must not carry it to a checkpoint.

use super::Audience;
use crate::consent::Scope;
use crate::i18n::Catalog;
use crate::schema::Entity;
use crate::schema::Record;
use crate::tier::{field_tier, Facts};
use crate::RecordId;
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// How one participant appears in a summary.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The name, pseudonym or "A participant".
    pub label: String,
    /// Whether `label` is their real name.
    pub named: bool,
    /// Whether `label` tells them apart from others (a name or a pseudonym).
    pub identifiable: bool,
}

/// The participants of one session, as they may be named for one audience.
pub struct People {
    shown: Vec<(Option<Json>, Shown)>,
    hidden: Vec<(String, String)>,
    visible_names: Vec<String>,
    /// The words that replace a name nobody may see.
    pub someone: String,
}

/// A text field, trimmed; empty when absent.
pub(super) fn text<'a>(r: &'a Record, field: &str) -> &'a str {
    r.get(field).and_then(Json::as_str).unwrap_or_default().trim()
}

/// A boolean field; false when absent.
pub(super) fn flag(r: &Record, field: &str) -> bool {
    r.get(field).and_then(Json::as_bool).unwrap_or(false)
}

impl People {
    /// Decides, once per participant, how they may be named. Someone who withdrew consent to be
    /// recorded (`withdrawn`) is "a participant (consent withdrawn)", whatever is left of them.
    pub fn new(
        list: &[Record],
        session: &Record,
        audience: Audience,
        cat: &Catalog,
        withdrawn: &BTreeMap<RecordId, Scope>,
    ) -> People {
        let anonymous = cat.msg("a-participant", &[]);
        let gone = cat.msg("a-participant-withdrawn", &[]);
        let someone = cat.msg("summary-someone", &[]);
        let mut people = People { shown: vec![], hidden: vec![], visible_names: vec![], someone: someone.clone() };
        for p in list {
            let facts = Facts::of(p, Some(session));
            let may = |field: &str| field_tier(Entity::Participant, field, &facts) <= audience.tier();
            let (name, pseudonym) = (text(p, "name"), if may("pseudonym") { text(p, "pseudonym") } else { "" });
            let may_name = may("name");
            let id = p.get("id").and_then(Json::as_str).and_then(|s| s.parse::<RecordId>().ok());
            let scope = id.and_then(|id| withdrawn.get(&id)).copied();
            let shown = if scope == Some(Scope::All) || (scope == Some(Scope::Named) && pseudonym.is_empty()) {
                Shown { label: gone.clone(), named: false, identifiable: false }
            } else if may_name && !name.is_empty() && scope.is_none_or(|s| !s.covers_name()) {
                Shown { label: name.into(), named: true, identifiable: true }
            } else if !pseudonym.is_empty() {
                Shown { label: pseudonym.into(), named: false, identifiable: true }
            } else {
                Shown { label: anonymous.clone(), named: false, identifiable: false }
            };
            let aliases = crate::tier::aliases(p);
            if shown.named {
                people.visible_names.push(name.to_string());
                people.visible_names.extend(aliases);
            } else {
                let instead = if pseudonym.is_empty() { someone.clone() } else { pseudonym.to_string() };
                for n in std::iter::once(name.to_string()).chain(aliases).filter(|n| !n.trim().is_empty()) {
                    people.hidden.push((n, instead.clone()));
                }
            }
            people.shown.push((p.get("id").cloned(), shown));
        }
        people
    }

    /// How participant record `p` appears.
    pub fn shown(&self, p: &Record) -> Shown {
        let id = p.get("id").cloned();
        self.shown.iter().find(|(i, _)| *i == id).map(|(_, s)| s.clone()).unwrap_or(Shown {
            label: String::new(),
            named: false,
            identifiable: false,
        })
    }
}

/// What a name found in text becomes.
#[derive(Debug, Clone)]
enum Rule {
    /// A name that may not be shown, and what replaces it.
    Hide(String),
    /// Someone named openly, whole: kept as typed, even where it contains a hidden name's part.
    Keep,
}

/// Replaces the names of people who must not be named, wherever and however they were typed
/// (`crate::names`).
pub struct Scrubber {
    names: crate::names::Names<Rule>,
}

impl Scrubber {
    /// Rules for every hidden name of the session (whole, and each part long enough to stand
    /// alone) and every restricted name of the store (`elsewhere`: people at risk are mentioned
    /// in sessions they did not attend); a name shown openly, whole, is kept.
    pub fn new(people: &People, elsewhere: &[String], someone: &str) -> Scrubber {
        let mut b = crate::names::Builder::new();
        for (name, instead) in &people.hidden {
            b.name(name, Rule::Hide(instead.clone()));
        }
        for name in elsewhere {
            b.name(name, Rule::Hide(someone.to_string()));
        }
        for name in &people.visible_names {
            b.whole(name, Rule::Keep);
        }
        Scrubber { names: b.build() }
    }

    /// `s` with every hidden name replaced.
    pub fn clean(&self, s: &str) -> String {
        let replaced = self.names.replace(s, |rules, typed| {
            // A hidden name wins a tie with an open one spelled the same.
            match rules.iter().find_map(|r| if let Rule::Hide(i) = r { Some(i) } else { None }) {
                Some(instead) => instead.clone(),
                None => typed.to_string(),
            }
        });
        replaced.unwrap_or_else(|| s.to_string())
    }
}
