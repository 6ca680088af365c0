//! Reading what an export carries: every stamped field after a point in the store's arrival
//! order, with its tier decided from the record's facts, counted for the preview and written
//! record by record into payload blocks.

use super::export::Tally;
use super::payload::{Blocks, Value};
use super::stamp::Stamp;
use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::store::write::DELETED;
use crate::store::{entries, Stamps, Store};
use crate::tier::{field_tier, has_tier_field, is_free_text, Facts, Mentions, Tier};
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};

/// Columns that decide a record's own tiers, in the order [`facts`] reads them, then its
/// session's id; and the session id column alone.
fn facts_columns(entity: Entity) -> (String, &'static str) {
    let tier = if has_tier_field(entity) { "t.tier" } else { "'default'" };
    let person = if entity == Entity::Participant { "t.at_risk, t.consent_named" } else { "0, 0" };
    let session = match entity {
        Entity::Session => "t.id",
        e if e.is_session_child() => "t.session_id",
        _ => "NULL",
    };
    (format!("{tier}, {person}, {session}"), session)
}

/// A record's facts from its row (read at `at`) and its session's tier.
fn facts(r: &rusqlite::Row<'_>, at: usize, parent: Option<Tier>) -> rusqlite::Result<Facts> {
    let item = r.get_ref(at)?.as_str_or_null()?.and_then(Tier::parse);
    Ok(Facts { item, parent, at_risk: r.get(at + 1)?, consent_named: r.get(at + 2)? })
}

/// Records an incremental export sends whole again, because what decides their tiers changed.
#[derive(Default)]
struct Resend {
    /// Records whose own tier, risk or naming consent changed.
    records: HashSet<(Entity, RecordId)>,
    /// Sessions whose tier changed (their items are re-evaluated).
    session_tier: HashSet<RecordId>,
    /// Sessions whose people changed: who they are, or how they may be named.
    session_people: HashSet<RecordId>,
}

impl Resend {
    fn whole(&self, entity: Entity, id: RecordId, session: Option<RecordId>) -> bool {
        self.records.contains(&(entity, id))
            || (entity == Entity::Session && self.session_people.contains(&id))
            || (entity.is_session_child()
                && session.is_some_and(|s| self.session_tier.contains(&s) || self.session_people.contains(&s)))
    }

    /// Hex ids for `json_each`: the records of `entity` to send again, and the sessions whose
    /// items go again.
    fn lists(&self, entity: Entity) -> (Vec<String>, Vec<String>) {
        let hex = |id: &RecordId| super::bundle::hex(id.as_bytes());
        let mut ids: Vec<String> = self.records.iter().filter(|(e, _)| *e == entity).map(|(_, id)| hex(id)).collect();
        let mut sessions = vec![];
        if entity == Entity::Session {
            ids.extend(self.session_people.iter().map(hex));
        } else if entity.is_session_child() {
            sessions.extend(self.session_tier.union(&self.session_people).map(hex));
        }
        (ids, sessions)
    }
}

impl Store {
    /// What a walk after `since_seq` up to `clearance` needs to decide each field's fate, read
    /// once and shared by the readers. For an incremental export, records whose tier-deciding
    /// fields changed are sent whole again, so a lowered tier reaches recipients who were
    /// refused the fields before. Only the preview (`bundle` false) shows each field's exact
    /// tier: a bundle cleared for everything needs no name scan.
    pub(super) fn scope(&self, since_seq: i64, clearance: Tier, bundle: bool) -> Result<Scope> {
        let resend = if since_seq > 0 { self.resend(since_seq)? } else { Resend::default() };
        let scan = !bundle || clearance < Tier::Restricted;
        let mentions = if scan { self.mentions()? } else { HashMap::new() };
        // Read once: joining each item to its session cost a quarter of the items' reading.
        let mut session_tiers = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT id, tier FROM session")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(id) = RecordId::from_slice(r.get_ref(0)?.as_blob()?) {
                session_tiers.insert(id, r.get_ref(1)?.as_str_or_null()?.and_then(Tier::parse));
            }
        }
        Ok(Scope { since_seq, clearance, mentions, resend, scan, session_tiers })
    }

    /// What an incremental export since `since_seq` must send whole again.
    fn resend(&self, since_seq: i64) -> Result<Resend> {
        let mut resend = Resend::default();
        let mut stmt = self.conn.prepare(
            "SELECT rc.entity, rc.id, rc.stamps, p.session_id FROM record_clock rc
             LEFT JOIN participant p ON rc.entity = 'participant' AND p.id = rc.id WHERE rc.seq > ?1",
        )?;
        let mut rows = stmt.query([since_seq])?;
        while let Some(r) = rows.next()? {
            let (Some(entity), Some(id)) =
                (Entity::from_name(&r.get::<_, String>(0)?), RecordId::from_slice(&r.get::<_, Vec<u8>>(1)?))
            else {
                continue;
            };
            let stamps = Stamps::decode(&r.get::<_, Vec<u8>>(2)?)?;
            let changed = |f: &str| stamps.get(f).is_some_and(|s| s.seq > since_seq);
            if ["tier", "at_risk", "consent_named"].into_iter().any(changed) {
                resend.records.insert((entity, id));
            }
            if entity == Entity::Session && changed("tier") {
                resend.session_tier.insert(id);
            }
            let session = r.get::<_, Option<Vec<u8>>>(3)?.and_then(|b| RecordId::from_slice(&b));
            if let Some(session) =
                session.filter(|_| ["name", "tier", "at_risk", "consent_named"].into_iter().any(changed))
            {
                resend.session_people.insert(session);
            }
        }
        Ok(resend)
    }
}

/// What one export pass keeps: changes after `since_seq`, up to `clearance`.
pub(super) struct Scope {
    since_seq: i64,
    clearance: Tier,
    mentions: HashMap<String, Mentions>,
    resend: Resend,
    /// Whether free text is scanned for the names of people at risk.
    scan: bool,
    /// Each session's own tier choice (`None` for `default`), for the items inside it.
    session_tiers: HashMap<RecordId, Option<Tier>>,
}

impl Scope {
    /// Walks every stamped field of `entity` in scope, on `conn`, counting each by tier in
    /// `tally`; those within the clearance go to `out`, record by record. Deletions always
    /// travel (an id says nothing).
    pub(super) fn entity<F: FnMut(Vec<u8>) -> Result<()>>(
        &self,
        conn: &Connection,
        entity: Entity,
        tally: &mut Tally,
        mut out: Option<&mut Collected<F>>,
    ) -> Result<()> {
        // A full export walks the primary key (already in record order, no sort); `+seq` keeps
        // SQLite from choosing the seq index, which suits only small incremental exports.
        let seq = if self.since_seq == 0 { "+rc.seq" } else { "rc.seq" };
        self.collect(conn, entity, &format!("{seq} > ?2"), &mut *tally, out.as_deref_mut())?;
        let (ids, sessions) = self.resend.lists(entity);
        if !ids.is_empty() || !sessions.is_empty() {
            let session = facts_columns(entity).1;
            let again = format!(
                "rc.seq <= ?2 AND (rc.id IN (SELECT unhex(value) FROM json_each('{}'))
                 OR {session} IN (SELECT unhex(value) FROM json_each('{}')))",
                serde_json::Value::from(ids),
                serde_json::Value::from(sessions)
            );
            self.collect(conn, entity, &again, tally, out)?;
        }
        Ok(())
    }

    fn collect<F: FnMut(Vec<u8>) -> Result<()>>(
        &self,
        conn: &Connection,
        entity: Entity,
        which: &str,
        tally: &mut Tally,
        mut out: Option<&mut Collected<F>>,
    ) -> Result<()> {
        let Scope { since_seq, clearance, ref mentions, ref resend, scan, .. } = *self;
        let nobody = Mentions::default();
        let mut session: (Vec<u8>, &Mentions) = (vec![], &nobody);
        let fields: Vec<_> = entity.fields().iter().copied().chain([DELETED]).collect();
        // Stamps come sorted by field name: walking this list alongside finds each field's
        // column with a comparison or two instead of a scan of every name.
        let mut by_name: Vec<(&str, usize)> = fields.iter().enumerate().map(|(i, f)| (f.name, i)).collect();
        by_name.sort_unstable();
        let cols: Vec<String> = fields.iter().map(|f| format!("t.{}", f.name)).collect();
        let (facts_cols, _) = facts_columns(entity);
        let sql = format!(
            "SELECT rc.id, rc.stamps, {facts_cols}, {} FROM record_clock rc
             JOIN {} t ON t.id = rc.id WHERE rc.entity = ?1 AND {which} ORDER BY rc.id",
            cols.join(", "),
            entity.name()
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params![entity.name(), since_seq])?;
        while let Some(r) = rows.next()? {
            let Some(id) = RecordId::from_slice(r.get_ref(0)?.as_blob()?) else { continue };
            let stamps = r.get_ref(1)?.as_blob()?;
            let session_of = r.get_ref(5)?.as_blob_or_null()?;
            let session_id = session_of.and_then(RecordId::from_slice);
            let whole = resend.whole(entity, id, session_id);
            let parent = match session_id {
                Some(s) if entity.is_session_child() => self.session_tiers.get(&s).copied().flatten(),
                _ => None,
            };
            let record_facts = facts(r, 2, parent)?;
            let mut started = false;
            let mut next = 0;
            for entry in entries(stamps) {
                let (field_name, f) = entry?;
                if !whole && f.seq <= since_seq {
                    continue;
                }
                while by_name.get(next).is_some_and(|(n, _)| *n < field_name) {
                    next += 1;
                }
                let Some(&(_, i)) = by_name.get(next).filter(|(n, _)| *n == field_name) else { continue };
                let field = fields[i];
                let mut tier = if field.name == DELETED.name {
                    Tier::ShareBack
                } else {
                    field_tier(entity, field.name, &record_facts)
                };
                if scan && tier <= clearance && is_free_text(entity, field.name) {
                    if let Some(key) = session_of.filter(|k| **k != session.0) {
                        let found = RecordId::from_slice(key).and_then(|id| mentions.get(&id.to_string()));
                        session = (key.to_vec(), found.unwrap_or(&nobody));
                    }
                    if let Ok(Some(text)) = r.get_ref(6 + i)?.as_str_or_null() {
                        tier = tier.max(session.1.tier_of(text));
                    }
                }
                let included = tier <= clearance;
                // A bundle reports only what it withheld; the preview shows every line.
                if !included || out.is_none() {
                    tally.add(included, tier, entity, field.name);
                }
                let Some(out) = out.as_deref_mut().filter(|_| included) else { continue };
                if !started {
                    out.blocks.record(entity, id)?;
                    started = true;
                }
                let value = Value::from_sql(field.ty, r.get_ref(6 + i)?);
                out.count(field.name == DELETED.name && value == Value::Bool(true), f.stamp);
                out.blocks.field(field.name, value, f.stamp, f.base)?;
            }
        }
        Ok(())
    }
}

/// What a bundle's payload holds, counted as it is written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Counts {
    /// Field changes.
    pub(super) changes: u64,
    /// Of which deletions.
    pub(super) tombstones: u64,
    /// Lowest and highest clock among them.
    pub(super) lo: u64,
    pub(super) hi: u64,
}

impl Counts {
    /// Nothing counted yet.
    pub(super) fn new() -> Counts {
        Counts { lo: u64::MAX, ..Counts::default() }
    }

    /// Adds what another reader counted.
    pub(super) fn add(&mut self, other: Counts) {
        self.changes += other.changes;
        self.tombstones += other.tombstones;
        self.lo = self.lo.min(other.lo);
        self.hi = self.hi.max(other.hi);
    }
}

/// Where an export's fields go: blocks for the payload, and the counts for the manifest.
pub(super) struct Collected<F: FnMut(Vec<u8>) -> Result<()>> {
    pub(super) blocks: Blocks<F>,
    pub(super) counts: Counts,
}

impl<F: FnMut(Vec<u8>) -> Result<()>> Collected<F> {
    fn count(&mut self, tombstone: bool, stamp: Stamp) {
        let c = &mut self.counts;
        c.changes += 1;
        c.tombstones += u64::from(tombstone);
        c.lo = c.lo.min(stamp.hlc.0);
        c.hi = c.hi.max(stamp.hlc.0);
    }
}
