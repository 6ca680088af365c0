//! Reading what an export carries: every stamped field after a point in the store's arrival
//! order, with its tier decided from the record's facts, counted for the preview and written
//! record by record into payload blocks.

use super::payload::{Blocks, Value};
use super::tally::Tally;
use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::stamp::Stamp;
use crate::store::write::DELETED;
use crate::store::{entries, Stamps, Store};
use crate::table::Names;
use crate::tier::{field_tier, has_tier_field, is_free_text, Facts, Mentions, Tier};
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Columns that decide a record's own tiers, in the order [`facts`] reads them, then its
/// session's id; and the session id column alone.
fn facts_columns(entity: Entity) -> (String, &'static str) {
    let tier = if has_tier_field(entity) { "t.tier" } else { "'default'" };
    let person = if entity == Entity::Participant { "t.at_risk, t.consent_named" } else { "0, 0" };
    let session = match entity {
        Entity::Session => "t.id",
        e if e.has_session() => "t.session_id",
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
        // Nothing to send again (every full export): no record's id is hashed three times.
        if self.records.is_empty() && self.session_tier.is_empty() && self.session_people.is_empty() {
            return false;
        }
        self.records.contains(&(entity, id))
            || (entity == Entity::Session && self.session_people.contains(&id))
            || (entity.has_session()
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
        } else if entity.has_session() {
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
        let mentions = if scan { self.mentions()? } else { Names::default() };
        let gate = if bundle { crate::gate::Gate::of(self, clearance)? } else { crate::gate::Gate::default() };
        let items = crate::media::item_tiers(&self.conn)?;
        Ok(Scope { since_seq, clearance, mentions, resend, scan, gate, items, session_tiers: OnceLock::new() })
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
            // A record deleted or brought back since (its `deleted` replaced an earlier stamp, which
            // a new record's has not) goes whole again: its tombstone went alone.
            let undeleted = changed("deleted") && stamps.get("deleted").is_some_and(|s| s.base.is_some());
            if undeleted || ["tier", "at_risk", "consent_named"].into_iter().any(changed) {
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
    mentions: Names,
    resend: Resend,
    /// Whether free text is scanned for the names of people at risk.
    scan: bool,
    /// The last check of what a bundle below restricted sends (`crate::gate`).
    gate: crate::gate::Gate,
    /// The tier of the item each attachment is about (`media::item_tiers`).
    items: HashMap<RecordId, Tier>,
    /// Each session's own tier choice (`None` for `default`), for the items inside it: read
    /// once (joining each item to its session cost a quarter of the items' reading), by the
    /// first reader that walks items, while the other can walk the sessions themselves.
    session_tiers: OnceLock<HashMap<RecordId, Option<Tier>>>,
}

impl Scope {
    fn session_tiers(&self, conn: &Connection) -> Result<&HashMap<RecordId, Option<Tier>>> {
        if let Some(tiers) = self.session_tiers.get() {
            return Ok(tiers);
        }
        let mut tiers = HashMap::new();
        let mut stmt = conn.prepare("SELECT id, tier FROM session")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(id) = RecordId::from_slice(r.get_ref(0)?.as_blob()?) {
                tiers.insert(id, r.get_ref(1)?.as_str_or_null()?.and_then(Tier::parse));
            }
        }
        Ok(self.session_tiers.get_or_init(|| tiers))
    }

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
        let first = if self.since_seq == 0 { Which::Every } else { Which::Where("rc.seq > ?2".into()) };
        self.collect(conn, entity, first, &mut *tally, out.as_deref_mut())?;
        let (ids, sessions) = self.resend.lists(entity);
        if !ids.is_empty() || !sessions.is_empty() {
            let session = facts_columns(entity).1;
            let again = format!(
                "rc.seq <= ?2 AND (rc.id IN (SELECT unhex(value) FROM json_each('{}'))
                 OR {session} IN (SELECT unhex(value) FROM json_each('{}')))",
                serde_json::Value::from(ids),
                serde_json::Value::from(sessions)
            );
            self.collect(conn, entity, Which::Where(again), tally, out)?;
        }
        Ok(())
    }

    fn collect<F: FnMut(Vec<u8>) -> Result<()>>(
        &self,
        conn: &Connection,
        entity: Entity,
        which: Which,
        tally: &mut Tally,
        mut out: Option<&mut Collected<F>>,
    ) -> Result<()> {
        let Scope { since_seq, clearance, ref mentions, ref resend, scan, ref gate, ref items, .. } = *self;
        // The names the current record's text may mention: its session's, or everyone's.
        let mut session: (Option<Vec<u8>>, &Mentions) = (None, mentions.of(None));
        let empty = HashMap::new();
        let session_tiers = if entity.has_session() { self.session_tiers(conn)? } else { &empty };
        let fields: Vec<_> = entity.fields().iter().copied().chain([DELETED]).collect();
        // Stamps come sorted by field name: walking this list alongside finds each field's
        // column with a comparison or two instead of a scan of every name.
        let mut by_name: Vec<(&[u8], usize)> = fields.iter().enumerate().map(|(i, f)| (f.name.as_bytes(), i)).collect();
        by_name.sort_unstable();
        // The record's columns from `at` on: its id, its facts, its session, then its fields.
        let record_cols = format!(
            "t.id, {}, {}",
            facts_columns(entity).0,
            fields.iter().map(|f| format!("t.{}", f.name)).collect::<Vec<_>>().join(", ")
        );
        let mut record = |stamps: &[u8], r: &rusqlite::Row<'_>, at: usize| -> Result<()> {
            let Some(id) = RecordId::from_slice(r.get_ref(at)?.as_blob()?) else { return Ok(()) };
            let session_of = r.get_ref(at + 4)?.as_blob_or_null()?;
            let session_id = session_of.and_then(RecordId::from_slice);
            let whole = resend.whole(entity, id, session_id);
            let parent = match session_id {
                Some(s) if entity.has_session() => session_tiers.get(&s).copied().flatten(),
                _ => None,
            };
            let mut record_facts = facts(r, at + 1, parent)?;
            if let Some(t) = items.get(&id).filter(|_| entity == Entity::Attachment) {
                record_facts.parent = Some(record_facts.parent.unwrap_or(Tier::ShareBack).max(*t));
            }
            // A deleted record travels as its tombstone alone: what it held stays here.
            let tombstoned = matches!(r.get_ref(at + 5 + fields.len() - 1)?, rusqlite::types::ValueRef::Integer(1));
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
                if tombstoned && field.name != DELETED.name {
                    continue;
                }
                let column = at + 5 + i;
                let mut tier = if field.name == DELETED.name {
                    Tier::ShareBack
                } else {
                    field_tier(entity, field.name, &record_facts)
                };
                if scan && tier <= clearance && is_free_text(entity, field.name) {
                    if session_of != session.0.as_deref() {
                        let id = session_of.and_then(RecordId::from_slice).map(|id| id.to_string());
                        session = (session_of.map(<[u8]>::to_vec), mentions.of(id.as_deref()));
                    }
                    if let Ok(Some(text)) = r.get_ref(column)?.as_str_or_null() {
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
                if !gate.is_empty() && crate::gate::Gate::scans(entity, field.name) {
                    if let Ok(Some(text)) = r.get_ref(column)?.as_str_or_null() {
                        gate.check(entity.name(), &id.to_string(), field.name, text)?;
                    }
                }
                let value = Value::from_sql(field.ty, r.get_ref(column)?);
                out.count(field.name == DELETED.name && value == Value::Bool(true), f.stamp);
                out.blocks.field(field.name, value, f.stamp, f.base)?;
            }
            Ok(())
        };
        let table = entity.name();
        match which {
            Which::Every => {
                // Both scans run in id order and are merged here: joining in SQL searched the
                // record's id index once per record, a sixth of a full export's work.
                let mut clocks =
                    conn.prepare("SELECT id, stamps FROM record_clock WHERE entity = ?1 AND +seq > ?2 ORDER BY id")?;
                let mut items = conn.prepare(&format!("SELECT {record_cols} FROM {table} t ORDER BY t.id"))?;
                let mut clocks = clocks.query(rusqlite::params![table, since_seq])?;
                let mut items = items.query([])?;
                let (mut clock, mut item) = (clocks.next()?, items.next()?);
                while let (Some(c), Some(i)) = (clock, item) {
                    // The join skipped an item without an id; so does this.
                    let Some(item_id) = i.get_ref(0)?.as_blob_or_null()? else {
                        item = items.next()?;
                        continue;
                    };
                    match c.get_ref(0)?.as_blob()?.cmp(item_id) {
                        std::cmp::Ordering::Less => clock = clocks.next()?,
                        std::cmp::Ordering::Greater => item = items.next()?,
                        std::cmp::Ordering::Equal => {
                            record(c.get_ref(1)?.as_blob()?, i, 0)?;
                            (clock, item) = (clocks.next()?, items.next()?);
                        }
                    }
                }
            }
            Which::Where(filter) => {
                let mut stmt = conn.prepare(&format!(
                    "SELECT rc.stamps, {record_cols} FROM record_clock rc JOIN {table} t ON t.id = rc.id
                     WHERE rc.entity = ?1 AND {filter} ORDER BY rc.id"
                ))?;
                let mut rows = stmt.query(rusqlite::params![table, since_seq])?;
                while let Some(r) = rows.next()? {
                    record(r.get_ref(0)?.as_blob()?, r, 1)?;
                }
            }
        }
        Ok(())
    }
}

/// Which records of a kind a walk reads.
enum Which {
    /// All of them, for a full export (every arrival is after 0).
    Every,
    /// Those an SQL condition on `rc` (record_clock) and `t` (the kind's table) selects.
    Where(String),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::tests::{device, receive, send};

    /// Every field of `entity` a full walk by `which` writes, as payload blocks.
    fn walked(store: &Store, entity: Entity, which: Which) -> (Vec<Vec<u8>>, Counts) {
        let scope = store.scope(0, Tier::Restricted, true).expect("scope");
        let mut blocks = vec![];
        let mut out = Collected {
            blocks: Blocks::new(|b: Vec<u8>| {
                blocks.push(b);
                Ok(())
            }),
            counts: Counts::new(),
        };
        scope.collect(&store.conn, entity, which, &mut Tally::default(), Some(&mut out)).expect("walk");
        out.blocks.flush().expect("flush");
        let counts = out.counts;
        drop(out);
        (blocks, counts)
    }

    #[test]
    fn a_full_walk_merging_two_scans_writes_what_the_sql_join_writes() {
        // The office's own records come first in its tables, the field's older ids after them,
        // so table order is not id order; and one record is deleted.
        let (mut field, mut office) = (device(), device());
        crate::demo::generate(&mut field.store, 3, 2).expect("field");
        crate::demo::generate(&mut office.store, 2, 3).expect("office");
        let file = send(&mut field, &office, true, "field.fieldbook");
        receive(&mut office, &[file]);
        let store = &mut office.store;
        let (kind, id): (String, Vec<u8>) = store
            .conn
            .query_row("SELECT entity, id FROM record_clock WHERE entity = 'question' LIMIT 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("a question");
        store.delete(Entity::from_name(&kind).expect("kind"), RecordId::from_slice(&id).expect("id")).expect("delete");
        // A row without stamps, and stamps without a row: neither path writes them.
        for sql in [
            "DELETE FROM record_clock WHERE entity = 'quote' AND id = (SELECT min(id) FROM quote)",
            "DELETE FROM risk WHERE id = (SELECT min(id) FROM risk)",
        ] {
            assert_eq!(store.conn.execute(sql, []).expect(sql), 1, "{sql}");
        }
        let unordered: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM question a JOIN question b ON a.rowid < b.rowid AND a.id > b.id",
                [],
                |r| r.get(0),
            )
            .expect("order");
        assert!(unordered > 0, "the test needs rows out of id order");
        let mut fields = 0;
        for entity in Entity::ALL {
            let merged = walked(store, entity, Which::Every);
            let joined = walked(store, entity, Which::Where("+rc.seq > ?2".into()));
            assert_eq!(merged, joined, "{entity:?}");
            fields += merged.1.changes;
        }
        assert!(fields > 500, "{fields}");
    }
}
