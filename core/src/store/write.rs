//! The one write path: every change to a field, from the UI, the CLI or demo data, is validated,
//! stamped with this device's hybrid logical clock and logged, inside one transaction.
//! Deletes are stamped `deleted = true` tombstones, so sync treats them like any other edit.

use super::Store;
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::{DeviceId, RecordId};
use crate::schema::{Entity, Field, FieldType};
use crate::stamp::Stamp;
use crate::value::{from_sql, normalise, to_sql};
use chrono::{Duration, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::{Map, Value as Json};

/// Rapid edits of one field by this device within this window are one history entry.
const COALESCE_WINDOW: Duration = Duration::seconds(60);

/// The tombstone flag every record has; written only by deleting (or by sync).
pub(crate) const DELETED: Field = Field { name: "deleted", ty: FieldType::Bool };

/// One change requested by a caller.
#[derive(Debug, Clone)]
pub enum Op {
    /// A new record; every field is stamped (given values, defaults for the rest).
    /// With `id`, that id is used (and if it exists already, this is an update).
    Create {
        /// Record kind.
        entity: Entity,
        /// Id to use, or a new UUIDv7.
        id: Option<RecordId>,
        /// Field values.
        fields: Map<String, Json>,
    },
    /// Changes fields of a live record; unchanged values are not stamped.
    Update {
        /// Record kind.
        entity: Entity,
        /// Which record.
        id: RecordId,
        /// New values.
        fields: Map<String, Json>,
    },
    /// Tombstones a record (and, for a session or guide, its children).
    Delete {
        /// Record kind.
        entity: Entity,
        /// Which record.
        id: RecordId,
    },
    /// Writes one field with a new stamp even if the value is unchanged (resolving a conflict
    /// or a review: the choice must supersede both sides on every device).
    Force {
        /// Record kind.
        entity: Entity,
        /// Which record.
        id: RecordId,
        /// Field name.
        field: String,
        /// Value to keep.
        value: Json,
        /// The other side's stamp, which the choice was made having seen: it becomes the
        /// write's base when newer than the stamp here, so the device that wrote it does not
        /// take the decision for a concurrent edit.
        seen: Option<Stamp>,
    },
}

impl Store {
    /// Applies all `ops` in one transaction: all or nothing. Returns the id of each op's record.
    pub fn write(&mut self, ops: Vec<Op>) -> Result<Vec<RecordId>> {
        self.write_and_then(ops, |_| Ok(()))
    }

    /// Writes `op` and marks a conflict resolved, in one transaction.
    pub(crate) fn write_and_close_conflict(&mut self, op: Op, conflict: (RecordId, &str)) -> Result<()> {
        self.write_and_close_conflict_ops(vec![op], conflict)
    }

    fn write_and_close_conflict_ops(&mut self, ops: Vec<Op>, (conflict, pick): (RecordId, &str)) -> Result<()> {
        self.write_and_then(ops, |tx| {
            tx.execute(
                "UPDATE conflict SET resolved_at = ?1, resolution = ?2 WHERE id = ?3",
                params![Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true), pick, conflict.as_bytes().as_slice()],
            )?;
            Ok(())
        })
        .map(|_| ())
    }

    /// Marks a conflict resolved without writing anything.
    pub(crate) fn close_conflict(&mut self, conflict: (RecordId, &str)) -> Result<()> {
        self.write_and_close_conflict_ops(vec![], conflict)
    }

    pub(crate) fn write_and_then(
        &mut self,
        ops: Vec<Op>,
        then: impl FnOnce(&Transaction<'_>) -> Result<()>,
    ) -> Result<Vec<RecordId>> {
        let tx = self.conn.transaction()?;
        let mut ids = Vec::with_capacity(ops.len());
        {
            let mut w = Writer::new(&tx, self.device, &mut self.clock)?;
            for op in ops {
                ids.push(w.apply(op)?);
            }
            w.finish()?;
        }
        then(&tx)?;
        tx.commit()?;
        Ok(ids)
    }

    /// Runs `f` with a writer in one transaction (all or nothing), for writes that decide as they
    /// go (an erasure reads what is there before writing).
    pub(crate) fn write_with<T>(&mut self, f: impl FnOnce(&mut Writer<'_, '_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = {
            let mut w = Writer::new(&tx, self.device, &mut self.clock)?;
            let out = f(&mut w)?;
            w.finish()?;
            out
        };
        tx.commit()?;
        Ok(out)
    }

    /// Creates one record and returns its id.
    pub fn create(&mut self, entity: Entity, fields: Map<String, Json>) -> Result<RecordId> {
        let ids = self.write(vec![Op::Create { entity, id: None, fields }])?;
        Ok(ids[0])
    }

    /// Updates fields of one record.
    pub fn update(&mut self, entity: Entity, id: RecordId, fields: Map<String, Json>) -> Result<()> {
        self.write(vec![Op::Update { entity, id, fields }]).map(|_| ())
    }

    /// Deletes (tombstones) one record.
    pub fn delete(&mut self, entity: Entity, id: RecordId) -> Result<()> {
        self.write(vec![Op::Delete { entity, id }]).map(|_| ())
    }
}

/// One write transaction's view: the device, its clock, and the local arrival number (`seq`)
/// that every field written in this transaction gets.
pub(crate) struct Writer<'a, 'c> {
    pub(crate) tx: &'a Transaction<'c>,
    pub(crate) device: DeviceId,
    pub(crate) clock: &'a mut crate::hlc::Clock,
    /// When this transaction writes, and the start of the window its own edits fold into.
    now: String,
    recent: String,
    pub(crate) seq: i64,
    /// The record whose stamps are being read and written (saved when the writer moves on).
    pub(super) open: Option<super::clock::OpenRecord>,
    /// The newest stamp written per device, for `device_clock`.
    pub(super) devices: std::collections::HashMap<DeviceId, Hlc>,
    /// The device whose bundle is being merged: the history names it as the relay of every
    /// change it carried that another device made.
    pub(crate) relay: Option<DeviceId>,
    /// The last conflict entry before this transaction: those after it were kept by it.
    pub(crate) conflicts_before: i64,
}

impl<'a, 'c> Writer<'a, 'c> {
    pub(crate) fn new(tx: &'a Transaction<'c>, device: DeviceId, clock: &'a mut crate::hlc::Clock) -> Result<Self> {
        let seq: i64 = tx.query_row("SELECT coalesce(max(seq), 0) + 1 FROM record_clock", [], |r| r.get(0))?;
        let conflicts_before: i64 = tx.query_row("SELECT coalesce(max(rowid), 0) FROM conflict", [], |r| r.get(0))?;
        let now = Utc::now();
        Ok(Writer {
            tx,
            device,
            clock,
            now: now.to_rfc3339_opts(SecondsFormat::Millis, true),
            recent: (now - COALESCE_WINDOW).to_rfc3339_opts(SecondsFormat::Millis, true),
            seq,
            open: None,
            devices: Default::default(),
            relay: None,
            conflicts_before,
        })
    }

    pub(crate) fn apply(&mut self, op: Op) -> Result<RecordId> {
        match op {
            Op::Create { entity, id, fields } => {
                let id = id.unwrap_or_default();
                if self.exists(entity, id)? {
                    self.update(entity, id, fields, true)?;
                } else {
                    self.create(entity, id, fields)?;
                }
                Ok(id)
            }
            Op::Update { entity, id, fields } => {
                self.update(entity, id, fields, false)?;
                Ok(id)
            }
            Op::Delete { entity, id } => {
                self.delete(entity, id)?;
                Ok(id)
            }
            Op::Force { entity, id, field, value, seen } => {
                let field = if field == DELETED.name {
                    DELETED
                } else {
                    entity.field(&field).ok_or_else(|| Error::UnknownField { entity: entity.name().into(), field })?
                };
                let value = if field.name == DELETED.name { value } else { normalise(entity, &field, &value)? };
                // A person's decision on a conflict or a held change may not bring back what a
                // withdrawal erased.
                (crate::RULES.guard)(self, entity, id, &[(field, value.clone())], false)?;
                // A field held for review may belong to a record that is not here yet.
                let old = self.current(entity, id, &field)?;
                if old.is_none() {
                    self.ensure_row(entity, id)?;
                }
                self.set_seen(entity, id, &field, &value, old, seen)?;
                Ok(id)
            }
        }
    }

    /// Whether this store had already seen a given write of a field: its own writes, and every
    /// merged change (kept in the history, or in a conflict entry if it lost). A record that
    /// arrived whole is one history entry whose fields carry their stamps (see `log_arrival`).
    pub(crate) fn has_seen(&self, entity: Entity, id: RecordId, field: &str, stamp: Stamp) -> Result<bool> {
        if stamp.device == self.device {
            return Ok(true);
        }
        let (hlc, device, both) = (stamp.hlc.to_bytes(), stamp.device.as_bytes().to_vec(), stamp.to_bytes());
        let seen: bool = self
            .tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM change_log WHERE entity = ?1 AND id = ?2 AND field = ?3 AND hlc = ?4 AND device = ?5)
                     OR EXISTS (SELECT 1 FROM conflict WHERE entity = ?1 AND record_id = ?2 AND field = ?3
                                AND (incoming_stamp = ?6 OR local_stamp = ?6))
                     OR EXISTS (SELECT 1 FROM change_log WHERE entity = ?1 AND id = ?2 AND field = '*'
                                AND json_extract(new_value, '$.' || ?3 || '[1]') = ?7)",
            )?
            .query_row(
                params![
                    entity.name(),
                    id.as_bytes().as_slice(),
                    field,
                    hlc.as_slice(),
                    device,
                    both.as_slice(),
                    stamp.to_string()
                ],
                |r| r.get(0),
            )?;
        Ok(seen)
    }

    /// Whether a write of a field came here in its author's own bundle, not passed on by another
    /// device: only then does its author's key vouch for it (a key may claim the id of a device
    /// this store knows only through others). Writes merged before relays were recorded count
    /// as direct.
    pub(crate) fn came_from_author(&self, entity: Entity, id: RecordId, field: &str, stamp: Stamp) -> Result<bool> {
        let direct: bool = self
            .tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM change_log WHERE entity = ?1 AND id = ?2 AND field = ?3 AND hlc = ?4
                                AND device = ?5 AND relay IS NULL)
                     OR EXISTS (SELECT 1 FROM change_log WHERE entity = ?1 AND id = ?2 AND field = '*' AND relay IS NULL
                                AND json_extract(new_value, '$.' || ?3 || '[1]') = ?6)",
            )?
            .query_row(
                params![
                    entity.name(),
                    id.as_bytes().as_slice(),
                    field,
                    stamp.hlc.to_bytes().as_slice(),
                    stamp.device.as_bytes().as_slice(),
                    stamp.to_string()
                ],
                |r| r.get(0),
            )?;
        Ok(direct)
    }

    /// Creates an empty row (all defaults) if the record is not here yet.
    pub(crate) fn ensure_row(&self, entity: Entity, id: RecordId) -> Result<()> {
        let sql = format!("INSERT OR IGNORE INTO {} (id) VALUES (?1)", entity.name());
        self.tx.prepare_cached(&sql)?.execute([id.as_bytes().as_slice()])?;
        Ok(())
    }

    /// When this transaction writes (RFC 3339, milliseconds).
    pub(super) fn now(&self) -> &str {
        &self.now
    }

    /// Whether a row exists for the record (live or tombstoned).
    pub(crate) fn exists(&self, entity: Entity, id: RecordId) -> Result<bool> {
        let sql = format!("SELECT 1 FROM {} WHERE id = ?1", entity.name());
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt.query_row([id.as_bytes().as_slice()], |_| Ok(())).optional()?.is_some())
    }

    /// Whether `fields` are ones a record of kind `entity` (by name) accepts.
    pub(crate) fn checked_ok(entity: &str, fields: &Map<String, Json>) -> bool {
        Entity::from_name(entity).is_some_and(|e| Self::checked(e, fields).is_ok())
    }

    pub(crate) fn checked(entity: Entity, fields: &Map<String, Json>) -> Result<Vec<(Field, Json)>> {
        fields
            .iter()
            .filter(|(name, _)| name.as_str() != "id")
            .map(|(name, value)| {
                let field = entity
                    .field(name)
                    .ok_or_else(|| Error::UnknownField { entity: entity.name().into(), field: name.clone() })?;
                Ok((field, normalise(entity, &field, value)?))
            })
            .collect()
    }

    fn create(&mut self, entity: Entity, id: RecordId, given: Map<String, Json>) -> Result<()> {
        let given = Self::checked(entity, &given)?;
        (crate::RULES.guard)(self, entity, id, &given, true)?;
        let sql = format!("INSERT INTO {} (id) VALUES (?1)", entity.name());
        self.tx.execute(&sql, [id.as_bytes().as_slice()])?;
        for field in entity.fields() {
            let value = match given.iter().find(|(f, _)| f.name == field.name) {
                Some((_, v)) => v.clone(),
                None => self.current(entity, id, field)?.unwrap_or(Json::Null),
            };
            self.set(entity, id, field, &value, None)?;
        }
        self.set(entity, id, &DELETED, &Json::Bool(false), None)
    }

    fn update(&mut self, entity: Entity, id: RecordId, given: Map<String, Json>, revive: bool) -> Result<()> {
        let given = Self::checked(entity, &given)?;
        (crate::RULES.guard)(self, entity, id, &given, false)?;
        let deleted = self.current(entity, id, &DELETED)?;
        match deleted {
            None => return Err(not_found(entity, id)),
            Some(Json::Bool(true)) if !revive => return Err(not_found(entity, id)),
            Some(Json::Bool(true)) => self.set(entity, id, &DELETED, &Json::Bool(false), deleted)?,
            _ => {}
        }
        for (field, value) in given {
            let old = self.current(entity, id, &field)?;
            if old.as_ref() != Some(&value) {
                self.set(entity, id, &field, &value, old)?;
            }
        }
        Ok(())
    }

    fn delete(&mut self, entity: Entity, id: RecordId) -> Result<()> {
        (crate::RULES.guard)(self, entity, id, &[], false)?;
        match self.current(entity, id, &DELETED)? {
            None => return Err(not_found(entity, id)),
            Some(Json::Bool(true)) => return Ok(()),
            old => self.set(entity, id, &DELETED, &Json::Bool(true), old)?,
        }
        // What cannot stand without the deleted record goes with it (each a stamped delete too).
        let children: &[(&str, Entity)] = match entity {
            Entity::Session => &[
                ("session_id", Entity::Participant),
                ("session_id", Entity::Question),
                ("session_id", Entity::Quote),
                ("session_id", Entity::Priority),
                ("session_id", Entity::Risk),
                ("session_id", Entity::Support),
                ("session_id", Entity::Attachment),
            ],
            Entity::Guide => &[("guide_id", Entity::GuideQuestion)],
            Entity::Question => &[("question_id", Entity::Quote)],
            Entity::Movement => &[
                ("movement_id", Entity::Actor),
                ("movement_id", Entity::Relation),
                ("movement_id", Entity::RoleChange),
                ("movement_id", Entity::CheckIn),
                ("movement_id", Entity::ShareBack),
            ],
            Entity::Actor => &[("from_id", Entity::Relation), ("to_id", Entity::Relation)],
            _ => return Ok(()),
        };
        for &(parent_field, child) in children {
            let sql = format!("SELECT id FROM {} WHERE {parent_field} = ?1 AND deleted = 0", child.name());
            let ids: Vec<Vec<u8>> = {
                let mut stmt = self.tx.prepare_cached(&sql)?;
                let rows = stmt.query_map([id.as_bytes().as_slice()], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for child_id in ids.iter().filter_map(|b| RecordId::from_slice(b)) {
                self.delete(child, child_id)?;
            }
        }
        Ok(())
    }

    /// The stored value of one field, `None` if the record does not exist.
    pub(crate) fn current(&self, entity: Entity, id: RecordId, field: &Field) -> Result<Option<Json>> {
        let sql = format!("SELECT {} FROM {} WHERE id = ?1", field.name, entity.name());
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt
            .query_row([id.as_bytes().as_slice()], |r| r.get::<_, rusqlite::types::Value>(0))
            .optional()?
            .map(|v| from_sql(field.ty, v)))
    }

    /// Writes one field with a new local stamp; the stamp it replaces becomes its base.
    fn set(&mut self, entity: Entity, id: RecordId, field: &Field, value: &Json, old: Option<Json>) -> Result<()> {
        self.set_seen(entity, id, field, value, old, None)
    }

    /// [`Writer::set`], having also seen the write stamped `seen` (the newer of the two is the
    /// base).
    fn set_seen(
        &mut self,
        entity: Entity,
        id: RecordId,
        field: &Field,
        value: &Json,
        old: Option<Json>,
        seen: Option<Stamp>,
    ) -> Result<()> {
        let base = self.stamp_of(entity, id, field.name)?.map(|(s, _)| s).max(seen);
        // A decision orders after what it decided on (a held stamp up to a day ahead included).
        if let Some(s) = seen {
            self.clock.observe(s.hlc);
        }
        let stamp = Stamp { hlc: self.clock.tick(), device: self.device };
        self.put(entity, id, field, value, stamp, base, old)
    }

    /// Writes one field with a given stamp (a local write, or a change merged from a bundle) and
    /// records it in the history.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn put(
        &mut self,
        entity: Entity,
        id: RecordId,
        field: &Field,
        value: &Json,
        stamp: Stamp,
        base: Option<Stamp>,
        old: Option<Json>,
    ) -> Result<()> {
        let sql = format!("UPDATE {} SET {} = ?1 WHERE id = ?2", entity.name(), field.name);
        self.tx.prepare_cached(&sql)?.execute(params![to_sql(field.ty, value), id.as_bytes().as_slice()])?;
        self.stamp(entity, id, field, value, stamp, base, old)
    }

    /// Records a field's stamp and history entry (the column itself is written by the caller).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn stamp(
        &mut self,
        entity: Entity,
        id: RecordId,
        field: &Field,
        value: &Json,
        stamp: Stamp,
        base: Option<Stamp>,
        old: Option<Json>,
    ) -> Result<()> {
        self.record_stamp(entity, id, field.name, stamp, base)?;
        self.log(entity.name(), id.as_bytes().as_slice(), field.name, old, value, stamp)
    }

    /// Inserts a record that is not here yet with all the given column values in one statement.
    pub(crate) fn insert_row(&self, entity: Entity, id: RecordId, values: &[(Field, Json)]) -> Result<()> {
        let cols: Vec<&str> = values.iter().map(|(f, _)| f.name).collect();
        let marks: Vec<String> = (0..=values.len()).map(|i| format!("?{}", i + 1)).collect();
        let sql = format!("INSERT INTO {} (id, {}) VALUES ({})", entity.name(), cols.join(", "), marks.join(", "));
        let mut args: Vec<rusqlite::types::Value> = vec![rusqlite::types::Value::Blob(id.as_bytes().to_vec())];
        args.extend(values.iter().map(|(f, v)| to_sql(f.ty, v)));
        self.tx.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(args))?;
        Ok(())
    }

    /// The relay to name beside a change by `author` (none for the author's own bundle).
    pub(super) fn relay_of(&self, author: DeviceId) -> Option<[u8; 16]> {
        self.relay.filter(|r| *r != author).map(|r| *r.as_bytes())
    }

    /// Appends to the history; rapid edits of one field by this device are folded together.
    fn log(&self, table: &str, id: &[u8], field: &str, old: Option<Json>, new: &Json, stamp: Stamp) -> Result<()> {
        let (now, recent) = (&self.now, &self.recent);
        let device = stamp.device.as_bytes().as_slice();
        let hlc = stamp.hlc;
        let own = stamp.device == self.device;
        // Only this device's own typing is folded together; merged changes are always kept whole.
        let last: Option<(i64, Vec<u8>, String)> = if own {
            self.tx
                .prepare_cached(
                    "SELECT seq, device, at FROM change_log WHERE entity = ?1 AND id = ?2 AND field = ?3
                     ORDER BY seq DESC LIMIT 1",
                )?
                .query_row(params![table, id, field], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?
        } else {
            None
        };
        let new_text = new.to_string();
        if let Some((seq, dev, at)) = last {
            if own && dev == device && at.as_str() >= recent.as_str() {
                self.tx
                    .prepare_cached("UPDATE change_log SET new_value = ?1, hlc = ?2, at = ?3 WHERE seq = ?4")?
                    .execute(params![new_text, hlc.to_bytes().as_slice(), now, seq])?;
                return Ok(());
            }
        }
        self.tx
            .prepare_cached(
                "INSERT INTO change_log (entity, id, field, old_value, new_value, hlc, device, at, relay)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                table,
                id,
                field,
                old.map(|o| o.to_string()),
                new_text,
                hlc.to_bytes().as_slice(),
                device,
                now,
                self.relay_of(stamp.device).as_ref().map(|r| r.as_slice())
            ])?;
        Ok(())
    }
}

fn not_found(entity: Entity, id: RecordId) -> Error {
    Error::NotFound { entity: entity.name().into(), id: id.to_string() }
}

/// What the write path asks of rules that live above the store (the consent rules): the store
/// declares them and never imports their users; the crate root binds them (`crate::RULES`), so
/// the layers read bottom-up (docs/architecture.md).
/// A write the consent rules judge: the record, the fields given, and whether it is being created.
pub(crate) type Guard = fn(&Writer<'_, '_>, Entity, RecordId, &[(Field, Json)], bool) -> Result<()>;

pub(crate) struct Rules {
    /// Refuses a write that would bring back what a withdrawal erased (`consent::guard`); the
    /// last argument says whether the record is being created.
    pub(crate) guard: Guard,
    /// Erases what withdrawals cover after writes that may have brought it back
    /// (`consent::enforce`); returns how many values it erased.
    pub(crate) enforce: fn(&mut Writer<'_, '_>) -> Result<u64>,
}
