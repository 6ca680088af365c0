//! Sensitivity tiers: who may see each recorded field. One rule table, used by every output (the
//! share-back summary, table exports, bundles and the export preview), so that no output can
//! disagree with another about what is restricted.

use crate::schema::Entity;
use crate::schema::Record;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// How widely a piece of information may travel, from least to most sensitive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// May go back to the participants (the share-back summary).
    ShareBack,
    /// Organisation staff only.
    Internal,
    /// Risk details and the identity of people at risk: only to those cleared for it.
    Restricted,
}

/// Record kinds that carry a per-item `tier` field.
pub fn has_tier_field(entity: Entity) -> bool {
    !matches!(entity, Entity::Guide | Entity::GuideQuestion | Entity::Withdrawal | Entity::WithdrawalAck)
}

impl Tier {
    /// All tiers, least sensitive first.
    pub const ALL: [Tier; 3] = [Tier::ShareBack, Tier::Internal, Tier::Restricted];

    /// The code stored and used in JSON (`share_back`, `internal`, `restricted`).
    pub fn code(self) -> &'static str {
        match self {
            Tier::ShareBack => "share_back",
            Tier::Internal => "internal",
            Tier::Restricted => "restricted",
        }
    }

    /// Parses a code; the command line's `share-back` spelling is accepted too.
    pub fn parse(s: &str) -> Option<Tier> {
        match s.trim() {
            "share_back" | "share-back" => Some(Tier::ShareBack),
            "internal" => Some(Tier::Internal),
            "restricted" => Some(Tier::Restricted),
            _ => None,
        }
    }
}

impl std::fmt::Display for Tier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The facts about one record that decide the tiers of its fields.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// The item's own `tier` choice (`None` for `default`).
    pub item: Option<Tier>,
    /// The enclosing session's own choice, for records inside a session.
    pub parent: Option<Tier>,
    /// A participant marked at risk.
    pub at_risk: bool,
    /// A participant who agreed to be named.
    pub consent_named: bool,
}

impl Facts {
    /// Reads the facts from a record (and its session, for records inside one).
    pub fn of(record: &Record, session: Option<&Record>) -> Facts {
        let choice = |r: &Record| r.get("tier").and_then(Json::as_str).and_then(Tier::parse);
        let flag = |f: &str| record.get(f).and_then(Json::as_bool).unwrap_or(false);
        Facts {
            item: choice(record),
            parent: session.and_then(choice),
            at_risk: flag("at_risk"),
            consent_named: flag("consent_named"),
        }
    }
}

/// The tier of a record as a whole: its own choice or its kind's default, never below its
/// session's choice. A record above an output's tier is left out of it entirely.
pub fn record_tier(entity: Entity, facts: &Facts) -> Tier {
    let default = match entity {
        Entity::Risk => Tier::Restricted,
        // The map of who is allied with or in tension with whom, what the movement said of the
        // organisation and who was shown what are staff working material.
        Entity::Actor | Entity::Relation | Entity::CheckIn | Entity::ShareBack => Tier::Internal,
        // A photo or a recording may show or voice anyone in the room: printed or shared back
        // only when someone chose to.
        Entity::Attachment => Tier::Internal,
        _ => Tier::ShareBack,
    };
    facts.item.unwrap_or(default).max(facts.parent.unwrap_or(Tier::ShareBack))
}

/// The least sensitive tier a field can have whatever the item's choice: the identity of someone
/// at risk is always restricted, a name without consent never goes back, notes stay internal.
pub fn field_floor(entity: Entity, field: &str, facts: &Facts) -> Tier {
    let identity = || match (facts.at_risk, facts.consent_named) {
        (true, _) => Tier::Restricted,
        (false, true) => Tier::ShareBack,
        (false, false) => Tier::Internal,
    };
    match (entity, field) {
        (Entity::Participant, "name" | "aliases" | "organisation" | "role") => identity(),
        (Entity::Participant, "consent_record" | "consent_quote" | "consent_named" | "at_risk") => Tier::Internal,
        (Entity::Session, "notes") | (Entity::Movement, "description") => Tier::Internal,
        // A withdrawal reaches every device (it must erase quotes cleared for share-back too);
        // who took it and how the person asked stay with staff.
        (Entity::Withdrawal, "note" | "recorded_by") => Tier::Internal,
        _ => Tier::ShareBack,
    }
}

/// Whether changing `field` from `before` to `after` could lower a tier anywhere in the record
/// (or, for a session, in what it holds, or in text that names someone): unmarking someone at
/// risk, widening a consent, a tier choice below the one before, moving a record to another
/// session (whose choice and whose people's names then decide its tiers), or renaming someone
/// whose name may not be shared (text that named them would no longer). The fields that decide
/// tiers, in one place.
pub fn lowers_tier(entity: Entity, field: &str, before: Option<&Json>, after: &Json, facts: &Facts) -> bool {
    let truthy = |v: Option<&Json>| v.and_then(Json::as_bool).unwrap_or(false);
    match (entity, field) {
        (_, "session_id") => before != Some(after),
        // Pointing an attachment at other bytes, or at another item (away from someone at
        // risk), could release what the bytes show.
        (Entity::Attachment, "sha256" | "item_id") => before != Some(after),
        (Entity::Participant, "name" | "aliases") => {
            field_floor(entity, "name", facts) > Tier::ShareBack && before != Some(after)
        }
        (Entity::Participant, "at_risk") => truthy(before) && !truthy(Some(after)),
        (Entity::Participant, "consent_named" | "consent_quote" | "consent_record") => {
            !truthy(before) && truthy(Some(after))
        }
        (_, "tier") if has_tier_field(entity) => {
            let choice = |v: Option<&Json>| v.and_then(Json::as_str).and_then(Tier::parse);
            let was = Facts { item: choice(before), ..*facts };
            let will = Facts { item: choice(Some(after)), ..*facts };
            record_tier(entity, &will) < record_tier(entity, &was)
        }
        _ => false,
    }
}

/// The tier of one field of a record.
pub fn field_tier(entity: Entity, field: &str, facts: &Facts) -> Tier {
    record_tier(entity, facts).max(field_floor(entity, field, facts))
}

/// The names of a session's participants that are not share-back, so that free text mentioning
/// them ("Dolores said…") takes the tier of the name: such a field is withheld whole wherever the
/// name would be (bundles and tables never rewrite a value, which would break the merge). Names
/// are found however they were typed (`crate::names`).
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    names: crate::names::Names<Tier>,
    /// The restricted names of the whole store: a person at risk is mentioned in the notes of
    /// sessions they did not attend, under another participant record, or outside any session.
    everywhere: Option<std::sync::Arc<crate::names::Names<Tier>>>,
}

impl Mentions {
    /// From each participant's name and facts.
    pub fn new<'a>(people: impl IntoIterator<Item = (&'a str, Facts)>) -> Mentions {
        Mentions::with_aliases(people.into_iter().map(|(n, f)| (n, &[][..], f)))
    }

    /// From each participant's name, their other spellings and nicknames, and facts.
    pub fn with_aliases<'a>(people: impl IntoIterator<Item = (&'a str, &'a [String], Facts)>) -> Mentions {
        let mut b = crate::names::Builder::new();
        for (name, aliases, facts) in people {
            let tier = field_tier(Entity::Participant, "name", &facts);
            if tier == Tier::ShareBack {
                continue;
            }
            b.name(name, tier);
            for a in aliases {
                b.name(a, tier);
            }
        }
        // A part shared with someone named openly still counts: otherwise adding a participant
        // named like someone at risk would release every text that names them.
        Mentions { names: b.build(), everywhere: None }
    }

    /// The names of a session's participants, with their other spellings.
    pub fn of_doc(doc: &crate::SessionDoc) -> Mentions {
        let people: Vec<(&str, Vec<String>, Facts)> = doc
            .participants
            .iter()
            .map(|p| {
                (p.get("name").and_then(Json::as_str).unwrap_or_default(), aliases(p), Facts::of(p, Some(&doc.session)))
            })
            .collect();
        Mentions::with_aliases(people.iter().map(|(n, a, f)| (*n, a.as_slice(), *f)))
    }

    /// The names found in `text`, as typed, with their tiers (what the editor shows).
    pub fn found(&self, text: &str) -> Vec<(String, Tier)> {
        let mut out: Vec<(String, Tier)> = vec![];
        for names in std::iter::once(&self.names).chain(self.everywhere.as_deref()) {
            for h in names.longest(text) {
                let tier = h.payloads.iter().max().copied().unwrap_or(Tier::ShareBack);
                let typed = text[h.range.0..h.range.1].to_string();
                match out.iter_mut().find(|(t, _)| *t == typed) {
                    Some(e) => e.1 = e.1.max(tier),
                    None => out.push((typed, tier)),
                }
            }
        }
        out
    }

    /// The names of everyone whose name is restricted, from each participant's name, other
    /// spellings and facts: to be looked for in every text ([`Mentions::and_everywhere`]).
    pub fn restricted<'a>(
        people: impl IntoIterator<Item = (&'a str, &'a [String], Facts)>,
    ) -> std::sync::Arc<crate::names::Names<Tier>> {
        let at_risk =
            people.into_iter().filter(|(_, _, f)| field_tier(Entity::Participant, "name", f) == Tier::Restricted);
        std::sync::Arc::new(Mentions::with_aliases(at_risk).names)
    }

    /// The store's restricted names and other spellings (`Store::restricted_names`), to be
    /// looked for in every text.
    pub fn everywhere_from(names: &[String]) -> std::sync::Arc<crate::names::Names<Tier>> {
        let mut b = crate::names::Builder::new();
        for n in names {
            b.name(n, Tier::Restricted);
        }
        std::sync::Arc::new(b.build())
    }

    /// These names and the store's restricted ones.
    pub fn and_everywhere(mut self, restricted: &std::sync::Arc<crate::names::Names<Tier>>) -> Mentions {
        self.everywhere = Some(restricted.clone());
        self
    }

    /// The most sensitive name `text` mentions (share-back when none).
    pub fn tier_of(&self, text: &str) -> Tier {
        let of = |names: &crate::names::Names<Tier>| {
            if names.is_empty() || text.is_empty() {
                return Tier::ShareBack;
            }
            names.hits(text).iter().flat_map(|h| h.payloads.iter()).max().copied().unwrap_or(Tier::ShareBack)
        };
        of(&self.names).max(self.everywhere.as_deref().map_or(Tier::ShareBack, of))
    }
}

/// A participant record's other spellings and nicknames (`aliases`, a list of text).
pub fn aliases(p: &Record) -> Vec<String> {
    match p.get("aliases") {
        Some(Json::Array(a)) => a.iter().filter_map(Json::as_str).map(str::to_string).collect(),
        Some(Json::String(s)) => serde_json::from_str(s).unwrap_or_default(),
        _ => vec![],
    }
}

/// Whether a field holds free text that may mention people (a participant's own name fields are
/// governed by their floors instead).
pub fn is_free_text(entity: Entity, field: &str) -> bool {
    let own = entity == Entity::Participant && matches!(field, "name" | "pseudonym" | "aliases");
    !own && entity.field(field).is_some_and(|f| f.ty == crate::schema::FieldType::Text)
}

/// The tiers the editor marks in one session: each record's tier by its id, and `id.field` for
/// fields more sensitive than their record (a name at risk, a note that mentions someone).
pub fn doc_tiers(doc: &crate::SessionDoc) -> std::collections::BTreeMap<String, Tier> {
    doc_tiers_with(doc, &Mentions::of_doc(doc))
}

/// [`doc_tiers`] with the names free text is checked against (the session's and the store's
/// restricted ones: `Store::session_tiers`).
pub fn doc_tiers_with(doc: &crate::SessionDoc, mentions: &Mentions) -> std::collections::BTreeMap<String, Tier> {
    let session = &doc.session;
    let mut out = std::collections::BTreeMap::new();
    let lists = [(Entity::Session, std::slice::from_ref(session))]
        .into_iter()
        .chain(Entity::SESSION_CHILDREN.into_iter().map(|e| (e, doc.list(e).as_slice())));
    for (entity, records) in lists {
        for r in records {
            let Some(id) = r.get("id").and_then(Json::as_str) else { continue };
            let facts = Facts::of(r, (entity != Entity::Session).then_some(session));
            let whole = record_tier(entity, &facts);
            out.insert(id.to_string(), whole);
            for f in entity.fields() {
                let text = r.get(f.name).and_then(Json::as_str).filter(|_| is_free_text(entity, f.name));
                let tier =
                    field_tier(entity, f.name, &facts).max(text.map_or(Tier::ShareBack, |t| mentions.tier_of(t)));
                if tier > whole {
                    out.insert(format!("{id}.{}", f.name), tier);
                }
            }
        }
    }
    out
}

/// For each free-text field of the session's records (`id.field`) that names someone who may
/// not be named everywhere, the names found as typed and their tiers: the editor shows what the
/// machine matched, so a facilitator sees what will be withheld and can mark what it missed.
pub fn doc_mentions_with(
    doc: &crate::SessionDoc,
    mentions: &Mentions,
) -> std::collections::BTreeMap<String, Vec<(String, Tier)>> {
    let mut out = std::collections::BTreeMap::new();
    let lists = [(Entity::Session, std::slice::from_ref(&doc.session))]
        .into_iter()
        .chain(Entity::SESSION_CHILDREN.into_iter().map(|e| (e, doc.list(e).as_slice())));
    for (entity, records) in lists {
        for r in records {
            let Some(id) = r.get("id").and_then(Json::as_str) else { continue };
            for f in entity.fields().iter().filter(|f| is_free_text(entity, f.name)) {
                let Some(text) = r.get(f.name).and_then(Json::as_str) else { continue };
                let found = mentions.found(text);
                if !found.is_empty() {
                    out.insert(format!("{id}.{}", f.name), found);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_protect_risks_and_people_at_risk() {
        let plain = Facts::default();
        assert_eq!(field_tier(Entity::Risk, "description", &plain), Tier::Restricted);
        assert_eq!(field_tier(Entity::Priority, "title", &plain), Tier::ShareBack);
        assert_eq!(field_tier(Entity::Session, "notes", &plain), Tier::Internal);
        assert_eq!(field_tier(Entity::Participant, "name", &plain), Tier::Internal);
        let named = Facts { consent_named: true, ..plain };
        assert_eq!(field_tier(Entity::Participant, "name", &named), Tier::ShareBack);
        let at_risk = Facts { consent_named: true, at_risk: true, ..plain };
        assert_eq!(field_tier(Entity::Participant, "name", &at_risk), Tier::Restricted);
        assert_eq!(field_tier(Entity::Participant, "pseudonym", &at_risk), Tier::ShareBack);
        // An item's choice lowers a risk, but never a floor…
        let lowered = Facts { item: Some(Tier::ShareBack), at_risk: true, ..plain };
        assert_eq!(field_tier(Entity::Risk, "description", &lowered), Tier::ShareBack);
        assert_eq!(field_tier(Entity::Participant, "organisation", &lowered), Tier::Restricted);
        // …and a restricted session takes everything in it along.
        let in_restricted = Facts { parent: Some(Tier::Restricted), ..plain };
        assert_eq!(record_tier(Entity::Priority, &in_restricted), Tier::Restricted);
    }

    #[test]
    fn lowering_is_told_from_raising() {
        use serde_json::json;
        let p = Entity::Participant;
        let none = Facts::default();
        assert!(lowers_tier(p, "at_risk", Some(&json!(true)), &json!(false), &none));
        assert!(!lowers_tier(p, "at_risk", Some(&json!(false)), &json!(true), &none));
        assert!(lowers_tier(p, "consent_named", Some(&json!(false)), &json!(true), &none));
        assert!(lowers_tier(p, "consent_quote", None, &json!(true), &none));
        assert!(!lowers_tier(p, "consent_named", Some(&json!(true)), &json!(false), &none));
        // A risk is restricted by default: `default` after `internal` raises it.
        assert!(!lowers_tier(Entity::Risk, "tier", Some(&json!("internal")), &json!("default"), &none));
        assert!(lowers_tier(Entity::Risk, "tier", Some(&json!("default")), &json!("internal"), &none));
        assert!(lowers_tier(Entity::Session, "tier", Some(&json!("restricted")), &json!("default"), &none));
        assert!(!lowers_tier(Entity::Session, "title", Some(&json!("a")), &json!("b"), &none));
    }

    #[test]
    fn free_text_takes_the_tier_of_the_names_it_mentions() {
        let named = Facts { consent_named: true, ..Facts::default() };
        let at_risk = Facts { at_risk: true, ..Facts::default() };
        let people =
            [("Amina Rahman", named), ("Dolores Quispe", at_risk), ("Kalinda Sok", Facts::default()), ("Li", at_risk)];
        let m = Mentions::new(people);
        assert_eq!(m.tier_of("We need contracts"), Tier::ShareBack);
        assert_eq!(m.tier_of("Amina agreed"), Tier::ShareBack);
        assert_eq!(m.tier_of("kalinda spoke about night shifts"), Tier::Internal);
        assert_eq!(m.tier_of("Follow up with Dolores and Kalinda"), Tier::Restricted);
        assert_eq!(m.tier_of("QUISPE was threatened"), Tier::Restricted);
        assert_eq!(m.tier_of("Li said so"), Tier::Restricted, "a short name still counts whole");
        assert_eq!(m.tier_of("Lima office"), Tier::ShareBack, "but not inside other words");
        assert!(is_free_text(Entity::Question, "answer") && !is_free_text(Entity::Participant, "name"));
        assert_eq!(Tier::parse("share-back"), Some(Tier::ShareBack));
        assert_eq!(crate::schema::TIER_CHOICES.len(), Tier::ALL.len() + 1);
    }
}
