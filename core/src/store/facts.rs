//! What decides a record's tiers here, read inside a write transaction: the merge's authorisation
//! step asks it before a field device's change may overwrite something (sync/authorise.rs).

use super::write::Writer;
use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::tier::{has_tier_field, Facts, Mentions, Tier};
use rusqlite::OptionalExtension;

impl Writer<'_, '_> {
    /// The record's own tier choice, its session's, and (for a participant) at risk and consent
    /// to be named, as stored now; defaults for a record not here.
    pub(crate) fn facts(&self, entity: Entity, id: RecordId) -> Result<Facts> {
        let tier = if has_tier_field(entity) { "tier" } else { "NULL" };
        let person = if entity == Entity::Participant { "at_risk, consent_named" } else { "0, 0" };
        let session = session_column(entity);
        let sql = format!("SELECT {tier}, {person}, {session} FROM {} WHERE id = ?1", entity.name());
        let row = self
            .tx
            .prepare_cached(&sql)?
            .query_row([id.as_bytes().as_slice()], |r| {
                Ok((r.get::<_, Option<String>>(0)?, r.get(1)?, r.get(2)?, r.get::<_, Option<Vec<u8>>>(3)?))
            })
            .optional()?;
        let Some((item, at_risk, consent_named, session)) = row else { return Ok(Facts::default()) };
        let parent = match session.as_deref().and_then(RecordId::from_slice) {
            Some(s) if entity != Entity::Session => self.session_tier(s)?,
            _ => None,
        };
        Ok(Facts { item: item.as_deref().and_then(Tier::parse), parent, at_risk, consent_named })
    }

    /// The most sensitive name that `text` mentions, among the record's session's people, or
    /// everyone's for a record outside any session (as exports and tables decide).
    pub(crate) fn mentions_tier(&self, entity: Entity, id: RecordId, text: &str) -> Result<Tier> {
        let column = session_column(entity);
        let session = if column == "NULL" {
            None
        } else {
            let sql = format!("SELECT {column} FROM {} WHERE id = ?1", entity.name());
            let found: Option<Option<Vec<u8>>> =
                self.tx.prepare_cached(&sql)?.query_row([id.as_bytes().as_slice()], |r| r.get(0)).optional()?;
            found.flatten().as_deref().and_then(RecordId::from_slice)
        };
        let (sql, arg) = match session {
            Some(s) => (
                "SELECT p.name, p.tier, p.at_risk, p.consent_named, s.tier, p.aliases FROM participant p
                 LEFT JOIN session s ON s.id = p.session_id WHERE p.session_id = ?1",
                s.as_bytes().to_vec(),
            ),
            None => (
                "SELECT p.name, p.tier, p.at_risk, p.consent_named, s.tier, p.aliases FROM participant p
                 LEFT JOIN session s ON s.id = p.session_id WHERE ?1 IS NOT NULL",
                vec![],
            ),
        };
        let here = self.people(sql, arg)?;
        let mentions = Mentions::with_aliases(here.iter().map(|(n, a, f)| (n.as_str(), a.as_slice(), *f)));
        if session.is_none() {
            return Ok(mentions.tier_of(text));
        }
        // Someone at risk anywhere in the store, under any of their records.
        let at_risk = self.people(
            "SELECT p.name, p.tier, p.at_risk, p.consent_named, s.tier, p.aliases FROM participant p
             LEFT JOIN session s ON s.id = p.session_id
             WHERE (p.at_risk = 1 OR p.tier = 'restricted' OR s.tier = 'restricted') AND ?1 IS NOT NULL",
            vec![],
        )?;
        let everywhere = Mentions::restricted(at_risk.iter().map(|(n, a, f)| (n.as_str(), a.as_slice(), *f)));
        Ok(mentions.and_everywhere(&everywhere).tier_of(text))
    }

    /// Participants' names, other spellings and facts, from a query of those six columns.
    fn people(&self, sql: &str, arg: Vec<u8>) -> Result<Vec<(String, Vec<String>, Facts)>> {
        let mut stmt = self.tx.prepare_cached(sql)?;
        let tier = |v: Option<String>| v.as_deref().and_then(Tier::parse);
        let rows = stmt.query_map([arg], |r| {
            let facts =
                Facts { item: tier(r.get(1)?), parent: tier(r.get(4)?), at_risk: r.get(2)?, consent_named: r.get(3)? };
            let aliases: Vec<String> = serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default();
            Ok((r.get::<_, String>(0)?, aliases, facts))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn session_tier(&self, session: RecordId) -> Result<Option<Tier>> {
        let tier: Option<String> = self
            .tx
            .prepare_cached("SELECT tier FROM session WHERE id = ?1")?
            .query_row([session.as_bytes().as_slice()], |r| r.get(0))
            .optional()?;
        Ok(tier.as_deref().and_then(Tier::parse))
    }
}

/// The column holding the record's session: its own id for a session, `session_id` for what a
/// session holds, none for the rest.
fn session_column(entity: Entity) -> &'static str {
    match entity {
        Entity::Session => "id",
        e if e.has_session() => "session_id",
        _ => "NULL",
    }
}
