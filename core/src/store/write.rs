//! The one write path: every change to a field, from the UI, the CLI or demo data, is validated,
//! stamped with this device's hybrid logical clock and logged, inside one transaction.
//! Deletes are stamped `deleted = true` tombstones, so sync treats them like any other edit.

use super::Store;
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::{DeviceId, RecordId};
use crate::schema::{Entity, Field, FieldType};
use crate::value::{from_sql, normalise, to_sql};
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::{Map, Value as Json};

/// Rapid edits of one field by this device within this window are one history entry.
const COALESCE_WINDOW: Duration = Duration::seconds(60);

const DELETED: Field = Field { name: "deleted", ty: FieldType::Bool };

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
}

impl Store {
    /// Applies all `ops` in one transaction: all or nothing. Returns the id of each op's record.
    pub fn write(&mut self, ops: Vec<Op>) -> Result<Vec<RecordId>> {
        let tx = self.conn.transaction()?;
        let mut w = Writer { tx: &tx, device: self.device, clock: &mut self.clock, now: Utc::now() };
        let mut ids = Vec::with_capacity(ops.len());
        for op in ops {
            ids.push(w.apply(op)?);
        }
        let last = w.clock.last();
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [last.to_bytes().as_slice()],
        )?;
        tx.commit()?;
        Ok(ids)
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

struct Writer<'a, 'c> {
    tx: &'a Transaction<'c>,
    device: DeviceId,
    clock: &'a mut crate::hlc::Clock,
    now: DateTime<Utc>,
}

impl Writer<'_, '_> {
    fn apply(&mut self, op: Op) -> Result<RecordId> {
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
        }
    }

    fn exists(&self, entity: Entity, id: RecordId) -> Result<bool> {
        let sql = format!("SELECT 1 FROM {} WHERE id = ?1", entity.name());
        Ok(self.tx.query_row(&sql, [id.as_bytes().as_slice()], |_| Ok(())).optional()?.is_some())
    }

    fn checked(entity: Entity, fields: &Map<String, Json>) -> Result<Vec<(Field, Json)>> {
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
        match self.current(entity, id, &DELETED)? {
            None => return Err(not_found(entity, id)),
            Some(Json::Bool(true)) => return Ok(()),
            old => self.set(entity, id, &DELETED, &Json::Bool(true), old)?,
        }
        let (parent_field, children): (&str, &[Entity]) = match entity {
            Entity::Session => (
                "session_id",
                &[
                    Entity::Participant,
                    Entity::Question,
                    Entity::Quote,
                    Entity::Priority,
                    Entity::Risk,
                    Entity::Support,
                ],
            ),
            Entity::Guide => ("guide_id", &[Entity::GuideQuestion]),
            Entity::Question => ("question_id", &[Entity::Quote]),
            _ => return Ok(()),
        };
        for &child in children {
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
    fn current(&self, entity: Entity, id: RecordId, field: &Field) -> Result<Option<Json>> {
        let sql = format!("SELECT {} FROM {} WHERE id = ?1", field.name, entity.name());
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt
            .query_row([id.as_bytes().as_slice()], |r| r.get::<_, rusqlite::types::Value>(0))
            .optional()?
            .map(|v| from_sql(field.ty, v)))
    }

    /// Writes one field, stamps it and records it in the history.
    fn set(&mut self, entity: Entity, id: RecordId, field: &Field, value: &Json, old: Option<Json>) -> Result<()> {
        let hlc = self.clock.tick();
        let table = entity.name();
        let id_bytes = id.as_bytes().as_slice();
        let sql = format!("UPDATE {table} SET {} = ?1 WHERE id = ?2", field.name);
        self.tx.prepare_cached(&sql)?.execute(params![to_sql(field.ty, value), id_bytes])?;
        self.tx
            .prepare_cached(
                "INSERT INTO field_clock (entity, id, field, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(entity, id, field) DO UPDATE SET hlc = excluded.hlc, device = excluded.device",
            )?
            .execute(params![
                table,
                id_bytes,
                field.name,
                hlc.to_bytes().as_slice(),
                self.device.as_bytes().as_slice()
            ])?;
        self.log(table, id_bytes, field.name, old, value, hlc)
    }

    fn log(&self, table: &str, id: &[u8], field: &str, old: Option<Json>, new: &Json, hlc: Hlc) -> Result<()> {
        let now = self.now.to_rfc3339_opts(SecondsFormat::Millis, true);
        let recent = (self.now - COALESCE_WINDOW).to_rfc3339_opts(SecondsFormat::Millis, true);
        let device = self.device.as_bytes().as_slice();
        let last: Option<(i64, Vec<u8>, String)> = self
            .tx
            .prepare_cached(
                "SELECT seq, device, at FROM change_log WHERE entity = ?1 AND id = ?2 AND field = ?3
                 ORDER BY seq DESC LIMIT 1",
            )?
            .query_row(params![table, id, field], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let new_text = new.to_string();
        if let Some((seq, dev, at)) = last {
            if dev == device && at >= recent {
                self.tx
                    .prepare_cached("UPDATE change_log SET new_value = ?1, hlc = ?2, at = ?3 WHERE seq = ?4")?
                    .execute(params![new_text, hlc.to_bytes().as_slice(), now, seq])?;
                return Ok(());
            }
        }
        self.tx
            .prepare_cached(
                "INSERT INTO change_log (entity, id, field, old_value, new_value, hlc, device, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                table,
                id,
                field,
                old.map(|o| o.to_string()),
                new_text,
                hlc.to_bytes().as_slice(),
                device,
                now
            ])?;
        Ok(())
    }
}

fn not_found(entity: Entity, id: RecordId) -> Error {
    Error::NotFound { entity: entity.name().into(), id: id.to_string() }
}
